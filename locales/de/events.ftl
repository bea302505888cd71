## Veranstaltungen: /events, /newevent, /myevents und die Benachrichtigungen dazu. Texte sind HTML: <b> beibehalten.

cmd-events = Bevorstehende Resilienz-Dialoge
cmd-myevents = Ihre Plätze bei Veranstaltungen und die Veranstaltungen, die Sie organisieren
cmd-newevent = Eine neue Veranstaltung ankündigen

event-organisers-only = Nur Veranstalter können Veranstaltungen ankündigen und verwalten. Ein Admin des Hubs kann Ihnen die Veranstalterrolle geben.
event-not-found = Diese Veranstaltung gibt es nicht mehr.
# shown for a wrong code, an old link and an event the reader may not see alike, so links reveal nothing
event-link-closed = Diese Veranstaltung ist nicht mehr offen, oder der Link ist ungültig. Senden Sie /events, um die Veranstaltungen zu sehen, an denen Sie teilnehmen können.
events-members-only = Die Veranstaltungen sind für registrierte Mitglieder des Hubs. Senden Sie /register, um beizutreten; dann können Sie sie sehen und beantworten.
event-register-first = Bitte registrieren Sie sich zuerst: Senden Sie /register. Danach können Sie auf Einladungen antworten.
event-rsvp-closed = Für diese Veranstaltung sind keine Antworten mehr möglich.
event-rsvp-saved = { $status ->
    [going] Sie nehmen teil.
    [waitlist] Die Veranstaltung ist ausgebucht: Sie stehen auf der Warteliste.
    [pending] Ihre Anmeldung wartet auf die Freigabe durch den Veranstalter.
    [maybe] Gespeichert: vielleicht.
   *[other] Gespeichert: keine Teilnahme.
}
event-your-status = <b>Ihre Antwort:</b> { $status ->
    [going] Sie nehmen teil
    [waitlist] auf der Warteliste, Platz { $position }
    [pending] wartet auf die Freigabe durch den Veranstalter
    [declined] der Veranstalter konnte Ihre Anmeldung nicht annehmen
    [maybe] vielleicht
   *[other] keine Teilnahme
}
event-ics-caption = Fügen Sie „{ $title }“ Ihrem Kalender hinzu.

event-card-title = <b>{ $title }</b>
event-card-language = (verfasst auf { $language })
event-card-description = { $description }
event-card-when = <b>Wann:</b> { $start } – { $end }
event-card-facts = { $format } · { $scope } · { $country }
event-card-topics = <b>Themen:</b> { $topics }
event-card-seats = <b>Freie Plätze:</b> { $left } von { $capacity }
event-card-seats-unlimited = <b>Plätze:</b> unbegrenzt
event-card-chatham = <b>Chatham-House-Regel:</b> Sie dürfen das Gesagte verwenden, aber nicht, wer es gesagt hat. Nachrichten zu dieser Veranstaltung können nicht weitergeleitet werden.
event-card-approval = Anmeldungen werden vom Veranstalter freigegeben.
event-card-place-hidden = Ort und Link erhalten nur bestätigte Teilnehmende.
event-card-place-later = Ort und Link erhalten bestätigte Teilnehmende ab { $time }.
event-card-venue = <b>Ort:</b> { $venue }
event-card-link = <b>Link:</b> { $link }
event-card-cancelled = <b>Diese Veranstaltung wurde abgesagt.</b>

events-none = Derzeit gibt es keine bevorstehenden Veranstaltungen.
events-list-header = <b>Bevorstehende Veranstaltungen</b> (Seite { $page } von { $pages })
events-list-item = { $number }. <b>{ $title }</b>
    { $time } · { $format } · { $scope } · { $seats ->
        [-1] ohne Platzbegrenzung
        [0] ausgebucht, Warteliste offen
        [one] noch ein Platz frei
       *[other] noch { $seats } Plätze frei
    }
events-list-chatham = Es gilt die Chatham-House-Regel.
events-filtered-by = Gefiltert nach: { $filters }
events-pick-country = Veranstaltungen in welchem Land anzeigen?
events-pick-topic = Veranstaltungen zu welchem Thema anzeigen?

btn-rsvp-going = Ich nehme teil
btn-rsvp-maybe = Vielleicht
btn-rsvp-not-going = Ich nehme nicht teil
btn-add-to-calendar = Zum Kalender hinzufügen
btn-all-events = Alle Veranstaltungen
btn-open-event = Veranstaltung öffnen
btn-previous = ‹ Zurück
btn-next = Weiter ›
btn-filter-country = Land
btn-filter-topic = Thema
btn-filter-clear = Filter zurücksetzen
btn-my-events = Meine Veranstaltungen
btn-new-event = Neue Veranstaltung
btn-manage-event = Veranstaltung verwalten
btn-publish = Veröffentlichen
btn-save = Änderungen speichern
btn-edit-event = Bearbeiten
btn-pending = Anfragen ({ $count })
btn-message-attendees = Nachricht an Teilnehmende
btn-cancel-event = Veranstaltung absagen
btn-cancel-event-yes = Ja, absagen
btn-export-attendees = Teilnehmerliste (CSV)
btn-approve = Freigeben
btn-decline = Ablehnen
btn-send = Senden

