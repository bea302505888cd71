## Der Registrierungsassistent und die Profilfelder, die er mit /profile teilt.

field-name-ask = Welcher Name soll für Sie angezeigt werden? Er ist freiwillig und wird nur an einen Partner weitergegeben, nachdem Sie beide eine Vorstellung angenommen haben. Senden Sie ihn als Nachricht oder drücken Sie Überspringen.
field-org-name-ask = Senden Sie den neuen Namen Ihrer Organisation.
field-country-ask = Wo arbeitet Ihre Organisation?
field-sector-ask = Welche Art von Organisation ist es?
field-topics-ask = An welchen Themen arbeitet Ihre Organisation? Tippen Sie zum Auswählen und drücken Sie dann Fertig.
field-activities-ask = Was macht Ihre Organisation? Wählen Sie alles Zutreffende aus und drücken Sie dann Fertig.
field-description-ask = Beschreiben Sie die Arbeit Ihrer Organisation in wenigen Sätzen (höchstens 500 Zeichen) oder drücken Sie Überspringen.
field-discoverable-ask = Darf der Hub Ihre Organisation anderen Mitgliedern vorschlagen, die Partner suchen? Gezeigt wird nur das Profil Ihrer Organisation, nie Ihr Name. Sie können das später ändern.

label-name = Name
label-org = Organisation
label-org-name = Name der Organisation
label-country = Land
label-sector = Sektor
label-topics = Themen
label-activities = Tätigkeiten
label-description = Beschreibung
# review: "Partnern vorgeschlagen" = may be suggested to partners
label-discoverable = Partnern vorgeschlagen

register-already-registered = Sie sind bereits registriert. Senden Sie /profile, um Ihre Angaben anzusehen oder zu ändern.
register-in-progress = Sie haben eine begonnene Registrierung. Dort weitermachen, wo Sie aufgehört haben, oder neu beginnen?
register-progress = Schritt { $step } von { $total }
register-org-ask = Zu welcher Organisation gehören Sie? Senden Sie ihren Namen (oder einen Teil davon), und ich suche sie.
register-org-results = Organisationen, die zu „{ $query }“ passen. Treten Sie einer bei oder legen Sie eine neue an:
register-org-none = Keine Organisation passt zu „{ $query }“. Legen Sie sie an oder senden Sie einen anderen Namen für eine neue Suche.
register-summary-join = { $organisation } (Sie bitten um Beitritt)
register-summary-new = { $organisation } (neu, wird geprüft)
register-summary =
    <b>Bitte prüfen Sie Ihre Angaben</b>

    <b>Organisation:</b> { $organisation }
    { $details }

    Drücken Sie Bestätigen, um sich zu registrieren, oder ein Feld, um es zu ändern.
register-consent =
    <b>Einwilligung</b>
    Für die Registrierung speichern wir Ihre Telegram-Konto-ID, Ihre Sprache, den angegebenen Namen (falls vorhanden) und das Profil Ihrer Organisation, um den Hub zu betreiben: um Ihnen passende Dialoge und Briefs zu zeigen und, wenn Sie es erlauben, Ihre Organisation Partnern vorzuschlagen. Mit /mydata sehen Sie jederzeit alles, mit /forget löschen Sie es.

    Sind Sie einverstanden, dass wir dies speichern?
register-cancelled = Registrierung abgebrochen. Es wurde nichts gespeichert.
register-done-joined = Sie sind registriert. Ihre Anfrage, <b>{ $organisation }</b> beizutreten, wurde erfasst. Senden Sie /profile, um Ihre Angaben zu sehen.
register-done-created = Sie sind registriert. <b>{ $organisation }</b> wird vom Team des Hubs geprüft; wir sagen Ihnen Bescheid, sobald sie freigegeben ist. Senden Sie /profile, um Ihre Angaben zu sehen.
