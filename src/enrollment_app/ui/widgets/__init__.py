"""Widgets shared by several screens: identifier fields, dates, coded choices, messages."""
