## /mydata und /forget

mydata-nothing = Wir speichern nichts über Sie.
mydata-caption = Alles, was Resilience Hub über Sie speichert.
forget-nothing = Wir speichern nichts über Sie, daher gibt es nichts zu löschen.
forget-confirm = <b>Alles löschen?</b> Ihr Profil, Ihre begonnenen Angaben und Ihre Organisation, falls niemand sonst dazugehört, werden endgültig gelöscht. Das kann nicht rückgängig gemacht werden.
forget-kept = Es wurde nichts gelöscht.
forget-done = Alles, was wir über Sie gespeichert hatten, wurde gelöscht. Wenn Sie zurückkommen, beginnt /start von vorn.
