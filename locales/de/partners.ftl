## Partnersuche (/partners) und Kontaktvermittlungen. Texte sind HTML: <b> und <i> beibehalten.
## Nie den Namen einer Person in eine Anfrage schreiben: Bis eine Kontaktvermittlung angenommen ist, werden nur Organisationen gezeigt.

cmd-partners = Partnerorganisationen finden

partners-header = <b>Partnervorschläge für { $organisation }</b>
partners-none = Derzeit passen keine Partnervorschläge. Versuchen Sie andere Filter oder schauen Sie später wieder vorbei: Das Netzwerk wächst.
partners-none-more = Keine weiteren Vorschläge. Gehen Sie zurück zur ersten Seite oder ändern Sie die Filter.
partners-card = <b>{ $name }</b> · { $country } · { $sector }
    Themen: { $topics }
    Tätigkeiten: { $activities }
    <i>{ $description }</i>
partners-card-short = <b>{ $number }. { $name }</b> · { $country } · { $sector }
partners-description = <i>{ $description }</i>
partners-why = Warum: { $reason }
partners-reason-topics = beide arbeiten zu { $topics }
partners-reason-complement = ergänzende Tätigkeiten (dort { $theirs }, bei Ihnen { $yours })
partners-reason-cross-border = grenzüberschreitend: { $yours } – { $theirs }
partners-reason-sector = verschiedene Sektoren: { $theirs } und { $yours }
partners-reason-filter = passt zu Ihren Filtern
partners-btn-ask = 🤝 Kontakt zu Nr. { $number } anfragen
partners-btn-more = Mehr anzeigen ▶
partners-btn-first = ◀ Erste Seite
partners-btn-mine = Meine Anfragen
partners-any = beliebig
partners-filter-topic = Thema: { $value }
partners-filter-country = Land: { $value }
partners-filter-scope = Wo: { $value }
partners-filter-sector = Sektor: { $value }
partners-scope-any = überall
partners-scope-same = mein Land
partners-scope-cross = grenzüberschreitend
partners-choose-topic = Organisationen zu welchem Thema anzeigen?
partners-choose-country = Organisationen aus welchem Land anzeigen?
partners-choose-scope = Im eigenen Land oder grenzüberschreitend?
partners-choose-sector = Organisationen aus welchem Sektor anzeigen?
partners-closed = Partnervorschläge geschlossen. Senden Sie /partners, um sie wieder zu öffnen.

partners-ask-note = Fügen Sie eine kurze Notiz für die andere Organisation hinzu (höchstens { $limit } Zeichen): wen Sie suchen und warum. Dort sieht man das Profil Ihrer Organisation und diese Notiz, nicht Ihren Namen. Oder tippen Sie auf Überspringen.
partners-note-too-long = Die Notiz ist { $length } Zeichen lang; erlaubt sind höchstens { $limit }. Bitte kürzen Sie sie.
partners-request-sent = Anfrage gesendet. Die andere Seite sieht das Profil Ihrer Organisation und Ihre Notiz, nicht Ihren Namen. Wird die Anfrage angenommen, erhalten Sie beide die Kontaktdaten der jeweils anderen Seite. Unter /partners → Meine Anfragen sehen Sie den Stand.
partners-browse-not-vetted = Partnervorschläge sind verfügbar, sobald der Hub Ihre Organisation verifiziert hat: Das Netzwerk wird nur Organisationen gezeigt, die der Hub kennt.
partners-join-pending = Partnervorschläge und Kontaktvermittlungen sind für Mitglieder gedacht, die im Namen ihrer Organisation handeln; Ihre Anfrage, Ihrer Organisation beizutreten, wurde noch nicht bestätigt.
partners-not-vetted = Kontaktvermittlungen sind möglich, sobald der Hub Ihre Organisation verifiziert hat. Bis dahin können Sie sich die Vorschläge ansehen.
partners-too-many-open = Sie haben bereits { $open } Anfragen, die auf eine Antwort warten. Fragen Sie erneut an, sobald eine davon beantwortet oder geschlossen ist.
partners-too-many-week = Sie haben diese Woche { $week } Kontaktvermittlungen angefragt; mehr leitet der Hub in einer Woche nicht weiter. Bitte fragen Sie in ein paar Tagen erneut an.
partners-unavailable = Für diese Organisation kann derzeit keine Kontaktvermittlung angefragt werden. Wählen Sie einen anderen Vorschlag.

partners-requests = <b>Ihre Anfragen zur Kontaktvermittlung</b>
partners-requests-none = Sie haben noch keine Kontaktvermittlung angefragt.
partners-request-line = { $organisation } ({ $date }): { $status }
partners-status-accepted = angenommen
partners-status-waiting = noch keine Antwort
partners-status-closed = nicht zustande gekommen
partners-request-closed = Die angefragte Kontaktvermittlung mit <b>{ $organisation }</b> ist nicht zustande gekommen. Anfragen werden nach 14 Tagen geschlossen; mit /partners finden Sie vielleicht andere Partner.

