## Partner matching (/partners) and introductions. Texts are HTML: keep <b> and <i> tags.
## Never put a person's name in a request: only organisations are shown until an introduction is accepted.

cmd-partners = Find partner organisations

partners-header = <b>Suggested partners for { $organisation }</b>
partners-none = No partner suggestions match right now. Try other filters, or look again later: the network grows.
partners-none-more = No more suggestions. Go back to the first page or change the filters.
partners-card = <b>{ $name }</b> · { $country } · { $sector }
    Topics: { $topics }
    Work: { $activities }
    <i>{ $description }</i>
partners-card-short = <b>{ $number }. { $name }</b> · { $country } · { $sector }
partners-description = <i>{ $description }</i>
partners-why = Why: { $reason }
partners-reason-topics = both work on { $topics }
partners-reason-complement = they do { $theirs }, you do { $yours }
partners-reason-cross-border = cross-border: { $yours } – { $theirs }
partners-reason-sector = different sectors: { $theirs } and { $yours }
partners-reason-filter = they match your filters
partners-btn-ask = 🤝 Introduce us to no. { $number }
partners-btn-more = Show more ▶
partners-btn-first = ◀ First page
partners-btn-mine = My requests
partners-any = any
partners-filter-topic = Topic: { $value }
partners-filter-country = Country: { $value }
partners-filter-scope = Where: { $value }
partners-filter-sector = Sector: { $value }
partners-scope-any = anywhere
partners-scope-same = my country
partners-scope-cross = across a border
partners-choose-topic = Show organisations that work on which topic?
partners-choose-country = Show organisations from which country?
partners-choose-scope = In your country, or across a border?
partners-choose-sector = Show organisations of which sector?
partners-closed = Partner suggestions closed. /partners opens them again.

partners-ask-note = Add a short note for them (at most { $limit } characters): who you are looking for and why. They see your organisation's profile and this note, not your name. Or skip it.
partners-note-too-long = That note is { $length } characters long; the limit is { $limit }. Please shorten it.
partners-request-sent = Request sent. They see your organisation's profile and your note, not your name. If they accept, you both get each other's contact. /partners → My requests shows where it stands.
partners-browse-not-vetted = Partner suggestions open once the hub has vetted your organisation: the network is shown only to organisations it knows.
partners-join-pending = Partner suggestions and introductions are for the members who act for their organisation, and your request to join yours has not been approved yet.
partners-not-vetted = Introductions open once the hub has vetted your organisation. Until then you can look at suggestions.
partners-too-many-open = You already have { $open } requests waiting for an answer. Ask again once one of them is answered or closed.
partners-too-many-week = You have asked for { $week } introductions this week, the most the hub sends in a week. Please ask again in a few days.
partners-unavailable = This organisation cannot be asked for an introduction now. Choose another suggestion.

partners-requests = <b>Your introduction requests</b>
partners-requests-none = You have not asked for an introduction yet.
partners-request-line = { $organisation } ({ $date }): { $status }
partners-status-accepted = accepted
partners-status-waiting = no answer yet
partners-status-closed = did not happen
partners-request-closed = Your request for an introduction to <b>{ $organisation }</b> did not happen. Requests close after 14 days; you may find other partners with /partners.

partners-request-received = <b>A request for an introduction</b>
    A member of this organisation would like to get in touch with yours. If you accept, you both get each other's contact. If you decline, they are not told.
partners-note = Their note: <i>{ $note }</i>
partners-btn-accept = ✅ Accept
partners-btn-decline = Decline
partners-btn-block = 🚫 Block this organisation
partners-already-answered = This request has already been answered by your organisation, or it has closed.
partners-declined = Declined. They will not be told; their request simply closes.
partners-blocked = Blocked. This organisation cannot ask you again, and neither of you will be suggested to the other.

partners-contact = <b>Introduction accepted</b>
    You and <b>{ $organisation }</b> can talk now. Write to { $person } ({ $handle }).
    Topics you share: { $topics }
partners-someone = a member
partners-no-handle = no username shared; tap the name to write
partners-btn-write = Write to { $name }
partners-contact-gone = This introduction was accepted, but the other person has since left the hub.

vouch-not-allowed-vouched = Your organisation was vetted through the vouches of others, so it cannot vouch for another one: only organisations the hub's admins vetted themselves can. This keeps a few organisations from vetting new ones in a chain.

## Two weeks after an accepted introduction, each side is asked whether it got in touch (once more after "not yet").
## The answer is the organisation's and is only counted; the other organisation never sees it.
followup-ask = <b>Did you get in touch?</b>
    Your organisation was introduced to <b>{ $organisation }</b> through the hub a while ago. Did you get in touch with them?
followup-ask-again = <b>Did you get in touch since?</b>
    When we last asked, your organisation had not been in touch with <b>{ $organisation }</b> yet. Have you been since?
followup-private = Your answer is for your organisation and is only counted in the hub's overall figures: the other organisation never sees it. You can stop these questions in /profile.
followup-btn-working = Yes, we work together
followup-btn-talked = Yes, we talked
followup-btn-not-yet = Not yet
followup-btn-no = No
followup-already-answered = Your organisation has already answered this question, so nothing changed. Thank you all the same!
followup-thanks = Thank you for telling us.
followup-thanks-working = Thank you! Good to hear you work together.
followup-thanks-later = Thank you. We will ask once more in a while.
followup-thanks-last = Thank you. We will not ask about this introduction again.

## After an accepted introduction, for someone with no @username: a button to their chat only if they allow it
## (the same setting as the username), else who writes first (issue 23)
partners-no-contact = no Telegram contact shared
partners-no-username = no username; the button below opens their chat
partners-they-write-first = { $name } has not shared a Telegram contact, but has yours: they will write to you first.
partners-you-write-first = You have not shared your Telegram contact, so { $name } cannot write to you: write to them first.
partners-neither-shares = Neither of you has shared a Telegram contact, so the hub cannot put you in touch directly. To be reachable in your next introductions, turn on “{ $setting }” in /profile.
partners-link-refused = The Telegram privacy settings of { $name } do not allow a button to their chat.
partners-they-will-write = They have your contact and will write to you first.
partners-share-to-be-reached = Turn on “{ $setting }” in /profile so that they can write to you.
