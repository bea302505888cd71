## Subscriptions (/subscribe, /unsubscribe), briefs (/brief) and the weekly digest. Texts are HTML: keep <b> tags.

cmd-subscribe = Choose the updates you get
cmd-unsubscribe = Stop all updates

register-offer-subscribe = Would you like updates from the hub: event invitations, briefs and reports, network news? Nothing is sent until you choose.
btn-subscribe = Choose my updates

subscribe-intro = <b>Your updates</b>
    Choose what the hub sends you. Topics and countries decide which event invitations and briefs reach you; none chosen means all of them.
subscribe-summary = Updates: <b>{ $kinds }</b>
    Topics: { $topics }
    Countries: { $countries }
    When: { $rhythm }
subscribe-all = all
subscribe-kind-invitations = Event invitations
subscribe-kind-briefs = Briefs and reports
subscribe-kind-news = Network news
subscribe-choose-topics = Topics ({ $count })
subscribe-choose-countries = Countries ({ $count })
subscribe-choose-rhythm = As they happen or weekly?
subscribe-save = Save
subscribe-ask-topics = Which topics? Invitations and briefs about any of these reach you. Choose none to get all topics.
subscribe-ask-countries = Which countries? Invitations and briefs about any of these reach you. Choose none to get all countries.
subscribe-ask-rhythm = Get each update as it happens, or one weekly digest on a day and hour you pick (time zone { $zone }).
subscribe-rhythm-now = Now: { $rhythm }
subscribe-rhythm-instant = As they happen
subscribe-weekly = Weekly digest
subscribe-rhythm-weekly = Weekly digest, { $day } at { $time } ({ $zone })
subscribe-need-kind = Choose at least one kind of update, or use /unsubscribe to stop them all.
subscribe-saved = ✅ Saved. You can change this any time with /subscribe, or stop everything with /unsubscribe.
subscribe-cancelled = Nothing was changed.
unsubscribe-done = You will get no more updates from the hub. Replies to your own actions and reminders of events you said you attend still come. /subscribe starts updates again.
unsubscribe-nothing = You are not subscribed to any updates. /subscribe lets you choose some.

digest-header = 🗞 <b>Your weekly digest</b>: { $count ->
    [one] one update
   *[other] { $count } updates
}
digest-item-brief = 📄 <b>{ $title }</b>
    { $summary }
digest-item-news = 📣 { $text }
digest-item-invitation = 📅 <b>{ $title }</b>, { $time }
    { $text }
digest-more = …and { $count ->
    [one] one more update
   *[other] { $count } more updates
} that did not fit here.

brief-header = 📄 <b>New brief or report</b>
brief-body = <b>{ $title }</b>

    { $summary }
campaign-report-digest = Kept for weekly digests: { $count }
