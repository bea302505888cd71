## Bezeichnungen der Taxonomie-IDs (DOMAIN.md). Kurz halten: Sie stehen auf Schaltflächen.

country-al = Albanien
country-ba = Bosnien und Herzegowina
# "Kosovo" in every language
country-xk = Kosovo
country-me = Montenegro
country-mk = Nordmazedonien
country-rs = Serbien
country-regional = Regional (WB6)
country-other = Sonstige

topic-corruption = Korruption
topic-extortion = Erpressung
topic-drug-trafficking = Drogenhandel
topic-migrant-smuggling = Schleusung von Migranten
topic-human-trafficking = Menschenhandel
topic-environmental-crime = Umweltkriminalität
topic-money-laundering = Geldwäsche
topic-cybercrime = Cyberkriminalität
topic-arms-trafficking = Waffenhandel
topic-illicit-finance = Illegale Finanzströme
topic-youth = Jugend
topic-gender = Gender
topic-asset-reuse = Soziale Nutzung eingezogenen Vermögens
topic-rule-of-law = Rechtsstaatlichkeit
topic-media-freedom = Medienfreiheit

activity-victim-support = Opferhilfe
activity-prevention-campaigns = Präventionskampagnen
activity-youth-support = Jugendförderung
activity-community-workshops = Workshops vor Ort
activity-capacity-building = Kapazitätsaufbau
activity-network-building = Netzwerkaufbau
activity-advocacy = Interessenvertretung
activity-policy-research = Policy-Forschung
activity-dialogue-facilitation = Dialogmoderation
activity-investigative-journalism = Investigativjournalismus
activity-monitoring = Monitoring
activity-legal-aid = Rechtsberatung

sector-grassroots = Basisgruppe
sector-ngo = NGO
sector-think-tank = Thinktank
sector-media = Medien
sector-academia = Wissenschaft
sector-government = Regierung
sector-private-sector = Privatwirtschaft
sector-international = Internationale Organisation

scope-national = National
scope-regional = Regional
scope-cross-regional = Überregional

format-in-person = In Präsenz
format-online = Online
format-hybrid = Hybrid
