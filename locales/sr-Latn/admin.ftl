## Administracija (/admin): provjera organizacija, uloge i ono što se o njima javlja članovima. Tekstovi su HTML: zadržite oznake <b>.

cmd-admin = Administracija (samo za administratore)
admin-only = Samo administratori mreže mogu koristiti /admin.
# review: "audit log" rendered as "revizijski dnevnik"; "evidencija izmjena" would be a plainer alternative
admin-menu = <b>Administracija</b>
    Provjerite organizacije koje čekaju prijem u mrežu i dodijelite članovima ulogu organizatora ili administratora. Svaka odluka se bilježi u revizijskom dnevniku.
# review: "Vetting queue" rendered as "Čekaju provjeru" (as vetting-pending "čeka provjeru"), shorter for a button than "Red čekanja za provjeru"
admin-btn-queue = Čekaju provjeru ({ $count })
admin-btn-roles = Uloge
admin-closed = Administracija je zatvorena. /admin je ponovo otvara.
admin-queue = <b>Čekaju provjeru</b>, od najstarije. Otvorite organizaciju da je odobrite ili odbijete.
admin-queue-empty = Nijedna organizacija ne čeka provjeru.
admin-org-facts = Organizacija br. { $id } · registrovana { $registered } · { $members ->
        [one] { $members } član
        [few] { $members } člana
       *[other] { $members } članova
    }
admin-btn-approve = ✅ Odobri
admin-btn-reject = Odbij…
admin-ask-reason = Zašto odbijate ovu organizaciju? Napišite razlog (najviše { $limit } znakova); njeni članovi će ga primiti onako kako ga napišete.
# review: "Organizacija" added before the name (also in admin-decided-rejected) so the name stays in the nominative and "provjerena/odbijena" agrees
admin-decided-vetted = Organizacija <b>{ $organisation }</b> je provjerena; njeni članovi su obaviješteni.
admin-decided-rejected = Organizacija <b>{ $organisation }</b> je odbijena; njeni članovi su obaviješteni o razlogu.
admin-already-decided = Drugi administrator je već odlučio o ovoj organizaciji.
admin-ask-member = Pošaljite Telegram ID člana čiju ulogu želite promijeniti (član ga može pronaći u /mydata).
admin-no-member = Nijedan registrovani član nema taj Telegram ID. Pošaljite samo broj, na primjer 123456789.
admin-member = <b>Član { $id }</b>: { $name }
    Organizacija: { $organisation } ({ $vetting })
    Uloga: { $role }
admin-role-member = Član
admin-role-organiser = Organizator
# review: "admin" rendered in full as "Administrator", as "administrator mreže" in events.ftl and coalitions.ftl
admin-role-admin = Administrator
admin-role-set = Dodijeljena uloga: { $role }.
admin-role-needs-vetted = Organizatori i administratori moraju pripadati provjerenoj organizaciji.

vetting-notice-vetted = Dobra vijest: mreža je provjerila organizaciju <b>{ $organisation }</b>. Prijedlozi partnera i upoznavanja sada su vam dostupni: /partners
vetting-notice-rejected = Administratori mreže nisu prihvatili organizaciju <b>{ $organisation }</b> u mrežu.
vetting-notice-reason = Razlog koji su naveli: { $reason }
role-notice-organiser = Sada ste organizator: možete najavljivati događaje (/newevent), slati masovne poruke (/broadcast) i objavljivati analize (/brief).
role-notice-admin = Sada ste administrator mreže: s /admin provjeravate organizacije i dodjeljujete uloge.
role-notice-member = Vaša uloga organizatora ili administratora je prestala; i dalje možete sve što može i svaki član.
