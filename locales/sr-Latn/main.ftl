## Opšte poruke, dugmad i greške. Tekstovi su HTML: zadržite oznake <b> i ne dodajte druge.

error-unexpected = Nešto je pošlo po zlu kod nas. Ništa nije promijenjeno; molimo pokušajte ponovo.
error-not-understood = Ne razumijem ovu poruku. Pošaljite /help da vidite moje mogućnosti.
error-button-expired = Ovo dugme više nije aktivno.
error-unknown-command = Ne poznajem komandu /{ $command }. Pošaljite /help za listu komandi.
error-use-buttons = Molimo odgovorite pomoću dugmadi ispod.
error-text-empty = Ovo ne može biti prazno. Molimo pošaljite tekst.
error-text-too-long = Ovo je predugo: { $length } znakova, a dozvoljeno je najviše { $limit }. Molimo pošaljite kraći tekst.
error-pick-at-least-one = Odaberite barem jednu stavku.
error-org-name-taken = Organizacija s ovim imenom je već registrovana. Potražite je i pridružite joj se.
error-not-registered = Još niste registrovani. Pošaljite /register da se pridružite mreži.

group-use-private-chat = Radim samo u privatnim razgovorima, kako drugi članovi ove grupe ne bi vidjeli ono što mi pišete. Dodirnite dugme da mi pišete privatno.
btn-open-private = Otvori privatni razgovor

start-welcome =
    <b>Dobro došli u Resilience Hub</b>, zajednicu organizacija civilnog društva na Zapadnom Balkanu koje se bore protiv organizovanog kriminala i korupcije.

    Registrujte svoju organizaciju, pronađite partnere preko granica i saznajte više o dijalozima o otpornosti i analizama javnih politika.
start-welcome-back = Ponovo dobro došli u Resilience Hub. Pošaljite /profile za svoj profil ili /help za sve ostalo.
privacy-notice =
    <b>Vaša privatnost</b>: čuvamo samo ono što nam date kako bi mreža radila: vaš jezik, neobavezno ime za prikaz i profil vaše organizacije. Nikada ne tražimo vaš broj telefona i nikada ne pokazujemo vaše ime ni Telegram korisničko ime drugim članovima bez vašeg pristanka. /mydata prikazuje sve što čuvamo; /forget to briše.
btn-register = Registracija

language-choose = Odaberite jezik:
language-saved = Jezik: { $language }
language-next-register = Sljedeći korak: /register da se pridružite mreži.

help-line = /{ $command } — { $description }
help-text =
    <b>Moje mogućnosti</b>
    { $commands }
cmd-start = Dobrodošlica i jezik
cmd-register = Registrujte sebe i svoju organizaciju
cmd-profile = Pogledajte i uredite svoj profil
cmd-language = Promijenite jezik
cmd-mydata = Preuzmite sve što čuvamo o vama
cmd-forget = Izbrišite sve što čuvamo o vama
cmd-cancel = Prekinite trenutnu radnju
cmd-help = Lista komandi

cancel-nothing = Nema ničega za otkazivanje.
cancel-done = Otkazano. Ništa iz nedovršenog koraka nije sačuvano.

btn-back = « Nazad
btn-cancel = Otkaži
btn-done = Gotovo
btn-yes = Da
btn-no = Ne
btn-skip = Preskoči
btn-continue = Nastavi
btn-start-over = Počni ispočetka
btn-agree = Slažem se
btn-confirm = Potvrdi
btn-join-org = Pridruži se: { $name }
btn-create-org = Napravi novu: { $name }
btn-language = Jezik
btn-close = Zatvori
btn-forget-yes = Da, izbriši sve
btn-forget-no = Ne, zadrži

value-none = —
value-quoted = „{ $value }“
summary-line = <b>{ $label }:</b> { $value }
field-current-value = Trenutno: { $value }

error-slow-down = Šaljete poruke brže nego što mogu da odgovorim, pa su neke od njih preskočene. Molimo sačekajte nekoliko sekundi, pa pokušajte ponovo.
error-slow-down-short = Prebrzo: molimo sačekajte nekoliko sekundi i pokušajte ponovo.

## Jezici imenovani u rečenici, npr. "(napisano na engleskom)"; birači imenuju svaki na njemu samom
language-name-en = engleski
language-name-de = njemački
language-name-sq = albanski
language-name-sr-Latn = BCMS
language-name-mk = makedonski
