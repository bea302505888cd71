## Administrimi (/admin): verifikimi i organizatave dhe rolet, dhe çfarë u thuhet anëtarëve për to. Tekstet janë HTML: ruani etiketat <b>.

cmd-admin = Administrimi (vetëm për administratorët)
admin-only = Vetëm administratorët e rrjetit mund ta përdorin /admin.
admin-menu = <b>Administrimi</b>
    Verifikoni organizatat që presin të bashkohen dhe u jepni anëtarëve rolin e organizatorit ose të administratorit. Çdo vendim shënohet në regjistrin e auditimit.
admin-btn-queue = Radha e verifikimit ({ $count })
admin-btn-roles = Rolet
admin-closed = Administrimi u mbyll. Dërgoni /admin për ta hapur përsëri.
admin-queue = <b>Në pritje të verifikimit</b>, më të vjetrat së pari. Hapni njërën për ta miratuar ose refuzuar.
admin-queue-empty = Asnjë organizatë nuk pret verifikimin.
admin-org-facts = Organizata nr. { $id } · regjistruar më { $registered } · { $members ->
        [one] një anëtar
       *[other] { $members } anëtarë
    }{ $joiners ->
        [0] {""}
       *[other] {" "}· në pritje të pranimit: { $joiners }
    }
admin-btn-approve = ✅ Mirato
admin-btn-reject = Refuzo…
admin-ask-reason = Pse refuzohet? Shkruani arsyen (të shumtën { $limit } karaktere); anëtarët e organizatës e marrin ashtu siç e shkruani.
admin-decided-vetted = <b>{ $organisation }</b> u verifikua; anëtarët e saj po njoftohen.
admin-decided-rejected = <b>{ $organisation }</b> u refuzua; anëtarët e saj po njoftohen për arsyen.
admin-already-decided = Një administrator tjetër ka vendosur tashmë për këtë organizatë.
admin-ask-member = Dërgoni ID-në e përdoruesit në Telegram të anëtarit të cilit doni t'ia ndryshoni rolin (anëtari mund ta gjejë te /mydata).
admin-no-member = Asnjë anëtar i regjistruar nuk e ka këtë ID në Telegram. Dërgoni vetëm numrin, p.sh. 123456789.
admin-member = <b>Anëtari { $id }</b>: { $name }
    Organizata: { $organisation } ({ $vetting }) — { $membership }
    Roli: { $role }
admin-role-member = Anëtar
admin-role-organiser = Organizator
admin-role-admin = Administrator
admin-role-set = Roli u caktua: { $role }.
admin-role-needs-vetted = Organizatorët dhe administratorët duhet të bëjnë pjesë në një organizatë të verifikuar.

vetting-notice-vetted = Lajm i mirë: rrjeti e verifikoi <b>{ $organisation }</b>. Sugjerimet për partnerë dhe prezantimet tani janë të hapura për ju: /partners
vetting-notice-rejected = Administratorët nuk e pranuan <b>{ $organisation }</b> në rrjet. Mund ta korrigjoni profilin e saj te /profile dhe të kërkoni aty një shqyrtim të ri.
vetting-notice-reason = Arsyeja e tyre: { $reason }
role-notice-organiser = Tani jeni organizator: mund të njoftoni ngjarje (/newevent), të dërgoni mesazhe masive (/broadcast) dhe dokumente politikash (/brief).
role-notice-admin = Tani jeni administrator i rrjetit: me /admin verifikoni organizatat dhe caktoni rolet.
role-notice-member = Roli juaj si organizator ose administrator ka përfunduar; mund të vazhdoni të bëni gjithçka që mund të bëjë një anëtar.

admin-btn-reports = Raportimet ({ $count })
admin-reports = <b>Organizatat e raportuara</b>, më të raportuarat së pari. Atyre që raportojnë u thuhet vetëm se raportimi i tyre ka mbërritur.
admin-reports-none = Nuk ka raportime të hapura.
admin-reported = <b>Raportime të hapura</b>:
    { $reasons }
admin-btn-dismiss = Hidh poshtë
admin-btn-warn = Paralajmëroji
admin-btn-suspend = Pezullo organizatën
admin-btn-unsuspend = Hiq pezullimin
admin-btn-suspend-member = Pezullo këtë anëtar
admin-btn-unsuspend-member = Hiq pezullimin e këtij anëtari
admin-member-suspended = Ky anëtar është i pezulluar.
admin-done-dismiss = Raportimet për <b>{ $organisation }</b> u hodhën poshtë.
admin-done-warn = <b>{ $organisation }</b> u paralajmërua; raportimet për të u mbyllën.
admin-done-suspend = <b>{ $organisation }</b> u pezullua: anëtarët e saj nuk marrin asgjë dhe mund vetëm të shohin ose të fshijnë të dhënat e tyre.
admin-done-unsuspend = Pezullimi i organizatës <b>{ $organisation }</b> u hoq.
admin-done-suspend-member = Anëtari u pezullua: nuk merr asgjë dhe mund vetëm të shohë ose të fshijë të dhënat e veta.
admin-done-unsuspend-member = Pezullimi i anëtarit u hoq.
organisation-warning = Administratorët e rrjetit morën raportime për <b>{ $organisation }</b> dhe ju kërkojnë t'u përmbaheni rregullave të rrjetit: respektit, sinqeritetit për atë se kush jeni dhe sigurisë së të tjerëve. Një raportim tjetër mund të çojë në pezullim.
error-suspended = Administratorët e rrjetit e kanë pezulluar qasjen tuaj në rrjet. Mund të vazhdoni t'i shihni të dhënat tuaja (/mydata) ose t'i fshini (/forget).
error-suspended-short = Qasja juaj në rrjet është pezulluar.

