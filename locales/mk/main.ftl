## Општи пораки, копчиња и грешки. Текстовите се HTML: задржете ги ознаките <b> и не додавајте други.

error-unexpected = Нешто тргна наопаку кај нас. Ништо не е променето; обидете се повторно.
error-not-understood = Не разбрав. Испратете /help за да видите што можам.
error-button-expired = Ова копче повеќе не важи.
error-unknown-command = Не ја познавам командата /{ $command }. Испратете /help за да ги видите командите.
error-use-buttons = Ве молиме, одговорете со копчињата подолу.
error-text-empty = Ова не може да биде празно. Испратете текст.
error-text-too-long = Ова е предолго: { $length } знаци, а дозволени се најмногу { $limit }. Испратете пократок текст.
error-pick-at-least-one = Изберете барем едно.
error-org-name-taken = Организација со ова име е веќе регистрирана. Пребарајте ја и приклучете ѝ се.
error-not-registered = Сѐ уште не сте регистрирани. Испратете /register за да се приклучите на мрежата.

group-use-private-chat = Работам само во приватни разговори, за никој во оваа група да не види што ми кажувате. Допрете го копчето за да ми пишете приватно.
btn-open-private = Отвори приватен разговор

start-welcome =
    <b>Добредојдовте во Resilience Hub</b>, заедницата на организации на граѓанското општество од Западен Балкан што се борат против организираниот криминал и корупцијата.

    Регистрирајте ја вашата организација, најдете партнери преку границите и информирајте се за дијалозите за отпорност и анализите на јавни политики.
start-welcome-back = Добредојдовте повторно во Resilience Hub. Испратете /profile за вашиот профил или /help за сѐ друго.
privacy-notice =
    <b>Вашата приватност</b>: чуваме само она што ни го давате за мрежата да работи: вашиот јазик, незадолжително име за прикажување и профилот на вашата организација. Никогаш не го бараме вашиот телефонски број и никогаш не ги покажуваме вашето име или корисничко име на Telegram на други членови без ваша согласност. /mydata покажува сѐ што чуваме; /forget го брише.
btn-register = Регистрација

language-choose = Изберете јазик:
language-saved = Јазик: { $language }
language-next-register = Следен чекор: /register за да се приклучите на мрежата.

help-line = /{ $command } — { $description }
help-text =
    <b>Што можам да направам</b>
    { $commands }
cmd-start = Поздрав и избор на јазик
cmd-register = Регистрирајте се вие и вашата организација
cmd-profile = Прегледајте и уредете го профилот
cmd-language = Променете го јазикот
cmd-mydata = Добијте сѐ што чуваме за вас
cmd-forget = Избришете сѐ што чуваме за вас
cmd-cancel = Прекинете го тоа што го правите
cmd-help = Список на команди

cancel-nothing = Нема ништо за откажување.
cancel-done = Откажано. Ништо од недовршениот чекор не е зачувано.

btn-back = « Назад
btn-cancel = Откажи
btn-done = Готово
btn-yes = Да
btn-no = Не
btn-skip = Прескокни
btn-continue = Продолжи
btn-start-over = Почни одново
btn-agree = Се согласувам
btn-confirm = Потврди
btn-join-org = Приклучи се: { $name }
btn-create-org = Создај нова: { $name }
btn-language = Јазик
btn-close = Затвори
btn-forget-yes = Да, избриши сѐ
btn-forget-no = Не, задржи

value-none = —
value-quoted = „{ $value }“
summary-line = <b>{ $label }:</b> { $value }
field-current-value = Моментално: { $value }

# review: new message (flood limit), please check the wording
error-slow-down = Испраќате пораки побрзо отколку што можам да одговорам, па некои од нив се прескокнати. Почекајте неколку секунди, па обидете се повторно.
# review: new message (flood limit), please check the wording
error-slow-down-short = Пребрзо: почекајте неколку секунди и обидете се повторно.

## Јазици именувани во реченица, на пр. „(напишано на англиски)“; изборите го именуваат секој на самиот јазик
language-name-en = англиски
language-name-de = германски
language-name-sq = албански
language-name-sr-Latn = БЦМС
language-name-mk = македонски
