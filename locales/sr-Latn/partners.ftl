## Pronalaženje partnera (/partners) i upoznavanja. Tekstovi su HTML: zadržite oznake <b> i <i>.
## Nikada ne stavljajte ime osobe u zahtjev: dok se upoznavanje ne prihvati, prikazuju se samo organizacije.

cmd-partners = Pronađite partnerske organizacije

partners-header = <b>Predloženi partneri za organizaciju { $organisation }</b>
partners-none = Trenutno nema prijedloga partnera koji odgovaraju. Pokušajte s drugim filterima ili pogledajte ponovo kasnije: mreža raste.
partners-none-more = Nema više prijedloga. Vratite se na prvu stranicu ili promijenite filtere.
partners-card = <b>{ $name }</b> · { $country } · { $sector }
    Teme: { $topics }
    Aktivnosti: { $activities }
    <i>{ $description }</i>
partners-card-short = <b>{ $number }. { $name }</b> · { $country } · { $sector }
partners-description = <i>{ $description }</i>
partners-why = Zašto: { $reason }
partners-reason-topics = zajedničke teme: { $topics }
partners-reason-complement = njihova aktivnost: { $theirs }, vaša: { $yours }
partners-reason-cross-border = prekogranično: { $yours } – { $theirs }
partners-reason-sector = različiti sektori: { $theirs } i { $yours }
partners-reason-filter = odgovara vašim filterima
partners-btn-ask = 🤝 Zatraži upoznavanje s br. { $number }
partners-btn-more = Prikaži još ▶
partners-btn-first = ◀ Prva stranica
partners-btn-mine = Moji zahtjevi
partners-any = sve
partners-filter-topic = Tema: { $value }
partners-filter-country = Država: { $value }
partners-filter-scope = Gdje: { $value }
partners-filter-sector = Sektor: { $value }
partners-scope-any = bilo gdje
partners-scope-same = u mojoj državi
partners-scope-cross = preko granice
partners-choose-topic = Koja tema? Prikazuju se samo organizacije koje se bave tom temom.
partners-choose-country = Organizacije iz koje države želite vidjeti?
partners-choose-scope = U vašoj državi ili preko granice?
partners-choose-sector = Organizacije iz kojeg sektora želite vidjeti?
partners-closed = Prijedlozi partnera su zatvoreni. /partners ih ponovo otvara.

partners-ask-note = Dodajte kratku poruku za njih (najviše { $limit } znakova): koga tražite i zašto. Vide profil vaše organizacije i ovu poruku, ali ne i vaše ime. Ili pritisnite Preskoči.
partners-note-too-long = Vaša poruka ima { $length } znakova, a ograničenje je { $limit }. Molimo skratite je.
partners-request-sent = Zahtjev je poslan. Vide profil vaše organizacije i vašu poruku, ali ne i vaše ime. Ako prihvate, obje strane dobijaju kontakt druge strane. /partners → Moji zahtjevi pokazuje status zahtjeva.
partners-browse-not-vetted = Prijedlozi partnera postaju dostupni kada mreža provjeri vašu organizaciju: organizacije članice vidljive su samo organizacijama koje mreža poznaje.
partners-join-pending = Prijedlozi partnera i upoznavanja namijenjeni su članovima koji djeluju u ime svoje organizacije, a vaš zahtjev za članstvo u vašoj organizaciji još nije odobren.
partners-not-vetted = Zahtjevi za upoznavanje postaju dostupni kada mreža provjeri vašu organizaciju. Do tada možete pregledati prijedloge.
partners-too-many-open = Već imate { $open } zahtjeva koji čekaju odgovor. Zatražite ponovo kada neki od njih dobije odgovor ili bude zatvoren.
partners-too-many-week = U posljednjih 7 dana zatražili ste { $week } upoznavanja, što je najviše što mreža šalje u 7 dana. Molimo zatražite ponovo za nekoliko dana.
partners-unavailable = Ovoj organizaciji trenutno nije moguće uputiti zahtjev za upoznavanje. Odaberite drugi prijedlog.

partners-requests = <b>Vaši zahtjevi za upoznavanje</b>
partners-requests-none = Još niste zatražili nijedno upoznavanje.
partners-request-line = { $organisation } ({ $date }): { $status }
partners-status-accepted = prihvaćeno
partners-status-waiting = još nema odgovora
partners-status-closed = nije došlo do upoznavanja
partners-request-closed = Do upoznavanja s organizacijom <b>{ $organisation }</b> koje ste zatražili nije došlo. Zahtjevi se zatvaraju nakon 14 dana; druge partnere možete pronaći s /partners.

