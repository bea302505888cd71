## Masovne poruke (/broadcast) i izvještaji o njima (/campaigns). Tekstovi su HTML: zadržite oznake <b>.

cmd-broadcast = Pošaljite poruku većem broju članova
cmd-campaigns = Izvještaji o vašim masovnim porukama

broadcast-ask-lang = Na kojem jeziku želite napisati poruku? Možete dodati još jezika; svaki član je prima na svom jeziku, na engleskom ili na jeziku koji postoji.
broadcast-ask-text = Pošaljite poruku, jezik: { $language } (najviše { $limit } znakova).
broadcast-ask-button = Treba li poruka imati dugme? Odaberite događaj (članovi mogu odgovoriti u samoj poruci), web link ili poruku bez dugmeta.
broadcast-no-button = Bez dugmeta
broadcast-link-button = Web link
broadcast-ask-link = Pošaljite web adresu za dugme (počinje s https://).
broadcast-audience = <b>Kome je poruka namijenjena?</b> Suzite izbor pomoću filtera: unutar jednog filtera dovoljna je bilo koja odabrana stavka, a moraju biti zadovoljeni svi filteri. Poruka bi sada stigla do <b>{ $count }</b> { $count ->
    [one] člana
    [few] člana
   *[other] članova
}.
broadcast-filter-topics = Teme ({ $count })
broadcast-filter-countries = Države ({ $count })
broadcast-filter-sectors = Sektori ({ $count })
broadcast-filter-languages = Jezici ({ $count })
broadcast-filter-vetting = Provjera ({ $count })
broadcast-filter-event-statuses = Odgovori na događaj ({ $count })
broadcast-ask-topics = Članovi organizacija koje se bave bilo kojom od ovih tema:
broadcast-ask-countries = Članovi organizacija koje djeluju u bilo kojoj od ovih država:
broadcast-ask-sectors = Članovi organizacija iz bilo kojeg od ovih sektora:
broadcast-ask-languages = Članovi koji čitaju na bilo kojem od ovih jezika:
broadcast-ask-vetting = Članovi organizacija s ovim statusom provjere:
broadcast-ask-event-statuses = Članovi koji su na događaj odgovorili ovako:


rsvp-group-going = Dolaze
rsvp-group-waitlist = Na listi čekanja
rsvp-group-maybe = Možda
broadcast-continue = Nastavi ({ $count })
broadcast-nobody = Nijedan član ne odgovara ovim filterima.
broadcast-confirm = <b>Spremno.</b> Poruku će primiti { $count ->
    [one] { $count } član
    [few] { $count } člana
   *[other] { $count } članova
}{ $later ->
    [yes] {" "}u terminu: { $time }
   *[other] {" "}odmah
}. Ako želite, prvo sebi pošaljite pregled.
broadcast-preview = Pošalji mi pregled
broadcast-preview-sent = Pregled je ispod.
broadcast-send-now = Pošalji sada ({ $count })
broadcast-schedule = Zakaži slanje ({ $count })
broadcast-later = Pošalji kasnije…
broadcast-now = Ipak pošalji odmah
broadcast-ask-time = Kada je treba poslati? Pošaljite datum i vrijeme, na primjer <b>2026-12-03 09:00</b>.
broadcast-cancelled = Masovna poruka je odbačena. Ništa nije poslano.
broadcast-queued = { $count ->
    [one] Poruka je na putu do { $count } člana.
    [few] Poruka je na putu do { $count } člana.
   *[other] Poruka je na putu do { $count } članova.
} Pratite je u /campaigns.
broadcast-scheduled = Zakazano: { $time }. Poruka će stići do članova koji tada budu odgovarali filterima. Pratite je u /campaigns.
btn-campaign-report = Pogledaj izvještaj
btn-open-link = Otvori link

campaign-header = <b>Poruka organizatora mreže Resilience Hub</b>
campaign-body = { $text }

campaigns-none = Još niste poslali nijednu masovnu poruku. Započnite s /broadcast.
campaigns-list = <b>Vaše masovne poruke</b>, od najnovije:
campaign-list-item = #{ $number } · { $title } · { $time } · { $status ->
    [scheduled] zakazana
    [sending] šalje se
    [done] poslana
    [cancelled] zaustavljena
   *[other] { $status }
}
campaign-report = <b>Masovna poruka #{ $number }</b> · { $status ->
    [scheduled] zakazana
    [sending] šalje se
    [done] poslana
    [cancelled] zaustavljena
   *[other] { $status }
}
    Slanje: { $time } · ukupno članova: { $recipients }
    Na čekanju: { $pending } · poslano: { $sent } · blokirali bota: { $blocked } · neuspješno: { $failed } · zaustavljeno: { $cancelled }
    (stanje u { $checked })
campaign-stopped = { $count ->
    [one] Zaustavljeno; { $count } poruka neće biti poslana.
    [few] Zaustavljeno; { $count } poruke neće biti poslane.
   *[other] Zaustavljeno; { $count } poruka neće biti poslano.
}
btn-refresh = Osvježi
btn-stop-campaign = Zaustavi slanje
audience-vetting-vetted = Provjerene
audience-vetting-pending = Još nisu provjerene
