"""Plan exporters that need no database: xlsx, iCalendar per team, JSON (see plan.py), PDF route sheets."""
