## The registration wizard and the profile fields it shares with /profile.

field-name-ask = What name should we show for you? It is optional and only shared with a partner after you both accept an introduction. Send it as a message, or press Skip.
field-org-name-ask = Send the new name of your organisation.
field-country-ask = Where does your organisation work?
field-sector-ask = What kind of organisation is it?
field-topics-ask = Which topics does your organisation work on? Tap to select, then press Done.
field-activities-ask = What does your organisation do? Tap to select any that apply, then press Done.
field-description-ask = Describe your organisation's work in a few sentences (at most 500 characters), or press Skip.
field-discoverable-ask = May the hub suggest your organisation to other members looking for partners? Only your organisation's profile is shown, never your name. You can change this later.

label-name = Name
label-org = Organisation
label-org-name = Organisation name
label-country = Country
label-sector = Sector
label-topics = Topics
label-activities = Activities
label-description = Description
label-discoverable = Suggested to partners

register-already-registered = You are already registered. Send /profile to see or change your details.
register-in-progress = You have a registration in progress. Continue where you left off, or start over?
register-progress = Step { $step } of { $total }
register-org-ask = Which organisation do you belong to? Send its name (or part of it) and I will search for it.
register-org-results = Organisations matching «{ $query }». Join one, or create a new one:
register-org-none = No organisation matches «{ $query }». Create it, or send another name to search again.
register-summary-join = { $organisation } (you ask to join)
register-summary-new = { $organisation } (new, to be reviewed)
register-summary =
    <b>Please check your details</b>

    <b>Organisation:</b> { $organisation }
    { $details }

    Press Confirm to register, or a field to change it.
register-consent =
    <b>Consent</b>
    To register, we store your Telegram account id, your language, the name you gave (if any) and your organisation's profile, to run the hub: to show you relevant dialogues and briefs and, if you allow it, to suggest your organisation to partners. You can see everything with /mydata and erase it with /forget at any time.

    Do you agree that we store this?
register-cancelled = Registration cancelled. Nothing was saved.
register-done-joined = You are registered. Your request to join <b>{ $organisation }</b> has gone to its members; we will tell you when one of them answers. Until then you can follow dialogues (/events) and subscribe to updates (/subscribe).
register-done-created = You are registered. <b>{ $organisation }</b> is waiting for review by the hub's team; we will tell you when it is approved. Send /profile to see your details.

## Vouching for an organisation waiting for vetting (a link its founder shares)
profile-vouch = While your organisation waits for vetting, organisations that know you can speed it up: send this link to members of { $needed } vetted organisations, and each can vouch for you: { $link }
vouch-ask = <b>Do you vouch for { $organisation }?</b>
    Vouch only if your organisation knows them and can confirm they are who they say they are. Vouches from vetted organisations let the hub vet them without waiting for an admin, and the admins can see who vouched.
vouch-btn-confirm = ✅ We vouch for them
vouch-cancelled = Nothing was recorded.
vouch-link-invalid = This vouching link is not valid. Ask the organisation for its link again.
vouch-not-allowed = Only members who act for a vetted organisation can vouch for another one.
vouch-not-needed = <b>{ $organisation }</b> does not need a vouch: it is not waiting for vetting.
vouch-already = Your organisation has already vouched for <b>{ $organisation }</b>.
vouch-counted = Thank you: your vouch for <b>{ $organisation }</b> is recorded ({ $count } of { $needed }).
vouch-vetted = Thank you: with your vouch, <b>{ $organisation }</b> is now vetted.

## Joining an existing organisation: the request, the answer of its members, and what the joiner is told
register-consent-join = Your name will be shown to the members of <b>{ $organisation }</b>, who decide whether you join. Until one of them approves you, you do not see the organisation's profile or act for it.
join-no-name = (no name given)
join-request = <b>{ $name }</b> asks to join <b>{ $organisation }</b> on the hub.{ $count ->
        [1] {""}
       *[other] {" "}({ $count } requests are waiting.)
    }
    Approve only someone you know works with you: a member sees the organisation's profile, its partner introductions and the invitations for vetted organisations.
join-done-approved = <b>{ $name }</b> is now a member of <b>{ $organisation }</b>. We told them.
join-done-declined = You declined the request of <b>{ $name }</b>. We told them, without saying who decided.
join-none-waiting = No requests to join are waiting.
join-already-decided = This request to join was already answered.
join-notice-approved = Your request to join <b>{ $organisation }</b> was approved. You now act for it on the hub: /profile, /partners
join-notice-declined = Your request to join <b>{ $organisation }</b> was not approved. You can /register again, to join another organisation or to register your own.
