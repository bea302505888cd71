## Настани: /events, /newevent, /myevents и известувањата за нив. Текстовите се HTML: задржете ги ознаките <b>.

cmd-events = Претстојни дијалози за отпорност
cmd-myevents = Вашите места на настани и настаните што ги организирате
cmd-newevent = Најавете нов настан

event-organisers-only = Само организатори можат да најавуваат настани и да управуваат со нив. Администратор на мрежата може да ви ја додели улогата организатор.
event-not-found = Овој настан повеќе не постои.
# shown for a wrong code, an old link and an event the reader may not see alike, so links reveal nothing
event-link-closed = Овој настан веќе не е отворен или линкот не е валиден. Испратете /events за да ги видите настаните на кои можете да се приклучите.
events-members-only = Настаните се за регистрирани членови на мрежата. Испратете /register за да се приклучите, потоа ќе можете да ги гледате и да одговарате на нив.
event-register-first = Прво регистрирајте се: испратете /register. Потоа ќе можете да одговарате на покани.
event-rsvp-closed = Одговорите за овој настан се затворени.
event-rsvp-saved = { $status ->
    [going] Зачувано: доаѓате.
    [waitlist] Настанот е полн: на листата на чекање сте.
    [pending] Вашата пријава чека одобрување од организаторот.
    [maybe] Зачувано: можеби.
   *[other] Зачувано: не доаѓате.
}
event-your-status = <b>Вашиот одговор:</b> { $status ->
    [going] доаѓам
    [waitlist] на листата на чекање, место { $position }
    [pending] се чека одобрување од организаторот
    [declined] организаторот не можеше да ја прифати вашата пријава
    [maybe] можеби
   *[other] не доаѓам
}
event-ics-caption = Додајте го „{ $title }“ во вашиот календар.

event-card-title = <b>{ $title }</b>
event-card-language = (јазик на текстот: { $language })
event-card-description = { $description }
event-card-when = <b>Кога:</b> { $start } – { $end }
event-card-facts = { $format } · { $scope } · { $country }
event-card-topics = <b>Теми:</b> { $topics }
event-card-seats = <b>Слободни места:</b> { $left } од { $capacity }
event-card-seats-unlimited = <b>Места:</b> без ограничување
event-card-chatham = <b>Правило на Чатам Хаус:</b> можете да го користите она што е кажано, но не и да откривате кој го кажал. Пораките за овој настан не можат да се препраќаат.
event-card-approval = Пријавите ги одобрува организаторот.
event-card-place-hidden = Местото на одржување и линкот им се достапни само на потврдените учесници.
event-card-place-later = Местото на одржување и линкот ќе им бидат достапни на потврдените учесници од { $time }.
event-card-venue = <b>Место на одржување:</b> { $venue }
event-card-link = <b>Линк:</b> { $link }
event-card-cancelled = <b>Овој настан е откажан.</b>

events-none = Моментално нема претстојни настани.
events-list-header = <b>Претстојни настани</b> (страница { $page } од { $pages })
events-list-item = { $number }. <b>{ $title }</b>
    { $time } · { $format } · { $scope } · { $seats ->
        [-1] без ограничување на места
        [0] полно, листата на чекање е отворена
        [one] уште { $seats } слободно место
       *[other] уште { $seats } слободни места
    }
events-list-chatham = Важи правилото на Чатам Хаус.
events-filtered-by = Филтри: { $filters }
events-pick-country = Од која држава сакате да ги видите настаните?
events-pick-topic = На која тема сакате да ги видите настаните?

