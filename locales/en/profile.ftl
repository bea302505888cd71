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
