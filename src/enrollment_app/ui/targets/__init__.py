"""The targets dashboard: each program target counted in its own unit."""
