## Pretplate (/subscribe, /unsubscribe), analize (/brief) i sedmični pregled. Tekstovi su HTML: zadržite oznake <b>.

# review: "updates" rendered as "obavijesti" (as "Obavijest" in events.ftl); "novosti" would clash with "Vijesti iz mreže"
cmd-subscribe = Odaberite koje obavijesti primate
cmd-unsubscribe = Isključite sve obavijesti

register-offer-subscribe = Želite li primati obavijesti od mreže: pozive na događaje, analize i izvještaje, vijesti iz mreže? Ništa vam se ne šalje dok to sami ne odaberete.
btn-subscribe = Odaberi obavijesti

subscribe-intro = <b>Vaše obavijesti</b>
    Odaberite koje vam obavijesti mreža šalje. Teme i države određuju koji pozivi na događaje i koje analize stižu do vas; ako ne odaberete nijednu, stižu svi.
subscribe-summary = Obavijesti: <b>{ $kinds }</b>
    Teme: { $topics }
    Države: { $countries }
    Kada: { $rhythm }
subscribe-all = sve
subscribe-kind-invitations = Pozivi na događaje
# review: "brief" rendered as "analiza", as in main.ftl ("analizama javnih politika") and registration.ftl
subscribe-kind-briefs = Analize i izvještaji
subscribe-kind-news = Vijesti iz mreže
subscribe-choose-topics = Teme ({ $count })
subscribe-choose-countries = Države ({ $count })
# review: "sedmično/sedmični" (BA/ME/RS) for "weekly" throughout; Croatian prefers "tjedno/tjedni"; "nedjeljni" avoided because the day name for Sunday ("nedelja"/"nedjelja") appears next to it
subscribe-choose-rhythm = Odmah ili jednom sedmično?
subscribe-save = Sačuvaj
subscribe-ask-topics = Koje teme? Stižu vam pozivi i analize o bilo kojoj od ovih tema. Ako ne odaberete nijednu, primate ih za sve teme.
subscribe-ask-countries = Koje države? Stižu vam pozivi i analize o bilo kojoj od ovih država. Ako ne odaberete nijednu, primate ih za sve države.
subscribe-ask-rhythm = Primajte svaku obavijest odmah ili jedan sedmični pregled na dan i u sat koji odaberete (vremenska zona: { $zone }).
subscribe-rhythm-now = Trenutno: { $rhythm }
subscribe-rhythm-instant = Odmah, pojedinačno
subscribe-weekly = Sedmični pregled
subscribe-rhythm-weekly = Sedmični pregled, { $day } u { $time } ({ $zone })
subscribe-need-kind = Odaberite barem jednu vrstu obavijesti ili pošaljite /unsubscribe da ih sve isključite.
subscribe-saved = ✅ Sačuvano. Ovo možete promijeniti u bilo kojem trenutku s /subscribe ili sve isključiti s /unsubscribe.
subscribe-cancelled = Ništa nije promijenjeno.
unsubscribe-done = Više nećete primati obavijesti od mreže. I dalje stižu odgovori na vaše radnje i podsjetnici za događaje za koje ste potvrdili dolazak. S /subscribe ponovo uključujete obavijesti.
unsubscribe-nothing = Niste pretplaćeni ni na kakve obavijesti. S /subscribe ih možete odabrati.

digest-header = 🗞 <b>Vaš sedmični pregled</b>: { $count ->
    [one] { $count } obavijest
    [few] { $count } obavijesti
   *[other] { $count } obavijesti
}
digest-item-brief = 📄 <b>{ $title }</b>
    { $summary }
digest-item-news = 📣 { $text }
digest-item-invitation = 📅 <b>{ $title }</b>, { $time }
    { $text }
digest-more = …i još { $count ->
    [one] { $count } obavijest koja ovdje nije prikazana
    [few] { $count } obavijesti koje ovdje nisu prikazane
   *[other] { $count } obavijesti koje ovdje nisu prikazane
}.

brief-header = 📄 <b>Nova analiza ili izvještaj</b>
brief-body = <b>{ $title }</b>

    { $summary }
campaign-report-digest = Ostavljeno za sedmične preglede: { $count }
