## Abonimet (/subscribe, /unsubscribe), dokumentet e politikave (/brief) dhe përmbledhja javore. Tekstet janë HTML: ruani etiketat <b>.

cmd-subscribe = Zgjidhni njoftimet që merrni
cmd-unsubscribe = Ndaloni të gjitha njoftimet

register-offer-subscribe = Dëshironi të merrni njoftime nga rrjeti: ftesa për ngjarje, dokumente politikash dhe raporte, lajme të rrjetit? Nuk dërgohet asgjë derisa të zgjidhni.
btn-subscribe = Zgjidh njoftimet e mia

subscribe-intro = <b>Njoftimet tuaja</b>
    Zgjidhni çfarë ju dërgon rrjeti. Temat dhe vendet përcaktojnë cilat ftesa për ngjarje dhe cilat dokumente politikash ju arrijnë; nëse nuk zgjidhni asnjë, i merrni të gjitha.
subscribe-summary = Njoftimet: <b>{ $kinds }</b>
    Temat: { $topics }
    Vendet: { $countries }
    Kur: { $rhythm }
subscribe-all = të gjitha
subscribe-kind-invitations = Ftesa për ngjarje
subscribe-kind-briefs = Dokumente politikash dhe raporte
subscribe-kind-news = Lajme nga rrjeti
subscribe-choose-topics = Temat ({ $count })
subscribe-choose-countries = Vendet ({ $count })
subscribe-choose-rhythm = Menjëherë apo çdo javë?
subscribe-save = Ruaj
subscribe-ask-topics = Cilat tema? Ju arrijnë ftesat dhe dokumentet e politikave për cilëndo nga këto tema. Mos zgjidhni asnjë për të marrë të gjitha temat.
subscribe-ask-countries = Cilat vende? Ju arrijnë ftesat dhe dokumentet e politikave për cilindo nga këto vende. Mos zgjidhni asnjë për të marrë të gjitha vendet.
subscribe-ask-rhythm = Merrni çdo njoftim menjëherë, ose një përmbledhje javore në ditën dhe orën që zgjidhni ju (zona kohore { $zone }).
subscribe-rhythm-now = Aktualisht: { $rhythm }
subscribe-rhythm-instant = Menjëherë
subscribe-weekly = Përmbledhje javore
subscribe-rhythm-weekly = Përmbledhje javore, { $day }, ora { $time } ({ $zone })
subscribe-need-kind = Zgjidhni të paktën një lloj njoftimi, ose përdorni /unsubscribe për t'i ndalur të gjitha.
subscribe-saved = ✅ U ruajt. Mund ta ndryshoni këtë në çdo kohë me /subscribe, ose t'i ndaloni të gjitha me /unsubscribe.
subscribe-cancelled = Nuk u ndryshua asgjë.
unsubscribe-done = Nuk do të merrni më njoftime nga rrjeti. Përgjigjet për veprimet tuaja dhe kujtesat për ngjarjet ku keni thënë se merrni pjesë do të vazhdojnë të vijnë. /subscribe i rinis njoftimet.
unsubscribe-nothing = Nuk jeni abonuar në asnjë njoftim. Me /subscribe mund të zgjidhni disa.

digest-header = 🗞 <b>Përmbledhja juaj javore</b>: { $count ->
    [one] një njoftim
   *[other] { $count } njoftime
}
digest-item-brief = 📄 <b>{ $title }</b>
    { $summary }
digest-item-news = 📣 { $text }
digest-item-invitation = 📅 <b>{ $title }</b>, { $time }
    { $text }
digest-more = …dhe { $count ->
    [one] një njoftim tjetër që nuk zuri vend këtu.
   *[other] { $count } njoftime të tjera që nuk zunë vend këtu.
}

brief-header = 📄 <b>Dokument i ri politikash ose raport i ri</b>
brief-body = <b>{ $title }</b>

    { $summary }
campaign-report-digest = Mbajtur për përmbledhjet javore: { $count }
