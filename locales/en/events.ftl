## Events: /events, /newevent, /myevents, and the notices about them. Texts are HTML: keep <b> tags.

cmd-events = Upcoming resilience dialogues
cmd-myevents = Your seats at events, and the events you organise
cmd-newevent = Announce a new event

event-organisers-only = Only organisers can announce and manage events. An admin of the hub can give you the organiser role.
event-not-found = This event no longer exists.
# shown for a wrong code, an old link and an event the reader may not see alike, so links reveal nothing
event-link-closed = This event is no longer open, or the link is not valid. Send /events to see the events you can join.
events-members-only = The events are for registered members of the hub. Send /register to join, then you can see and answer them.
event-register-first = Please register first: send /register. Then you can answer invitations.
event-rsvp-closed = This event is closed for answers.
event-rsvp-saved = { $status ->
    [going] You are going.
    [waitlist] The event is full: you are on the waitlist.
    [pending] Your registration awaits the organiser's approval.
    [maybe] Saved: maybe.
   *[other] Saved: not going.
}
event-your-status = <b>Your answer:</b> { $status ->
    [going] going
    [waitlist] on the waitlist, position { $position }
    [pending] waiting for the organiser's approval
    [declined] the organiser could not accept your registration
    [maybe] maybe
   *[other] not going
}
event-ics-caption = Add «{ $title }» to your calendar.

event-card-title = <b>{ $title }</b>
event-card-language = (written in { $language })
event-card-description = { $description }
event-card-when = <b>When:</b> { $start } – { $end }
event-card-facts = { $format } · { $scope } · { $country }
event-card-topics = <b>Topics:</b> { $topics }
event-card-seats = <b>Seats left:</b> { $left } of { $capacity }
event-card-seats-unlimited = <b>Seats:</b> no limit
event-card-chatham = <b>Chatham House rule:</b> you may use what is said, but not who said it. Messages about this event cannot be forwarded.
event-card-approval = Registrations are approved by the organiser.
event-card-place-hidden = The venue and link are shared with confirmed attendees.
event-card-place-later = The venue and link are shared with confirmed attendees from { $time }.
event-card-venue = <b>Venue:</b> { $venue }
event-card-link = <b>Link:</b> { $link }
event-card-cancelled = <b>This event has been cancelled.</b>

events-none = There are no upcoming events right now.
events-list-header = <b>Upcoming events</b> (page { $page } of { $pages })
events-list-item = { $number }. <b>{ $title }</b>
    { $time } · { $format } · { $scope } · { $seats ->
        [-1] no seat limit
        [0] full, waitlist open
        [one] one seat left
       *[other] { $seats } seats left
    }
events-list-chatham = Chatham House rule.
events-filtered-by = Filtered by: { $filters }
events-pick-country = Show events in which country?
events-pick-topic = Show events on which topic?

btn-rsvp-going = Going
btn-rsvp-maybe = Maybe
btn-rsvp-not-going = Not going
btn-add-to-calendar = Add to calendar
btn-all-events = All events
btn-open-event = Open the event
btn-previous = ‹ Previous
btn-next = Next ›
btn-filter-country = Country
btn-filter-topic = Topic
btn-filter-clear = Clear filters
btn-my-events = My events
btn-new-event = New event
btn-manage-event = Manage the event
btn-publish = Publish
btn-save = Save changes
btn-edit-event = Edit
btn-pending = Requests ({ $count })
btn-message-attendees = Message attendees
btn-cancel-event = Cancel the event
btn-cancel-event-yes = Yes, cancel it
btn-export-attendees = Attendee list (CSV)
btn-approve = Approve
btn-decline = Decline
btn-send = Send

