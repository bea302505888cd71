## Koalicionet (/coalitions) dhe raportimet e organizatave. Tekstet janë HTML: ruani etiketat <b> dhe <i>.
## Një mesazh koalicioni tregon koalicionin dhe organizatën e dërguesit, kurrë vetë dërguesin.

cmd-coalitions = Koalicionet tuaja me organizata partnere

coalition-list = <b>Koalicionet tuaja</b>
    Gruponi rreth një teme organizatat me të cilat jeni prezantuar dhe shkruajuni të gjithave njëherësh.
coalition-list-none = <b>Koalicionet tuaja</b>
    Nuk keni ende asnjë. Një koalicion grupon rreth një teme organizatat me të cilat jeni prezantuar (përmes /partners), që t'u shkruani të gjithave njëherësh.
coalition-btn-new = ➕ Koalicion i ri
coalition-ask-name = Si quhet koalicioni? (të shumtën { $limit } karaktere; anëtarët e tij e shohin emrin)
coalition-ask-topic = Cila temë e bashkon koalicionin?
coalition-ask-partners = Cilat organizata partnere bëjnë pjesë në të? Zgjidhni të paktën një.
coalition-no-partners = Nuk keni ende partnerë për të grupuar: një koalicion përbëhet nga organizata me të cilat është pranuar prezantimi. Gjeni të tilla me /partners.
coalition-btn-create = Krijo koalicionin
coalition-need-partner = Zgjidhni të paktën një organizatë partnere.
coalition-created = Koalicioni u krijua.
coalition-show = <b>{ $name }</b> · { $topic }
    Organizatat: { $organisations }
coalition-btn-write = ✉️ Shkruaji koalicionit
coalition-btn-delete = Fshi koalicionin
coalition-deleted = Koalicioni u fshi. Mesazhet që nuk ishin dorëzuar ende u tërhoqën.
coalition-ask-message = Shkruani mesazhin tuaj për <b>{ $name }</b> (të shumtën { $limit } karaktere). Anëtarët shohin emrin e organizatës suaj, jo emrin tuaj.
coalition-preview = <b>Parapamje</b>: ky mesazh { $count ->
        [one] do t'i dërgohet një anëtari
       *[other] do t'u dërgohet { $count } anëtarëve
    } të organizatave të koalicionit.
coalition-btn-send = Dërgo te { $count ->
        [one] një anëtar
       *[other] { $count } anëtarë
    }
coalition-message = <b>Koalicioni { $coalition }</b> · nga { $organisation }
coalition-message-body = { $text }
coalition-sent = U dërgua: mesazhi juaj po shkon te { $count ->
        [one] një anëtar
       *[other] { $count } anëtarë
    }.
coalition-closed = Koalicionet u mbyllën. Dërgoni /coalitions për t'i hapur përsëri.


## Një koalicion siç e sheh çdo organizatë në të: mesazhet e tij dhe largimi prej tij
coalition-btn-messages = 💬 Mesazhet ({ $count })
coalition-message-page = <i>Mesazhi { $number } nga { $total } · { $time }</i>
coalition-btn-leave = Largohu nga koalicioni
coalition-leave-confirm = Ta nxjerrim <b>{ $organisation }</b> nga koalicioni <b>{ $name }</b>? Organizata juaj nuk do ta shohë më dhe nuk do të marrë më mesazhet e tij; vetëm krijuesi i tij mund ta shtojë sërish.
coalition-btn-leave-yes = Po, largohu
coalition-left = Organizata juaj u largua nga koalicioni.

report-btn = ⚠️ Raporto këtë organizatë
report-btn-numbered = ⚠️ Raporto nr. { $number }
report-ask = Pse po e raportoni <b>{ $organisation }</b>? Administratorët e rrjetit do ta shqyrtojnë; organizatës nuk i tregohet se kush e raportoi.
report-reason-impostor = Nuk është ajo që pretendon të jetë
report-reason-abuse = Spam, fyerje ose ngacmim
report-reason-safety = I vë njerëzit në rrezik
report-reason-other = Diçka tjetër
report-cancelled = Nuk u raportua asgjë.
report-received = Faleminderit. Raportimi juaj për <b>{ $organisation }</b> u ka mbërritur administratorëve të rrjetit.

report-event-btn = ⚠️ Raporto këtë ngjarje
report-event-ask = Pse po e raportoni ngjarjen <b>{ $event }</b>? Administratorët e rrjetit do ta shqyrtojnë atë dhe organizatën që e drejton; organizatorëve nuk u tregohet se kush e raportoi.
report-event-received = Faleminderit. Raportimi juaj për ngjarjen <b>{ $event }</b> u ka mbërritur administratorëve të rrjetit.