partners-request-received = <b>Zahtjev za upoznavanje</b>
    Član ove organizacije želio bi stupiti u kontakt s vašom. Ako prihvatite, obje strane dobijaju kontakt druge strane. Ako odbijete, oni o tome neće biti obaviješteni.
partners-note = Njihova poruka: <i>{ $note }</i>
partners-btn-accept = ✅ Prihvati
partners-btn-decline = Odbij
partners-btn-block = 🚫 Blokiraj ovu organizaciju
partners-already-answered = Vaša organizacija je već odgovorila na ovaj zahtjev ili je on zatvoren.
partners-declined = Odbijeno. Oni o tome neće biti obaviješteni; njihov zahtjev se jednostavno zatvara.
partners-blocked = Blokirano. Ova organizacija vam više ne može uputiti zahtjev, a mreža vaše dvije organizacije više neće predlagati jednu drugoj.

partners-contact = <b>Upoznavanje je prihvaćeno</b>
    Vi i <b>{ $organisation }</b> sada možete razgovarati. Pišite: { $person } ({ $handle }).
    Zajedničke teme: { $topics }
partners-someone = član organizacije
partners-no-handle = korisničko ime nije podijeljeno; dodirnite ime da napišete poruku
partners-btn-write = Pošalji poruku: { $name }
partners-contact-gone = Ovo upoznavanje je prihvaćeno, ali je druga osoba u međuvremenu napustila mrežu.

vouch-not-allowed-vouched = Vaša organizacija je provjerena uz jamstva drugih, pa ne može jamčiti za drugu organizaciju: to mogu samo organizacije koje su administratori mreže sami provjerili. Tako nekoliko organizacija ne može u lancu provjeravati sve nove.

## Dvije sedmice nakon prihvaćenog upoznavanja svaka strana se pita jesu li stupili u kontakt (nakon "Još ne" još jednom).
## Odgovor je odgovor organizacije i samo se broji; druga organizacija ga nikada ne vidi.
followup-ask = <b>Jeste li stupili u kontakt?</b>
    Vaša organizacija je prije nekog vremena preko mreže upoznata s organizacijom <b>{ $organisation }</b>. Jeste li stupili u kontakt s njima?
followup-ask-again = <b>Jeste li u međuvremenu stupili u kontakt?</b>
    Kada smo posljednji put pitali, vaša organizacija još nije bila u kontaktu s organizacijom <b>{ $organisation }</b>. Jeste li od tada?
followup-private = Vaš odgovor se odnosi na vašu organizaciju i ulazi samo u ukupne brojke mreže: druga organizacija ga nikada ne vidi. Ova pitanja možete isključiti u /profile.
followup-btn-working = Da, radimo zajedno
followup-btn-talked = Da, razgovarali smo
followup-btn-not-yet = Još ne
followup-btn-no = Ne
followup-already-answered = Vaša organizacija je već odgovorila na ovo pitanje, pa se ništa nije promijenilo. Ipak hvala!
followup-thanks = Hvala što ste nam rekli.
followup-thanks-working = Hvala! Drago nam je da radite zajedno.
followup-thanks-later = Hvala. Još jednom ćemo vas pitati za neko vrijeme.
followup-thanks-last = Hvala. O ovom upoznavanju vas više nećemo pitati.

## Poslije prihvaćenog upoznavanja, za nekoga bez @username: dugme do njegovog četa samo uz njegovu dozvolu
## (isto podešavanje kao za korisničko ime), inače ko piše prvi (issue 23)
partners-no-contact = nije podijeljen nijedan Telegram kontakt
partners-no-username = bez korisničkog imena; dugme ispod otvara razgovor
partners-they-write-first = Telegram kontakt osobe { $name } nije podijeljen, ali ta osoba ima vaš kontakt i prva će vam se javiti.
partners-you-write-first = Niste podijelili svoj Telegram kontakt, pa vam { $name } ne može pisati: javite se vi prvi.
partners-neither-shares = Niko od vas nije podijelio Telegram kontakt, pa vas mreža ne može direktno povezati. Da biste bili dostupni u sljedećim upoznavanjima, uključite „{ $setting }“ u /profile.
partners-link-refused = Podešavanja privatnosti na Telegramu osobe { $name } ne dozvoljavaju dugme do njenog razgovora.
partners-they-will-write = Druga strana ima vaš kontakt i javiće vam se prva.
partners-share-to-be-reached = Uključite „{ $setting }“ u /profile, da bi vam druga strana mogla pisati.
