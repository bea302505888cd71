## Administration (/admin): vetting and roles, and what members are told of them. Texts are HTML: keep <b> tags.

cmd-admin = Administration (admins only)
admin-only = Only the hub's admins can use /admin.
admin-menu = <b>Administration</b>
    Vet the organisations waiting to join, and give members the organiser or admin role. Every decision is recorded in the audit log.
admin-btn-queue = Vetting queue ({ $count })
admin-btn-roles = Roles
admin-closed = Administration closed. /admin opens it again.
admin-queue = <b>Waiting for vetting</b>, oldest first. Open one to approve or reject it.
admin-queue-empty = No organisation is waiting for vetting.
admin-org-facts = Organisation no. { $id } · registered { $registered } · { $members ->
        [one] one member
       *[other] { $members } members
    }{ $joiners ->
        [0] {""}
       *[other] {" "}· { $joiners } waiting to join
    }
admin-btn-approve = ✅ Approve
admin-btn-reject = Reject…
admin-ask-reason = Why is it rejected? Write the reason (at most { $limit } characters); its members receive it as you write it.
admin-decided-vetted = <b>{ $organisation }</b> is vetted; its members are told.
admin-decided-rejected = <b>{ $organisation }</b> is rejected; its members are told why.
admin-already-decided = Another admin has already decided on this organisation.
admin-ask-member = Send the Telegram user id of the member whose role you want to change (the member can find it in /mydata).
admin-no-member = No registered member has that Telegram id. Send the number only, e.g. 123456789.
admin-member = <b>Member { $id }</b>: { $name }
    Organisation: { $organisation } ({ $vetting }) — { $membership }
    Role: { $role }
admin-role-member = Member
admin-role-organiser = Organiser
admin-role-admin = Admin
admin-role-set = Role set: { $role }.
admin-role-needs-vetted = Organisers and admins must belong to a vetted organisation.

vetting-notice-vetted = Good news: the hub has vetted <b>{ $organisation }</b>. Partner suggestions and introductions are open to you now: /partners
vetting-notice-rejected = The hub's admins did not accept <b>{ $organisation }</b> into the network. You can correct its profile in /profile and ask for a new review there.
vetting-notice-reason = Their reason: { $reason }
role-notice-organiser = You are now an organiser: you can announce events (/newevent), send broadcasts (/broadcast) and briefs (/brief).
role-notice-admin = You are now an admin of the hub: /admin vets organisations and gives roles.
role-notice-member = Your organiser or admin role has ended; you keep everything a member can do.

admin-btn-reports = Reports ({ $count })
admin-reports = <b>Reported organisations</b>, the most reported first. Reporters are told only that their report arrived.
admin-reports-none = No open reports.
admin-reported = <b>Open reports</b>:
    { $reasons }
admin-btn-dismiss = Dismiss
admin-btn-warn = Warn them
admin-btn-suspend = Suspend the organisation
admin-btn-unsuspend = Lift the suspension
admin-btn-suspend-member = Suspend this member
admin-btn-unsuspend-member = Lift this member's suspension
admin-member-suspended = This member is suspended.
admin-done-dismiss = Reports about <b>{ $organisation }</b> dismissed.
admin-done-warn = <b>{ $organisation }</b> is warned; its reports are closed.
admin-done-suspend = <b>{ $organisation }</b> is suspended: its members receive nothing and can only see or erase their data.
admin-done-unsuspend = <b>{ $organisation }</b> is no longer suspended.
admin-done-suspend-member = The member is suspended: they receive nothing and can only see or erase their data.
admin-done-unsuspend-member = The member is no longer suspended.
organisation-warning = The hub's admins received reports about <b>{ $organisation }</b> and ask you to keep to the network's rules: respect, honesty about who you are, and the safety of others. Another report may lead to a suspension.
error-suspended = Your access to the hub is suspended by its admins. You can still see your data (/mydata) or erase it (/forget).
error-suspended-short = Your access to the hub is suspended.

