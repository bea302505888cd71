## Називи на ознаките од таксономијата (DOMAIN.md). Нека бидат кратки: се појавуваат на копчиња.

country-al = Албанија
country-ba = Босна и Херцеговина
# "Kosovo" in every language (Cyrillic: Косово)
country-xk = Косово
country-me = Црна Гора
country-mk = Северна Македонија
country-rs = Србија
country-regional = Регионално (ЗБ6)
country-other = Друго

topic-corruption = Корупција
topic-extortion = Изнуда
topic-drug-trafficking = Трговија со дрога
topic-migrant-smuggling = Криумчарење мигранти
topic-human-trafficking = Трговија со луѓе
topic-environmental-crime = Еколошки криминал
topic-money-laundering = Перење пари
topic-cybercrime = Сајбер криминал
topic-arms-trafficking = Трговија со оружје
topic-illicit-finance = Нелегални финансиски текови
topic-youth = Млади
topic-gender = Родови прашања
topic-asset-reuse = Општествена употреба на одземен имот
topic-rule-of-law = Владеење на правото
topic-media-freedom = Слобода на медиумите

activity-victim-support = Поддршка на жртви
activity-prevention-campaigns = Превентивни кампањи
activity-youth-support = Поддршка на млади
activity-community-workshops = Работилници во заедницата
activity-capacity-building = Градење капацитети
activity-network-building = Градење мрежи
activity-advocacy = Застапување
activity-policy-research = Истражување на политики
activity-dialogue-facilitation = Водење дијалог
activity-investigative-journalism = Истражувачко новинарство
activity-monitoring = Мониторинг
activity-legal-aid = Правна помош

sector-grassroots = Граѓанска иницијатива
sector-ngo = НВО
sector-think-tank = Тинк-тенк
sector-media = Медиуми
sector-academia = Академска заедница
sector-government = Влада
sector-private-sector = Приватен сектор
sector-international = Меѓународна организација

scope-national = Национален
scope-regional = Регионален
scope-cross-regional = Меѓурегионален

format-in-person = Во живо
format-online = Онлајн
format-hybrid = Хибридно
