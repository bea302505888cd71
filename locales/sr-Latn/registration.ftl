## Čarobnjak za registraciju i polja profila koja dijeli s /profile.

field-name-ask = Pod kojim imenom želite biti prikazani? Ime nije obavezno i s partnerom se dijeli tek kada oboje prihvatite upoznavanje. Pošaljite ga kao poruku ili pritisnite Preskoči.
field-org-name-ask = Pošaljite novo ime svoje organizacije.
field-country-ask = Gdje djeluje vaša organizacija?
field-sector-ask = Kakva je to organizacija?
field-topics-ask = Kojim se temama bavi vaša organizacija? Dodirnite da odaberete, a zatim pritisnite Gotovo.
field-activities-ask = Kojim se aktivnostima bavi vaša organizacija? Odaberite sve što se odnosi na nju, a zatim pritisnite Gotovo.
field-description-ask = Opišite rad svoje organizacije u nekoliko rečenica (najviše 500 znakova) ili pritisnite Preskoči.
field-discoverable-ask = Smije li mreža predlagati vašu organizaciju drugim članovima koji traže partnere? Prikazuje se samo profil organizacije, nikada vaše ime. Ovo možete kasnije promijeniti.

label-name = Ime
label-org = Organizacija
label-org-name = Ime organizacije
label-country = Država
label-sector = Sektor
label-topics = Teme
label-activities = Aktivnosti
label-description = Opis
label-discoverable = Predlaganje partnerima

register-already-registered = Već ste registrovani. Pošaljite /profile da vidite ili promijenite svoje podatke.
register-in-progress = Imate započetu registraciju. Želite li nastaviti gdje ste stali ili početi ispočetka?
register-progress = Korak { $step } od { $total }
register-org-ask = Kojoj organizaciji pripadate? Pošaljite njeno ime (ili dio imena), a ja ću je potražiti.
register-org-results = Organizacije koje odgovaraju pojmu „{ $query }“. Pridružite se jednoj od njih ili napravite novu:
register-org-none = Nijedna organizacija ne odgovara pojmu „{ $query }“. Napravite je ili pošaljite drugo ime za novu pretragu.
register-summary-join = { $organisation } (tražite članstvo)
register-summary-new = { $organisation } (nova, čeka provjeru)
register-summary =
    <b>Molimo provjerite svoje podatke</b>

    <b>Organizacija:</b> { $organisation }
    { $details }

    Pritisnite Potvrdi za registraciju ili polje koje želite promijeniti.
register-consent =
    <b>Pristanak</b>
    Za registraciju čuvamo vaš Telegram ID, vaš jezik, ime koje ste naveli (ako ste ga naveli) i profil vaše organizacije, za potrebe rada mreže: da vam prikazujemo relevantne dijaloge i analize i, ako to dozvolite, da vašu organizaciju predlažemo partnerima. U bilo kojem trenutku sve možete vidjeti s /mydata i izbrisati s /forget.

    Slažete li se da ovo čuvamo?
register-cancelled = Registracija je otkazana. Ništa nije sačuvano.
register-done-joined = Registrovani ste. Vaš zahtjev za članstvo u organizaciji <b>{ $organisation }</b> je poslan njenim članovima; javićemo vam kad neko odgovori. Do tada možete pratiti dijaloge (/events) i pretplatiti se na novosti (/subscribe).
register-done-created = Registrovani ste. <b>{ $organisation }</b> čeka provjeru tima mreže; o odobrenju ćemo vas obavijestiti. Pošaljite /profile da vidite svoje podatke.

## Jamstvo za organizaciju koja čeka provjeru (link koji dijeli njen osnivač)
profile-vouch = Dok vaša organizacija čeka provjeru, organizacije koje vas poznaju mogu tu provjeru ubrzati: pošaljite ovaj link članovima { $needed ->
        [one] { $needed } provjerene organizacije, koja može jamčiti za vas
        [few] { $needed } provjerene organizacije, a svaka od njih može jamčiti za vas
       *[other] { $needed } provjerenih organizacija, a svaka od njih može jamčiti za vas
    }: { $link }
vouch-ask = <b>Jamčite li za organizaciju { $organisation }?</b>
    Jamčite samo ako vaša organizacija poznaje ovu organizaciju i može potvrditi da se ona istinito predstavlja. Jamstva provjerenih organizacija omogućavaju mreži da je provjeri bez čekanja na administratora, a administratori mogu vidjeti od koga potiču jamstva.
vouch-btn-confirm = ✅ Jamčimo za nju
vouch-cancelled = Ništa nije zabilježeno.
vouch-link-invalid = Ovaj link za jamstvo nije važeći. Zatražite od organizacije ponovo njen link.
vouch-not-allowed = Samo članovi koji djeluju u ime provjerene organizacije mogu jamčiti za drugu organizaciju.
vouch-not-needed = Organizaciji <b>{ $organisation }</b> nije potrebno jamstvo: ona ne čeka provjeru.
vouch-already = Vaša organizacija je već jamčila za organizaciju <b>{ $organisation }</b>.
vouch-counted = Hvala vam: vaše jamstvo za organizaciju <b>{ $organisation }</b> je zabilježeno ({ $count } od { $needed }).
vouch-vetted = Hvala vam: uz vaše jamstvo organizacija <b>{ $organisation }</b> je sada provjerena.

## Pristupanje postojećoj organizaciji: zahtjev, odgovor njenih članova i šta se javlja osobi koja pristupa
register-consent-join = Vaše ime biće prikazano članovima organizacije <b>{ $organisation }</b>, koji odlučuju o vašem prijemu. Dok vas neko od njih ne odobri, ne vidite profil organizacije i ne djelujete u njeno ime.
join-no-name = (ime nije navedeno)
join-request = <b>{ $name }</b> traži članstvo u organizaciji <b>{ $organisation }</b> na mreži.{ $count ->
        [1] {""}
       *[other] {" "}(Zahtjeva na čekanju: { $count }.)
    }
    Odobrite samo nekoga za koga znate da radi s vama: član vidi profil organizacije, njena upoznavanja s partnerima i pozive za provjerene organizacije.
join-done-approved = <b>{ $name }</b> je sada član organizacije <b>{ $organisation }</b>. Javili smo mu/joj.
join-done-declined = Odbili ste zahtjev osobe <b>{ $name }</b>. Javili smo joj, bez navođenja osobe koja je odlučila.
join-none-waiting = Nema zahtjeva za članstvo na čekanju.
join-already-decided = Na ovaj zahtjev za članstvo je već odgovoreno.
join-notice-approved = Vaš zahtjev za članstvo u organizaciji <b>{ $organisation }</b> je odobren. Sada na mreži djelujete u njeno ime: /profile, /partners
join-notice-declined = Vaš zahtjev za članstvo u organizaciji <b>{ $organisation }</b> nije odobren. Možete se ponovo registrovati s /register, da pristupite drugoj organizaciji ili registrujete svoju.