admin-btn-audit = Regjistri i auditimit
admin-audit = <b>Regjistri i auditimit</b>, më të rejat së pari (faqja { $page } nga { $pages }; orët sipas { $zone }): kur · çfarë · mbi çfarë · kush
admin-audit-none = Regjistri i auditimit është bosh.
admin-audit-cli = rreshti i komandave

cmd-stats = Statistikat e rrjetit (vetëm për administratorët)
stats-only = Vetëm administratorët e rrjetit mund ta përdorin /stats.
stats-text = <b>Statistikat e rrjetit</b> (numrat nga 1 deri në 4 shfaqen si «&lt; 5»)
    <b>Anëtarët</b>: { $members } – sipas vendit: { $members_by_country }
    <b>Organizatat</b> – të verifikuara: { $vetted } · në shqyrtim: { $pending }
    Sipas vendit: { $by_country }
    Sipas sektorit: { $by_sector }
    Sipas temës: { $by_topic }
    <b>Anëtarë të rinj</b> në muaj: { $growth }
    <b>Ngjarjet</b> – të publikuara: { $events } · të ardhshme: { $upcoming } · pjesëmarrje të konfirmuara: { $attendance }
    <b>Dërgimet</b> – dërguar: { $sent } · dështuan: { $failed } · e bllokuan botin: { $blocked } · shkalla e dorëzimit: { $rate }
    <b>Prezantimet</b> – të kërkuara: { $requested } · të pranuara: { $accepted }

admin-reported-events = <b>Ngjarjet e përmendura në raportime</b>:
    { $events }

## Anëtarësia siç e shohin administratorët, dhe administratorët që asnjë pezullim nuk i prek
admin-membership-founder = e regjistroi
admin-membership-member = anëtar i pranuar
admin-membership-requested = kërkoi të bashkohet, ende i pamiratuar
admin-membership-none = pa organizatë
admin-role-needs-approval = Ky person kërkoi të bashkohet me organizatën e vet dhe askush nuk e ka miratuar ende: asnjë rol derisa të miratohet.
admin-cannot-suspend-bootstrap = Administratorët e emërtuar në ADMIN_IDS drejtojnë rrjetin dhe nuk mund të pezullohen.
admin-cannot-suspend-last = Kështu rrjeti do të mbetej pa asnjë administrator që mund ta heqë pezullimin.

stats-note-hidden = Disa numra prej 5 e lart shfaqen si «≥ 5», dhe një ndarje ose shkalla e dorëzimit mund të shfaqet si «–»: të shfaqura saktë, ato do të lejonin që një numër nën 5 të nxirrej nga një shumë totale.

## Regjistri i auditimit në gjuhën e administratorit: çfarë u bë, mbi çfarë, dhe emrat e hollësive
audit-action-organisation-vetted = organizata u verifikua
audit-action-organisation-rejected = organizata u refuzua
audit-action-organisation-dismiss = raportimet u hodhën poshtë
audit-action-organisation-warn = organizata u paralajmërua
audit-action-organisation-suspend = organizata u pezullua
audit-action-organisation-unsuspend = pezullimi u hoq
audit-action-organisation-reapplied = u kërkua shqyrtim i ri
audit-action-organisation-vouched = u garantua
audit-action-role-changed = roli u ndryshua
audit-action-member-suspended = anëtari u pezullua
audit-action-member-unsuspended = pezullimi i anëtarit u hoq
audit-action-member-approved = bashkimi u miratua
audit-action-member-declined = bashkimi u refuzua
audit-action-brief-published = dokumenti i politikave u publikua
audit-action-broadcast-sent = mesazhi masiv u dërgua
audit-action-broadcast-scheduled = mesazhi masiv u planifikua
audit-action-broadcast-cancelled = mesazhi masiv u ndal
audit-action-attendees-exported = lista e pjesëmarrësve u eksportua
audit-action-attendees-messaged = u shkrua pjesëmarrësve
audit-action-event-cancelled = ngjarja u anulua
audit-action-event-published = ngjarja u publikua
audit-action-event-edited = ngjarja u ndryshua
audit-action-organisations-imported = organizatat u importuan
audit-action-exported = tabela u eksportua
audit-field-reason = arsyeja
audit-field-reports = raportime
audit-field-rows = rreshta
audit-field-told = të njoftuar
audit-field-recipients = marrës
audit-field-audience = audienca
audit-field-before = më parë
audit-field-after = më pas
audit-field-format = formati
audit-field-organisation = organizata
audit-field-by-organisation = nga organizata
audit-field-vetting = si
admin-audit-vouches = garancitë e organizatave të verifikuara
audit-by-member = anëtari { $id }
audit-subject-member = anëtari { $id }
audit-subject-member-erased = një anëtar që përdori /forget
audit-subject-organisation = organizata nr. { $id }
audit-subject-event = ngjarja nr. { $id }
audit-subject-campaign = dërgesa nr. { $id }
audit-subject-table = tabela { $id }
audit-subject-file = skedari { $id }

## /stats: çfarë doli nga prezantimet e pranuara (numrat nga 1 deri në 4 shfaqen "< 5", si më sipër)
stats-followups = <b>Pas prezantimeve</b>: të pranuara { $introductions } → u vunë në kontakt { $contacts } → punojnë bashkë { $collaborations }
