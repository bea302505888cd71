## Koalicije (/coalitions) i prijave organizacija. Tekstovi su HTML: zadržite oznake <b> i <i>.
## Poruka koaliciji navodi koaliciju i organizaciju pošiljaoca, nikada samog pošiljaoca.

cmd-coalitions = Vaše koalicije partnera

coalition-list = <b>Vaše koalicije</b>
    Okupite oko jedne teme organizacije s kojima ste se upoznali i pišite im svima odjednom.
coalition-list-none = <b>Vaše koalicije</b>
    Još nemate nijednu. Koalicija okuplja oko jedne teme organizacije s kojima ste se upoznali (preko /partners), tako da im svima možete pisati odjednom.
coalition-btn-new = ➕ Nova koalicija
coalition-ask-name = Kako se zove koalicija? (najviše { $limit } znakova; članovi koalicije vide naziv)
coalition-ask-topic = Oko koje teme se okuplja koalicija?
coalition-ask-partners = Koje partnerske organizacije čine koaliciju? Odaberite barem jednu.
coalition-no-partners = Još nemate partnera koje biste mogli okupiti: koaliciju čine organizacije s kojima je upoznavanje prihvaćeno. Neke možete pronaći s /partners.
coalition-btn-create = Osnuj koaliciju
coalition-need-partner = Odaberite barem jednu partnersku organizaciju.
coalition-created = Koalicija je osnovana.
coalition-show = <b>{ $name }</b> · { $topic }
    Organizacije: { $organisations }
coalition-btn-write = ✉️ Pošalji poruku koaliciji
coalition-btn-delete = Izbriši koaliciju
coalition-deleted = Koalicija je izbrisana. Poruke koje još nisu bile isporučene su povučene.
coalition-ask-message = Napišite poruku za koaliciju <b>{ $name }</b> (najviše { $limit } znakova). Članovi vide naziv vaše organizacije, ali ne i vaše ime.
coalition-preview = <b>Pregled</b>: ovo će stići do { $count ->
        [one] { $count } člana
        [few] { $count } člana
       *[other] { $count } članova
    } iz organizacija koje čine koaliciju.
coalition-btn-send = Pošalji ({ $count ->
        [one] { $count } član
        [few] { $count } člana
       *[other] { $count } članova
    })
coalition-message = <b>Koalicija { $coalition }</b> · od organizacije { $organisation }
coalition-message-body = { $text }
coalition-sent = Poslano: vaša poruka je na putu do { $count ->
        [one] { $count } člana
        [few] { $count } člana
       *[other] { $count } članova
    }.
coalition-closed = Koalicije su zatvorene. /coalitions ih ponovo otvara.

## Koalicija kako je vidi svaka organizacija u njoj: njene poruke i izlazak iz nje
coalition-btn-messages = 💬 Poruke ({ $count })
coalition-message-page = <i>Poruka { $number } od { $total } · { $time }</i>
coalition-btn-leave = Napusti koaliciju
coalition-leave-confirm = Izvesti organizaciju <b>{ $organisation }</b> iz koalicije <b>{ $name }</b>? Vaša organizacija je više neće vidjeti niti primati njene poruke; samo osnivač koalicije može je ponovo dodati.
coalition-btn-leave-yes = Da, napusti
coalition-left = Vaša organizacija je napustila koaliciju.

report-btn = ⚠️ Prijavi ovu organizaciju
report-btn-numbered = ⚠️ Prijavi br. { $number }
report-ask = Zašto prijavljujete organizaciju <b>{ $organisation }</b>? Administratori mreže će to pregledati; organizaciji se ne otkriva od koga je prijava stigla.
report-reason-impostor = Lažno se predstavlja
report-reason-abuse = Spam, uvrede ili uznemiravanje
report-reason-safety = Dovodi ljude u opasnost
report-reason-other = Nešto drugo
report-cancelled = Ništa nije prijavljeno.
report-received = Hvala vam. Vaša prijava u vezi s organizacijom <b>{ $organisation }</b> stigla je do administratora mreže.

report-event-btn = ⚠️ Prijavi ovaj događaj
report-event-ask = Zašto prijavljujete događaj <b>{ $event }</b>? Administratori mreže će pregledati njega i organizaciju koja ga vodi; organizatorima se ne otkriva od koga je prijava stigla.
report-event-received = Hvala vam. Vaša prijava u vezi s događajem <b>{ $event }</b> stigla je do administratora mreže.
