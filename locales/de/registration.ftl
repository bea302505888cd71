## Der Registrierungsassistent und die Profilfelder, die er mit /profile teilt.

field-name-ask = Unter welchem Namen sollen wir Sie anzeigen? Die Angabe ist freiwillig, und der Name wird nur an einen Partner weitergegeben, nachdem Sie beide einer Kontaktvermittlung zugestimmt haben. Senden Sie ihn als Nachricht oder tippen Sie auf Überspringen.
field-org-name-ask = Senden Sie den neuen Namen Ihrer Organisation.
field-country-ask = Wo ist Ihre Organisation tätig?
field-sector-ask = Um welche Art von Organisation handelt es sich?
field-topics-ask = Zu welchen Themen arbeitet Ihre Organisation? Tippen Sie zum Auswählen und dann auf Fertig.
field-activities-ask = Was macht Ihre Organisation? Wählen Sie alles Zutreffende aus und tippen Sie dann auf Fertig.
field-description-ask = Beschreiben Sie die Arbeit Ihrer Organisation in wenigen Sätzen (höchstens 500 Zeichen) oder tippen Sie auf Überspringen.
field-discoverable-ask = Darf der Hub Ihre Organisation anderen Mitgliedern vorschlagen, die Partner suchen? Gezeigt wird nur das Profil Ihrer Organisation, nie Ihr Name. Sie können das später ändern.

label-name = Name
label-org = Organisation
label-org-name = Name der Organisation
label-country = Land
label-sector = Sektor
label-topics = Themen
label-activities = Tätigkeiten
label-description = Beschreibung
# review: label of a yes/no setting ("may be suggested to partners"); "Partnern vorschlagen" reads as the setting's name, alternative "Für Partner sichtbar" is less exact
label-discoverable = Partnern vorschlagen

register-already-registered = Sie sind bereits registriert. Senden Sie /profile, um Ihre Angaben anzusehen oder zu ändern.
register-in-progress = Sie haben eine begonnene Registrierung. Möchten Sie dort weitermachen, wo Sie aufgehört haben, oder neu beginnen?
register-progress = Schritt { $step } von { $total }
register-org-ask = Zu welcher Organisation gehören Sie? Senden Sie ihren Namen (oder einen Teil davon), dann suche ich danach.
register-org-results = Organisationen, die zu „{ $query }“ passen. Treten Sie einer bei oder legen Sie eine neue an:
register-org-none = Keine Organisation passt zu „{ $query }“. Legen Sie sie an oder senden Sie einen anderen Namen für eine neue Suche.
register-summary-join = { $organisation } (Sie bitten um Beitritt)
register-summary-new = { $organisation } (neu, wird geprüft)
register-summary =
    <b>Bitte prüfen Sie Ihre Angaben</b>

    <b>Organisation:</b> { $organisation }
    { $details }

    Tippen Sie auf Bestätigen, um sich zu registrieren, oder auf ein Feld, um es zu ändern.
register-consent =
    <b>Einwilligung</b>
    Für die Registrierung speichern wir Ihre Telegram-Konto-ID, Ihre Sprache, den von Ihnen angegebenen Namen (falls vorhanden) und das Profil Ihrer Organisation, um den Hub zu betreiben: um Ihnen passende Dialoge und Policy Briefs zu zeigen und, wenn Sie es erlauben, Ihre Organisation Partnern vorzuschlagen. Mit /mydata können Sie jederzeit alles einsehen und mit /forget alles löschen.

    Sind Sie damit einverstanden, dass wir diese Daten speichern?
register-cancelled = Registrierung abgebrochen. Es wurde nichts gespeichert.
register-done-joined = Sie sind registriert. Ihre Anfrage, <b>{ $organisation }</b> beizutreten, wurde erfasst. Senden Sie /profile, um Ihre Angaben zu sehen.
register-done-created = Sie sind registriert. <b>{ $organisation }</b> wird nun vom Team des Hubs geprüft; wir benachrichtigen Sie, sobald die Organisation freigegeben ist. Senden Sie /profile, um Ihre Angaben zu sehen.
