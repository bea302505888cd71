## Administration (/admin): Prüfung von Organisationen und Rollen, und was Mitglieder darüber erfahren. Texte sind HTML: <b> beibehalten.

cmd-admin = Administration (nur für Admins)
admin-only = Nur die Admins des Hubs können /admin verwenden.
admin-menu = <b>Administration</b>
    Prüfen Sie die Organisationen, die auf Aufnahme warten, und geben Sie Mitgliedern die Rolle Veranstalter oder Admin. Jede Entscheidung wird im Audit-Log festgehalten.
admin-btn-queue = Zu prüfen ({ $count })
admin-btn-roles = Rollen
admin-closed = Administration geschlossen. Senden Sie /admin, um sie wieder zu öffnen.
admin-queue = <b>Warten auf Prüfung</b>, die älteste zuerst. Öffnen Sie eine Organisation, um sie zu verifizieren oder abzulehnen.
admin-queue-empty = Keine Organisation wartet auf Prüfung.
admin-org-facts = Organisation Nr. { $id } · registriert am { $registered } · { $members ->
        [one] ein Mitglied
       *[other] { $members } Mitglieder
    }{ $joiners ->
        [0] {""}
       *[other] {" "}· Beitrittsanfragen: { $joiners }
    }
admin-btn-approve = ✅ Verifizieren
admin-btn-reject = Ablehnen…
admin-ask-reason = Warum wird die Organisation abgelehnt? Schreiben Sie die Begründung (höchstens { $limit } Zeichen); die Mitglieder der Organisation erhalten sie genau so, wie Sie sie schreiben.
admin-decided-vetted = <b>{ $organisation }</b> ist verifiziert; die Mitglieder werden benachrichtigt.
admin-decided-rejected = <b>{ $organisation }</b> wurde nicht angenommen; die Mitglieder erfahren die Begründung.
admin-already-decided = Ein anderer Admin hat bereits über diese Organisation entschieden.
admin-ask-member = Senden Sie die Telegram-Benutzer-ID des Mitglieds, dessen Rolle Sie ändern möchten (das Mitglied findet sie unter /mydata).
admin-no-member = Kein registriertes Mitglied hat diese Telegram-ID. Senden Sie nur die Zahl, z. B. 123456789.
admin-member = <b>Mitglied { $id }</b>: { $name }
    Organisation: { $organisation } ({ $vetting }) — { $membership }
    Rolle: { $role }
admin-role-member = Mitglied
admin-role-organiser = Veranstalter
admin-role-admin = Admin
admin-role-set = Rolle festgelegt: { $role }.
admin-role-needs-vetted = Veranstalter und Admins müssen einer verifizierten Organisation angehören.

vetting-notice-vetted = Gute Nachricht: Der Hub hat <b>{ $organisation }</b> verifiziert. Partnervorschläge und Kontaktvermittlungen stehen Ihnen jetzt offen: /partners
vetting-notice-rejected = Die Admins des Hubs haben <b>{ $organisation }</b> nicht in das Netzwerk aufgenommen. Sie können das Profil unter /profile berichtigen und dort eine neue Prüfung beantragen.
vetting-notice-reason = Begründung der Admins: { $reason }
role-notice-organiser = Sie sind jetzt Veranstalter: Sie können Veranstaltungen ankündigen (/newevent), Rundnachrichten senden (/broadcast) und Policy Briefs veröffentlichen (/brief).
role-notice-admin = Sie sind jetzt Admin des Hubs: Mit /admin prüfen Sie Organisationen und vergeben Rollen.
role-notice-member = Ihre Rolle als Veranstalter oder Admin ist beendet; alles, was Mitglieder tun können, steht Ihnen weiterhin offen.

admin-btn-reports = Meldungen ({ $count })
admin-reports = <b>Gemeldete Organisationen</b>, die am häufigsten gemeldete zuerst. Wer eine Meldung macht, erfährt nur, dass sie eingegangen ist.
admin-reports-none = Keine offenen Meldungen.
admin-reported = <b>Offene Meldungen</b>:
    { $reasons }
admin-btn-dismiss = Verwerfen
admin-btn-warn = Verwarnen
admin-btn-suspend = Organisation sperren
admin-btn-unsuspend = Sperre aufheben
admin-btn-suspend-member = Dieses Mitglied sperren
admin-btn-unsuspend-member = Sperre dieses Mitglieds aufheben
admin-member-suspended = Dieses Mitglied ist gesperrt.
admin-done-dismiss = Meldungen zu <b>{ $organisation }</b> verworfen.
admin-done-warn = <b>{ $organisation }</b> ist verwarnt; die Meldungen zu ihr sind abgeschlossen.
admin-done-suspend = <b>{ $organisation }</b> ist gesperrt: Die Mitglieder der Organisation erhalten nichts mehr und können ihre Daten nur noch einsehen oder löschen.
admin-done-unsuspend = <b>{ $organisation }</b> ist nicht mehr gesperrt.
admin-done-suspend-member = Das Mitglied ist gesperrt: Es erhält nichts mehr und kann seine Daten nur noch einsehen oder löschen.
admin-done-unsuspend-member = Das Mitglied ist nicht mehr gesperrt.
organisation-warning = Die Admins des Hubs haben Meldungen zu <b>{ $organisation }</b> erhalten und bitten Sie, sich an die Regeln des Netzwerks zu halten: Respekt, Ehrlichkeit darüber, wer Sie sind, und die Sicherheit anderer. Eine weitere Meldung kann zu einer Sperre führen.
error-suspended = Die Admins des Hubs haben Ihren Zugang zum Hub gesperrt. Sie können Ihre Daten weiterhin einsehen (/mydata) oder löschen (/forget).
error-suspended-short = Ihr Zugang zum Hub ist gesperrt.

