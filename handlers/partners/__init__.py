"""Partners: introductions and their matching, coalitions, reports, vouching."""
