## Барање партнери (/partners) и запознавања. Текстовите се HTML: задржете ги ознаките <b> и <i>.
## Никогаш не ставајте име на личност во барање: додека не се прифати запознавањето, се прикажуваат само организации.

cmd-partners = Најдете партнерски организации

partners-header = <b>Предложени партнери за { $organisation }</b>
partners-none = Моментално нема предлози за партнери што одговараат. Обидете се со други филтри или проверете повторно подоцна: мрежата расте.
partners-none-more = Нема повеќе предлози. Вратете се на првата страница или променете ги филтрите.
partners-card = <b>{ $name }</b> · { $country } · { $sector }
    Теми: { $topics }
    Активности: { $activities }
    <i>{ $description }</i>
partners-card-short = <b>{ $number }. { $name }</b> · { $country } · { $sector }
partners-description = <i>{ $description }</i>
partners-why = Зошто: { $reason }
# review: "both work on X" rephrased as "заеднички теми: X" (same wording as in partners-contact)
partners-reason-topics = заеднички теми: { $topics }
# review: "they do X, you do Y" rephrased as "нивната активност: X, вашата: Y" to fit the activity labels
partners-reason-complement = нивната активност: { $theirs }, вашата: { $yours }
partners-reason-cross-border = прекугранично: { $yours } – { $theirs }
partners-reason-sector = различни сектори: { $theirs } и { $yours }
partners-reason-filter = одговара на вашите филтри
partners-btn-ask = 🤝 Побарај запознавање со бр. { $number }
partners-btn-more = Прикажи уште ▶
partners-btn-first = ◀ Прва страница
partners-btn-mine = Мои барања
# review: "any" as a filter value for topic, country and sector; "сите" (as subscribe-all) avoids gender agreement ("која било/кој било")
partners-any = сите
partners-filter-topic = Тема: { $value }
partners-filter-country = Држава: { $value }
partners-filter-scope = Каде: { $value }
partners-filter-sector = Сектор: { $value }
partners-scope-any = било каде
partners-scope-same = во мојата држава
partners-scope-cross = преку граница
partners-choose-topic = Која тема? Се прикажуваат само организации што се занимаваат со неа.
partners-choose-country = Организации од која држава сакате да видите?
partners-choose-scope = Во вашата држава или преку граница?
partners-choose-sector = Организации од кој сектор сакате да видите?
partners-closed = Предлозите за партнери се затворени. Со /partners повторно ги отворате.

# review: "note" rendered as "порака" throughout (also partners-note-too-long, partners-request-sent, partners-note); "белешка" is the more literal alternative
partners-ask-note = Додајте кратка порака за нив (најмногу { $limit } знаци): кого барате и зошто. Тие ги гледаат профилот на вашата организација и оваа порака, но не и вашето име. Или притиснете Прескокни.
partners-note-too-long = Вашата порака има { $length } знаци, а ограничувањето е { $limit }. Скратете ја.
partners-request-sent = Барањето е испратено. Тие ги гледаат профилот на вашата организација и вашата порака, но не и вашето име. Ако прифатат, двете страни ќе го добијат контактот на другата. /partners → Мои барања го покажува статусот на барањето.
# review: "the network" as "организациите од мрежата", because "мрежата" already stands for "the hub" in this sentence
partners-browse-not-vetted = Предлозите за партнери стануваат достапни откако мрежата ќе ја провери вашата организација: организациите од мрежата им се прикажуваат само на организации што мрежата ги познава.
# review: "members who act for their organisation" as "дејствуваат во име на својата организација"; "request to join" as "барање за членство", as in register-done-joined
partners-join-pending = Предлозите за партнери и запознавањата се наменети за членовите што дејствуваат во име на својата организација, а вашето барање за членство во вашата организација сѐ уште не е одобрено.
partners-not-vetted = Барањата за запознавање стануваат достапни откако мрежата ќе ја провери вашата организација. Дотогаш можете да ги разгледувате предлозите.
partners-too-many-open = Веќе имате { $open } барања што чекаат одговор. Побарајте повторно откако некое од нив ќе добие одговор или ќе биде затворено.
# review: "недела" for "week" (usual in Macedonian; "седмица" is the alternative)
partners-too-many-week = Оваа недела побаравте { $week } запознавања, што е најмногу што мрежата испраќа за една недела. Побарајте повторно за неколку дена.
partners-unavailable = На оваа организација моментално не може да ѝ се упати барање за запознавање. Изберете друг предлог.

