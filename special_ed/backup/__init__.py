"""Encrypted backups, restores and transfers between database kinds (see service.py)."""