btn-rsvp-going = Доаѓам
btn-rsvp-maybe = Можеби
btn-rsvp-not-going = Не доаѓам
btn-add-to-calendar = Додај во календар
btn-all-events = Сите настани
btn-open-event = Отвори го настанот
btn-previous = ‹ Претходна
btn-next = Следна ›
btn-filter-country = Држава
btn-filter-topic = Тема
btn-filter-clear = Исчисти ги филтрите
btn-my-events = Мои настани
btn-new-event = Нов настан
btn-manage-event = Управувај со настанот
btn-publish = Објави
btn-save = Зачувај ги промените
btn-edit-event = Уреди
btn-pending = Барања ({ $count })
btn-message-attendees = Порака до учесниците
btn-cancel-event = Откажи го настанот
btn-cancel-event-yes = Да, откажи го
btn-export-attendees = Список на учесници (CSV)
btn-approve = Одобри
btn-decline = Одбиј
btn-send = Испрати

newevent-in-progress = Имате започнат нацрт на настан. Дали сакате да продолжите или да почнете одново?
newevent-cancelled = Нацртот е отфрлен. Ништо не е објавено.
newevent-ask-lang = На кој јазик сакате да ги напишете насловот и описот? Подоцна можете да додадете и други јазици; членовите читаат на својот јазик, на англиски или на јазикот што постои.
newevent-written-in = Досега напишано на: { $languages }. Изберете друг јазик или притиснете Готово.
newevent-ask-title = Насловот, јазик: { $language } (најмногу 120 знаци):
newevent-ask-desc = Описот, јазик: { $language } (најмногу 1.000 знаци) или притиснете Прескокни:
newevent-ask-scope = Дали е тоа национален, регионален или меѓурегионален дијалог?
newevent-ask-format = Како ќе учествуваат луѓето?
newevent-ask-country = Каде се одржува? (За целиот регион изберете „Регионално“.)
newevent-ask-topics = Со кои теми ќе се занимава? Изберете барем една, па притиснете Готово.
newevent-ask-start = Кога почнува? Испратете датум и време во вашата временска зона, на пример <b>2026-12-03 14:00</b> или <b>3.12.2026 14:00</b>.
newevent-ask-end = Кога завршува? Испратете датум и време или само време ако завршува истиот ден (на пример <b>17:30</b>).
newevent-ask-venue = Местото на одржување (адреса), видливо само за потврдените учесници (најмногу 300 знаци):
newevent-ask-link = Линкот за онлајн приклучување (почнува со https://) или притиснете Прескокни ако ќе го испратите подоцна:
newevent-ask-capacity = Колку места има? Испратете број или притиснете Прескокни ако нема ограничување.
newevent-ask-approval = Дали сакате да ја одобрувате секоја пријава поединечно?
newevent-ask-chatham = Дали важи правилото на Чатам Хаус?
newevent-ask-reveal = Кога потврдените учесници да ги видат местото на одржување и линкот? Изберете или испратете број на часови пред почетокот.
newevent-reveal-option = { $hours ->
    [0] Веднаш
   *[other] { $hours } ч. пред почетокот
}
newevent-bad-date = Не можам да го прочитам тој датум. Напишете го вака: <b>2026-12-03 14:00</b> или <b>3.12.2026 14:00</b>.
newevent-date-past = Ова време веќе помина. Испратете време во иднината.
newevent-end-before-start = Крајот мора да биде по почетокот. Испратете подоцнежно време.
newevent-bad-link = Испратете целосна веб-адреса што почнува со https://
newevent-bad-number = Испратете цел број од 1 до { $limit }.
newevent-preview = <b>Преглед.</b> Вака членовите ќе го видат настанот (местото на одржување овде го гледате само вие). Објавете го или променете некој детал.
newevent-edit-lang = Наслов и текст
newevent-edit-scope = Опфат
newevent-edit-format = Формат
newevent-edit-country = Држава
newevent-edit-topics = Теми
newevent-edit-start = Почеток
newevent-edit-end = Крај
newevent-edit-venue = Место на одржување
newevent-edit-link = Линк
newevent-edit-capacity = Број на места
newevent-edit-approval = Одобрување
newevent-edit-chatham = Чатам Хаус
newevent-edit-reveal = Кога се гледа местото
newevent-published = Настанот е објавен. Споделете го овој линк за да поканите луѓе: { $link }
newevent-saved = Промените се зачувани. Учесниците се известени ако се променило времето или местото.

myevents-none = Немате претстојни настани. Најавете настан со /newevent.
myevents-list = <b>Вашите настани</b> што сѐ уште не завршиле:
myevents-manage = <b>{ $title }</b>
    { $time }{ $status ->
        [cancelled] {" "}— откажан
       *[other] {""}
    }
    Доаѓаат: { $going }{ $capacity ->
        [0] {""}
       *[other] {" "}од { $capacity }
    } · Можеби: { $maybe } · Листа на чекање: { $waitlist } · Чекаат одобрување: { $pending }
myevents-closed = Овој настан повеќе не може да се менува.
myevents-no-pending = Нема пријави што чекаат одобрување.
myevents-pending-request = <b>Барање за пријава</b> (на чекање: { $count })
    Име: { $name }
    Организација: { $organisation }
myevents-approved = Одобрено. Лицето е известено.
myevents-declined = Одбиено. Лицето е известено.
myevents-export-caption = Список на учесници (број на лица: { $count }). Содржи лични податоци: чувајте го безбедно и избришете го кога повеќе нема да ви треба.
myevents-cancel-confirm = Да се откаже „{ $title }“? Сите што одговориле ќе бидат известени. Ова не може да се поништи.
myevents-cancelled = { $count ->
    [one] Откажано; известено е { $count } лице.
   *[other] Откажано; известени се { $count } лица.
}
myevents-message-ask = Испратете ја пораката за сите што доаѓаат (најмногу 3.000 знаци). Нема да видат кој друг ја добил.
myevents-message-preview = Оваа порака ќе оди до { $count ->
    [one] { $count } учесник
   *[other] { $count } учесници
}:

    { $message }
myevents-message-sent = { $count ->
    [one] Пораката е на пат до { $count } учесник.
   *[other] Пораката е на пат до { $count } учесници.
}

notice-event-promoted = Добра вест: се ослободи место и сега доаѓате на <b>{ $title }</b> ({ $time }).
notice-event-approved = { $position ->
    [0] Организаторот ја одобри вашата пријава: доаѓате на <b>{ $title }</b> ({ $time }).
   *[other] Организаторот ја одобри вашата пријава за <b>{ $title }</b> ({ $time }). Настанот е полн, па сте на листата на чекање, место { $position }.
}
notice-event-declined = Организаторот не можеше да ја прифати вашата пријава за <b>{ $title }</b> ({ $time }).
notice-event-cancelled = Организаторот го откажа настанот <b>{ $title }</b> ({ $time }).
notice-event-changed = Организаторот го промени настанот <b>{ $title }</b>. Сега почнува на { $time }.
notice-event-reminder = Потсетник: <b>{ $title }</b> почнува за { $hours ->
    [one] { $hours } час
   *[other] { $hours } часа
} ({ $time }).
notice-event-message = <b>Порака од организаторот на „{ $title }“:</b>

    { $message }

## /myevents за секој член: местата што ги има или ги побарал
myevents-answered = <b>Вашите места</b> на настани што сѐ уште не завршиле:
myevents-answered-none = Немате место на ниту еден претстоен настан. Најдете го со /events.
myevents-answered-item = <b>{ $title }</b> · { $time }
btn-rsvp-waitlist = На листата на чекање

## Прегледот: од кога потврдените учесници го гледаат местото и линкот
newevent-preview-reveal-now = <i>Потврдените учесници веднаш го гледаат местото и линкот.</i>
newevent-preview-reveal-later = <i>Потврдените учесници го гледаат местото и линкот од { $time } ({ $hours } ч. пред почетокот).</i>

## /myevents in pages (issue 23)
myevents-page = <i>Страница { $page } од { $pages }</i>
