## Administracija (/admin): provjera organizacija, uloge i ono što se o njima javlja članovima. Tekstovi su HTML: zadržite oznake <b>.

cmd-admin = Administracija (samo za administratore)
admin-only = Samo administratori mreže mogu koristiti /admin.
admin-menu = <b>Administracija</b>
    Provjerite organizacije koje čekaju prijem u mrežu i dodijelite članovima ulogu organizatora ili administratora. Svaka odluka se bilježi u revizijskom dnevniku.
admin-btn-queue = Čekaju provjeru ({ $count })
admin-btn-roles = Uloge
admin-closed = Administracija je zatvorena. /admin je ponovo otvara.
admin-queue = <b>Čekaju provjeru</b>, od najstarije. Otvorite organizaciju da je odobrite ili odbijete.
admin-queue-empty = Nijedna organizacija ne čeka provjeru.
admin-org-facts = Organizacija br. { $id } · registrovana { $registered } · { $members ->
        [one] { $members } član
        [few] { $members } člana
       *[other] { $members } članova
    }{ $joiners ->
        [0] {""}
       *[other] {" "}· čeka prijem: { $joiners }
    }
admin-btn-approve = ✅ Odobri
admin-btn-reject = Odbij…
admin-ask-reason = Zašto odbijate ovu organizaciju? Napišite razlog (najviše { $limit } znakova); njeni članovi će ga primiti onako kako ga napišete.
admin-decided-vetted = Organizacija <b>{ $organisation }</b> je provjerena; njeni članovi su obaviješteni.
admin-decided-rejected = Organizacija <b>{ $organisation }</b> je odbijena; njeni članovi su obaviješteni o razlogu.
admin-already-decided = Drugi administrator je već odlučio o ovoj organizaciji.
admin-ask-member = Pošaljite Telegram ID člana čiju ulogu želite promijeniti (član ga može pronaći u /mydata).
admin-no-member = Nijedan registrovani član nema taj Telegram ID. Pošaljite samo broj, na primjer 123456789.
admin-member = <b>Član { $id }</b>: { $name }
    Organizacija: { $organisation } ({ $vetting }) — { $membership }
    Uloga: { $role }
admin-role-member = Član
admin-role-organiser = Organizator
admin-role-admin = Administrator
admin-role-set = Dodijeljena uloga: { $role }.
admin-role-needs-vetted = Organizatori i administratori moraju pripadati provjerenoj organizaciji.

vetting-notice-vetted = Dobra vijest: mreža je provjerila organizaciju <b>{ $organisation }</b>. Prijedlozi partnera i upoznavanja sada su vam dostupni: /partners
vetting-notice-rejected = Administratori mreže nisu prihvatili organizaciju <b>{ $organisation }</b> u mrežu. Možete ispraviti njen profil u /profile i tamo zatražiti novu provjeru.
vetting-notice-reason = Razlog koji su naveli: { $reason }
role-notice-organiser = Sada ste organizator: možete najavljivati događaje (/newevent), slati masovne poruke (/broadcast) i objavljivati analize (/brief).
role-notice-admin = Sada ste administrator mreže: s /admin provjeravate organizacije i dodjeljujete uloge.
role-notice-member = Vaša uloga organizatora ili administratora je prestala; i dalje možete sve što može i svaki član.

admin-btn-reports = Prijave ({ $count })
admin-reports = <b>Prijavljene organizacije</b>, od najčešće prijavljivane. Onima koji podnesu prijavu javlja se samo da je njihova prijava stigla.
admin-reports-none = Nema otvorenih prijava.
admin-reported = <b>Otvorene prijave</b>:
    { $reasons }
admin-btn-dismiss = Odbaci
admin-btn-warn = Upozori
admin-btn-suspend = Suspenduj organizaciju
admin-btn-unsuspend = Ukini suspenziju
admin-btn-suspend-member = Suspenduj ovog člana
admin-btn-unsuspend-member = Ukini suspenziju ovom članu
admin-member-suspended = Ovaj član je suspendovan.
admin-done-dismiss = Prijave u vezi s organizacijom <b>{ $organisation }</b> su odbačene.
admin-done-warn = Organizacija <b>{ $organisation }</b> je upozorena; prijave u vezi s njom su zatvorene.
admin-done-suspend = Organizacija <b>{ $organisation }</b> je suspendovana: njeni članovi ne primaju ništa i mogu samo pregledati ili izbrisati svoje podatke.
admin-done-unsuspend = Organizacija <b>{ $organisation }</b> više nije suspendovana.
admin-done-suspend-member = Član je suspendovan: ne prima ništa i može samo pregledati ili izbrisati svoje podatke.
admin-done-unsuspend-member = Član više nije suspendovan.
organisation-warning = Administratori mreže primili su prijave u vezi s organizacijom <b>{ $organisation }</b> i mole vas da se pridržavate pravila mreže: poštovanje, iskreno predstavljanje i sigurnost drugih. Nova prijava može dovesti do suspenzije.
error-suspended = Administratori mreže suspendovali su vaš pristup. I dalje možete pregledati svoje podatke (/mydata) ili ih izbrisati (/forget).
error-suspended-short = Vaš pristup mreži je suspendovan.

