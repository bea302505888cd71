## Gjetja e partnerëve (/partners) dhe prezantimet. Tekstet janë HTML: ruani etiketat <b> dhe <i>.
## Mos vendosni kurrë emrin e një personi në një kërkesë: derisa të pranohet një prezantim, shfaqen vetëm organizatat.

cmd-partners = Gjeni organizata partnere

partners-header = <b>Partnerë të sugjeruar për { $organisation }</b>
partners-none = Për momentin asnjë sugjerim partneri nuk përputhet. Provoni filtra të tjerë ose shikoni përsëri më vonë: rrjeti po rritet.
partners-none-more = Nuk ka më sugjerime. Kthehuni te faqja e parë ose ndryshoni filtrat.
partners-card = <b>{ $name }</b> · { $country } · { $sector }
    Temat: { $topics }
    Aktivitetet: { $activities }
    <i>{ $description }</i>
partners-card-short = <b>{ $number }. { $name }</b> · { $country } · { $sector }
partners-description = <i>{ $description }</i>
partners-why = Pse: { $reason }
# the labels stay in the nominative: after "merren me" they would need the accusative (Korrupsionin)
partners-reason-topics = tema të përbashkëta: { $topics }
partners-reason-complement = veprimtaria e tyre: { $theirs }, e juaja: { $yours }
partners-reason-cross-border = përtej kufirit: { $yours } – { $theirs }
partners-reason-sector = sektorë të ndryshëm: { $theirs } dhe { $yours }
partners-reason-filter = përputhet me filtrat tuaj
partners-btn-ask = 🤝 Na prezantoni me nr. { $number }
partners-btn-more = Shfaq më shumë ▶
partners-btn-first = ◀ Faqja e parë
partners-btn-mine = Kërkesat e mia
partners-any = të gjitha
partners-filter-topic = Tema: { $value }
partners-filter-country = Vendi: { $value }
partners-filter-scope = Ku: { $value }
partners-filter-sector = Sektori: { $value }
partners-scope-any = kudo
partners-scope-same = vendi im
partners-scope-cross = përtej kufirit
partners-choose-topic = Për cilën temë të shfaqen organizatat?
partners-choose-country = Nga cili vend të shfaqen organizatat?
partners-choose-scope = Në vendin tuaj apo përtej kufirit?
partners-choose-sector = Nga cili sektor të shfaqen organizatat?
partners-closed = Sugjerimet për partnerë u mbyllën. Dërgoni /partners për t'i hapur përsëri.

partners-ask-note = Shtoni një shënim të shkurtër për ta (të shumtën { $limit } karaktere): kë kërkoni dhe pse. Ata shohin profilin e organizatës suaj dhe këtë shënim, jo emrin tuaj. Ose shtypni Kalo.
partners-note-too-long = Shënimi ka { $length } karaktere; kufiri është { $limit }. Ju lutemi shkurtojeni.
partners-request-sent = Kërkesa u dërgua. Ata shohin profilin e organizatës suaj dhe shënimin tuaj, jo emrin tuaj. Nëse e pranojnë, ju të dy merrni kontaktin e njëri-tjetrit. Te /partners → Kërkesat e mia shihni në çfarë faze është.
partners-browse-not-vetted = Sugjerimet për partnerë hapen sapo rrjeti ta ketë verifikuar organizatën tuaj: organizatat anëtare u shfaqen vetëm organizatave që rrjeti i njeh.
partners-join-pending = Sugjerimet për partnerë dhe prezantimet janë për anëtarët që veprojnë në emër të organizatës së tyre, dhe kërkesa juaj për t'u bashkuar me organizatën tuaj nuk është miratuar ende.
partners-not-vetted = Prezantimet bëhen të mundshme sapo rrjeti ta ketë verifikuar organizatën tuaj. Deri atëherë mund të shihni sugjerimet.
partners-too-many-open = Keni tashmë { $open } kërkesa që presin përgjigje. Kërkoni përsëri kur njëra prej tyre të marrë përgjigje ose të mbyllet.
partners-too-many-week = Këtë javë keni kërkuar { $week } prezantime, numri maksimal që rrjeti dërgon në një javë. Ju lutemi kërkoni përsëri pas disa ditësh.
partners-unavailable = Për momentin nuk mund të kërkoni prezantim me këtë organizatë. Zgjidhni një sugjerim tjetër.

partners-requests = <b>Kërkesat tuaja për prezantim</b>
partners-requests-none = Nuk keni kërkuar ende asnjë prezantim.
partners-request-line = { $organisation } ({ $date }): { $status }
partners-status-accepted = e pranuar
partners-status-waiting = ende pa përgjigje
partners-status-closed = nuk u realizua
partners-request-closed = Prezantimi që kërkuat me <b>{ $organisation }</b> nuk u realizua. Kërkesat mbyllen pas 14 ditësh; me /partners mund të gjeni partnerë të tjerë.

