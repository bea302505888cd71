## Allgemeine Meldungen, Schaltflächen und Fehler. Texte sind HTML: <b> beibehalten, kein anderes Markup hinzufügen.

error-unexpected = Bei uns ist etwas schiefgelaufen. Es wurde nichts geändert; bitte versuchen Sie es noch einmal.
error-not-understood = Das habe ich nicht verstanden. Senden Sie /help, um zu sehen, was ich kann.
error-button-expired = Diese Schaltfläche ist nicht mehr gültig.
error-unknown-command = Den Befehl /{ $command } kenne ich nicht. Senden Sie /help, um die Befehle zu sehen.
error-use-buttons = Bitte antworten Sie mit den Schaltflächen unten.
error-text-empty = Das darf nicht leer sein. Bitte senden Sie einen Text.
error-text-too-long = Das ist zu lang: { $length } Zeichen, erlaubt sind höchstens { $limit }. Bitte senden Sie einen kürzeren Text.
error-pick-at-least-one = Bitte wählen Sie mindestens eine Option.
error-org-name-taken = Eine Organisation mit diesem Namen ist bereits registriert. Suchen Sie stattdessen nach ihr und treten Sie ihr bei.
error-not-registered = Sie sind noch nicht registriert. Senden Sie /register, um dem Hub beizutreten.

group-use-private-chat = Ich arbeite nur in privaten Chats, damit niemand in dieser Gruppe sieht, was Sie mir mitteilen. Tippen Sie auf die Schaltfläche, um mir privat zu schreiben.
btn-open-private = Privaten Chat öffnen

start-welcome =
    <b>Willkommen bei Resilience Hub</b>, der Gemeinschaft zivilgesellschaftlicher Organisationen auf dem Westbalkan, die sich gegen organisierte Kriminalität und Korruption einsetzen.

    Registrieren Sie Ihre Organisation, finden Sie Partner über Grenzen hinweg und erfahren Sie von Resilienz-Dialogen und Policy Briefs.
start-welcome-back = Willkommen zurück bei Resilience Hub. Senden Sie /profile, um Ihr Profil zu sehen, oder /help für alles andere.
privacy-notice =
    <b>Ihre Privatsphäre</b>: Wir speichern nur, was Sie uns geben, damit der Hub funktioniert: Ihre Sprache, einen optionalen Anzeigenamen und das Profil Ihrer Organisation. Wir fragen nie nach Ihrer Telefonnummer und zeigen Ihren Namen oder Telegram-Benutzernamen anderen Mitgliedern nie ohne Ihre Zustimmung. /mydata zeigt alles, was wir speichern; /forget löscht es.
btn-register = Registrieren

language-choose = Wählen Sie Ihre Sprache:
language-saved = Sprache: { $language }
language-next-register = Nächster Schritt: /register, um dem Hub beizutreten.

help-line = /{ $command } — { $description }
help-text =
    <b>Was ich kann</b>
    { $commands }
cmd-start = Begrüßung und Sprache
cmd-register = Sich und Ihre Organisation registrieren
cmd-profile = Ihr Profil ansehen und bearbeiten
cmd-language = Sprache ändern
cmd-mydata = Alle über Sie gespeicherten Daten abrufen
cmd-forget = Alle über Sie gespeicherten Daten löschen
cmd-cancel = Den aktuellen Vorgang abbrechen
cmd-help = Liste der Befehle

cancel-nothing = Es gibt nichts abzubrechen.
cancel-done = Abgebrochen. Aus dem nicht abgeschlossenen Schritt wurde nichts gespeichert.

btn-back = « Zurück
btn-cancel = Abbrechen
btn-done = Fertig
btn-yes = Ja
btn-no = Nein
btn-skip = Überspringen
btn-continue = Fortsetzen
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
field-current-value = Aktuell: { $value }

error-slow-down = Sie senden Nachrichten schneller, als ich sie beantworten kann, daher habe ich einige übersprungen. Bitte warten Sie ein paar Sekunden und versuchen Sie es dann noch einmal.
error-slow-down-short = Zu schnell: Bitte warten Sie ein paar Sekunden und versuchen Sie es noch einmal.

## Sprachen, im Satz genannt, etwa „(auf Englisch verfasst)“; die Auswahl nennt jede in ihr selbst
language-name-en = Englisch
language-name-de = Deutsch
language-name-sq = Albanisch
language-name-sr-Latn = BKMS
language-name-mk = Mazedonisch
