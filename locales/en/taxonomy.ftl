## Labels of the taxonomy ids (DOMAIN.md). Keep them short: they appear on buttons.

country-al = Albania
country-ba = Bosnia and Herzegovina
# "Kosovo" in every language
country-xk = Kosovo
country-me = Montenegro
country-mk = North Macedonia
country-rs = Serbia
country-regional = Regional (WB6)
country-other = Other

topic-corruption = Corruption
topic-extortion = Extortion
topic-drug-trafficking = Drug trafficking
topic-migrant-smuggling = Migrant smuggling
topic-human-trafficking = Human trafficking
topic-environmental-crime = Environmental crime
topic-money-laundering = Money laundering
topic-cybercrime = Cybercrime
topic-arms-trafficking = Arms trafficking
topic-illicit-finance = Illicit finance
topic-youth = Youth
topic-gender = Gender
topic-asset-reuse = Social reuse of confiscated assets
topic-rule-of-law = Rule of law
topic-media-freedom = Media freedom

activity-victim-support = Victim support
activity-prevention-campaigns = Prevention campaigns
activity-youth-support = Youth support
activity-community-workshops = Community workshops
activity-capacity-building = Capacity building
activity-network-building = Network building
activity-advocacy = Advocacy
activity-policy-research = Policy research
activity-dialogue-facilitation = Dialogue facilitation
activity-investigative-journalism = Investigative journalism
activity-monitoring = Monitoring
activity-legal-aid = Legal aid

sector-grassroots = Grassroots group
sector-ngo = NGO
sector-think-tank = Think tank
sector-media = Media
sector-academia = Academia
sector-government = Government
sector-private-sector = Private sector
sector-international = International organisation

scope-national = National
scope-regional = Regional
scope-cross-regional = Cross-regional

format-in-person = In person
format-online = Online
format-hybrid = Hybrid
