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
register-done-joined = Sie sind registriert. Ihre Anfrage, <b>{ $organisation }</b> beizutreten, ist bei deren Mitgliedern; wir sagen Ihnen Bescheid, sobald jemand antwortet. Bis dahin können Sie Dialoge verfolgen (/events) und Neuigkeiten abonnieren (/subscribe).
register-done-created = Sie sind registriert. <b>{ $organisation }</b> wird nun vom Team des Hubs geprüft; wir benachrichtigen Sie, sobald die Organisation freigegeben ist. Senden Sie /profile, um Ihre Angaben zu sehen.

## Bürgen für eine Organisation, die auf Prüfung wartet (ein Link, den ihr Gründer teilt)
profile-vouch = Solange Ihre Organisation auf die Prüfung wartet, können Organisationen, die Sie kennen, diese beschleunigen: Senden Sie diesen Link an Mitglieder { $needed ->
        [one] einer verifizierten Organisation; diese kann dann für Sie bürgen
       *[other] von { $needed } verifizierten Organisationen; jede von ihnen kann für Sie bürgen
    }: { $link }
vouch-ask = <b>Bürgen Sie für { $organisation }?</b>
    Bürgen Sie nur, wenn Ihre Organisation diese Organisation kennt und bestätigen kann, dass sie die ist, für die sie sich ausgibt. Mit Bürgschaften verifizierter Organisationen kann der Hub diese Organisation verifizieren, ohne auf einen Admin zu warten, und die Admins sehen, wer gebürgt hat.
vouch-btn-confirm = ✅ Wir bürgen für sie
vouch-cancelled = Es wurde nichts erfasst.
vouch-link-invalid = Dieser Link zum Bürgen ist ungültig. Bitten Sie die Organisation erneut um ihren Link.
vouch-not-allowed = Nur Mitglieder, die im Namen einer verifizierten Organisation handeln, können für eine andere Organisation bürgen.
vouch-not-needed = <b>{ $organisation }</b> braucht keine Bürgschaft: Die Organisation wartet nicht auf Prüfung.
vouch-already = Ihre Organisation hat bereits für <b>{ $organisation }</b> gebürgt.
vouch-counted = Vielen Dank: Ihre Bürgschaft für <b>{ $organisation }</b> ist erfasst ({ $count } von { $needed }).
vouch-vetted = Vielen Dank: Mit Ihrer Bürgschaft ist <b>{ $organisation }</b> jetzt verifiziert.

## Beitritt zu einer bestehenden Organisation: die Anfrage, die Antwort ihrer Mitglieder und was die beitretende Person erfährt
register-consent-join = Ihr Name wird den Mitgliedern von <b>{ $organisation }</b> gezeigt, die über Ihre Aufnahme entscheiden. Bis eines von ihnen Sie bestätigt, sehen Sie das Profil der Organisation nicht und handeln nicht für sie.
join-no-name = (kein Name angegeben)
join-request = <b>{ $name }</b> bittet um Aufnahme in <b>{ $organisation }</b> im Hub.{ $count ->
        [1] {""}
       *[other] {" "}({ $count } Anfragen warten.)
    }
    Bestätigen Sie nur jemanden, von dem Sie wissen, dass er oder sie mit Ihnen arbeitet: Mitglieder sehen das Profil der Organisation, ihre Kontaktvermittlungen und die Einladungen für verifizierte Organisationen.
join-done-approved = <b>{ $name }</b> ist jetzt Mitglied von <b>{ $organisation }</b>. Wir haben es der Person mitgeteilt.
join-done-declined = Sie haben die Anfrage von <b>{ $name }</b> abgelehnt. Wir haben es der Person mitgeteilt, ohne zu sagen, wer entschieden hat.
join-none-waiting = Es warten keine Beitrittsanfragen.
join-already-decided = Diese Beitrittsanfrage wurde bereits beantwortet.
join-notice-approved = Ihre Anfrage, <b>{ $organisation }</b> beizutreten, wurde bestätigt. Sie handeln jetzt im Hub für die Organisation: /profile, /partners
join-notice-declined = Ihre Anfrage, <b>{ $organisation }</b> beizutreten, wurde nicht bestätigt. Mit /register können Sie sich erneut registrieren, um einer anderen Organisation beizutreten oder Ihre eigene anzumelden.
