"""Events: cards and lists, RSVPs and seats, announcing and editing, an organiser's own events."""
