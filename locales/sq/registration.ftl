## Magjistari i regjistrimit dhe fushat e profilit që ndan me /profile.

field-name-ask = Me çfarë emri t'ju shfaqim? Është opsional dhe i jepet një partneri vetëm pasi të dy palët të keni pranuar një prezantim me njëri-tjetrin. Dërgojeni si mesazh ose shtypni Kalo.
field-org-name-ask = Dërgoni emrin e ri të organizatës suaj.
field-country-ask = Ku vepron organizata juaj?
field-sector-ask = Çfarë lloj organizate është?
field-topics-ask = Me cilat tema merret organizata juaj? Prekni për të zgjedhur, pastaj shtypni Gati.
field-activities-ask = Çfarë bën organizata juaj? Prekni për të zgjedhur të gjitha ato që vlejnë, pastaj shtypni Gati.
field-description-ask = Përshkruani punën e organizatës suaj në disa fjali (të shumtën 500 karaktere) ose shtypni Kalo.
field-discoverable-ask = A mund t'ua sugjerojë rrjeti organizatën tuaj anëtarëve të tjerë që kërkojnë partnerë? Tregohet vetëm profili i organizatës suaj, kurrë emri juaj. Këtë mund ta ndryshoni më vonë.

label-name = Emri
label-org = Organizata
label-org-name = Emri i organizatës
label-country = Vendi
label-sector = Sektori
label-topics = Temat
label-activities = Aktivitetet
label-description = Përshkrimi
label-discoverable = Sugjerohet te partnerët

register-already-registered = Jeni regjistruar tashmë. Dërgoni /profile për të parë ose ndryshuar të dhënat tuaja.
register-in-progress = Keni një regjistrim në vazhdim. Doni të vazhdoni aty ku e latë apo të filloni nga e para?
register-progress = Hapi { $step } nga { $total }
register-org-ask = Në cilën organizatë bëni pjesë? Dërgoni emrin e saj (ose një pjesë të tij) dhe unë do ta kërkoj.
register-org-results = Organizatat që përputhen me «{ $query }». Bashkohuni me njërën ose krijoni një të re:
register-org-none = Asnjë organizatë nuk përputhet me «{ $query }». Krijojeni ose dërgoni një emër tjetër për të kërkuar përsëri.
register-summary-join = { $organisation } (kërkoni të bashkoheni)
register-summary-new = { $organisation } (e re, në pritje të shqyrtimit)
register-summary =
    <b>Ju lutemi kontrolloni të dhënat tuaja</b>

    <b>Organizata:</b> { $organisation }
    { $details }

    Shtypni Konfirmo për t'u regjistruar ose një fushë për ta ndryshuar.
register-consent =
    <b>Pëlqimi</b>
    Për regjistrimin ruajmë ID-në e llogarisë suaj në Telegram, gjuhën tuaj, emrin që na dhatë (nëse ka) dhe profilin e organizatës suaj, për funksionimin e rrjetit: për t'ju treguar dialogë dhe dokumente që ju interesojnë dhe, nëse e lejoni, për t'ua sugjeruar organizatën tuaj partnerëve. Në çdo kohë mund t'i shihni të gjitha me /mydata dhe t'i fshini me /forget.

    A pajtoheni që t'i ruajmë këto të dhëna?
register-cancelled = Regjistrimi u anulua. Nuk u ruajt asgjë.
register-done-joined = Jeni regjistruar. Kërkesa juaj për t'u bashkuar me <b>{ $organisation }</b> u dërgua te anëtarët e saj; do t'ju njoftojmë kur t'ju përgjigjet dikush. Deri atëherë mund të ndiqni dialogët (/events) dhe të abonoheni te njoftimet (/subscribe).
register-done-created = Jeni regjistruar. <b>{ $organisation }</b> pret shqyrtimin nga ekipi i rrjetit; do t'ju njoftojmë kur të miratohet. Dërgoni /profile për të parë të dhënat tuaja.

## Garancia për një organizatë në pritje të verifikimit (një lidhje që e ndan themeluesi i saj)
profile-vouch = Ndërsa organizata juaj pret verifikimin, organizatat që ju njohin mund ta përshpejtojnë atë: dërgoni këtë lidhje te anëtarët e { $needed ->
        [one] një organizate të verifikuar, e cila mund të garantojë për ju
       *[other] { $needed } organizatave të verifikuara, dhe secila prej tyre mund të garantojë për ju
    }: { $link }
vouch-ask = <b>A garantoni për { $organisation }?</b>
    Garantoni vetëm nëse organizata juaj e njeh këtë organizatë dhe mund të konfirmojë se ajo është ajo që thotë se është. Garancitë nga organizata të verifikuara i mundësojnë rrjetit ta verifikojë atë pa pritur një administrator, dhe administratorët mund të shohin se kush ka garantuar.
vouch-btn-confirm = ✅ Ne garantojmë për të
vouch-cancelled = Nuk u shënua asgjë.
vouch-link-invalid = Kjo lidhje garancie nuk është e vlefshme. Kërkojini organizatës përsëri lidhjen e saj.
vouch-not-allowed = Vetëm anëtarët që veprojnë në emër të një organizate të verifikuar mund të garantojnë për një organizatë tjetër.
vouch-not-needed = <b>{ $organisation }</b> nuk ka nevojë për garanci: nuk është në pritje të verifikimit.
vouch-already = Organizata juaj ka garantuar tashmë për <b>{ $organisation }</b>.
vouch-counted = Faleminderit: garancia juaj për <b>{ $organisation }</b> u shënua ({ $count } nga { $needed }).
vouch-vetted = Faleminderit: me garancinë tuaj, <b>{ $organisation }</b> u verifikua.

## Bashkimi me një organizatë ekzistuese: kërkesa, përgjigjja e anëtarëve të saj dhe çfarë i thuhet personit
register-consent-join = Emri juaj do t'u shfaqet anëtarëve të <b>{ $organisation }</b>, të cilët vendosin nëse bashkoheni. Derisa t'ju miratojë njëri prej tyre, nuk e shihni profilin e organizatës dhe nuk veproni në emër të saj.
join-no-name = (pa emër)
join-request = <b>{ $name }</b> kërkon të bashkohet me <b>{ $organisation }</b> në rrjet.{ $count ->
        [1] {""}
       *[other] {" "}({ $count } kërkesa presin.)
    }
    Miratoni vetëm dikë që e dini se punon me ju: një anëtar sheh profilin e organizatës, prezantimet me partnerët dhe ftesat për organizatat e verifikuara.
join-done-approved = <b>{ $name }</b> tani është anëtar i <b>{ $organisation }</b>. Ia kemi thënë.
join-done-declined = E refuzuat kërkesën e <b>{ $name }</b>. Ia kemi thënë, pa treguar se kush vendosi.
join-none-waiting = Nuk ka kërkesa për bashkim në pritje.
join-already-decided = Kësaj kërkese për bashkim i është përgjigjur tashmë dikush.
join-notice-approved = Kërkesa juaj për t'u bashkuar me <b>{ $organisation }</b> u miratua. Tani veproni në emër të saj në rrjet: /profile, /partners
join-notice-declined = Kërkesa juaj për t'u bashkuar me <b>{ $organisation }</b> nuk u miratua. Mund të regjistroheni sërish me /register, për t'u bashkuar me një organizatë tjetër ose për të regjistruar tuajën.
