## /profile

profile-show =
    <b>Вашиот профил</b>

    <b>Организација:</b> { $organisation } — { $membership }, { $vetting }
    { $details }

    Притиснете поле за да го промените.
profile-closed = Профилот е затворен. Испратете /profile за повторно да го отворите.
profile-saved = Зачувано.
vetting-pending = чека проверка
vetting-vetted = проверена
vetting-rejected = не е прифатена
membership-founder = вие ја регистриравте
membership-requested = побаравте членство
membership-member = член
membership-none = без организација
