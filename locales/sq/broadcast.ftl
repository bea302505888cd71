## Mesazhet masive (/broadcast) dhe raportet e tyre (/campaigns). Tekstet janë HTML: ruani etiketat <b>.

cmd-broadcast = Dërgoni një mesazh te shumë anëtarë
cmd-campaigns = Raportet e mesazheve tuaja masive

broadcast-ask-lang = Në cilën gjuhë doni ta shkruani mesazhin? Mund të shtoni gjuhë të tjera; secili anëtar e merr në gjuhën e vet, ose në anglisht, ose në gjuhën që është në dispozicion.
broadcast-ask-text = Dërgoni mesazhin në gjuhën { $language } (të shumtën { $limit } karaktere).
broadcast-ask-button = A duhet që mesazhi të ketë një buton? Zgjidhni një ngjarje (anëtarët mund të përgjigjen drejtpërdrejt nga mesazhi), një lidhje interneti ose asnjë buton.
broadcast-no-button = Pa buton
broadcast-link-button = Një lidhje interneti
broadcast-ask-link = Dërgoni adresën e internetit për butonin (që fillon me https://).
broadcast-audience = <b>Kush duhet ta marrë mesazhin?</b> Ngushtoni marrësit me filtrat: brenda një filtri mjafton njëra nga zgjedhjet, ndërsa nga filtra të ndryshëm duhet të plotësohen të gjithë. Tani mesazhi arrin te <b>{ $count }</b> { $count ->
    [one] anëtar
   *[other] anëtarë
}.
broadcast-filter-topics = Temat ({ $count })
broadcast-filter-countries = Vendet ({ $count })
broadcast-filter-sectors = Sektorët ({ $count })
broadcast-filter-languages = Gjuhët ({ $count })
broadcast-filter-vetting = Verifikimi ({ $count })
broadcast-filter-event-statuses = Përgjigjet ({ $count })
broadcast-ask-topics = Anëtarët e organizatave që merren me cilëndo nga këto tema:
broadcast-ask-countries = Anëtarët e organizatave në cilindo nga këto vende:
broadcast-ask-sectors = Anëtarët e organizatave në cilindo nga këta sektorë:
broadcast-ask-languages = Anëtarët që lexojnë cilëndo nga këto gjuhë:
broadcast-ask-vetting = Anëtarët e organizatave me këtë status verifikimi:
broadcast-ask-event-statuses = Anëtarët që iu përgjigjën ngjarjes kështu:
rsvp-group-going = Marrin pjesë
rsvp-group-waitlist = Në listën e pritjes
rsvp-group-maybe = Ndoshta
broadcast-continue = Vazhdo ({ $count })
broadcast-nobody = Askush nuk përputhet me këta filtra.
broadcast-confirm = <b>Gati.</b> Mesazhi { $count ->
    [one] do t'i dërgohet një anëtari
   *[other] do t'u dërgohet { $count } anëtarëve
}{ $later ->
    [yes] {" "}në kohën e caktuar ({ $time })
   *[other] {" "}tani
}. Nëse doni, dërgojini vetes fillimisht një parapamje.
broadcast-preview = Më dërgo një parapamje
broadcast-preview-sent = Parapamja është më poshtë.
broadcast-send-now = Dërgo tani te { $count }
broadcast-schedule = Planifiko për { $count }
broadcast-later = Dërgo më vonë…
broadcast-now = Më mirë dërgo tani
broadcast-ask-time = Kur duhet të dërgohet? Dërgoni datën dhe orën, për shembull <b>2026-12-03 09:00</b>.
broadcast-cancelled = Mesazhi masiv u fshi. Nuk u dërgua asgjë.
broadcast-queued = { $count ->
    [one] Mesazhi po i dërgohet një anëtari.
   *[other] Mesazhi po u dërgohet { $count } anëtarëve.
} Ndiqeni te /campaigns.
broadcast-scheduled = U planifikua: { $time }. Do t'u dërgohet anëtarëve që atëherë përputhen me filtrat. Ndiqeni te /campaigns.
btn-campaign-report = Shih raportin
btn-open-link = Hap lidhjen

campaign-header = <b>Mesazh nga organizatorët e Resilience Hub</b>
campaign-body = { $text }

campaigns-none = Nuk keni dërguar ende asnjë mesazh masiv. Nisni një me /broadcast.
campaigns-list = <b>Mesazhet tuaja masive</b>, më të rejat së pari:
campaign-list-item = #{ $number } · { $title } · { $time } · { $status ->
    [scheduled] planifikuar
    [sending] po dërgohet
    [done] përfunduar
    [cancelled] ndalur
   *[other] { $status }
}
campaign-report = <b>Mesazhi masiv #{ $number }</b> · { $status ->
    [scheduled] planifikuar
    [sending] po dërgohet
    [done] përfunduar
    [cancelled] ndalur
   *[other] { $status }
}
    Dërgimi: { $time } · marrës: { $recipients }
    Në pritje: { $pending } · dërguar: { $sent } · e bllokuan botin: { $blocked } · dështuan: { $failed } · ndalur: { $cancelled }
    (gjendja në orën { $checked })
campaign-stopped = { $count ->
    [one] U ndal; një mesazh nuk do të dërgohet.
   *[other] U ndal; { $count } mesazhe nuk do të dërgohen.
}
btn-refresh = Rifresko
btn-stop-campaign = Ndalo dërgimin
audience-vetting-vetted = E verifikuar
audience-vetting-pending = Ende e paverifikuar
