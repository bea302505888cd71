## Događaji: /events, /newevent, /myevents i obavještenja o njima. Tekstovi su HTML: zadržite oznake <b>.

cmd-events = Predstojeći dijalozi o otpornosti
cmd-myevents = Vaša mjesta na događajima i događaji koje organizujete
cmd-newevent = Najavite novi događaj

event-organisers-only = Samo organizatori mogu najavljivati događaje i upravljati njima. Ulogu organizatora može vam dodijeliti administrator mreže.
event-not-found = Ovaj događaj više ne postoji.
# shown for a wrong code, an old link and an event the reader may not see alike, so links reveal nothing
event-link-closed = Ovaj događaj više nije otvoren ili link nije ispravan. Pošaljite /events da vidite događaje kojima se možete pridružiti.
events-members-only = Događaji su za registrovane članove mreže. Pošaljite /register da se pridružite, pa ćete ih moći vidjeti i odgovarati na njih.
event-register-first = Prvo se registrujte: pošaljite /register. Nakon toga možete odgovarati na pozive.
event-rsvp-closed = Odgovori za ovaj događaj su zatvoreni.
event-rsvp-saved = { $status ->
    [going] Zabilježeno: dolazite.
    [waitlist] Događaj je popunjen: na listi čekanja ste.
    [pending] Vaša prijava čeka odobrenje organizatora.
    [maybe] Sačuvano: možda.
   *[other] Sačuvano: ne dolazite.
}
event-your-status = <b>Vaš odgovor:</b> { $status ->
    [going] dolazim
    [waitlist] na listi čekanja, redni broj { $position }
    [pending] čeka se odobrenje organizatora
    [declined] organizator nije mogao prihvatiti vašu prijavu
    [maybe] možda
   *[other] ne dolazim
}
event-ics-caption = Dodajte „{ $title }“ u svoj kalendar.

event-card-title = <b>{ $title }</b>
event-card-language = (jezik teksta: { $language })
event-card-description = { $description }
event-card-when = <b>Kada:</b> { $start } – { $end }
event-card-facts = { $format } · { $scope } · { $country }
event-card-topics = <b>Teme:</b> { $topics }
event-card-seats = <b>Slobodna mjesta:</b> { $left } od { $capacity }
event-card-seats-unlimited = <b>Mjesta:</b> bez ograničenja
event-card-chatham = <b>Pravilo Chatham House:</b> smijete koristiti ono što je rečeno, ali ne smijete otkriti identitet govornika. Poruke o ovom događaju ne mogu se prosljeđivati.
event-card-approval = Prijave odobrava organizator.
event-card-place-hidden = Mjesto održavanja i link vidljivi su samo potvrđenim učesnicima.
event-card-place-later = Mjesto održavanja i link potvrđeni učesnici mogu vidjeti počevši od: { $time }.
event-card-venue = <b>Mjesto održavanja:</b> { $venue }
event-card-link = <b>Link:</b> { $link }
event-card-cancelled = <b>Ovaj događaj je otkazan.</b>

events-none = Trenutno nema predstojećih događaja.
events-list-header = <b>Predstojeći događaji</b> (stranica { $page } od { $pages })
events-list-item = { $number }. <b>{ $title }</b>
    { $time } · { $format } · { $scope } · { $seats ->
        [-1] bez ograničenja broja mjesta
        [0] popunjeno, lista čekanja otvorena
        [one] još { $seats } slobodno mjesto
        [few] još { $seats } slobodna mjesta
       *[other] još { $seats } slobodnih mjesta
    }
events-list-chatham = Važi pravilo Chatham House.
events-filtered-by = Filteri: { $filters }
events-pick-country = Događaje u kojoj državi želite vidjeti?
events-pick-topic = Događaje na koju temu želite vidjeti?

