## Администрација (/admin): проверка на организации, улоги и што им се соопштува на членовите за нив. Текстовите се HTML: задржете ги ознаките <b>.

cmd-admin = Администрација (само за администратори)
admin-only = Само администраторите на мрежата можат да го користат /admin.
admin-menu = <b>Администрација</b>
    Проверете ги организациите што чекаат прием во мрежата и доделете им на членовите улога организатор или администратор. Секоја одлука се евидентира во дневникот за ревизија.
admin-btn-queue = Чекаат проверка ({ $count })
admin-btn-roles = Улоги
admin-closed = Администрацијата е затворена. Со /admin повторно ја отворате.
admin-queue = <b>Чекаат проверка</b>, од најстарата. Отворете една за да ја одобрите или одбиете.
admin-queue-empty = Ниедна организација не чека проверка.
admin-org-facts = Организација бр. { $id } · регистрирана на { $registered } · { $members ->
        [one] { $members } член
       *[other] { $members } членови
    }{ $joiners ->
        [0] {""}
       *[other] {" "}· чекаат прием: { $joiners }
    }
admin-btn-approve = ✅ Одобри
admin-btn-reject = Одбиј…
admin-ask-reason = Зошто ја одбивате оваа организација? Напишете ја причината (најмногу { $limit } знаци); нејзините членови ќе ја добијат онака како што ќе ја напишете.
admin-decided-vetted = Организацијата <b>{ $organisation }</b> е проверена; нејзините членови се известени.
admin-decided-rejected = Организацијата <b>{ $organisation }</b> е одбиена; на нејзините членови им е соопштена причината.
admin-already-decided = Друг администратор веќе одлучи за оваа организација.
admin-ask-member = Испратете го ИД-бројот на Telegram на членот чија улога сакате да ја промените (членот може да го најде во /mydata).
admin-no-member = Ниеден регистриран член нема таков ИД-број на Telegram. Испратете само број, на пример 123456789.
admin-member = <b>Член { $id }</b>: { $name }
    Организација: { $organisation } ({ $vetting }) — { $membership }
    Улога: { $role }
admin-role-member = Член
admin-role-organiser = Организатор
admin-role-admin = Администратор
admin-role-set = Доделена улога: { $role }.
admin-role-needs-vetted = Организаторите и администраторите мора да припаѓаат на проверена организација.

vetting-notice-vetted = Добра вест: мрежата ја провери организацијата <b>{ $organisation }</b>. Предлозите за партнери и запознавањата сега ви се достапни: /partners
vetting-notice-rejected = Администраторите на мрежата не ја прифатија организацијата <b>{ $organisation }</b> во мрежата. Може да го поправите нејзиниот профил во /profile и таму да побарате нова проверка.
vetting-notice-reason = Причината што ја наведоа: { $reason }
role-notice-organiser = Сега сте организатор: можете да најавувате настани (/newevent), да испраќате масовни пораки (/broadcast) и да објавувате анализи (/brief).
role-notice-admin = Сега сте администратор на мрежата: со /admin ги проверувате организациите и доделувате улоги.
role-notice-member = Вашата улога на организатор или администратор престана; и понатаму можете сѐ што може секој член.

admin-btn-reports = Пријавени ({ $count })
admin-reports = <b>Пријавени организации</b>, најпрво најчесто пријавуваните. На подносителите им се кажува само дека нивната пријава стигнала.
admin-reports-none = Нема отворени пријави.
admin-reported = <b>Отворени пријави</b>:
    { $reasons }
admin-btn-dismiss = Отфрли
admin-btn-warn = Предупреди
admin-btn-suspend = Суспендирај ја организацијата
admin-btn-unsuspend = Укини ја суспензијата
admin-btn-suspend-member = Суспендирај го овој член
admin-btn-unsuspend-member = Укини ја суспензијата на овој член
admin-member-suspended = Овој член е суспендиран.
admin-done-dismiss = Пријавите за <b>{ $organisation }</b> се отфрлени.
admin-done-warn = Организацијата <b>{ $organisation }</b> е предупредена; пријавите за неа се затворени.
admin-done-suspend = Организацијата <b>{ $organisation }</b> е суспендирана: нејзините членови не добиваат ништо и можат само да ги видат или да ги избришат своите податоци.
admin-done-unsuspend = Организацијата <b>{ $organisation }</b> веќе не е суспендирана.
admin-done-suspend-member = Членот е суспендиран: не добива ништо и може само да ги види или да ги избрише своите податоци.
admin-done-unsuspend-member = Членот веќе не е суспендиран.
organisation-warning = Администраторите на мрежата добија пријави за <b>{ $organisation }</b> и ве молат да се придржувате до правилата на мрежата: почит, искреност за тоа кои сте и безбедност на другите. Нова пријава може да доведе до суспензија.
error-suspended = Администраторите на мрежата го суспендираа вашиот пристап. Сѐ уште можете да ги видите своите податоци (/mydata) или да ги избришете (/forget).
error-suspended-short = Вашиот пристап до мрежата е суспендиран.

