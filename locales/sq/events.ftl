## Ngjarjet: /events, /newevent, /myevents dhe njoftimet për to. Tekstet janë HTML: ruani etiketat <b>.

cmd-events = Dialogët e ardhshëm për qëndrueshmërinë
cmd-myevents = Vendet tuaja në ngjarje dhe ngjarjet që organizoni
cmd-newevent = Njoftoni një ngjarje të re

event-organisers-only = Vetëm organizatorët mund të njoftojnë dhe të menaxhojnë ngjarje. Një administrator i rrjetit mund t'ju japë rolin e organizatorit.
event-not-found = Kjo ngjarje nuk ekziston më.
# shown for a wrong code, an old link and an event the reader may not see alike, so links reveal nothing
event-link-closed = Kjo ngjarje nuk është më e hapur, ose lidhja nuk është e vlefshme. Dërgoni /events për të parë ngjarjet ku mund të merrni pjesë.
events-members-only = Ngjarjet janë për anëtarët e regjistruar të rrjetit. Dërgoni /register për t'u bashkuar, pastaj mund t'i shihni dhe t'u përgjigjeni.
event-register-first = Ju lutemi regjistrohuni së pari: dërgoni /register. Pastaj mund t'u përgjigjeni ftesave.
event-rsvp-closed = Kjo ngjarje nuk pranon më përgjigje.
event-rsvp-saved = { $status ->
    [going] Do të merrni pjesë.
    [waitlist] Ngjarja është plot: jeni në listën e pritjes.
    [pending] Regjistrimi juaj pret miratimin e organizatorit.
    [maybe] U ruajt: ndoshta.
   *[other] U ruajt: nuk merrni pjesë.
}
event-your-status = <b>Përgjigjja juaj:</b> { $status ->
    [going] merrni pjesë
    [waitlist] në listën e pritjes, pozicioni { $position }
    [pending] në pritje të miratimit nga organizatori
    [declined] organizatori nuk mundi ta pranojë regjistrimin tuaj
    [maybe] ndoshta
   *[other] nuk merrni pjesë
}
event-ics-caption = Shtojeni «{ $title }» në kalendarin tuaj.

event-card-title = <b>{ $title }</b>
event-card-language = (shkruar në { $language })
event-card-description = { $description }
event-card-when = <b>Kur:</b> { $start } – { $end }
event-card-facts = { $format } · { $scope } · { $country }
event-card-topics = <b>Temat:</b> { $topics }
event-card-seats = <b>Vende të lira:</b> { $left } nga { $capacity }
event-card-seats-unlimited = <b>Vende:</b> pa kufi
event-card-chatham = <b>Rregulli i Chatham House:</b> mund të përdorni atë që thuhet, por jo se kush e tha. Mesazhet për këtë ngjarje nuk mund të përcillen.
event-card-approval = Regjistrimet miratohen nga organizatori.
event-card-place-hidden = Vendndodhja dhe lidhja u jepen pjesëmarrësve të konfirmuar.
event-card-place-later = Vendndodhja dhe lidhja u jepen pjesëmarrësve të konfirmuar duke filluar nga: { $time }.
event-card-venue = <b>Vendndodhja:</b> { $venue }
event-card-link = <b>Lidhja:</b> { $link }
event-card-cancelled = <b>Kjo ngjarje është anuluar.</b>

events-none = Për momentin nuk ka ngjarje të ardhshme.
events-list-header = <b>Ngjarjet e ardhshme</b> (faqja { $page } nga { $pages })
events-list-item = { $number }. <b>{ $title }</b>
    { $time } · { $format } · { $scope } · { $seats ->
        [-1] pa kufi vendesh
        [0] plot, lista e pritjes e hapur
        [one] një vend i lirë
       *[other] { $seats } vende të lira
    }
events-list-chatham = Zbatohet Rregulli i Chatham House.
events-filtered-by = Filtruar sipas: { $filters }
events-pick-country = Për cilin vend të shfaqen ngjarjet?
events-pick-topic = Për cilën temë të shfaqen ngjarjet?

