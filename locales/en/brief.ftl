## Briefs and reports (/brief). Texts are HTML: keep <b> tags.

cmd-brief = Publish a brief or report
brief-ask-lang = In which language do you want to write the brief? Add as many languages as you like: each subscriber gets their own, or English, or what exists.
brief-ask-title = Send the title in { $language } (at most { $limit } characters).
brief-ask-summary = Send the summary in { $language } (at most { $limit } characters).
brief-ask-link = Send the link to the full brief or report (starting with https://), or skip.
brief-ask-topics = Which topics is it about? It reaches subscribers who chose any of them, and those who chose no topics.
brief-ask-countries = Which countries is it about? Choose none if it concerns the whole region.
brief-confirm = <b>Ready.</b> { $count ->
    [one] One subscriber matches
   *[other] { $count } subscribers match
}; those who chose a weekly digest find it there. Send yourself a preview first if you like.
brief-publish = Publish to { $count }
brief-nobody = No subscriber matches these topics and countries yet.
brief-published = Published: { $count ->
    [one] it reaches one subscriber
   *[other] it reaches { $count } subscribers
}, now or in their weekly digest. Follow it in /campaigns.
brief-cancelled = The brief was discarded. Nothing was sent.
