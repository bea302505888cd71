## Allgemeine Meldungen, Schaltflächen und Fehler. Texte sind HTML: <b> behalten, kein anderes Markup.

error-unexpected = Bei uns ist etwas schiefgelaufen. Es wurde nichts geändert; bitte versuchen Sie es noch einmal.
error-not-understood = Das habe ich nicht verstanden. Senden Sie /help, um zu sehen, was ich kann.
error-button-expired = Diese Schaltfläche ist abgelaufen.
error-unknown-command = Den Befehl /{ $command } kenne ich nicht. Senden Sie /help für die Liste der Befehle.
error-use-buttons = Bitte antworten Sie mit den Schaltflächen unten.
error-text-empty = Das darf nicht leer sein. Bitte senden Sie einen Text.
error-text-too-long = Das ist zu lang: { $length } Zeichen, erlaubt sind höchstens { $limit }. Bitte senden Sie einen kürzeren Text.
error-pick-at-least-one = Wählen Sie mindestens eine Option.
error-org-name-taken = Eine Organisation mit diesem Namen ist bereits registriert. Suchen Sie sie und treten Sie ihr bei.
error-not-registered = Sie sind noch nicht registriert. Senden Sie /register, um dem Hub beizutreten.

group-use-private-chat = Ich arbeite nur in privaten Chats, damit niemand in dieser Gruppe sieht, was Sie mir mitteilen. Tippen Sie auf die Schaltfläche, um privat mit mir zu schreiben.
btn-open-private = Privaten Chat öffnen

start-welcome =
    <b>Willkommen bei Resilience Hub</b>, der Gemeinschaft zivilgesellschaftlicher Organisationen im Westbalkan, die gegen organisierte Kriminalität und Korruption arbeiten.

    Registrieren Sie Ihre Organisation, finden Sie Partner über Grenzen hinweg und erfahren Sie von Resilienz-Dialogen und Policy Briefs.
start-welcome-back = Willkommen zurück bei Resilience Hub. Senden Sie /profile für Ihr Profil oder /help für alles andere.
privacy-notice =
    <b>Ihre Privatsphäre</b>: Wir speichern nur, was Sie uns geben, damit der Hub funktioniert: Ihre Sprache, einen freiwilligen Anzeigenamen und das Profil Ihrer Organisation. Wir fragen nie nach Ihrer Telefonnummer und zeigen Ihren Namen oder Telegram-Benutzernamen anderen Mitgliedern nie ohne Ihre Zustimmung. /mydata zeigt alles, was wir speichern; /forget löscht es.
btn-register = Registrieren

language-choose = Wählen Sie Ihre Sprache:
language-saved = Sprache: { $language }
language-next-register = Weiter: /register, um dem Hub beizutreten.

help-line = /{ $command } — { $description }
help-text =
    <b>Was ich kann</b>
    { $commands }
cmd-start = Begrüßung und Sprache
cmd-register = Sich und Ihre Organisation registrieren
cmd-profile = Ihr Profil ansehen und bearbeiten
cmd-language = Sprache ändern
cmd-mydata = Alles erhalten, was wir über Sie speichern
cmd-forget = Alles löschen, was wir über Sie speichern
cmd-cancel = Den aktuellen Vorgang abbrechen
cmd-help = Liste der Befehle

cancel-nothing = Es gibt nichts abzubrechen.
cancel-done = Abgebrochen. Vom unvollendeten Vorgang wurde nichts behalten.

btn-back = « Zurück
btn-cancel = Abbrechen
btn-done = Fertig
btn-yes = Ja
btn-no = Nein
btn-skip = Überspringen
btn-continue = Weitermachen
btn-start-over = Neu beginnen
btn-agree = Ich stimme zu
btn-confirm = Bestätigen
btn-join-org = Beitreten: { $name }
btn-create-org = Neu anlegen: { $name }
btn-language = Sprache
btn-close = Schließen
btn-forget-yes = Ja, alles löschen
btn-forget-no = Nein, behalten

value-none = —
value-quoted = „{ $value }“
summary-line = <b>{ $label }:</b> { $value }
field-current-value = Derzeit: { $value }
