"""Applications to programs: applying, the selection interview, decisions, one person's history."""
