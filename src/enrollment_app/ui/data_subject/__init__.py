"""Data-subject requests (UU PDP): export a person's data, record corrections."""
