## /profile

profile-show =
    <b>Profili juaj</b>

    <b>Organizata:</b> { $organisation } — { $membership }, { $vetting }
    { $details }

    Shtypni një fushë për ta ndryshuar.
profile-closed = Profili u mbyll. Dërgoni /profile për ta hapur përsëri.
profile-saved = U ruajt.
vetting-pending = në shqyrtim
vetting-vetted = e verifikuar
vetting-rejected = e papranuar
membership-founder = e regjistruat ju
membership-requested = kërkuat të bashkoheni
membership-member = anëtar
membership-none = pa organizatë
