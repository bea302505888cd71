## Коалиции (/coalitions) и пријави на организации. Текстовите се HTML: задржете ги ознаките <b> и <i>.
## Пораката до коалицијата ги наведува коалицијата и организацијата на испраќачот, никогаш самиот испраќач.

cmd-coalitions = Вашите коалиции со партнери

coalition-list = <b>Вашите коалиции</b>
    Обединете ги околу една тема организациите со кои сте се запознале и пишете им на сите одеднаш.
coalition-list-none = <b>Вашите коалиции</b>
    Сѐ уште немате ниедна. Коалицијата ги обединува околу една тема организациите со кои сте се запознале (преку /partners), за да можете да им пишете на сите одеднаш.
coalition-btn-new = ➕ Нова коалиција
coalition-ask-name = Како се вика коалицијата? (најмногу { $limit } знаци; членовите на коалицијата го гледаат името)
coalition-ask-topic = Која тема ја обединува коалицијата?
coalition-ask-partners = Кои партнерски организации се во неа? Изберете барем една.
coalition-no-partners = Сѐ уште немате партнери што би можеле да ги обедините: коалицијата ја сочинуваат организации со кои запознавањето е прифатено. Некои можете да најдете со /partners.
coalition-btn-create = Создај ја коалицијата
coalition-need-partner = Изберете барем една партнерска организација.
coalition-created = Коалицијата е создадена.
coalition-show = <b>{ $name }</b> · { $topic }
    Организации: { $organisations }
# review: "Write to the coalition" rendered as "Порака до коалицијата", like partners-btn-write ("Порака до …")
coalition-btn-write = ✉️ Порака до коалицијата
coalition-btn-delete = Избриши ја коалицијата
coalition-deleted = Коалицијата е избришана. Пораките што сѐ уште не беа доставени се повлечени.
coalition-ask-message = Напишете ја вашата порака до <b>{ $name }</b> (најмногу { $limit } знаци). Членовите го гледаат името на вашата организација, но не и вашето.
coalition-preview = <b>Преглед</b>: ова ќе стигне до { $count ->
        [one] { $count } член
       *[other] { $count } членови
    } на организациите во коалицијата.
coalition-btn-send = Испрати до { $count ->
        [one] { $count } член
       *[other] { $count } членови
    }
coalition-message = <b>Коалиција { $coalition }</b> · од { $organisation }
coalition-message-body = { $text }
coalition-sent = Испратено: вашата порака е на пат до { $count ->
        [one] { $count } член
       *[other] { $count } членови
    }.
coalition-closed = Коалициите се затворени. Со /coalitions повторно ги отворате.

## Коалицијата како што ја гледа секоја организација во неа: нејзините пораки и излегувањето од неа
coalition-btn-messages = 💬 Пораки ({ $count })
coalition-message-page = <i>Порака { $number } од { $total } · { $time }</i>
coalition-btn-leave = Напушти ја коалицијата
coalition-leave-confirm = Да ја извадиме <b>{ $organisation }</b> од коалицијата <b>{ $name }</b>? Вашата организација повеќе нема да ја гледа ниту да ги прима нејзините пораки; само тој што ја основал може повторно да ја додаде.
coalition-btn-leave-yes = Да, напушти
coalition-left = Вашата организација ја напушти коалицијата.

report-btn = ⚠️ Пријави ја оваа организација
report-btn-numbered = ⚠️ Пријави бр. { $number }
report-ask = Зошто ја пријавувате <b>{ $organisation }</b>? Администраторите на мрежата ќе ја разгледаат пријавата; на организацијата не ѝ се кажува кој ја пријавил.
# review: "It is not who it claims to be" shortened to "Лажно се претставува" to fit a button
report-reason-impostor = Лажно се претставува
report-reason-abuse = Спам, навреди или вознемирување
report-reason-safety = Ги доведува луѓето во опасност
report-reason-other = Нешто друго
report-cancelled = Ништо не е пријавено.
# review: "report" rendered as "пријава", which in events.ftl also means an event registration; context makes it clear
report-received = Ви благодариме. Вашата пријава за <b>{ $organisation }</b> стигна до администраторите на мрежата.

report-event-btn = ⚠️ Пријави го овој настан
report-event-ask = Зошто го пријавувате настанот <b>{ $event }</b>? Администраторите на мрежата ќе го разгледаат настанот и организацијата што го води; на организаторите не им се кажува кој го пријавил.
report-event-received = Ви благодариме. Вашата пријава за настанот <b>{ $event }</b> стигна до администраторите на мрежата.
