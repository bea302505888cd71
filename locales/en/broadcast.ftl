## Broadcasts (/broadcast) and their reports (/campaigns). Texts are HTML: keep <b> tags.

cmd-broadcast = Send a message to many members
cmd-campaigns = Reports of your broadcasts

broadcast-ask-lang = In which language do you want to write the message? You can add more languages; each member gets their own language, or English, or what exists.
broadcast-ask-text = Send the message in { $language } (at most { $limit } characters).
broadcast-ask-button = Should the message carry a button? Pick an event (members can answer from the message itself), a web link, or no button.
broadcast-no-button = No button
broadcast-link-button = A web link
broadcast-ask-link = Send the web address for the button (starting with https://).
broadcast-audience = <b>Who should get it?</b> Narrow the audience with the filters; within a filter any choice matches, across filters all must. It now reaches <b>{ $count }</b> { $count ->
    [one] member
   *[other] members
}.
broadcast-filter-topics = Topics ({ $count })
broadcast-filter-countries = Countries ({ $count })
broadcast-filter-sectors = Sectors ({ $count })
broadcast-filter-languages = Languages ({ $count })
broadcast-filter-vetting = Vetting ({ $count })
broadcast-filter-event-statuses = Event answers ({ $count })
broadcast-ask-topics = Members of organisations working on any of these topics:
broadcast-ask-countries = Members of organisations in any of these countries:
broadcast-ask-sectors = Members of organisations in any of these sectors:
broadcast-ask-languages = Members who read any of these languages:
broadcast-ask-vetting = Members of organisations with this vetting status:
broadcast-ask-event-statuses = Members who answered the event like this:
audience-vetting-vetted = Vetted
audience-vetting-pending = Not yet vetted
rsvp-group-going = Going
rsvp-group-waitlist = On the waitlist
rsvp-group-maybe = Maybe
broadcast-continue = Continue ({ $count })
broadcast-nobody = Nobody matches these filters.
broadcast-confirm = <b>Ready.</b> The message goes to { $count ->
    [one] one member
   *[other] { $count } members
}{ $later ->
    [yes] {" "}on { $time }
   *[other] {" "}now
}. Send yourself a preview first if you like.
broadcast-preview = Send me a preview
broadcast-preview-sent = The preview is below.
broadcast-send-now = Send now to { $count }
broadcast-schedule = Schedule for { $count }
broadcast-later = Send later…
broadcast-now = Send now instead
broadcast-ask-time = When should it go out? Send the date and time, for example <b>2026-12-03 09:00</b>.
broadcast-cancelled = The broadcast was discarded. Nothing was sent.
broadcast-queued = { $count ->
    [one] On its way to one member.
   *[other] On its way to { $count } members.
} Follow it in /campaigns.
broadcast-scheduled = Scheduled for { $time }. It will reach the members who match the filters then. Follow it in /campaigns.
btn-campaign-report = See the report
btn-open-link = Open the link

campaign-header = <b>Message from the Resilience Hub organisers</b>
campaign-body = { $text }

campaigns-none = You have not sent any broadcasts yet. Start one with /broadcast.
campaigns-list = <b>Your broadcasts</b>, newest first:
campaign-list-item = #{ $number } · { $title } · { $time } · { $status ->
    [scheduled] scheduled
    [sending] sending
    [done] done
    [cancelled] stopped
   *[other] { $status }
}
campaign-report = <b>Broadcast #{ $number }</b> · { $status ->
    [scheduled] scheduled
    [sending] sending
    [done] done
    [cancelled] stopped
   *[other] { $status }
}
    Sending: { $time } · recipients: { $recipients }
    Waiting: { $pending } · sent: { $sent } · blocked the bot: { $blocked } · failed: { $failed } · stopped: { $cancelled }
    (as of { $checked })
campaign-stopped = { $count ->
    [one] Stopped; one message will not be sent.
   *[other] Stopped; { $count } messages will not be sent.
}
btn-refresh = Refresh
btn-stop-campaign = Stop sending