newevent-in-progress = Sie haben einen begonnenen Entwurf für eine Veranstaltung. Möchten Sie ihn fortsetzen oder neu beginnen?
newevent-cancelled = Der Entwurf wurde verworfen. Es wurde nichts veröffentlicht.
newevent-ask-lang = In welcher Sprache möchten Sie Titel und Beschreibung verfassen? Weitere Sprachen können Sie danach hinzufügen; Mitglieder lesen ihre eigene Sprache, sonst Englisch oder die vorhandene Fassung.
newevent-written-in = Bisher verfasst: { $languages }. Wählen Sie eine weitere Sprache oder tippen Sie auf Fertig.
newevent-ask-title = Der Titel auf { $language } (höchstens 120 Zeichen):
newevent-ask-desc = Die Beschreibung auf { $language } (höchstens 1.000 Zeichen), oder tippen Sie auf Überspringen:
newevent-ask-scope = Ist es ein nationaler, regionaler oder überregionaler Dialog?
newevent-ask-format = Wie findet die Teilnahme statt?
newevent-ask-country = Wo findet die Veranstaltung statt? (Wählen Sie „Regional“ für die ganze Region.)
newevent-ask-topics = Welche Themen werden behandelt? Wählen Sie mindestens eines und tippen Sie dann auf Fertig.
newevent-ask-start = Wann beginnt die Veranstaltung? Senden Sie Datum und Uhrzeit in Ihrer Zeitzone, zum Beispiel <b>2026-12-03 14:00</b> oder <b>3.12.2026 14:00</b>.
newevent-ask-end = Wann endet sie? Senden Sie Datum und Uhrzeit oder nur die Uhrzeit, wenn sie am selben Tag endet (zum Beispiel <b>17:30</b>).
newevent-ask-venue = Der Veranstaltungsort (Adresse), nur für bestätigte Teilnehmende sichtbar (höchstens 300 Zeichen):
newevent-ask-link = Der Link zur Online-Teilnahme (beginnend mit https://), oder tippen Sie auf Überspringen, wenn Sie ihn später senden:
newevent-ask-capacity = Wie viele Plätze gibt es? Senden Sie eine Zahl, oder tippen Sie auf Überspringen, wenn es keine Begrenzung gibt.
newevent-ask-approval = Möchten Sie jede Anmeldung einzeln freigeben?
newevent-ask-chatham = Gilt die Chatham-House-Regel?
newevent-ask-reveal = Wann sollen bestätigte Teilnehmende Ort und Link sehen? Wählen Sie eine Option oder senden Sie eine Anzahl Stunden vor Beginn.
newevent-reveal-option = { $hours ->
    [0] Sofort
   *[other] { $hours } Std. vorher
}
newevent-bad-date = Dieses Datum konnte ich nicht lesen. Bitte schreiben Sie es so: <b>2026-12-03 14:00</b> oder <b>3.12.2026 14:00</b>.
newevent-date-past = Dieser Zeitpunkt liegt bereits in der Vergangenheit. Bitte senden Sie einen Zeitpunkt in der Zukunft.
newevent-end-before-start = Das Ende muss nach dem Beginn liegen. Bitte senden Sie einen späteren Zeitpunkt.
newevent-bad-link = Bitte senden Sie eine vollständige Webadresse, die mit https:// beginnt.
newevent-bad-number = Bitte senden Sie eine ganze Zahl von 1 bis { $limit }.
newevent-preview = <b>Vorschau.</b> So sehen Mitglieder die Veranstaltung (der Ort wird hier nur Ihnen angezeigt). Veröffentlichen Sie sie oder ändern Sie eine Angabe.
newevent-edit-lang = Titel und Text
newevent-edit-scope = Reichweite
newevent-edit-format = Format
newevent-edit-country = Land
newevent-edit-topics = Themen
newevent-edit-start = Beginn
newevent-edit-end = Ende
newevent-edit-venue = Ort
newevent-edit-link = Link
newevent-edit-capacity = Plätze
newevent-edit-approval = Freigabe
newevent-edit-chatham = Chatham House
newevent-edit-reveal = Ort sichtbar ab
newevent-published = Die Veranstaltung ist veröffentlicht. Teilen Sie diesen Link, um andere einzuladen: { $link }
newevent-saved = Änderungen gespeichert. Falls sich Zeit oder Ort geändert haben, wurden die Teilnehmenden benachrichtigt.

myevents-none = Sie haben keine bevorstehenden Veranstaltungen. Kündigen Sie mit /newevent eine an.
myevents-list = <b>Ihre Veranstaltungen</b>, die noch nicht zu Ende sind:
myevents-manage = <b>{ $title }</b>
    { $time }{ $status ->
        [cancelled] {" "}— abgesagt
       *[other] {""}
    }
    Zusagen: { $going }{ $capacity ->
        [0] {""}
       *[other] {" "}von { $capacity }
    } · Vielleicht: { $maybe } · Warteliste: { $waitlist } · Warten auf Freigabe: { $pending }
myevents-closed = Diese Veranstaltung kann nicht mehr geändert werden.
myevents-no-pending = Keine Anmeldungen warten auf Freigabe.
myevents-pending-request = <b>Anmeldeanfrage</b> ({ $count } offen)
    Name: { $name }
    Organisation: { $organisation }
myevents-approved = Freigegeben. Die Person wurde benachrichtigt.
myevents-declined = Abgelehnt. Die Person wurde benachrichtigt.
myevents-export-caption = Teilnehmerliste: { $count ->
        [one] eine Person
       *[other] { $count } Personen
    }. Sie enthält personenbezogene Daten: Bewahren Sie sie sicher auf und löschen Sie sie, wenn Sie sie nicht mehr brauchen.
myevents-cancel-confirm = „{ $title }“ absagen? Alle, die geantwortet haben, werden benachrichtigt. Das lässt sich nicht rückgängig machen.
myevents-cancelled = { $count ->
    [one] Abgesagt; eine Person wurde benachrichtigt.
   *[other] Abgesagt; { $count } Personen wurden benachrichtigt.
}
myevents-message-ask = Senden Sie die Nachricht für alle, die teilnehmen (höchstens 3.000 Zeichen). Niemand sieht, wer sie sonst noch erhalten hat.
myevents-message-preview = Diese Nachricht geht an { $count ->
    [one] eine teilnehmende Person
   *[other] { $count } Teilnehmende
}:

    { $message }
myevents-message-sent = { $count ->
    [one] Die Nachricht wird an eine teilnehmende Person gesendet.
   *[other] Die Nachricht wird an { $count } Teilnehmende gesendet.
}

notice-event-promoted = Gute Nachricht: Ein Platz ist frei geworden, und Sie nehmen jetzt an <b>{ $title }</b> ({ $time }) teil.
notice-event-approved = { $position ->
    [0] Der Veranstalter hat Ihre Anmeldung freigegeben: Sie nehmen an <b>{ $title }</b> ({ $time }) teil.
   *[other] Der Veranstalter hat Ihre Anmeldung für <b>{ $title }</b> ({ $time }) freigegeben. Die Veranstaltung ist ausgebucht, daher stehen Sie auf der Warteliste, auf Platz { $position }.
}
notice-event-declined = Der Veranstalter konnte Ihre Anmeldung für <b>{ $title }</b> ({ $time }) nicht annehmen.
notice-event-cancelled = <b>{ $title }</b> ({ $time }) wurde vom Veranstalter abgesagt.
notice-event-changed = Der Veranstalter hat <b>{ $title }</b> geändert. Die Veranstaltung beginnt jetzt am { $time }.
notice-event-reminder = Erinnerung: <b>{ $title }</b> beginnt { $hours ->
    [one] in einer Stunde
   *[other] in { $hours } Stunden
} ({ $time }).
notice-event-message = <b>Nachricht vom Veranstalter von { $title }:</b>

    { $message }

## /myevents für alle Mitglieder: die Plätze, die sie haben oder angefragt haben
myevents-answered = <b>Ihre Plätze</b> bei Veranstaltungen, die noch nicht vorbei sind:
myevents-answered-none = Sie haben keinen Platz bei einer kommenden Veranstaltung. Finden Sie eine mit /events.
myevents-answered-item = <b>{ $title }</b> · { $time }
btn-rsvp-waitlist = Auf die Warteliste

## Die Vorschau: ab wann bestätigte Teilnehmende Ort und Link sehen
newevent-preview-reveal-now = <i>Bestätigte Teilnehmende sehen Ort und Link sofort.</i>
newevent-preview-reveal-later = <i>Bestätigte Teilnehmende sehen Ort und Link ab { $time } ({ $hours } Std. vor Beginn).</i>

## /myevents in pages (issue 23)
myevents-page = <i>Seite { $page } von { $pages }</i>
