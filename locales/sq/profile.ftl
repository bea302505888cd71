## /profile

profile-show =
    <b>Profili juaj</b>

    <b>Organizata:</b> { $organisation } — { $membership }, { $vetting }
    { $details }

    Shtypni një fushë për ta ndryshuar.
profile-closed = Profili u mbyll. Dërgoni /profile për ta hapur përsëri.
profile-saved = U ruajt.
vetting-pending = në shqyrtim
vetting-vetted = e verifikuar
vetting-rejected = e papranuar
membership-founder = e regjistruat ju
membership-requested = kërkuat të bashkoheni
membership-member = anëtar
membership-none = pa organizatë

field-share-handle-ask = Kur një organizatë partnere pranon një prezantim që keni kërkuar ju (ose kur ju pranoni kërkesën e saj), a mund t'u japë rrjeti edhe emrin tuaj të përdoruesit në Telegram (@username)? Sido që të jetë, ata marrin një lidhje për t'ju shkruar dhe emrin tuaj ashtu siç e keni vendosur këtu.
label-share-handle = Ndaj emrin tim @username në prezantime

## Kërkesat për t'u bashkuar me organizatën e anëtarit, në pritje të përgjigjes
profile-joiners-waiting = { $count ->
        [one] Dikush kërkoi të bashkohet me organizatën tuaj.
       *[other] { $count } persona kërkuan të bashkohen me organizatën tuaj.
    }
profile-btn-joiners = Kërkesa për bashkim ({ $count })

## Themeluesi, organizata e të cilit nuk u pranua, kërkon një shqyrtim të ri
profile-rejected = Administratorët e rrjetit nuk e pranuan organizatën tuaj. Korrigjoni atë që ata kërkuan, pastaj kërkoni një shqyrtim të ri.
profile-btn-reapply = Kërko shqyrtim të ri
profile-reapplied = Organizata juaj është sërish në radhën e shqyrtimit të administratorëve.

field-follow-ups-ask = Pasi të pranohet një prezantim, a mund t'ju pyesë rrjeti më vonë nëse organizatat tuaja u vunë në kontakt? Përgjigjja juaj vetëm numërohet dhe nuk i tregohet kurrë organizatës tjetër.
label-follow-ups = Pyetje për ecurinë e prezantimeve

## Organizatat e bllokuara në /profile: çdo bllokim mund të hiqet (issue 23)
profile-btn-blocks = 🚫 Organizatat e bllokuara ({ $count })
profile-blocks = <b>Organizatat që ka bllokuar organizata juaj</b>
    { $organisations }

    Ato nuk mund t'i dërgojnë organizatës suaj kërkesa për prezantim dhe nuk ju sugjerohen njëra-tjetrës. Nëse e zhbllokoni njërën, ajo nuk njoftohet.
profile-blocks-none = Organizata juaj nuk ka bllokuar asnjë organizatë.
profile-btn-unblock = Zhblloko { $organisation }
profile-unblocked = { $organisation } nuk është më e bllokuar.
