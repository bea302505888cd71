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