partners-request-received = <b>Një kërkesë për prezantim</b>
    Një anëtar i kësaj organizate dëshiron të lidhet me organizatën tuaj. Nëse pranoni, ju të dy merrni kontaktin e njëri-tjetrit. Nëse refuzoni, ata nuk njoftohen.
partners-note = Shënimi i tyre: <i>{ $note }</i>
partners-btn-accept = ✅ Prano
partners-btn-decline = Refuzo
partners-btn-block = 🚫 Blloko këtë organizatë
partners-already-answered = Kësaj kërkese i është përgjigjur tashmë organizata juaj, ose ajo është mbyllur.
partners-declined = U refuzua. Ata nuk do të njoftohen; kërkesa e tyre thjesht mbyllet.
partners-blocked = U bllokua. Kjo organizatë nuk mund t'ju kërkojë më prezantim dhe asnjëra nga të dyja nuk do t'i sugjerohet tjetrës.

partners-contact = <b>Prezantimi u pranua</b>
    Ju dhe <b>{ $organisation }</b> tani mund të bisedoni. Mund t'i shkruani: { $person } ({ $handle }).
    Temat e përbashkëta: { $topics }
partners-someone = një anëtar
partners-no-handle = nuk ka ndarë emër përdoruesi; prekni emrin për të shkruar
partners-btn-write = Shkruaji: { $name }
partners-contact-gone = Ky prezantim u pranua, por personi tjetër është larguar që atëherë nga rrjeti.

vouch-not-allowed-vouched = Organizata juaj u verifikua me garancitë e të tjerëve, prandaj nuk mund të garantojë për një organizatë tjetër: këtë mund ta bëjnë vetëm organizatat që i kanë verifikuar vetë administratorët e rrjetit. Kështu parandalohet që disa pak organizata të verifikojnë organizata të reja në zinxhir.

## Dy javë pas një prezantimi të pranuar, secila palë pyetet nëse u vu në kontakt (edhe një herë pas "Ende jo").
## Përgjigjja është e organizatës dhe vetëm numërohet; organizata tjetër nuk e sheh kurrë.
followup-ask = <b>A u vutë në kontakt?</b>
    Pak kohë më parë organizata juaj u prezantua përmes rrjetit me <b>{ $organisation }</b>. A u vutë në kontakt me ta?
followup-ask-again = <b>A u vutë në kontakt ndërkohë?</b>
    Herën e fundit që pyetëm, organizata juaj nuk ishte vënë ende në kontakt me <b>{ $organisation }</b>. A jeni vënë që atëherë?
followup-private = Përgjigjja juaj vlen për organizatën tuaj dhe vetëm numërohet në shifrat e përgjithshme të rrjetit: organizata tjetër nuk e sheh kurrë. Këto pyetje mund t'i ndalni te /profile.
followup-btn-working = Po, punojmë bashkë
followup-btn-talked = Po, kemi folur
followup-btn-not-yet = Ende jo
followup-btn-no = Jo
followup-already-answered = Organizata juaj i është përgjigjur tashmë kësaj pyetjeje, ndaj nuk ndryshoi asgjë. Faleminderit gjithsesi!
followup-thanks = Faleminderit që na e thatë.
followup-thanks-working = Faleminderit! Na vjen mirë që punoni bashkë.
followup-thanks-later = Faleminderit. Do t'ju pyesim edhe një herë pas njëfarë kohe.
followup-thanks-last = Faleminderit. Për këtë prezantim nuk do t'ju pyesim më.


## Pas një prezantimi të pranuar, për dikë pa @username: një buton te biseda e tij vetëm me lejen e tij
## (i njëjti cilësim si për emrin e përdoruesit), përndryshe kush shkruan i pari (issue 23)
partners-no-contact = nuk është ndarë asnjë kontakt në Telegram
partners-no-username = pa emër përdoruesi; butoni më poshtë hap bisedën
partners-they-write-first = { $name } nuk ka ndarë kontakt në Telegram, por e ka tuajin: do t'ju shkruajë i pari.
partners-you-write-first = Nuk e keni ndarë kontaktin tuaj në Telegram, prandaj { $name } nuk mund t'ju shkruajë: shkruajini ju të parët.
partners-neither-shares = Asnjëri prej jush nuk ka ndarë kontakt në Telegram, prandaj rrjeti nuk mund t'ju lidhë drejtpërdrejt. Që të jeni të arritshëm në prezantimet e ardhshme, aktivizoni “{ $setting }” te /profile.
partners-link-refused = Cilësimet e privatësisë në Telegram të { $name } nuk lejojnë një buton te biseda e tyre.
partners-they-will-write = Ata e kanë kontaktin tuaj dhe do t'ju shkruajnë të parët.
partners-share-to-be-reached = Aktivizoni “{ $setting }” te /profile, që t'ju shkruajnë.
