## /mydata and /forget

mydata-nothing = We store nothing about you.
mydata-caption = Everything Resilience Hub stores about you.
forget-nothing = We store nothing about you, so there is nothing to erase.
forget-confirm = <b>Erase everything?</b> Your profile, your answers in progress, and your organisation if nobody else belongs to it will be deleted for good. This cannot be undone.
forget-kept = Nothing was erased.
forget-done = Everything we stored about you has been erased. If you come back, /start begins anew.
forget-confirm-sent = What you wrote to others goes too: your broadcasts and briefs, your messages to attendees and to coalitions, your notes to introductions. Whatever has not been delivered yet will not be.
