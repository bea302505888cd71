## Analize i izvještaji (/brief). Tekstovi su HTML: zadržite oznake <b>.

cmd-brief = Objavite analizu ili izvještaj
brief-ask-lang = Na kojem jeziku želite napisati analizu? Možete dodati koliko god jezika želite: svaki pretplatnik je prima na svom jeziku, na engleskom ili na jeziku koji postoji.
brief-ask-title = Pošaljite naslov, jezik: { $language } (najviše { $limit } znakova).
brief-ask-summary = Pošaljite sažetak, jezik: { $language } (najviše { $limit } znakova).
brief-ask-link = Pošaljite link na cijeli tekst analize ili izvještaja (počinje s https://) ili pritisnite Preskoči.
brief-ask-topics = Kojim se temama bavi? Stiže do pretplatnika koji su odabrali bilo koju od njih, kao i do onih koji nisu odabrali nijednu temu.
brief-ask-countries = Na koje se države odnosi? Ako se odnosi na cijeli Zapadni Balkan, nemojte odabrati nijednu.
brief-confirm = <b>Spremno.</b> { $count ->
    [one] Ovim temama i državama odgovara { $count } pretplatnik
    [few] Ovim temama i državama odgovaraju { $count } pretplatnika
   *[other] Ovim temama i državama odgovara { $count } pretplatnika
}; oni koji su odabrali zbirni pregled pronaći će je u njemu. Ako želite, prvo sebi pošaljite pregled.
brief-publish = Objavi ({ $count })
brief-nobody = Još nijedan pretplatnik ne odgovara ovim temama i državama.
brief-published = Objavljeno: { $count ->
    [one] stiže do { $count } pretplatnika
    [few] stiže do { $count } pretplatnika
   *[other] stiže do { $count } pretplatnika
}, odmah ili u njihovom zbirnom pregledu. Slanje pratite u /campaigns.
brief-cancelled = Nacrt je odbačen. Ništa nije poslano.
