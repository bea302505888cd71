## Nazivi taksonomije. Neka budu kratki: pojavljuju se na dugmadi.

country-al = Albanija
country-ba = Bosna i Hercegovina
# "Kosovo" in every language
country-xk = Kosovo
country-me = Crna Gora
country-mk = Sjeverna Makedonija
country-rs = Srbija
country-regional = Regionalno (WB6)
country-other = Ostalo

topic-corruption = Korupcija
topic-extortion = Iznuda
topic-drug-trafficking = Trgovina drogom
topic-migrant-smuggling = Krijumčarenje migranata
topic-human-trafficking = Trgovina ljudima
topic-environmental-crime = Ekološki kriminal
topic-money-laundering = Pranje novca
# review: "Sajber kriminal" (BA/RS/ME); Croatian usage is "Kibernetički kriminal"
topic-cybercrime = Sajber kriminal
topic-arms-trafficking = Trgovina oružjem
# review: "illicit finance" as illicit financial flows; Croatian spelling "financijski"
topic-illicit-finance = Nezakoniti finansijski tokovi
topic-youth = Mladi
# review: "Gender" rendered as gender equality; literal "Rod" is ambiguous
topic-gender = Rodna ravnopravnost
topic-asset-reuse = Društvena upotreba oduzete imovine
topic-rule-of-law = Vladavina prava
topic-media-freedom = Sloboda medija

activity-victim-support = Podrška žrtvama
activity-prevention-campaigns = Preventivne kampanje
activity-youth-support = Podrška mladima
activity-community-workshops = Radionice u zajednici
activity-capacity-building = Jačanje kapaciteta
activity-network-building = Izgradnja mreža
activity-advocacy = Zagovaranje
activity-policy-research = Istraživanje politika
# review: "facilitation"; alternative "Facilitacija dijaloga"
activity-dialogue-facilitation = Vođenje dijaloga
activity-investigative-journalism = Istraživačko novinarstvo
activity-monitoring = Monitoring
activity-legal-aid = Pravna pomoć

# review: "grassroots group"; alternative "Neformalna grupa"
sector-grassroots = Građanska inicijativa
sector-ngo = NVO
# review: "Think tank" left in English, common in regional usage; alternative "Istraživački centar"
sector-think-tank = Think tank
sector-media = Mediji
sector-academia = Akademska zajednica
# review: "Government" as a sector rendered as state institutions rather than "Vlada" (cabinet)
sector-government = Državne institucije
sector-private-sector = Privatni sektor
sector-international = Međunarodna organizacija

scope-national = Nacionalni
scope-regional = Regionalni
scope-cross-regional = Međuregionalni

format-in-person = Uživo
format-online = Onlajn
format-hybrid = Hibridno
