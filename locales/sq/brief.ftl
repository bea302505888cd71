## Dokumentet e politikave dhe raportet (/brief). Tekstet janë HTML: ruani etiketat <b>.

cmd-brief = Publikoni një dokument politikash ose raport
brief-ask-lang = Në cilën gjuhë doni ta shkruani dokumentin? Shtoni sa gjuhë të doni: secili abonent e merr në gjuhën e vet, ose në anglisht, ose në gjuhën që është në dispozicion.
brief-ask-title = Dërgoni titullin në gjuhën { $language } (të shumtën { $limit } karaktere).
brief-ask-summary = Dërgoni përmbledhjen në gjuhën { $language } (të shumtën { $limit } karaktere).
brief-ask-link = Dërgoni lidhjen drejt tekstit të plotë të dokumentit ose raportit (që fillon me https://), ose shtypni Kalo.
brief-ask-topics = Cilat tema trajton? U dërgohet abonentëve që kanë zgjedhur cilëndo prej tyre, si dhe atyre që nuk kanë zgjedhur asnjë temë.
brief-ask-countries = Për cilat vende bëhet fjalë? Nëse ka të bëjë me të gjithë rajonin, mos zgjidhni asnjë.
brief-confirm = <b>Gati.</b> { $count ->
    [one] Me këtë zgjedhje përputhet një abonent
   *[other] Me këtë zgjedhje përputhen { $count } abonentë
}; ata që marrin përmbledhjen javore do ta gjejnë aty. Nëse doni, dërgojini vetes fillimisht një parapamje.
brief-publish = Publiko ({ $count })
brief-nobody = Ende asnjë abonent nuk përputhet me këto tema dhe vende.
brief-published = U publikua: { $count ->
    [one] arrin te një abonent
   *[other] arrin te { $count } abonentë
}, menjëherë ose në përmbledhjen e tyre javore. Ndiqeni te /campaigns.
brief-cancelled = Skica u fshi. Nuk u dërgua asgjë.
