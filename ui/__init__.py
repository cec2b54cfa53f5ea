"""PySide6 front end: windows, dialogs, models, background operations. Talks to services only."""
