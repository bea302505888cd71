## /profile

profile-show =
    <b>Vaš profil</b>

    <b>Organizacija:</b> { $organisation } — { $membership }, { $vetting }
    { $details }

    Pritisnite polje da ga promijenite.
profile-closed = Profil je zatvoren. Pošaljite /profile da ga ponovo otvorite.
profile-saved = Sačuvano.
vetting-pending = čeka provjeru
vetting-vetted = provjerena
vetting-rejected = nije prihvaćena
membership-founder = vi ste je registrovali
membership-requested = zatražili ste članstvo
membership-member = član
membership-none = bez organizacije
