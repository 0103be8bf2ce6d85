"""File > Settings: the interface language and, for supervisors, the screen-lock time."""
