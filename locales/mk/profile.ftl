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

## Блокирани организации во /profile: секое блокирање може да се укине (issue 23)
profile-btn-blocks = 🚫 Блокирани организации ({ $count })
profile-blocks = <b>Организации што ги блокирала вашата организација</b>
    { $organisations }

    Тие не можат да ѝ испраќаат барања за запознавање на вашата организација, а мрежата не ве предлага една на друга. Ако некоја ја одблокирате, таа не се известува.
profile-blocks-none = Вашата организација не блокирала ниту една организација.
profile-btn-unblock = Одблокирај: { $organisation }
profile-unblocked = Организацијата { $organisation } повеќе не е блокирана.
