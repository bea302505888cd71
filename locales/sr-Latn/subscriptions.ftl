## Pretplate (/subscribe, /unsubscribe), analize (/brief) i zbirni pregled. Tekstovi su HTML: zadržite oznake <b>.

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
subscribe-kind-briefs = Analize i izvještaji
subscribe-kind-news = Vijesti iz mreže
subscribe-choose-topics = Teme ({ $count })
subscribe-choose-countries = Države ({ $count })
subscribe-choose-rhythm = Odmah ili u zbirnom pregledu?
subscribe-save = Sačuvaj
subscribe-ask-topics = Koje teme? Stižu vam pozivi i analize o bilo kojoj od ovih tema. Ako ne odaberete nijednu, primate ih za sve teme.
subscribe-ask-countries = Koje države? Stižu vam pozivi i analize o bilo kojoj od ovih država. Ako ne odaberete nijednu, primate ih za sve države.
subscribe-ask-rhythm = Primajte svaku obavijest odmah ili jedan zbirni pregled svakih 7 dana, na dan i u vrijeme koje odaberete (vremenska zona: { $zone }).
subscribe-rhythm-now = Trenutno: { $rhythm }
subscribe-rhythm-instant = Odmah, pojedinačno
subscribe-weekly = Zbirni pregled
subscribe-rhythm-weekly = Zbirni pregled svakih 7 dana: { $day } u { $time } ({ $zone })
subscribe-need-kind = Odaberite barem jednu vrstu obavijesti ili pošaljite /unsubscribe da ih sve isključite.
subscribe-saved = ✅ Sačuvano. Ovo možete promijeniti u bilo kojem trenutku s /subscribe ili sve isključiti s /unsubscribe.
subscribe-cancelled = Ništa nije promijenjeno.
unsubscribe-done = Više nećete primati obavijesti od mreže. I dalje stižu odgovori na vaše radnje i podsjetnici za događaje za koje ste potvrdili dolazak. S /subscribe ponovo uključujete obavijesti.
unsubscribe-nothing = Niste pretplaćeni ni na kakve obavijesti. S /subscribe ih možete odabrati.

digest-header = 🗞 <b>Vaš zbirni pregled</b>: { $count ->
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
campaign-report-digest = Ostavljeno za zbirne preglede: { $count }