btn-rsvp-going = Dolazim
btn-rsvp-maybe = Možda
btn-rsvp-not-going = Ne dolazim
btn-add-to-calendar = Dodaj u kalendar
btn-all-events = Svi događaji
btn-open-event = Otvori događaj
btn-previous = ‹ Prethodna
btn-next = Sljedeća ›
btn-filter-country = Država
btn-filter-topic = Tema
btn-filter-clear = Ukloni filtere
btn-my-events = Moji događaji
btn-new-event = Novi događaj
btn-manage-event = Upravljaj događajem
btn-publish = Objavi
btn-save = Sačuvaj izmjene
btn-edit-event = Uredi
btn-pending = Zahtjevi ({ $count })
btn-message-attendees = Poruka učesnicima
btn-cancel-event = Otkaži događaj
btn-cancel-event-yes = Da, otkaži ga
btn-export-attendees = Lista učesnika (CSV)
btn-approve = Odobri
btn-decline = Odbij
btn-send = Pošalji

newevent-in-progress = Imate započet nacrt događaja. Želite li nastaviti ili početi ispočetka?
newevent-cancelled = Nacrt je odbačen. Ništa nije objavljeno.
newevent-ask-lang = Na kojem jeziku želite napisati naslov i opis? Kasnije možete dodati još jezika; članovi čitaju na svom jeziku, na engleskom ili na jeziku koji postoji.
newevent-written-in = Do sada napisano na: { $languages }. Odaberite još jedan jezik ili pritisnite Gotovo.
newevent-ask-title = Naslov, jezik: { $language } (najviše 120 znakova):
newevent-ask-desc = Opis, jezik: { $language } (najviše 1.000 znakova) ili pritisnite Preskoči:
newevent-ask-scope = Kakav je to dijalog: nacionalni, regionalni ili međuregionalni?
newevent-ask-format = Kako će se događaj održati?
newevent-ask-country = Gdje se održava? (Za cijeli Zapadni Balkan odaberite „Regionalno“.)
newevent-ask-topics = Kojim će se temama baviti? Odaberite barem jednu, a zatim pritisnite Gotovo.
newevent-ask-start = Kada počinje? Pošaljite datum i vrijeme u svojoj vremenskoj zoni, na primjer <b>2026-12-03 14:00</b> ili <b>3.12.2026 14:00</b>.
newevent-ask-end = Kada završava? Pošaljite datum i vrijeme ili samo vrijeme ako završava istog dana (na primjer <b>17:30</b>).
newevent-ask-venue = Mjesto održavanja (adresa), koje vide samo potvrđeni učesnici (najviše 300 znakova):
newevent-ask-link = Link za pridruživanje online (počinje s https://) ili pritisnite Preskoči ako ćete ga poslati kasnije:
newevent-ask-capacity = Koliko ima mjesta? Pošaljite broj ili pritisnite Preskoči ako nema ograničenja.
newevent-ask-approval = Želite li odobravati svaku prijavu pojedinačno?
newevent-ask-chatham = Primjenjuje li se pravilo Chatham House?
newevent-ask-reveal = Kada će potvrđeni učesnici vidjeti mjesto održavanja i link? Odaberite ili pošaljite broj sati prije početka.
newevent-reveal-option = { $hours ->
    [0] Odmah
   *[other] { $hours } h prije početka
}
newevent-bad-date = Ne mogu pročitati taj datum. Molimo napišite ga ovako: <b>2026-12-03 14:00</b> ili <b>3.12.2026 14:00</b>.
newevent-date-past = Ovo vrijeme je već prošlo. Molimo pošaljite vrijeme u budućnosti.
newevent-end-before-start = Kraj mora biti nakon početka. Molimo pošaljite kasnije vrijeme.
newevent-bad-link = Molimo pošaljite punu web adresu koja počinje s https://
newevent-bad-number = Molimo pošaljite cijeli broj od 1 do { $limit }.
newevent-preview = <b>Pregled.</b> Ovako će članovi vidjeti događaj (mjesto održavanja ovdje vidite samo vi). Objavite ga ili promijenite neki detalj.
newevent-edit-lang = Naslov i tekst
newevent-edit-scope = Obuhvat
newevent-edit-format = Format
newevent-edit-country = Država
newevent-edit-topics = Teme
newevent-edit-start = Početak
newevent-edit-end = Kraj
newevent-edit-venue = Mjesto održavanja
newevent-edit-link = Link
newevent-edit-capacity = Broj mjesta
newevent-edit-approval = Odobravanje
newevent-edit-chatham = Chatham House
newevent-edit-reveal = Kada se vidi mjesto
newevent-published = Događaj je objavljen. Podijelite ovaj link da pozovete ljude: { $link }
newevent-saved = Izmjene su sačuvane. Učesnici su obaviješteni ako su se promijenili vrijeme ili mjesto.

myevents-none = Nemate predstojećih događaja. Najavite događaj s /newevent.
myevents-list = <b>Vaši događaji</b> koji još nisu završeni:
myevents-manage = <b>{ $title }</b>
    { $time }{ $status ->
        [cancelled] {" "}— otkazan
       *[other] {""}
    }
    Dolaze: { $going }{ $capacity ->
        [0] {""}
       *[other] {" "}od { $capacity }
    } · Možda: { $maybe } · Lista čekanja: { $waitlist } · Čeka odobrenje: { $pending }
myevents-closed = Ovaj događaj se više ne može mijenjati.
myevents-no-pending = Nijedna prijava ne čeka odobrenje.
myevents-pending-request = <b>Zahtjev za prijavu</b> (na čekanju: { $count })
    Ime: { $name }
    Organizacija: { $organisation }
myevents-approved = Odobreno. Osoba je obaviještena.
myevents-declined = Odbijeno. Osoba je obaviještena.
myevents-export-caption = Lista učesnika: { $count ->
        [one] { $count } osoba
        [few] { $count } osobe
       *[other] { $count } osoba
    }. Sadrži podatke o osobama: čuvajte je na sigurnom i izbrišite je kada vam više ne bude potrebna.
myevents-cancel-confirm = Otkazati „{ $title }“? Obavijest se šalje svima koji su odgovorili. Ovo se ne može poništiti.
myevents-cancelled = { $count ->
    [one] Otkazano; obaviještena je { $count } osoba.
    [few] Otkazano; obaviještene su { $count } osobe.
   *[other] Otkazano; obaviješteno je { $count } osoba.
}
myevents-message-ask = Pošaljite poruku za sve koji dolaze (najviše 3.000 znakova). Svi je primaju zasebno i ne vide kome je još poslana.
myevents-message-preview = Ovu poruku će primiti { $count ->
    [one] { $count } učesnik
    [few] { $count } učesnika
   *[other] { $count } učesnika
}:

    { $message }
myevents-message-sent = { $count ->
    [one] Poruka je na putu do { $count } učesnika.
   *[other] Poruka je na putu do { $count } učesnika.
}

notice-event-promoted = Dobra vijest: oslobodilo se mjesto i sada dolazite na događaj <b>{ $title }</b> ({ $time }).
notice-event-approved = { $position ->
    [0] Organizator je odobrio vašu prijavu: dolazite na događaj <b>{ $title }</b> ({ $time }).
   *[other] Organizator je odobrio vašu prijavu za događaj <b>{ $title }</b> ({ $time }). Događaj je popunjen, pa ste na listi čekanja, pod rednim brojem { $position }.
}
notice-event-declined = Organizator nije mogao prihvatiti vašu prijavu za događaj <b>{ $title }</b> ({ $time }).
notice-event-cancelled = Organizator je otkazao događaj <b>{ $title }</b> ({ $time }).
notice-event-changed = Organizator je promijenio događaj <b>{ $title }</b>. Novi početak: { $time }.
notice-event-reminder = Podsjetnik: <b>{ $title }</b> počinje za { $hours ->
    [one] { $hours } sat
    [few] { $hours } sata
   *[other] { $hours } sati
} ({ $time }).
notice-event-message = <b>Poruka organizatora događaja „{ $title }“:</b>

    { $message }

## /myevents za svakog člana: mjesta koja ima ili je zatražio
myevents-answered = <b>Vaša mjesta</b> na događajima koji još nisu završeni:
myevents-answered-none = Nemate mjesto ni na jednom predstojećem događaju. Pronađite ga preko /events.
myevents-answered-item = <b>{ $title }</b> · { $time }
btn-rsvp-waitlist = Na listu čekanja

## Pregled: od kada potvrđeni učesnici vide mjesto i link
newevent-preview-reveal-now = <i>Potvrđeni učesnici odmah vide mjesto i link.</i>
newevent-preview-reveal-later = <i>Potvrđeni učesnici vide mjesto i link od { $time } ({ $hours } h prije početka).</i>

## /myevents in pages (issue 23)
myevents-page = <i>Stranica { $page } od { $pages }</i>
