## Čarobnjak za registraciju i polja profila koja dijeli s /profile.

field-name-ask = Koje ime da prikazujemo za vas? Neobavezno je i dijeli se s partnerom tek kada obje strane prihvate upoznavanje. Pošaljite ga kao poruku ili pritisnite Preskoči.
field-org-name-ask = Pošaljite novo ime svoje organizacije.
field-country-ask = Gdje vaša organizacija radi?
field-sector-ask = Kakva je to organizacija?
field-topics-ask = Kojim temama se vaša organizacija bavi? Dodirnite da izaberete, pa pritisnite Gotovo.
field-activities-ask = Čime se vaša organizacija bavi? Izaberite sve što se odnosi na nju, pa pritisnite Gotovo.
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
# review: "Predlaže se partnerima" = may be suggested to partners
label-discoverable = Predlaže se partnerima

# review: "registrovan" (BA/RS/ME); Croatian would say "registriran"
register-already-registered = Već ste registrovani. Pošaljite /profile da vidite ili promijenite svoje podatke.
register-in-progress = Imate započetu registraciju. Nastaviti gdje ste stali ili početi ispočetka?
register-progress = Korak { $step } od { $total }
register-org-ask = Kojoj organizaciji pripadate? Pošaljite njeno ime (ili dio imena) i ja ću je potražiti.
register-org-results = Organizacije koje odgovaraju pojmu „{ $query }“. Pridružite se jednoj ili napravite novu:
register-org-none = Nijedna organizacija ne odgovara pojmu „{ $query }“. Napravite je ili pošaljite drugo ime za novu pretragu.
register-summary-join = { $organisation } (tražite pridruživanje)
register-summary-new = { $organisation } (nova, čeka provjeru)
register-summary =
    <b>Molimo provjerite svoje podatke</b>

    <b>Organizacija:</b> { $organisation }
    { $details }

    Pritisnite Potvrdi za registraciju ili polje koje želite promijeniti.
# review: "Telegram nalog" (BA/RS/ME); Croatian would say "korisnički račun"
register-consent =
    <b>Pristanak</b>
    Za registraciju čuvamo ID vašeg Telegram naloga, vaš jezik, ime koje ste dali (ako ste ga dali) i profil vaše organizacije, radi rada mreže: da vam prikažemo relevantne dijaloge i analize i, ako to dozvolite, da vašu organizaciju predložimo partnerima. Sve možete vidjeti s /mydata i izbrisati s /forget u bilo kojem trenutku.

    Slažete li se da ovo čuvamo?
register-cancelled = Registracija je otkazana. Ništa nije sačuvano.
register-done-joined = Registrovani ste. Vaš zahtjev za pridruživanje organizaciji <b>{ $organisation }</b> je zabilježen. Pošaljite /profile da vidite svoje podatke.
register-done-created = Registrovani ste. <b>{ $organisation }</b> čeka provjeru tima mreže; kada bude odobrena, mi ćemo vam javiti. Pošaljite /profile da vidite svoje podatke.
