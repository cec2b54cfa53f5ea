"""PySide6 desktop application: windows, dialogs, table models, background operations.

Talks to the core only through the services of :class:`special_ed.bootstrap.App`.
"""
