## /profile

profile-show =
    <b>Вашиот профил</b>

    <b>Организација:</b> { $organisation } — { $membership }, { $vetting }
    { $details }

    Притиснете поле за да го промените.
profile-closed = Профилот е затворен. Испратете /profile за повторно да го отворите.
profile-saved = Зачувано.
vetting-pending = чека проверка
vetting-vetted = проверена
vetting-rejected = не е прифатена
membership-founder = вие ја регистриравте
membership-requested = побаравте членство
membership-member = член
membership-none = без организација

field-share-handle-ask = Кога партнерска организација ќе прифати запознавање што сте го побарале (или вие ќе го прифатите нивното барање), дали мрежата смее да им го даде и вашето корисничко име на Telegram (@username)? Во секој случај добиваат линк преку кој можат да ви пишат и вашето име како што сте го внеле овде.
# review: label of a yes/no setting, in noun form like label-discoverable ("Предлагање на партнери"); "@username" kept untranslated
label-share-handle = Споделување на @username при запознавање

## Барања за членство во организацијата на членот што чекаат одговор
profile-joiners-waiting = { $count ->
        [one] Некој побара членство во вашата организација.
       *[other] { $count } лица побараа членство во вашата организација.
    }
profile-btn-joiners = Барања за членство ({ $count })

## Основач чија организација не е прифатена бара нова проверка
profile-rejected = Администраторите на мрежата не ја прифатија вашата организација. Поправете го она на што укажаа, па побарајте нова проверка.
profile-btn-reapply = Побарај нова проверка
profile-reapplied = Вашата организација повторно чека проверка од администраторите.

field-follow-ups-ask = Откако ќе се прифати запознавање, дали мрежата смее подоцна да ве праша дали вашите организации стапиле во контакт? Вашиот одговор само се брои и никогаш не ѝ се покажува на другата организација.
# review: label of a yes/no setting, in noun form like label-share-handle ("questions about the outcome of introductions")
label-follow-ups = Прашања за исходот од запознавањата