admin-btn-audit = Дневник за ревизија
admin-audit = <b>Дневник за ревизија</b>, најновите прво (страница { $page } од { $pages }; време според { $zone }): кога · што · на што · кој
admin-audit-none = Дневникот за ревизија е празен.
admin-audit-cli = командна линија

cmd-stats = Статистика на мрежата (само за администратори)
stats-only = Само администраторите на мрежата можат да го користат /stats.
stats-text = <b>Статистика на мрежата</b> (броевите од 1 до 4 се прикажуваат како „&lt; 5“)
    <b>Членови</b>: { $members } – по држави: { $members_by_country }
    <b>Организации</b> – проверени: { $vetted } · чекаат проверка: { $pending }
    По држави: { $by_country }
    По сектори: { $by_sector }
    По теми: { $by_topic }
    <b>Нови членови</b> по месеци: { $growth }
    <b>Настани</b> – објавени: { $events } · претстојни: { $upcoming } · потврдени доаѓања: { $attendance }
    <b>Доставување пораки</b> – испратени: { $sent } · неуспешни: { $failed } · го блокирале ботот: { $blocked } · стапка на доставување: { $rate }
    <b>Запознавања</b> – побарани: { $requested } · прифатени: { $accepted }

admin-reported-events = <b>Настани наведени во пријавите</b>:
    { $events }

## Членството како што го гледаат администраторите, и администраторите што суспензија не смее да ги допре
admin-membership-founder = ја регистрирал/а
admin-membership-member = примен член
admin-membership-requested = побарал/а членство, не е одобрено
admin-membership-none = без организација
admin-role-needs-approval = Ова лице побара членство во својата организација и никој сѐ уште не го одобрил: нема улога додека не биде одобрено.
admin-cannot-suspend-bootstrap = Администраторите наведени во ADMIN_IDS ја водат мрежата и не може да бидат суспендирани.
admin-cannot-suspend-last = Тогаш мрежата би останала без администратор што може да ја укине суспензијата.

stats-note-hidden = Некои броеви од 5 нагоре се прикажуваат како „≥ 5“, а распределба или стапката на доставување може да се прикаже како „–“: прикажани точно, тие би овозможиле од вкупниот збир да се пресмета број помал од 5.

## Дневникот за ревизија на јазикот на администраторот: што е направено, на што, и имињата на деталите
audit-action-organisation-vetted = организацијата е проверена
audit-action-organisation-rejected = организацијата е одбиена
audit-action-organisation-dismiss = пријавите се отфрлени
audit-action-organisation-warn = организацијата е предупредена
audit-action-organisation-suspend = организацијата е суспендирана
audit-action-organisation-unsuspend = суспензијата е укината
audit-action-organisation-reapplied = побарана нова проверка
audit-action-organisation-vouched = дадена гаранција
audit-action-role-changed = улогата е сменета
audit-action-member-suspended = членот е суспендиран
audit-action-member-unsuspended = суспензијата на членот е укината
audit-action-member-approved = членството е одобрено
audit-action-member-declined = членството е одбиено
audit-action-brief-published = извештајот е објавен
audit-action-broadcast-sent = известувањето е испратено
audit-action-broadcast-scheduled = известувањето е закажано
audit-action-broadcast-cancelled = известувањето е запрено
audit-action-attendees-exported = списокот учесници е извезен
audit-action-attendees-messaged = порака до учесниците
audit-action-event-cancelled = настанот е откажан
audit-action-event-published = настанот е објавен
audit-action-event-edited = настанот е изменет
audit-action-organisations-imported = организациите се увезени
audit-action-exported = табелата е извезена
audit-field-reason = причина
audit-field-reports = пријави
audit-field-rows = редови
audit-field-told = известени
audit-field-recipients = примачи
audit-field-audience = публика
audit-field-before = пред
audit-field-after = потоа
audit-field-format = формат
audit-field-organisation = организација
audit-field-by-organisation = од организација
audit-field-vetting = како
admin-audit-vouches = гаранции од проверени организации
audit-by-member = член { $id }
audit-subject-member = член { $id }
audit-subject-member-erased = член што го користел /forget
audit-subject-organisation = организација бр. { $id }
audit-subject-event = настан бр. { $id }
audit-subject-campaign = испраќање бр. { $id }
audit-subject-table = табела { $id }
audit-subject-file = датотека { $id }

## /stats: што произлезе од прифатените запознавања (броевите од 1 до 4 гласат „< 5“, како погоре)
stats-followups = <b>Исход од запознавањата</b>: прифатени { $introductions } → во контакт { $contacts } → работат заедно { $collaborations }
