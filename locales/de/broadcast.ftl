## Rundnachrichten (/broadcast) und ihre Berichte (/campaigns). Texte sind HTML: <b> beibehalten.

cmd-broadcast = Eine Nachricht an viele Mitglieder senden
cmd-campaigns = Berichte zu Ihren Rundnachrichten

broadcast-ask-lang = In welcher Sprache möchten Sie die Nachricht verfassen? Sie können weitere Sprachen hinzufügen; jedes Mitglied erhält seine eigene Sprache, sonst Englisch oder die vorhandene Fassung.
broadcast-ask-text = Senden Sie die Nachricht auf { $language } (höchstens { $limit } Zeichen).
broadcast-ask-button = Soll die Nachricht eine Schaltfläche haben? Wählen Sie eine Veranstaltung (Mitglieder können dann direkt in der Nachricht antworten), einen Weblink oder keine Schaltfläche.
broadcast-no-button = Keine Schaltfläche
broadcast-link-button = Ein Weblink
broadcast-ask-link = Senden Sie die Webadresse für die Schaltfläche (beginnend mit https://).
broadcast-audience = <b>Wer soll die Nachricht erhalten?</b> Grenzen Sie die Empfänger mit den Filtern ein: Innerhalb eines Filters genügt eine der gewählten Optionen, über mehrere Filter hinweg müssen alle zutreffen. Derzeit erreicht sie <b>{ $count }</b> { $count ->
    [one] Mitglied
   *[other] Mitglieder
}.
broadcast-filter-topics = Themen ({ $count })
broadcast-filter-countries = Länder ({ $count })
broadcast-filter-sectors = Sektoren ({ $count })
broadcast-filter-languages = Sprachen ({ $count })
broadcast-filter-vetting = Prüfstatus ({ $count })
broadcast-filter-event-statuses = Antworten ({ $count })
broadcast-ask-topics = Mitglieder von Organisationen, die zu einem dieser Themen arbeiten:
broadcast-ask-countries = Mitglieder von Organisationen in einem dieser Länder:
broadcast-ask-sectors = Mitglieder von Organisationen aus einem dieser Sektoren:
broadcast-ask-languages = Mitglieder, die eine dieser Sprachen lesen:
broadcast-ask-vetting = Mitglieder von Organisationen mit diesem Prüfstatus:
broadcast-ask-event-statuses = Mitglieder, die so auf die Veranstaltung geantwortet haben:
rsvp-group-going = Nehmen teil
rsvp-group-waitlist = Auf der Warteliste
rsvp-group-maybe = Vielleicht
broadcast-continue = Weiter ({ $count })
broadcast-nobody = Auf diese Filter passt niemand.
broadcast-confirm = <b>Bereit.</b> Die Nachricht wird{ $later ->
    [yes] {" "}am { $time }
   *[other] {" "}jetzt
} an { $count ->
    [one] ein Mitglied
   *[other] { $count } Mitglieder
} gesendet. Wenn Sie möchten, senden Sie sich zuerst eine Vorschau.
broadcast-preview = Vorschau an mich senden
broadcast-preview-sent = Die Vorschau finden Sie unten.
broadcast-send-now = Jetzt an { $count } senden
broadcast-schedule = Versand an { $count } planen
broadcast-later = Später senden…
broadcast-now = Stattdessen jetzt senden
broadcast-ask-time = Wann soll die Nachricht verschickt werden? Senden Sie Datum und Uhrzeit, zum Beispiel <b>2026-12-03 09:00</b>.
broadcast-cancelled = Die Rundnachricht wurde verworfen. Es wurde nichts gesendet.
broadcast-queued = { $count ->
    [one] Die Nachricht wird an ein Mitglied gesendet.
   *[other] Die Nachricht wird an { $count } Mitglieder gesendet.
} Den Versand können Sie unter /campaigns verfolgen.
broadcast-scheduled = Geplant für { $time }. Sie erreicht die Mitglieder, die dann den Filtern entsprechen. Den Versand können Sie unter /campaigns verfolgen.
btn-campaign-report = Bericht ansehen
btn-open-link = Link öffnen

campaign-header = <b>Nachricht der Veranstalter von Resilience Hub</b>
campaign-body = { $text }

campaigns-none = Sie haben noch keine Rundnachrichten gesendet. Starten Sie eine mit /broadcast.
campaigns-list = <b>Ihre Rundnachrichten</b>, die neuesten zuerst:
campaign-list-item = #{ $number } · { $title } · { $time } · { $status ->
    [scheduled] geplant
    [sending] läuft
    [done] fertig
    [cancelled] gestoppt
   *[other] { $status }
}
campaign-report = <b>Rundnachricht #{ $number }</b> · { $status ->
    [scheduled] geplant
    [sending] läuft
    [done] fertig
    [cancelled] gestoppt
   *[other] { $status }
}
    Versand: { $time } · Empfänger: { $recipients }
    Ausstehend: { $pending } · gesendet: { $sent } · Bot blockiert: { $blocked } · fehlgeschlagen: { $failed } · gestoppt: { $cancelled }
    (Stand: { $checked } Uhr)
campaign-stopped = { $count ->
    [one] Gestoppt; eine Nachricht wird nicht gesendet.
   *[other] Gestoppt; { $count } Nachrichten werden nicht gesendet.
}
btn-refresh = Aktualisieren
btn-stop-campaign = Versand stoppen
audience-vetting-vetted = Verifiziert
audience-vetting-pending = Noch nicht verifiziert
