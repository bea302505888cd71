## Emërtimet e identifikuesve të taksonomisë (DOMAIN.md). Mbajini të shkurtra: shfaqen në butona.

country-al = Shqipëria
country-ba = Bosnja dhe Hercegovina
# "Kosova", the Albanian name of Kosovo
country-xk = Kosova
country-me = Mali i Zi
country-mk = Maqedonia e Veriut
country-rs = Serbia
country-regional = Rajonale (WB6)
country-other = Tjetër

topic-corruption = Korrupsioni
topic-extortion = Zhvatja
topic-drug-trafficking = Trafikimi i drogës
topic-migrant-smuggling = Kontrabandimi i migrantëve
topic-human-trafficking = Trafikimi i qenieve njerëzore
topic-environmental-crime = Krimi mjedisor
topic-money-laundering = Pastrimi i parave
topic-cybercrime = Krimi kibernetik
topic-arms-trafficking = Trafikimi i armëve
topic-illicit-finance = Financat e paligjshme
topic-youth = Të rinjtë
topic-gender = Çështjet gjinore
topic-asset-reuse = Përdorimi social i pasurive të konfiskuara
topic-rule-of-law = Shteti i së drejtës
topic-media-freedom = Liria e medias

activity-victim-support = Mbështetje për viktimat
activity-prevention-campaigns = Fushata parandalimi
activity-youth-support = Mbështetje për të rinjtë
activity-community-workshops = Punëtori në komunitet
activity-capacity-building = Ngritje kapacitetesh
activity-network-building = Ndërtim rrjetesh
activity-advocacy = Avokim
activity-policy-research = Kërkime për politikat
activity-dialogue-facilitation = Lehtësim dialogu
activity-investigative-journalism = Gazetari investigative
activity-monitoring = Monitorim
activity-legal-aid = Ndihmë juridike

sector-grassroots = Grup komunitar
sector-ngo = OJQ
sector-think-tank = Think tank
sector-media = Media
sector-academia = Akademia
sector-government = Qeveria
sector-private-sector = Sektori privat
sector-international = Organizatë ndërkombëtare

scope-national = Kombëtar
scope-regional = Rajonal
scope-cross-regional = Ndërrajonal

format-in-person = Me prani fizike
format-online = Online
format-hybrid = Hibrid
