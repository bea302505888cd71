## Масовни пораки (/broadcast) и извештаи за нив (/campaigns). Текстовите се HTML: задржете ги ознаките <b>.

cmd-broadcast = Испратете порака до повеќе членови
cmd-campaigns = Извештаи за вашите масовни пораки

broadcast-ask-lang = На кој јазик сакате да ја напишете пораката? Можете да додадете и други јазици; секој член ја добива на својот јазик, на англиски или на јазикот што постои.
broadcast-ask-text = Испратете ја пораката, јазик: { $language } (најмногу { $limit } знаци).
broadcast-ask-button = Дали пораката да има копче? Изберете настан (членовите можат да одговорат директно од пораката), веб-линк или порака без копче.
broadcast-no-button = Без копче
broadcast-link-button = Веб-линк
broadcast-ask-link = Испратете ја веб-адресата за копчето (почнува со https://).
broadcast-audience = <b>Кој треба да ја добие?</b> Стеснете го кругот со филтрите: во рамките на еден филтер доволен е кој било избор, а мора да бидат исполнети сите филтри. Моментално пораката би стигнала до <b>{ $count }</b> { $count ->
    [one] член
   *[other] членови
}.
broadcast-filter-topics = Теми ({ $count })
broadcast-filter-countries = Држави ({ $count })
broadcast-filter-sectors = Сектори ({ $count })
broadcast-filter-languages = Јазици ({ $count })
broadcast-filter-vetting = Проверка ({ $count })
broadcast-filter-event-statuses = Одговори на настанот ({ $count })
broadcast-ask-topics = Членови на организации што се занимаваат со која било од овие теми:
broadcast-ask-countries = Членови на организации што делуваат во која било од овие држави:
broadcast-ask-sectors = Членови на организации од кој било од овие сектори:
broadcast-ask-languages = Членови што читаат на кој било од овие јазици:
broadcast-ask-vetting = Членови на организации со овој статус на проверка:
broadcast-ask-event-statuses = Членови што вака одговориле на настанот:


rsvp-group-going = Доаѓаат
rsvp-group-waitlist = На листата на чекање
rsvp-group-maybe = Можеби
broadcast-continue = Продолжи ({ $count })
broadcast-nobody = Ниеден член не одговара на овие филтри.
broadcast-confirm = <b>Подготвено.</b> Пораката ќе биде испратена до { $count ->
    [one] { $count } член
   *[other] { $count } членови
}{ $later ->
    [yes] {" "}во { $time }
   *[other] {" "}веднаш
}. Ако сакате, прво испратете преглед до себе.
broadcast-preview = Испрати ми преглед
broadcast-preview-sent = Прегледот е подолу.
broadcast-send-now = Испрати сега ({ $count })
broadcast-schedule = Закажи ({ $count })
broadcast-later = Испрати подоцна…
broadcast-now = Сепак испрати веднаш
broadcast-ask-time = Кога да се испрати? Испратете датум и време, на пример <b>2026-12-03 09:00</b>.
broadcast-cancelled = Масовната порака е отфрлена. Ништо не е испратено.
broadcast-queued = { $count ->
    [one] Пораката е на пат до { $count } член.
   *[other] Пораката е на пат до { $count } членови.
} Следете ја во /campaigns.
broadcast-scheduled = Закажано за { $time }. Ќе стигне до членовите што тогаш ќе одговараат на филтрите. Следете ја во /campaigns.
btn-campaign-report = Види го извештајот
btn-open-link = Отвори го линкот

campaign-header = <b>Порака од организаторите на Resilience Hub</b>
campaign-body = { $text }

campaigns-none = Сѐ уште немате испратено масовни пораки. Започнете со /broadcast.
campaigns-list = <b>Вашите масовни пораки</b>, од најновата:
campaign-list-item = #{ $number } · { $title } · { $time } · { $status ->
    [scheduled] закажана
    [sending] се испраќа
    [done] испратена
    [cancelled] запрена
   *[other] { $status }
}
campaign-report = <b>Масовна порака #{ $number }</b> · { $status ->
    [scheduled] закажана
    [sending] се испраќа
    [done] испратена
    [cancelled] запрена
   *[other] { $status }
}
    Испраќање: { $time } · примачи: { $recipients }
    Чекаат: { $pending } · испратени: { $sent } · го блокирале ботот: { $blocked } · неуспешни: { $failed } · запрени: { $cancelled }
    (состојба во { $checked })
campaign-stopped = { $count ->
    [one] Запрено; { $count } порака нема да биде испратена.
   *[other] Запрено; { $count } пораки нема да бидат испратени.
}
btn-refresh = Освежи
btn-stop-campaign = Запри го испраќањето
audience-vetting-vetted = Проверени
audience-vetting-pending = Сѐ уште непроверени
