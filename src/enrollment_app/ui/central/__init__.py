"""The central office's screens (for the "central" role)."""
