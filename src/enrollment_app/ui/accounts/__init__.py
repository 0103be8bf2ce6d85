"""User accounts: the supervisors' users screen and the password dialogs."""
