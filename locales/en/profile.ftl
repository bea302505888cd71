## /profile

profile-show =
    <b>Your profile</b>

    <b>Organisation:</b> { $organisation } — { $membership }, { $vetting }
    { $details }

    Press a field to change it.
profile-closed = Profile closed. Send /profile to open it again.
profile-saved = Saved.
vetting-pending = waiting for review
vetting-vetted = verified
vetting-rejected = not accepted
membership-founder = you registered it
membership-requested = you asked to join
membership-member = member
membership-none = no organisation

field-share-handle-ask = When a partner organisation accepts an introduction you asked for (or you accept theirs), may the hub give them your Telegram @username as well? Either way they get a link to write to you and your name as you set it here.
label-share-handle = Share my @username on introductions

## Requests to join the member's organisation, waiting for an answer
profile-joiners-waiting = { $count ->
        [one] Someone asked to join your organisation.
       *[other] { $count } people asked to join your organisation.
    }
profile-btn-joiners = Requests to join ({ $count })

## A founder whose organisation was not accepted asks for a new review
profile-rejected = The hub's admins did not accept your organisation. Correct what they asked about, then ask for a new review.
profile-btn-reapply = Ask for a new review
profile-reapplied = Your organisation is back in the admins' review queue.

field-follow-ups-ask = After an introduction is accepted, may the hub ask you later whether your organisations got in touch? Your answer is only counted, never shown to the other organisation.
label-follow-ups = Questions on how introductions went

## Blocked organisations in /profile: each block can be lifted (issue 23)
profile-btn-blocks = 🚫 Blocked organisations ({ $count })
profile-blocks = <b>Organisations yours has blocked</b>
    { $organisations }

    They cannot send your organisation introduction requests, and you are not suggested to each other. If you unblock one, it is not told.
profile-blocks-none = Your organisation has not blocked any organisation.
profile-btn-unblock = Unblock { $organisation }
profile-unblocked = { $organisation } is no longer blocked.
