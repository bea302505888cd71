"""The engine-neutral kit every feature is written against: what comes in and goes out (`messages`), the
Hub and its per-update Context (`core`), typed buttons (`actions`), translations, wizard fields, times, the
send limiter."""
