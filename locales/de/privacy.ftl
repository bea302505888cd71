## /mydata und /forget

mydata-nothing = Wir speichern nichts über Sie.
mydata-caption = Alles, was Resilience Hub über Sie speichert.
forget-nothing = Wir speichern nichts über Sie, es gibt also nichts zu löschen.
forget-confirm = <b>Alles löschen?</b> Ihr Profil, Ihre noch nicht abgeschlossenen Angaben und Ihre Organisation, sofern niemand sonst zu ihr gehört, werden endgültig gelöscht. Das lässt sich nicht rückgängig machen.
forget-kept = Es wurde nichts gelöscht.
forget-done = Alles, was wir über Sie gespeichert hatten, wurde gelöscht. Wenn Sie wiederkommen, beginnen Sie mit /start von vorn.
forget-confirm-sent = Auch was Sie anderen geschrieben haben, wird gelöscht: Ihre Rundnachrichten und Policy Briefs, Ihre Nachrichten an Teilnehmende und an Koalitionen, Ihre Notizen zu Anfragen zur Kontaktvermittlung. Was noch nicht zugestellt wurde, wird nicht mehr zugestellt.
