"""A team project in the window: background sync, the status bar indicator, File → Team project…."""