admin-btn-audit = Audit log
admin-audit = <b>Audit log</b>, newest first (page { $page } of { $pages }; times in { $zone }): when · what · on what · who
admin-audit-none = The audit log is empty.
admin-audit-cli = command line

cmd-stats = Network statistics (admins only)
stats-only = Only the hub's admins can see /stats.
stats-text = <b>Network statistics</b> (counts from 1 to 4 read "&lt; 5")
    <b>Members</b>: { $members } — by country: { $members_by_country }
    <b>Organisations</b>: { $vetted } verified, { $pending } waiting for review
    By country: { $by_country }
    By sector: { $by_sector }
    By topic: { $by_topic }
    <b>New members</b> per month: { $growth }
    <b>Events</b>: { $events } published, { $upcoming } upcoming; { $attendance } confirmed attendances
    <b>Deliveries</b>: { $sent } sent, { $failed } failed, { $blocked } blocked — { $rate } delivered
    <b>Introductions</b>: { $requested } requested, { $accepted } accepted

admin-reported-events = <b>Events named in the reports</b>:
    { $events }

## Membership as admins see it, and the admins no suspension may reach
admin-membership-founder = registered it
admin-membership-member = approved member
admin-membership-requested = asked to join, not approved
admin-membership-none = no organisation
admin-role-needs-approval = This person asked to join their organisation and nobody has approved them yet: no role until they are.
admin-cannot-suspend-bootstrap = The admins named in ADMIN_IDS run the hub and cannot be suspended.
admin-cannot-suspend-last = That would leave the hub without an admin who could lift it.

stats-note-hidden = Some counts of 5 or more read "≥ 5", and a breakdown or the delivery rate may read "–": shown exactly, they would let a count under 5 be worked out from a total.

## The audit log in the admin's language: what was done, on what, and the details' names
audit-action-organisation-vetted = organisation vetted
audit-action-organisation-rejected = organisation rejected
audit-action-organisation-dismiss = reports dismissed
audit-action-organisation-warn = organisation warned
audit-action-organisation-suspend = organisation suspended
audit-action-organisation-unsuspend = suspension lifted
audit-action-organisation-reapplied = new review asked
audit-action-organisation-vouched = vouched for
audit-action-role-changed = role changed
audit-action-member-suspended = member suspended
audit-action-member-unsuspended = member's suspension lifted
audit-action-member-approved = joiner approved
audit-action-member-declined = joiner declined
audit-action-brief-published = brief published
audit-action-broadcast-sent = broadcast sent
audit-action-broadcast-scheduled = broadcast scheduled
audit-action-broadcast-cancelled = broadcast stopped
audit-action-attendees-exported = attendee list exported
audit-action-attendees-messaged = attendees written to
audit-action-event-cancelled = event cancelled
audit-action-event-published = event published
audit-action-event-edited = event edited
audit-action-organisations-imported = organisations imported
audit-action-exported = table exported
audit-field-reason = reason
audit-field-reports = reports
audit-field-rows = rows
audit-field-told = told
audit-field-recipients = recipients
audit-field-audience = audience
audit-field-before = before
audit-field-after = after
audit-field-format = format
audit-field-organisation = organisation
audit-field-by-organisation = by organisation
audit-field-vetting = as
admin-audit-vouches = vouches of vetted organisations
audit-by-member = member { $id }
audit-subject-member = member { $id }
audit-subject-member-erased = a member who used /forget
audit-subject-organisation = organisation no. { $id }
audit-subject-event = event no. { $id }
audit-subject-campaign = campaign no. { $id }
audit-subject-table = table { $id }
audit-subject-file = file { $id }

## /stats: what came of accepted introductions (the counts read "< 5" from 1 to 4, as above)
stats-followups = <b>After introductions</b>: { $introductions } accepted → { $contacts } got in touch → { $collaborations } work together
