## Администрација (/admin): проверка на организации, улоги и што им се соопштува на членовите за нив. Текстовите се HTML: задржете ги ознаките <b>.

cmd-admin = Администрација (само за администратори)
admin-only = Само администраторите на мрежата можат да го користат /admin.
# review: "audit log" rendered as "дневникот за ревизија"; "ревизорска трага" would be an alternative
admin-menu = <b>Администрација</b>
    Проверете ги организациите што чекаат прием во мрежата и доделете им на членовите улога организатор или администратор. Секоја одлука се евидентира во дневникот за ревизија.
# review: "Vetting queue" rendered as "Чекаат проверка" (as vetting-pending "чека проверка"), shorter for a button than "Редица за проверка"
admin-btn-queue = Чекаат проверка ({ $count })
admin-btn-roles = Улоги
admin-closed = Администрацијата е затворена. Со /admin повторно ја отворате.
admin-queue = <b>Чекаат проверка</b>, од најстарата. Отворете една за да ја одобрите или одбиете.
admin-queue-empty = Ниедна организација не чека проверка.
admin-org-facts = Организација бр. { $id } · регистрирана на { $registered } · { $members ->
        [one] { $members } член
       *[other] { $members } членови
    }
admin-btn-approve = ✅ Одобри
admin-btn-reject = Одбиј…
admin-ask-reason = Зошто ја одбивате оваа организација? Напишете ја причината (најмногу { $limit } знаци); нејзините членови ќе ја добијат онака како што ќе ја напишете.
# review: "Организацијата" added before the name (also in admin-decided-rejected) so "проверена/одбиена" agrees regardless of the name
admin-decided-vetted = Организацијата <b>{ $organisation }</b> е проверена; нејзините членови се известени.
admin-decided-rejected = Организацијата <b>{ $organisation }</b> е одбиена; на нејзините членови им е соопштена причината.
admin-already-decided = Друг администратор веќе одлучи за оваа организација.
admin-ask-member = Испратете го ID-бројот на Telegram на членот чија улога сакате да ја промените (членот може да го најде во /mydata).
admin-no-member = Ниеден регистриран член нема таков ID-број на Telegram. Испратете само број, на пример 123456789.
admin-member = <b>Член { $id }</b>: { $name }
    Организација: { $organisation } ({ $vetting })
    Улога: { $role }
admin-role-member = Член
admin-role-organiser = Организатор
# review: "admin" rendered in full as "Администратор", as "администратор на мрежата" in events.ftl and coalitions.ftl
admin-role-admin = Администратор
admin-role-set = Доделена улога: { $role }.
admin-role-needs-vetted = Организаторите и администраторите мора да припаѓаат на проверена организација.

vetting-notice-vetted = Добра вест: мрежата ја провери организацијата <b>{ $organisation }</b>. Предлозите за партнери и запознавањата сега ви се достапни: /partners
vetting-notice-rejected = Администраторите на мрежата не ја прифатија организацијата <b>{ $organisation }</b> во мрежата.
vetting-notice-reason = Причината што ја наведоа: { $reason }
role-notice-organiser = Сега сте организатор: можете да најавувате настани (/newevent), да испраќате масовни пораки (/broadcast) и да објавувате анализи (/brief).
role-notice-admin = Сега сте администратор на мрежата: со /admin ги проверувате организациите и доделувате улоги.
role-notice-member = Вашата улога на организатор или администратор престана; и понатаму можете сѐ што може секој член.