newevent-in-progress = You have an event draft in progress. Continue it or start over?
newevent-cancelled = The draft was discarded. Nothing was published.
newevent-ask-lang = In which language do you want to write the title and description? You can add more languages afterwards; members read their own language, or English, or what exists.
newevent-written-in = Written so far: { $languages }. Pick another language, or press Done.
newevent-ask-title = The title in { $language } (at most 120 characters):
newevent-ask-desc = The description in { $language } (at most 1,000 characters), or Skip:
newevent-ask-scope = Is it a national, regional or cross-regional dialogue?
newevent-ask-format = How will people take part?
newevent-ask-country = Where does it take place? (Choose “regional” for the whole region.)
newevent-ask-topics = Which topics will it address? Pick at least one, then press Done.
newevent-ask-start = When does it start? Send the date and time in your time zone, for example <b>2026-12-03 14:00</b> or <b>3.12.2026 14:00</b>.
newevent-ask-end = When does it end? Send the date and time, or only the time if it ends the same day (for example <b>17:30</b>).
newevent-ask-venue = The venue (address), shown only to confirmed attendees (at most 300 characters):
newevent-ask-link = The link for joining online (starting with https://), or Skip if you will send it later:
newevent-ask-capacity = How many seats are there? Send a number, or Skip for no limit.
newevent-ask-approval = Must you approve each registration?
newevent-ask-chatham = Does the Chatham House rule apply?
newevent-ask-reveal = When should confirmed attendees see the venue and link? Choose, or send a number of hours before the start.
newevent-reveal-option = { $hours ->
    [0] At once
   *[other] { $hours } h before
}
newevent-bad-date = I could not read that date. Please write it like <b>2026-12-03 14:00</b> or <b>3.12.2026 14:00</b>.
newevent-date-past = This time has already passed. Please send a time in the future.
newevent-end-before-start = The end must be after the start. Please send a later time.
newevent-bad-link = Please send a full web address starting with https://
newevent-bad-number = Please send a whole number from 1 to { $limit }.
newevent-preview = <b>Preview.</b> This is how members will see the event (the venue is shown here only to you). Publish it, or change a detail.
newevent-edit-lang = Title and text
newevent-edit-scope = Scope
newevent-edit-format = Format
newevent-edit-country = Country
newevent-edit-topics = Topics
newevent-edit-start = Start
newevent-edit-end = End
newevent-edit-venue = Venue
newevent-edit-link = Link
newevent-edit-capacity = Seats
newevent-edit-approval = Approval
newevent-edit-chatham = Chatham House
newevent-edit-reveal = Venue shown
newevent-published = The event is published. Share this link to invite people: { $link }
newevent-saved = Changes saved. Attendees were told if the time or place changed.

myevents-none = You have no upcoming events. Announce one with /newevent.
myevents-list = <b>Your events</b> that have not ended yet:
myevents-manage = <b>{ $title }</b>
    { $time }{ $status ->
        [cancelled] {" "}— cancelled
       *[other] {""}
    }
    Going: { $going }{ $capacity ->
        [0] {""}
       *[other] {" "}of { $capacity }
    } · Maybe: { $maybe } · Waitlist: { $waitlist } · Awaiting approval: { $pending }
myevents-closed = This event can no longer be changed.
myevents-no-pending = No registrations are waiting for approval.
myevents-pending-request = <b>Registration request</b> ({ $count } waiting)
    Name: { $name }
    Organisation: { $organisation }
myevents-approved = Approved. They have been told.
myevents-declined = Declined. They have been told.
myevents-export-caption = Attendee list: { $count ->
        [one] one person
       *[other] { $count } people
    }. It contains personal data: keep it safe and delete it when you no longer need it.
myevents-cancel-confirm = Cancel «{ $title }»? Everyone who answered will be told. This cannot be undone.
myevents-cancelled = { $count ->
    [one] Cancelled; one person was told.
   *[other] Cancelled; { $count } people were told.
}
myevents-message-ask = Send the message for everyone who is going (at most 3,000 characters). They will not see who else received it.
myevents-message-preview = This message will go to { $count ->
    [one] one attendee
   *[other] { $count } attendees
}:

    { $message }
myevents-message-sent = { $count ->
    [one] The message is on its way to one attendee.
   *[other] The message is on its way to { $count } attendees.
}

notice-event-promoted = Good news: a seat became free and you are now going to <b>{ $title }</b> ({ $time }).
notice-event-approved = { $position ->
    [0] The organiser approved your registration: you are going to <b>{ $title }</b> ({ $time }).
   *[other] The organiser approved your registration for <b>{ $title }</b> ({ $time }). The event is full, so you are on the waitlist, position { $position }.
}
notice-event-declined = The organiser could not accept your registration for <b>{ $title }</b> ({ $time }).
notice-event-cancelled = <b>{ $title }</b> ({ $time }) has been cancelled by the organiser.
notice-event-changed = The organiser changed <b>{ $title }</b>. It now starts { $time }.
notice-event-reminder = Reminder: <b>{ $title }</b> starts { $hours ->
    [one] in one hour
   *[other] in { $hours } hours
} ({ $time }).
notice-event-message = <b>Message from the organiser of { $title }:</b>

    { $message }

## /myevents for every member: the seats they hold or asked for
myevents-answered = <b>Your seats</b> at events that have not ended:
myevents-answered-none = You hold no seat at an upcoming event. Find one with /events.
myevents-answered-item = <b>{ $title }</b> · { $time }
btn-rsvp-waitlist = Join the waitlist

## The event preview: when confirmed attendees will see the venue and link
newevent-preview-reveal-now = <i>Confirmed attendees see the venue and link at once.</i>
newevent-preview-reveal-later = <i>Confirmed attendees see the venue and link from { $time } ({ $hours } h before the start).</i>

## /myevents in pages (issue 23)
myevents-page = <i>Page { $page } of { $pages }</i>
