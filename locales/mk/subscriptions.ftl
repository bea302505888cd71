## Претплати (/subscribe, /unsubscribe), анализи (/brief) и неделниот преглед. Текстовите се HTML: задржете ги ознаките <b>.

cmd-subscribe = Изберете кои известувања ги добивате
cmd-unsubscribe = Исклучете ги сите известувања

register-offer-subscribe = Дали сакате да добивате известувања од мрежата: покани за настани, анализи и извештаи, вести од мрежата? Ништо не се испраќа додека сами не изберете.
btn-subscribe = Избери известувања

subscribe-intro = <b>Вашите известувања</b>
    Изберете што ви испраќа мрежата. Темите и државите одредуваат кои покани за настани и анализи ќе ви стигнуваат; ако не изберете ниедна, ќе ги добивате сите.
subscribe-summary = Известувања: <b>{ $kinds }</b>
    Теми: { $topics }
    Држави: { $countries }
    Кога: { $rhythm }
subscribe-all = сите
subscribe-kind-invitations = Покани за настани
subscribe-kind-briefs = Анализи и извештаи
subscribe-kind-news = Вести од мрежата
subscribe-choose-topics = Теми ({ $count })
subscribe-choose-countries = Држави ({ $count })
subscribe-choose-rhythm = Веднаш или еднаш неделно?
subscribe-save = Зачувај
subscribe-ask-topics = Кои теми? Ќе ви стигнуваат покани и анализи за која било од овие теми. Ако не изберете ниедна, ќе ги добивате за сите теми.
subscribe-ask-countries = Кои држави? Ќе ви стигнуваат покани и анализи за која било од овие држави. Ако не изберете ниедна, ќе ги добивате за сите држави.
subscribe-ask-rhythm = Добивајте го секое известување веднаш или еден неделен преглед во ден и час што ќе ги изберете (временска зона: { $zone }).
subscribe-rhythm-now = Моментално: { $rhythm }
subscribe-rhythm-instant = Веднаш, поединечно
subscribe-weekly = Неделен преглед
subscribe-rhythm-weekly = Неделен преглед: { $day } во { $time } ({ $zone })
subscribe-need-kind = Изберете барем еден вид известувања или испратете /unsubscribe за да ги исклучите сите.
subscribe-saved = ✅ Зачувано. Ова можете да го промените во секое време со /subscribe или да исклучите сѐ со /unsubscribe.
subscribe-cancelled = Ништо не е променето.
unsubscribe-done = Повеќе нема да добивате известувања од мрежата. И понатаму ќе ви стигнуваат одговори на вашите дејства и потсетници за настаните на кои сте потврдиле дека доаѓате. Со /subscribe повторно ги вклучувате известувањата.
unsubscribe-nothing = Не сте претплатени на никакви известувања. Со /subscribe можете да изберете.

digest-header = 🗞 <b>Вашиот неделен преглед</b>: { $count ->
    [one] { $count } известување
   *[other] { $count } известувања
}
digest-item-brief = 📄 <b>{ $title }</b>
    { $summary }
digest-item-news = 📣 { $text }
digest-item-invitation = 📅 <b>{ $title }</b>, { $time }
    { $text }
digest-more = …и уште { $count ->
    [one] { $count } известување што не е прикажано овде
   *[other] { $count } известувања што не се прикажани овде
}.

brief-header = 📄 <b>Нова анализа или извештај</b>
brief-body = <b>{ $title }</b>

    { $summary }
campaign-report-digest = Задржани за неделните прегледи: { $count }