btn-rsvp-going = Marr pjesë
btn-rsvp-maybe = Ndoshta
btn-rsvp-not-going = Nuk marr pjesë
btn-add-to-calendar = Shto në kalendar
btn-all-events = Të gjitha ngjarjet
btn-open-event = Hap ngjarjen
btn-previous = ‹ E mëparshmja
btn-next = Tjetra ›
btn-filter-country = Vendi
btn-filter-topic = Tema
btn-filter-clear = Hiq filtrat
btn-my-events = Ngjarjet e mia
btn-new-event = Ngjarje e re
btn-manage-event = Menaxho ngjarjen
btn-publish = Publiko
btn-save = Ruaj ndryshimet
btn-edit-event = Ndrysho
btn-pending = Kërkesat ({ $count })
btn-message-attendees = Mesazh pjesëmarrësve
btn-cancel-event = Anulo ngjarjen
btn-cancel-event-yes = Po, anuloje
btn-export-attendees = Pjesëmarrësit (CSV)
btn-approve = Mirato
btn-decline = Refuzo
btn-send = Dërgo

newevent-in-progress = Keni një skicë ngjarjeje të papërfunduar. Doni ta vazhdoni apo të filloni nga e para?
newevent-cancelled = Skica u fshi. Nuk u publikua asgjë.
newevent-ask-lang = Në cilën gjuhë doni të shkruani titullin dhe përshkrimin? Më pas mund të shtoni gjuhë të tjera; anëtarët lexojnë në gjuhën e tyre, ose në anglisht, ose në gjuhën që është në dispozicion.
newevent-written-in = Të shkruara deri tani: { $languages }. Zgjidhni një gjuhë tjetër ose shtypni Gati.
newevent-ask-title = Titulli në gjuhën { $language } (të shumtën 120 karaktere):
newevent-ask-desc = Përshkrimi në gjuhën { $language } (të shumtën 1000 karaktere), ose shtypni Kalo:
newevent-ask-scope = A është dialog kombëtar, rajonal apo ndërrajonal?
newevent-ask-format = Si do të marrin pjesë njerëzit?
newevent-ask-country = Ku zhvillohet? (Zgjidhni «Rajonale» për të gjithë rajonin.)
newevent-ask-topics = Cilat tema do të trajtojë? Zgjidhni të paktën një, pastaj shtypni Gati.
newevent-ask-start = Kur fillon? Dërgoni datën dhe orën sipas zonës suaj kohore, për shembull <b>2026-12-03 14:00</b> ose <b>3.12.2026 14:00</b>.
newevent-ask-end = Kur mbaron? Dërgoni datën dhe orën, ose vetëm orën nëse mbaron të njëjtën ditë (për shembull <b>17:30</b>).
newevent-ask-venue = Vendndodhja (adresa), që u shfaqet vetëm pjesëmarrësve të konfirmuar (të shumtën 300 karaktere):
newevent-ask-link = Lidhja për pjesëmarrje online (që fillon me https://), ose shtypni Kalo nëse do ta dërgoni më vonë:
newevent-ask-capacity = Sa vende ka? Dërgoni një numër, ose shtypni Kalo nëse nuk ka kufi.
newevent-ask-approval = A duhet ta miratoni ju çdo regjistrim?
newevent-ask-chatham = A zbatohet rregulli i Chatham House?
newevent-ask-reveal = Kur duhet t'i shohin pjesëmarrësit e konfirmuar vendndodhjen dhe lidhjen? Zgjidhni, ose dërgoni numrin e orëve para fillimit.
newevent-reveal-option = { $hours ->
    [0] Menjëherë
   *[other] { $hours } orë para
}
newevent-bad-date = Nuk e lexova dot këtë datë. Ju lutemi shkruajeni si <b>2026-12-03 14:00</b> ose <b>3.12.2026 14:00</b>.
newevent-date-past = Kjo kohë ka kaluar tashmë. Ju lutemi dërgoni një kohë në të ardhmen.
newevent-end-before-start = Mbarimi duhet të jetë pas fillimit. Ju lutemi dërgoni një kohë më të vonë.
newevent-bad-link = Ju lutemi dërgoni një adresë të plotë interneti që fillon me https://
newevent-bad-number = Ju lutemi dërgoni një numër të plotë nga 1 deri në { $limit }.
newevent-preview = <b>Parapamje.</b> Kështu do ta shohin anëtarët ngjarjen (vendndodhja këtu ju shfaqet vetëm juve). Publikojeni ose ndryshoni një detaj.
newevent-edit-lang = Titulli dhe teksti
newevent-edit-scope = Shtrirja
newevent-edit-format = Formati
newevent-edit-country = Vendi
newevent-edit-topics = Temat
newevent-edit-start = Fillimi
newevent-edit-end = Mbarimi
newevent-edit-venue = Vendndodhja
newevent-edit-link = Lidhja
newevent-edit-capacity = Vendet
newevent-edit-approval = Miratimi
newevent-edit-chatham = Chatham House
newevent-edit-reveal = Shfaqja e vendndodhjes
newevent-published = Ngjarja u publikua. Ndani këtë lidhje për të ftuar të tjerët: { $link }
newevent-saved = Ndryshimet u ruajtën. Nëse ndryshoi koha ose vendndodhja, pjesëmarrësit u njoftuan.

myevents-none = Nuk keni ngjarje të ardhshme. Njoftoni një me /newevent.
myevents-list = <b>Ngjarjet tuaja</b> që nuk kanë përfunduar ende:
myevents-manage = <b>{ $title }</b>
    { $time }{ $status ->
        [cancelled] {" "}— e anuluar
       *[other] {""}
    }
    Marrin pjesë: { $going }{ $capacity ->
        [0] {""}
       *[other] {" "}nga { $capacity }
    } · Ndoshta: { $maybe } · Lista e pritjes: { $waitlist } · Presin miratim: { $pending }
myevents-closed = Kjo ngjarje nuk mund të ndryshohet më.
myevents-no-pending = Asnjë regjistrim nuk pret miratim.
myevents-pending-request = <b>Kërkesë për regjistrim</b> ({ $count } në pritje)
    Emri: { $name }
    Organizata: { $organisation }
myevents-approved = U miratua. Personi u njoftua.
myevents-declined = U refuzua. Personi u njoftua.
myevents-export-caption = Lista e pjesëmarrësve: { $count ->
        [one] një person
       *[other] { $count } persona
    }. Përmban të dhëna personale: ruajeni në mënyrë të sigurt dhe fshijeni kur të mos ju duhet më.
myevents-cancel-confirm = Të anulohet «{ $title }»? Të gjithë ata që janë përgjigjur do të njoftohen. Ky veprim nuk mund të zhbëhet.
myevents-cancelled = { $count ->
    [one] U anulua; u njoftua një person.
   *[other] U anulua; u njoftuan { $count } persona.
}
myevents-message-ask = Dërgoni mesazhin për të gjithë ata që marrin pjesë (të shumtën 3000 karaktere). Ata nuk do të shohin se kush tjetër e mori.
myevents-message-preview = Ky mesazh do të dërgohet te { $count ->
    [one] një pjesëmarrës
   *[other] { $count } pjesëmarrës
}:

    { $message }
myevents-message-sent = { $count ->
    [one] Mesazhi po i dërgohet një pjesëmarrësi.
   *[other] Mesazhi po u dërgohet { $count } pjesëmarrësve.
}

notice-event-promoted = Lajm i mirë: u lirua një vend dhe tani merrni pjesë në <b>{ $title }</b> ({ $time }).
notice-event-approved = { $position ->
    [0] Organizatori e miratoi regjistrimin tuaj: do të merrni pjesë në <b>{ $title }</b> ({ $time }).
   *[other] Organizatori e miratoi regjistrimin tuaj për <b>{ $title }</b> ({ $time }). Ngjarja është plot, prandaj jeni në listën e pritjes, në pozicionin { $position }.
}
notice-event-declined = Organizatori nuk mundi ta pranojë regjistrimin tuaj për <b>{ $title }</b> ({ $time }).
notice-event-cancelled = <b>{ $title }</b> ({ $time }) u anulua nga organizatori.
notice-event-changed = Organizatori ndryshoi <b>{ $title }</b>. Koha e re e fillimit: { $time }.
notice-event-reminder = Kujtesë: <b>{ $title }</b> fillon { $hours ->
    [one] pas një ore
   *[other] pas { $hours } orësh
} ({ $time }).
notice-event-message = <b>Mesazh nga organizatori i ngjarjes { $title }:</b>

    { $message }

## /myevents për çdo anëtar: vendet që kanë ose që kanë kërkuar
myevents-answered = <b>Vendet tuaja</b> në ngjarje që nuk kanë përfunduar:
myevents-answered-none = Nuk keni vend në asnjë ngjarje të ardhshme. Gjeni një me /events.
myevents-answered-item = <b>{ $title }</b> · { $time }
btn-rsvp-waitlist = Në listën e pritjes

## Parapamja: kur i shohin pjesëmarrësit e konfirmuar vendin dhe lidhjen
newevent-preview-reveal-now = <i>Pjesëmarrësit e konfirmuar e shohin vendin dhe lidhjen menjëherë.</i>
newevent-preview-reveal-later = <i>Pjesëmarrësit e konfirmuar e shohin vendin dhe lidhjen nga { $time } ({ $hours } orë para fillimit).</i>

## /myevents in pages (issue 23)
myevents-page = <i>Faqja { $page } nga { $pages }</i>