admin-btn-audit = Revizijski dnevnik
admin-audit = <b>Revizijski dnevnik</b>, najnovije prvo (stranica { $page } od { $pages }; vrijeme po zoni { $zone }): vrijeme · radnja · predmet · izvršilac
admin-audit-none = Revizijski dnevnik je prazan.
admin-audit-cli = komandna linija

cmd-stats = Statistika mreže (samo za administratore)
stats-only = Samo administratori mreže mogu koristiti /stats.
stats-text = <b>Statistika mreže</b> (brojevi od 1 do 4 prikazuju se kao „&lt; 5“)
    <b>Članovi</b>: { $members } – po državama: { $members_by_country }
    <b>Organizacije</b> – provjerene: { $vetted } · čekaju provjeru: { $pending }
    Po državama: { $by_country }
    Po sektorima: { $by_sector }
    Po temama: { $by_topic }
    <b>Novi članovi</b> po mjesecima: { $growth }
    <b>Događaji</b> – objavljeni: { $events } · predstojeći: { $upcoming } · potvrđeni dolasci: { $attendance }
    <b>Isporuka poruka</b> – poslano: { $sent } · neuspješno: { $failed } · blokirali bota: { $blocked } · stopa isporuke: { $rate }
    <b>Upoznavanja</b> – zatražena: { $requested } · prihvaćena: { $accepted }

admin-reported-events = <b>Događaji navedeni u prijavama</b>:
    { $events }

## Članstvo kako ga vide administratori, i administratori koje suspenzija ne smije dotaći
admin-membership-founder = registrovao/la ju je
admin-membership-member = primljeni član
admin-membership-requested = zatražio/la članstvo, nije odobreno
admin-membership-none = bez organizacije
admin-role-needs-approval = Ova osoba je zatražila članstvo u svojoj organizaciji i niko je još nije odobrio: nema uloge dok se to ne desi.
admin-cannot-suspend-bootstrap = Administratori navedeni u ADMIN_IDS vode mrežu i ne mogu biti suspendovani.
admin-cannot-suspend-last = Tada bi mreža ostala bez administratora koji bi mogao ukinuti suspenziju.

stats-note-hidden = Neki brojevi od 5 naviše prikazuju se kao „≥ 5“, a raspodjela ili stopa isporuke može se prikazati kao „–“: prikazani precizno, omogućili bi da se iz ukupnog zbira izračuna broj manji od 5.

## Revizijski dnevnik na jeziku administratora: šta je urađeno, na čemu, i nazivi pojedinosti
audit-action-organisation-vetted = organizacija provjerena
audit-action-organisation-rejected = organizacija odbijena
audit-action-organisation-dismiss = prijave odbačene
audit-action-organisation-warn = organizacija upozorena
audit-action-organisation-suspend = organizacija suspendovana
audit-action-organisation-unsuspend = suspenzija ukinuta
audit-action-organisation-reapplied = zatražena nova provjera
audit-action-organisation-vouched = dato jemstvo
audit-action-role-changed = uloga promijenjena
audit-action-member-suspended = član suspendovan
audit-action-member-unsuspended = suspenzija člana ukinuta
audit-action-member-approved = pristup odobren
audit-action-member-declined = pristup odbijen
audit-action-brief-published = izvještaj objavljen
audit-action-broadcast-sent = masovna poruka poslana
audit-action-broadcast-scheduled = masovna poruka zakazana
audit-action-broadcast-cancelled = masovna poruka zaustavljena
audit-action-attendees-exported = lista učesnika izvezena
audit-action-attendees-messaged = poruka učesnicima
audit-action-event-cancelled = događaj otkazan
audit-action-event-published = događaj objavljen
audit-action-event-edited = događaj izmijenjen
audit-action-organisations-imported = organizacije uvezene
audit-action-exported = tabela izvezena
audit-field-reason = razlog
audit-field-reports = prijave
audit-field-rows = redovi
audit-field-told = obaviješteni
audit-field-recipients = primaoci
audit-field-audience = publika
audit-field-before = prije
audit-field-after = poslije
audit-field-format = format
audit-field-organisation = organizacija
audit-field-by-organisation = od organizacije
audit-field-vetting = kao
admin-audit-vouches = jemstva provjerenih organizacija
audit-by-member = član { $id }
audit-subject-member = član { $id }
audit-subject-member-erased = član koji je koristio /forget
audit-subject-organisation = organizacija br. { $id }
audit-subject-event = događaj br. { $id }
audit-subject-campaign = slanje br. { $id }
audit-subject-table = tabela { $id }
audit-subject-file = datoteka { $id }

## /stats: šta je proizašlo iz prihvaćenih upoznavanja (brojevi od 1 do 4 glase "< 5", kao gore)
stats-followups = <b>Ishod upoznavanja</b>: prihvaćena { $introductions } → u kontaktu { $contacts } → rade zajedno { $collaborations }
