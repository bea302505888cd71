## Abonnements (/subscribe, /unsubscribe), Policy Briefs (/brief) und die wöchentliche Zusammenfassung. Texte sind HTML: <b> beibehalten.

cmd-subscribe = Auswählen, welche Mitteilungen Sie erhalten
cmd-unsubscribe = Alle Mitteilungen abbestellen

register-offer-subscribe = Möchten Sie Mitteilungen vom Hub erhalten: Einladungen zu Veranstaltungen, Policy Briefs und Berichte, Neuigkeiten aus dem Netzwerk? Es wird nichts gesendet, bevor Sie eine Auswahl treffen.
btn-subscribe = Meine Mitteilungen auswählen

subscribe-intro = <b>Ihre Mitteilungen</b>
    Wählen Sie, was der Hub Ihnen sendet. Themen und Länder bestimmen, welche Einladungen zu Veranstaltungen und welche Policy Briefs Sie erreichen; ohne Auswahl erhalten Sie alle.
subscribe-summary = Mitteilungen: <b>{ $kinds }</b>
    Themen: { $topics }
    Länder: { $countries }
    Wann: { $rhythm }
subscribe-all = alle
subscribe-kind-invitations = Einladungen zu Veranstaltungen
subscribe-kind-briefs = Policy Briefs und Berichte
subscribe-kind-news = Neuigkeiten aus dem Netzwerk
subscribe-choose-topics = Themen ({ $count })
subscribe-choose-countries = Länder ({ $count })
subscribe-choose-rhythm = Sofort oder wöchentlich?
subscribe-save = Speichern
subscribe-ask-topics = Welche Themen? Einladungen und Policy Briefs zu einem dieser Themen erreichen Sie. Wählen Sie keines, um alle Themen zu erhalten.
subscribe-ask-countries = Welche Länder? Einladungen und Policy Briefs zu einem dieser Länder erreichen Sie. Wählen Sie keines, um alle Länder zu erhalten.
subscribe-ask-rhythm = Möchten Sie jede Mitteilung sofort erhalten oder eine wöchentliche Zusammenfassung an einem Tag und zu einer Uhrzeit Ihrer Wahl (Zeitzone { $zone })?
subscribe-rhythm-now = Aktuell: { $rhythm }
subscribe-rhythm-instant = Sofort
subscribe-weekly = Wöchentliche Zusammenfassung
subscribe-rhythm-weekly = Wöchentliche Zusammenfassung, jeden { $day } um { $time } Uhr ({ $zone })
subscribe-need-kind = Wählen Sie mindestens eine Art von Mitteilungen, oder bestellen Sie mit /unsubscribe alle ab.
subscribe-saved = ✅ Gespeichert. Sie können das jederzeit mit /subscribe ändern oder mit /unsubscribe alles abbestellen.
subscribe-cancelled = Es wurde nichts geändert.
unsubscribe-done = Sie erhalten keine Mitteilungen mehr vom Hub. Antworten auf Ihre eigenen Aktionen und Erinnerungen an Veranstaltungen, an denen Sie teilnehmen, erhalten Sie weiterhin. Mit /subscribe erhalten Sie wieder Mitteilungen.
unsubscribe-nothing = Sie haben keine Mitteilungen abonniert. Mit /subscribe können Sie welche auswählen.

digest-header = 🗞 <b>Ihre wöchentliche Zusammenfassung</b>: { $count ->
    [one] eine Mitteilung
   *[other] { $count } Mitteilungen
}
digest-item-brief = 📄 <b>{ $title }</b>
    { $summary }
digest-item-news = 📣 { $text }
digest-item-invitation = 📅 <b>{ $title }</b>, { $time }
    { $text }
digest-more = …und { $count ->
    [one] eine weitere Mitteilung, die hier keinen Platz hatte.
   *[other] { $count } weitere Mitteilungen, die hier keinen Platz hatten.
}

brief-header = 📄 <b>Neuer Policy Brief oder Bericht</b>
brief-body = <b>{ $title }</b>

    { $summary }
campaign-report-digest = Für wöchentliche Zusammenfassungen zurückgestellt: { $count }
