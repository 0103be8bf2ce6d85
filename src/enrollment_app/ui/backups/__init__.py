"""Backups: the restore screen with its settings, the start-up check, the restore flow."""
