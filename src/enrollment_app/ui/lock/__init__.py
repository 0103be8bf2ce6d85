"""The lock screen: locks after idle time or Ctrl+L, opens with a password."""
