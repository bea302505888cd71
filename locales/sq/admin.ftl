## Administrimi (/admin): verifikimi i organizatave dhe rolet, dhe çfarë u thuhet anëtarëve për to. Tekstet janë HTML: ruani etiketat <b>.

cmd-admin = Administrimi (vetëm për administratorët)
admin-only = Vetëm administratorët e rrjetit mund ta përdorin /admin.
# review: "audit log" as "regjistri i auditimit"
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
    Organizata: { $organisation } ({ $vetting })
    Roli: { $role }
admin-role-member = Anëtar
admin-role-organiser = Organizator
admin-role-admin = Administrator
admin-role-set = Roli u caktua: { $role }.
admin-role-needs-vetted = Organizatorët dhe administratorët duhet të bëjnë pjesë në një organizatë të verifikuar.

vetting-notice-vetted = Lajm i mirë: rrjeti e verifikoi <b>{ $organisation }</b>. Sugjerimet për partnerë dhe prezantimet tani janë të hapura për ju: /partners
# review: "into the network" left implicit, because "the hub" is already "rrjeti" ("administratorët e rrjetit ... në rrjet" would repeat it)
vetting-notice-rejected = Administratorët e rrjetit nuk e pranuan <b>{ $organisation }</b> si pjesë të tij.
vetting-notice-reason = Arsyeja e tyre: { $reason }
role-notice-organiser = Tani jeni organizator: mund të njoftoni ngjarje (/newevent), të dërgoni mesazhe masive (/broadcast) dhe dokumente politikash (/brief).
role-notice-admin = Tani jeni administrator i rrjetit: me /admin verifikoni organizatat dhe caktoni rolet.
role-notice-member = Roli juaj si organizator ose administrator ka përfunduar; mund të vazhdoni të bëni gjithçka që mund të bëjë një anëtar.
