## /profile

profile-show =
    <b>Ihr Profil</b>

    <b>Organisation:</b> { $organisation } — { $membership }, { $vetting }
    { $details }

    Tippen Sie auf ein Feld, um es zu ändern.
profile-closed = Profil geschlossen. Senden Sie /profile, um es wieder zu öffnen.
profile-saved = Gespeichert.
vetting-pending = wird geprüft
vetting-vetted = verifiziert
vetting-rejected = nicht angenommen
membership-founder = von Ihnen registriert
membership-requested = Beitritt angefragt
membership-member = Mitglied
membership-none = keine Organisation

field-share-handle-ask = Wenn eine Partnerorganisation eine von Ihnen angefragte Kontaktvermittlung annimmt (oder Sie eine Anfrage von ihr annehmen), darf der Hub ihr dann auch Ihren Telegram-Benutzernamen (@username) geben? In jedem Fall erhält sie einen Link, um Ihnen zu schreiben, und Ihren Namen, wie Sie ihn hier angegeben haben.
label-share-handle = Meinen @username bei Kontaktvermittlungen teilen

## Beitrittsanfragen an die Organisation des Mitglieds, die auf Antwort warten
profile-joiners-waiting = { $count ->
        [one] Jemand bittet um Aufnahme in Ihre Organisation.
       *[other] { $count } Personen bitten um Aufnahme in Ihre Organisation.
    }
profile-btn-joiners = Beitrittsanfragen ({ $count })

## Eine Gründerin oder ein Gründer, deren Organisation nicht angenommen wurde, beantragt eine neue Prüfung
profile-rejected = Die Admins des Hubs haben Ihre Organisation nicht angenommen. Berichtigen Sie, wonach sie gefragt haben, und beantragen Sie dann eine neue Prüfung.
profile-btn-reapply = Neue Prüfung beantragen
profile-reapplied = Ihre Organisation wartet wieder auf die Prüfung durch die Admins.

field-follow-ups-ask = Darf der Hub Sie nach einer angenommenen Kontaktvermittlung später fragen, ob Ihre Organisationen in Kontakt gekommen sind? Ihre Antwort wird nur gezählt und der anderen Organisation nie gezeigt.
label-follow-ups = Nachfragen zu Kontaktvermittlungen

## Blockierte Organisationen in /profile: jede Blockierung lässt sich aufheben (issue 23)
profile-btn-blocks = 🚫 Blockierte Organisationen ({ $count })
profile-blocks = <b>Von Ihrer Organisation blockierte Organisationen</b>
    { $organisations }

    Sie können Ihrer Organisation keine Vorstellungsanfragen senden, und Sie werden einander nicht vorgeschlagen. Wenn Sie eine Blockierung aufheben, erfährt die Organisation es nicht.
profile-blocks-none = Ihre Organisation hat keine Organisation blockiert.
profile-btn-unblock = { $organisation } freigeben
profile-unblocked = { $organisation } ist nicht mehr blockiert.