partners-requests = <b>Вашите барања за запознавање</b>
partners-requests-none = Сѐ уште немате побарано запознавање.
partners-request-line = { $organisation } ({ $date }): { $status }
partners-status-accepted = прифатено
partners-status-waiting = сѐ уште нема одговор
partners-status-closed = не дојде до запознавање
partners-request-closed = Не дојде до запознавањето со <b>{ $organisation }</b> што го побаравте. Барањата се затвораат по 14 дена; други партнери можете да најдете со /partners.

partners-request-received = <b>Барање за запознавање</b>
    Член на оваа организација би сакал да стапи во контакт со вашата. Ако прифатите, двете страни ќе го добијат контактот на другата. Ако одбиете, тие нема да бидат известени.
partners-note = Нивната порака: <i>{ $note }</i>
partners-btn-accept = ✅ Прифати
partners-btn-decline = Одбиј
partners-btn-block = 🚫 Блокирај ја оваа организација
partners-already-answered = Вашата организација веќе одговори на ова барање или тоа е затворено.
partners-declined = Одбиено. Тие нема да бидат известени; нивното барање едноставно се затвора.
partners-blocked = Блокирано. Оваа организација не може повторно да ви упати барање, а мрежата повеќе нема да ги предлага вашите две организации една на друга.

partners-contact = <b>Запознавањето е прифатено</b>
    Вие и <b>{ $organisation }</b> сега можете да разговарате. Пишете на { $person } ({ $handle }).
    Заеднички теми: { $topics }
# review: stands in for a person's name ("Пишете на член на организацијата", button "Порака до член на организацијата")
partners-someone = член на организацијата
partners-no-handle = корисничкото име не е споделено; допрете го името за да напишете порака
partners-btn-write = Порака до { $name }
partners-contact-gone = Ова запознавање беше прифатено, но другата личност во меѓувреме ја напушти мрежата.

# review: Macedonian wording of "in a chain"
vouch-not-allowed-vouched = Вашата организација е проверена со гаранции од други, па не може да гарантира за друга организација: тоа можат само организациите што администраторите на мрежата ги провериле сами. Така неколку организации не можат во синџир да проверуваат сè нови.

## По прифатено запознавање, за некој без @username: копче до неговиот разговор само со негова дозвола
## (истата поставка како за корисничкото име), инаку кој пишува прв (issue 23)
partners-no-contact = не е споделен контакт на Telegram
partners-no-username = без корисничко име; копчето подолу го отвора разговорот
# review: gender form with a slash (прв/а); a neutral wording may read better
partners-they-write-first = { $name } не сподели контакт на Telegram, но го има вашиот: ќе ви пишува прв/а.
partners-you-write-first = Не го споделивте вашиот контакт на Telegram, па { $name } не може да ви пише: пишете прво вие.
partners-neither-shares = Никој од вас не сподели контакт на Telegram, па мрежата не може директно да ве поврзе. За да бидете достапни при следните запознавања, вклучете „{ $setting }“ во /profile.
partners-link-refused = Поставките за приватност на Telegram на { $name } не дозволуваат копче до нивниот разговор.
partners-they-will-write = Другата страна го има вашиот контакт и ќе ви пишува прва.
partners-share-to-be-reached = Вклучете „{ $setting }“ во /profile, за да може другата страна да ви пише.
