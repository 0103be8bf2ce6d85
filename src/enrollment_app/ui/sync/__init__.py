"""Sync screens: exporting bundles for the central office, applying its updates."""
