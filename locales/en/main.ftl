## General messages, buttons and errors. Texts are HTML: keep <b> tags, and never add other markup.

error-unexpected = Something went wrong on our side. Nothing was changed; please try again.
error-not-understood = I did not understand that. Send /help to see what I can do.
error-button-expired = This button has expired.
error-unknown-command = I don't know the command /{ $command }. Send /help to see the commands.
error-use-buttons = Please answer with the buttons below.
error-text-empty = This cannot be empty. Please send some text.
error-text-too-long = This is too long: { $length } characters, at most { $limit } are allowed. Please send a shorter text.
error-pick-at-least-one = Pick at least one.
error-org-name-taken = An organisation with this name is already registered. Search for it and join it instead.
error-not-registered = You are not registered yet. Send /register to join the hub.

group-use-private-chat = I work in private chats only, so nobody in this group sees what you tell me. Tap the button to talk to me privately.
btn-open-private = Open a private chat

start-welcome =
    <b>Welcome to Resilience Hub</b>, the community of civil-society organisations in the Western Balkans that work against organised crime and corruption.

    Register your organisation, find partners across borders, and hear about resilience dialogues and briefs.
start-welcome-back = Welcome back to Resilience Hub. Send /profile to see your profile or /help for everything else.
privacy-notice =
    <b>Your privacy</b>: we store only what you give us for the hub to work: your language, an optional display name, and your organisation's profile. We never ask for your phone number and never show your name or Telegram handle to other members without your consent. /mydata shows everything we store; /forget erases it.
btn-register = Register

language-choose = Choose your language:
language-saved = Language: { $language }
language-next-register = Next: /register to join the hub.

help-line = /{ $command } — { $description }
help-text =
    <b>What I can do</b>
    { $commands }
cmd-start = Welcome and language
cmd-register = Register yourself and your organisation
cmd-profile = See and edit your profile
cmd-language = Change the language
cmd-mydata = Get everything we store about you
cmd-forget = Erase everything we store about you
cmd-cancel = Stop what you are doing
cmd-help = The list of commands

cancel-nothing = There is nothing to cancel.
cancel-done = Cancelled. Nothing from the unfinished step was kept.

btn-back = « Back
btn-cancel = Cancel
btn-done = Done
btn-yes = Yes
btn-no = No
btn-skip = Skip
btn-continue = Continue
btn-start-over = Start over
btn-agree = I agree
btn-confirm = Confirm
btn-join-org = Join: { $name }
btn-create-org = Create new: { $name }
btn-language = Language
btn-close = Close
btn-forget-yes = Yes, erase everything
btn-forget-no = No, keep it

value-none = —
value-quoted = «{ $value }»
summary-line = <b>{ $label }:</b> { $value }
field-current-value = Now: { $value }

# Sent once when someone sends far more messages or button presses in a few seconds than a person can; the ones
# over the limit were not handled.
error-slow-down = You are sending messages faster than I can answer them, so I skipped some. Please wait a few seconds, then try again.
# A button pressed during that time: a toast, at most 200 characters.
error-slow-down-short = Too fast: please wait a few seconds and try again.

## Languages named inside a sentence, such as "(written in English)"; the pickers name each in itself
language-name-en = English
language-name-de = German
language-name-sq = Albanian
language-name-sr-Latn = BCMS
language-name-mk = Macedonian
