"""Members: the ways in (/start, /help), registration, joining an organisation, the profile, /mydata and /forget."""
