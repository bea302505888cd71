"""The features, one package per area (members, events, delivery, partners, admin), written against the
engine-neutral kit in `handlers.kit`; `handlers.routes` wires them to commands, buttons and flows."""
