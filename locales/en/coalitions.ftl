## Coalitions (/coalitions) and reports of organisations. Texts are HTML: keep <b> and <i> tags.
## A coalition message names the coalition and the sender's organisation, never the sender.

cmd-coalitions = Your coalitions of partners

coalition-list = <b>Your coalitions</b>
    Group organisations you were introduced to around a topic, and write to all of them at once.
coalition-list-none = <b>Your coalitions</b>
    You have none yet. A coalition groups organisations you were introduced to (through /partners) around a topic, so you can write to all of them at once.
coalition-btn-new = ➕ New coalition
coalition-ask-name = What is the coalition called? (at most { $limit } characters; its members see the name)
coalition-ask-topic = Which topic brings the coalition together?
coalition-ask-partners = Which partner organisations are in it? Choose at least one.
coalition-no-partners = You have no partners to group yet: a coalition is made of organisations whose introduction was accepted. Find some with /partners.
coalition-btn-create = Create the coalition
coalition-need-partner = Choose at least one partner organisation.
coalition-created = Coalition created.
coalition-show = <b>{ $name }</b> · { $topic }
    Organisations: { $organisations }
coalition-btn-write = ✉️ Write to the coalition
coalition-btn-delete = Delete the coalition
coalition-deleted = Coalition deleted. Messages not yet delivered were taken back.
coalition-ask-message = Write your message to <b>{ $name }</b> (at most { $limit } characters). Members see your organisation's name, not yours.
coalition-preview = <b>Preview</b>: this goes to { $count ->
        [one] one member
       *[other] { $count } members
    } of the coalition's organisations.
coalition-btn-send = Send to { $count ->
        [one] one member
       *[other] { $count } members
    }
coalition-message = <b>Coalition { $coalition }</b> · from { $organisation }
coalition-message-body = { $text }
coalition-sent = Sent: your message is on its way to { $count ->
        [one] one member
       *[other] { $count } members
    }.
coalition-closed = Coalitions closed. /coalitions opens them again.

## A coalition as every organisation in it sees it: its messages, and leaving it
coalition-btn-messages = 💬 Messages ({ $count })
coalition-message-page = <i>Message { $number } of { $total } · { $time }</i>
coalition-btn-leave = Leave the coalition
coalition-leave-confirm = Take <b>{ $organisation }</b> out of the coalition <b>{ $name }</b>? Your organisation will no longer see it or receive its messages; only its creator can add it again.
coalition-btn-leave-yes = Yes, leave
coalition-left = Your organisation left the coalition.

report-btn = ⚠️ Report this organisation
report-btn-numbered = ⚠️ Report no. { $number }
report-ask = Why are you reporting <b>{ $organisation }</b>? The hub's admins will look at it; the organisation is not told who reported it.
report-reason-impostor = It is not who it claims to be
report-reason-abuse = Spam, insults or harassment
report-reason-safety = It puts people at risk
report-reason-other = Something else
report-cancelled = Nothing was reported.
report-received = Thank you. Your report about <b>{ $organisation }</b> has reached the hub's admins.

report-event-btn = ⚠️ Report this event
report-event-ask = Why are you reporting the event <b>{ $event }</b>? The hub's admins will look at it and at the organisation that runs it; the organisers are not told who reported it.
report-event-received = Thank you. Your report about the event <b>{ $event }</b> has reached the hub's admins.
