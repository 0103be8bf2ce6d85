"""Offline enrollment for skills-training programs in Kota Tangerang."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "enrollment_app"