partners-request-received = <b>Eine Anfrage zur Kontaktvermittlung</b>
    Ein Mitglied dieser Organisation möchte mit Ihrer Organisation in Kontakt treten. Wenn Sie annehmen, erhalten Sie beide die Kontaktdaten der jeweils anderen Seite. Wenn Sie ablehnen, erfährt die andere Seite davon nichts.
partners-note = Beigefügte Notiz: <i>{ $note }</i>
partners-btn-accept = ✅ Annehmen
partners-btn-decline = Ablehnen
partners-btn-block = 🚫 Diese Organisation blockieren
partners-already-answered = Diese Anfrage wurde bereits von Ihrer Organisation beantwortet, oder sie ist geschlossen.
partners-declined = Abgelehnt. Die andere Seite erfährt davon nichts; ihre Anfrage wird einfach geschlossen.
partners-blocked = Blockiert. Diese Organisation kann Sie nicht mehr anfragen, und keine der beiden Organisationen wird der anderen vorgeschlagen.

partners-contact = <b>Kontaktvermittlung angenommen</b>
    Sie und <b>{ $organisation }</b> können jetzt miteinander sprechen. Schreiben Sie an { $person } ({ $handle }).
    Gemeinsame Themen: { $topics }
partners-someone = ein Mitglied
partners-no-handle = kein Benutzername geteilt; tippen Sie auf den Namen, um zu schreiben
partners-btn-write = An { $name } schreiben
partners-contact-gone = Diese Kontaktvermittlung wurde angenommen, aber die andere Person hat den Hub inzwischen verlassen.

vouch-not-allowed-vouched = Ihre Organisation wurde durch die Bürgschaften anderer verifiziert und kann deshalb nicht selbst für eine andere bürgen: Das können nur Organisationen, die die Admins des Hubs selbst verifiziert haben. So können einige wenige Organisationen nicht in einer Kette immer neue verifizieren lassen.

## Zwei Wochen nach einer angenommenen Kontaktvermittlung wird jede Seite gefragt, ob sie in Kontakt gekommen ist (nach „Noch nicht“ ein weiteres Mal).
## Die Antwort gilt für die Organisation und wird nur gezählt; die andere Organisation sieht sie nie.
followup-ask = <b>Sind Sie in Kontakt gekommen?</b>
    Ihre Organisation wurde vor einiger Zeit über den Hub mit <b>{ $organisation }</b> bekannt gemacht. Sind Sie mit ihr in Kontakt gekommen?
followup-ask-again = <b>Sind Sie inzwischen in Kontakt gekommen?</b>
    Als wir zuletzt gefragt haben, hatte Ihre Organisation noch keinen Kontakt mit <b>{ $organisation }</b>. Hat sich das inzwischen geändert?
followup-private = Ihre Antwort gilt für Ihre Organisation und fließt nur in die Gesamtzahlen des Hubs ein: Die andere Organisation sieht sie nie. Sie können diese Fragen unter /profile abstellen.
followup-btn-working = Ja, wir arbeiten zusammen
followup-btn-talked = Ja, wir haben gesprochen
followup-btn-not-yet = Noch nicht
followup-btn-no = Nein
followup-already-answered = Ihre Organisation hat diese Frage bereits beantwortet, es wurde also nichts geändert. Trotzdem vielen Dank!
followup-thanks = Vielen Dank für Ihre Antwort.
followup-thanks-working = Vielen Dank! Schön, dass Sie zusammenarbeiten.
followup-thanks-later = Vielen Dank. Wir fragen in einiger Zeit noch einmal nach.
followup-thanks-last = Vielen Dank. Zu dieser Kontaktvermittlung fragen wir nicht mehr nach.

## Nach einer angenommenen Kontaktvermittlung, für jemanden ohne @username: ein Knopf zu seinem Chat nur mit seiner
## Erlaubnis (dieselbe Einstellung wie für den Benutzernamen), sonst wer zuerst schreibt (issue 23)
partners-no-contact = kein Telegram-Kontakt geteilt
partners-no-username = kein Benutzername; der Knopf unten öffnet den Chat
partners-they-write-first = { $name } hat keinen Telegram-Kontakt geteilt, hat aber Ihren: { $name } schreibt Ihnen zuerst.
partners-you-write-first = Sie haben Ihren Telegram-Kontakt nicht geteilt, daher kann { $name } Ihnen nicht schreiben: Schreiben Sie zuerst.
partners-neither-shares = Keine von beiden Seiten hat einen Telegram-Kontakt geteilt, daher kann der Hub Sie nicht direkt verbinden. Damit man Sie bei den nächsten Kontaktvermittlungen erreicht, schalten Sie in /profile „{ $setting }“ ein.
partners-link-refused = Die Telegram-Datenschutzeinstellungen von { $name } erlauben keinen Knopf zu diesem Chat.
partners-they-will-write = Die andere Seite hat Ihren Kontakt und schreibt Ihnen zuerst.
partners-share-to-be-reached = Schalten Sie in /profile „{ $setting }“ ein, damit man Ihnen schreiben kann.