admin-btn-audit = Audit-Log
admin-audit = <b>Audit-Log</b>, neueste zuerst (Seite { $page } von { $pages }; Zeiten in { $zone }): wann · was · woran · wer
admin-audit-none = Das Audit-Log ist leer.
admin-audit-cli = Kommandozeile

cmd-stats = Netzwerkstatistik (nur für Admins)
stats-only = Nur die Admins des Hubs können /stats verwenden.
stats-text = <b>Netzwerkstatistik</b> (Werte von 1 bis 4 erscheinen als „&lt; 5“)
    <b>Mitglieder</b>: { $members } – nach Land: { $members_by_country }
    <b>Organisationen</b> – verifiziert: { $vetted } · in Prüfung: { $pending }
    Nach Land: { $by_country }
    Nach Sektor: { $by_sector }
    Nach Thema: { $by_topic }
    <b>Neue Mitglieder</b> pro Monat: { $growth }
    <b>Veranstaltungen</b> – veröffentlicht: { $events } · bevorstehend: { $upcoming } · bestätigte Teilnahmen: { $attendance }
    <b>Zustellungen</b> – gesendet: { $sent } · fehlgeschlagen: { $failed } · Bot blockiert: { $blocked } · Zustellquote: { $rate }
    <b>Kontaktvermittlungen</b> – angefragt: { $requested } · angenommen: { $accepted }

admin-reported-events = <b>In den Meldungen genannte Veranstaltungen</b>:
    { $events }

## Mitgliedschaft aus Sicht der Admins, und die Admins, die keine Sperre treffen darf
admin-membership-founder = hat sie registriert
admin-membership-member = aufgenommenes Mitglied
admin-membership-requested = Beitritt angefragt, nicht bestätigt
admin-membership-none = keine Organisation
admin-role-needs-approval = Diese Person hat um Aufnahme in ihre Organisation gebeten und wurde noch nicht bestätigt: keine Rolle, bis das geschieht.
admin-cannot-suspend-bootstrap = Die in ADMIN_IDS genannten Admins betreiben den Hub und können nicht gesperrt werden.
admin-cannot-suspend-last = Dann bliebe kein Admin, der die Sperre aufheben könnte.

stats-note-hidden = Einige Werte ab 5 erscheinen als „≥ 5“, und eine Aufschlüsselung oder die Zustellquote kann als „–“ erscheinen: Genau angezeigt, ließe sich aus einer Gesamtzahl ein Wert unter 5 errechnen.

## Das Audit-Log in der Sprache der Admins: was getan wurde, woran, und die Namen der Details
audit-action-organisation-vetted = Organisation verifiziert
audit-action-organisation-rejected = Organisation abgelehnt
audit-action-organisation-dismiss = Meldungen verworfen
audit-action-organisation-warn = Organisation verwarnt
audit-action-organisation-suspend = Organisation gesperrt
audit-action-organisation-unsuspend = Sperre aufgehoben
audit-action-organisation-reapplied = neue Prüfung beantragt
audit-action-organisation-vouched = gebürgt
audit-action-role-changed = Rolle geändert
audit-action-member-suspended = Mitglied gesperrt
audit-action-member-unsuspended = Sperre des Mitglieds aufgehoben
audit-action-member-approved = Beitritt bestätigt
audit-action-member-declined = Beitritt abgelehnt
audit-action-brief-published = Policy Brief veröffentlicht
audit-action-broadcast-sent = Rundnachricht gesendet
audit-action-broadcast-scheduled = Rundnachricht geplant
audit-action-broadcast-cancelled = Rundnachricht gestoppt
audit-action-attendees-exported = Teilnehmerliste exportiert
audit-action-attendees-messaged = an Teilnehmende geschrieben
audit-action-event-cancelled = Veranstaltung abgesagt
audit-action-event-published = Veranstaltung veröffentlicht
audit-action-event-edited = Veranstaltung bearbeitet
audit-action-organisations-imported = Organisationen importiert
audit-action-exported = Tabelle exportiert
audit-field-reason = Grund
audit-field-reports = Meldungen
audit-field-rows = Zeilen
audit-field-told = benachrichtigt
audit-field-recipients = Empfänger
audit-field-audience = Zielgruppe
audit-field-before = vorher
audit-field-after = nachher
audit-field-format = Format
audit-field-organisation = Organisation
audit-field-by-organisation = von Organisation
audit-field-vetting = als
admin-audit-vouches = Bürgschaften verifizierter Organisationen
audit-by-member = Mitglied { $id }
audit-subject-member = Mitglied { $id }
audit-subject-member-erased = ein Mitglied, das /forget genutzt hat
audit-subject-organisation = Organisation Nr. { $id }
audit-subject-event = Veranstaltung Nr. { $id }
audit-subject-campaign = Versand Nr. { $id }
audit-subject-table = Tabelle { $id }
audit-subject-file = Datei { $id }

## /stats: was aus angenommenen Kontaktvermittlungen wurde (Zahlen von 1 bis 4 lauten „< 5“, wie oben)
stats-followups = <b>Nach Kontaktvermittlungen</b>: angenommen { $introductions } → in Kontakt gekommen { $contacts } → arbeiten zusammen { $collaborations }
