## Koalitionen (/coalitions) und Meldungen über Organisationen. Texte sind HTML: <b> und <i> beibehalten.
## Eine Koalitionsnachricht nennt die Koalition und die Organisation des Absenders, nie den Absender selbst.

cmd-coalitions = Ihre Koalitionen aus Partnerorganisationen

coalition-list = <b>Ihre Koalitionen</b>
    Fassen Sie Organisationen, mit denen Sie durch eine Kontaktvermittlung verbunden sind, zu einem Thema zusammen und schreiben Sie allen auf einmal.
coalition-list-none = <b>Ihre Koalitionen</b>
    Sie haben noch keine. Eine Koalition fasst Organisationen, mit denen Sie durch eine Kontaktvermittlung (über /partners) verbunden sind, zu einem Thema zusammen, damit Sie allen auf einmal schreiben können.
coalition-btn-new = ➕ Neue Koalition
coalition-ask-name = Wie heißt die Koalition? (höchstens { $limit } Zeichen; die Mitglieder der Koalition sehen den Namen)
coalition-ask-topic = Welches Thema verbindet die Koalition?
coalition-ask-partners = Welche Partnerorganisationen gehören dazu? Wählen Sie mindestens eine.
coalition-no-partners = Sie haben noch keine Partner, die Sie zusammenfassen könnten: Eine Koalition besteht aus Organisationen, deren Kontaktvermittlung angenommen wurde. Partner finden Sie mit /partners.
coalition-btn-create = Koalition erstellen
coalition-need-partner = Wählen Sie mindestens eine Partnerorganisation.
coalition-created = Koalition erstellt.
coalition-show = <b>{ $name }</b> · { $topic }
    Organisationen: { $organisations }
coalition-btn-write = ✉️ An die Koalition schreiben
coalition-btn-delete = Koalition löschen
coalition-deleted = Koalition gelöscht. Noch nicht zugestellte Nachrichten wurden zurückgezogen.
coalition-ask-message = Schreiben Sie Ihre Nachricht an <b>{ $name }</b> (höchstens { $limit } Zeichen). Die Mitglieder sehen den Namen Ihrer Organisation, nicht Ihren eigenen Namen.
coalition-preview = <b>Vorschau</b>: Diese Nachricht geht an { $count ->
        [one] ein Mitglied
       *[other] { $count } Mitglieder
    } der Organisationen in der Koalition.
coalition-btn-send = An { $count ->
        [one] ein Mitglied
       *[other] { $count } Mitglieder
    } senden
coalition-message = <b>Koalition { $coalition }</b> · von { $organisation }
coalition-message-body = { $text }
coalition-sent = Gesendet: Ihre Nachricht wird an { $count ->
        [one] ein Mitglied
       *[other] { $count } Mitglieder
    } zugestellt.
coalition-closed = Koalitionen geschlossen. Senden Sie /coalitions, um sie wieder zu öffnen.

## Eine Koalition, wie jede beteiligte Organisation sie sieht: ihre Nachrichten und der Austritt
coalition-btn-messages = 💬 Nachrichten ({ $count })
coalition-message-page = <i>Nachricht { $number } von { $total } · { $time }</i>
coalition-btn-leave = Koalition verlassen
coalition-leave-confirm = <b>{ $organisation }</b> aus der Koalition <b>{ $name }</b> herausnehmen? Ihre Organisation sieht sie dann nicht mehr und erhält keine Nachrichten mehr; nur wer sie gegründet hat, kann sie wieder aufnehmen.
coalition-btn-leave-yes = Ja, verlassen
coalition-left = Ihre Organisation hat die Koalition verlassen.

report-btn = ⚠️ Diese Organisation melden
report-btn-numbered = ⚠️ Nr. { $number } melden
report-ask = Warum melden Sie <b>{ $organisation }</b>? Die Admins des Hubs sehen sich die Meldung an; die Organisation erfährt nicht, wer sie gemeldet hat.
report-reason-impostor = Gibt sich als jemand anderes aus
report-reason-abuse = Spam, Beleidigungen oder Belästigung
report-reason-safety = Bringt Menschen in Gefahr
report-reason-other = Etwas anderes
report-cancelled = Es wurde nichts gemeldet.
report-received = Danke. Ihre Meldung zu <b>{ $organisation }</b> ist bei den Admins des Hubs eingegangen.

report-event-btn = ⚠️ Diese Veranstaltung melden
report-event-ask = Warum melden Sie die Veranstaltung <b>{ $event }</b>? Die Admins des Hubs sehen sich die Meldung und die veranstaltende Organisation an; die Veranstalter erfahren nicht, wer sie gemeldet hat.
report-event-received = Danke. Ihre Meldung zur Veranstaltung <b>{ $event }</b> ist bei den Admins des Hubs eingegangen.
