## Policy Briefs und Berichte (/brief). Texte sind HTML: <b> beibehalten.

cmd-brief = Einen Policy Brief oder Bericht veröffentlichen
brief-ask-lang = In welcher Sprache möchten Sie den Policy Brief verfassen? Fügen Sie beliebig viele Sprachen hinzu: Jeder Abonnent erhält seine eigene Sprache, sonst Englisch oder die vorhandene Fassung.
brief-ask-title = Senden Sie den Titel auf { $language } (höchstens { $limit } Zeichen).
brief-ask-summary = Senden Sie die Kurzfassung auf { $language } (höchstens { $limit } Zeichen).
brief-ask-link = Senden Sie den Link zum vollständigen Policy Brief oder Bericht (beginnend mit https://), oder tippen Sie auf Überspringen.
brief-ask-topics = Um welche Themen geht es? Der Policy Brief erreicht Abonnenten, die eines dieser Themen gewählt haben, sowie alle, die keine Themen gewählt haben.
brief-ask-countries = Um welche Länder geht es? Wählen Sie keines, wenn es um die ganze Region geht.
brief-confirm = <b>Bereit.</b> { $count ->
    [one] Auf diese Auswahl passt ein Abonnent
   *[other] Auf diese Auswahl passen { $count } Abonnenten
}; wer eine wöchentliche Zusammenfassung gewählt hat, erhält den Policy Brief darin. Wenn Sie möchten, senden Sie sich zuerst eine Vorschau.
brief-publish = Für { $count } veröffentlichen
brief-nobody = Auf diese Themen und Länder passt noch kein Abonnent.
brief-published = Veröffentlicht: { $count ->
    [one] Er erreicht einen Abonnenten
   *[other] Er erreicht { $count } Abonnenten
}, sofort oder mit der wöchentlichen Zusammenfassung. Den Versand können Sie unter /campaigns verfolgen.
brief-cancelled = Der Entwurf wurde verworfen. Es wurde nichts gesendet.
