"""特教安置与送教上门 — the Qt-free core."""

__version__ = "0.1.0"
