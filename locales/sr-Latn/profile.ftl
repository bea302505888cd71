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

field-share-handle-ask = Kada partnerska organizacija prihvati upoznavanje koje ste zatražili (ili vi prihvatite njihov zahtjev), smije li im mreža dati i vaše korisničko ime na Telegramu (@username)? U svakom slučaju dobijaju link preko kojeg vam mogu pisati i vaše ime onako kako ste ga ovdje naveli.
label-share-handle = Dijeljenje @username pri upoznavanju

## Zahtjevi za članstvo u organizaciji člana koji čekaju odgovor
profile-joiners-waiting = { $count ->
        [one] { $count } osoba je zatražila članstvo u vašoj organizaciji.
        [few] { $count } osobe su zatražile članstvo u vašoj organizaciji.
       *[other] { $count } osoba je zatražilo članstvo u vašoj organizaciji.
    }
profile-btn-joiners = Zahtjevi za članstvo ({ $count })

## Osnivač čija organizacija nije prihvaćena traži novu provjeru
profile-rejected = Administratori mreže nisu prihvatili vašu organizaciju. Ispravite navedene nedostatke, pa zatražite novu provjeru.
profile-btn-reapply = Zatraži novu provjeru
profile-reapplied = Vaša organizacija ponovo čeka provjeru administratora.

field-follow-ups-ask = Kada se upoznavanje prihvati, smije li vas mreža kasnije pitati jesu li vaše organizacije stupile u kontakt? Vaš odgovor se samo broji i nikada se ne pokazuje drugoj organizaciji.
label-follow-ups = Pitanja o ishodu upoznavanja

## Blokirane organizacije u /profile: svaka blokada može se ukinuti (issue 23)
profile-btn-blocks = 🚫 Blokirane organizacije ({ $count })
profile-blocks = <b>Organizacije koje je vaša organizacija blokirala</b>
    { $organisations }

    One vašoj organizaciji ne mogu slati zahtjeve za upoznavanje, a mreža vas ne predlaže jedne drugima. Ako neku odblokirate, ona o tome ne dobija obavještenje.
profile-blocks-none = Vaša organizacija nije blokirala nijednu organizaciju.
profile-btn-unblock = Odblokiraj: { $organisation }
profile-unblocked = Organizacija { $organisation } više nije blokirana.
