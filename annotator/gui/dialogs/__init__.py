"""Small dialogs shared by the window: reports, backups, who is annotating."""
