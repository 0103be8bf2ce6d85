"""Help menu: the first-hour guide per role and the keyboard shortcut sheet."""
