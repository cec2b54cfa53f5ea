"""A database URL's password kept in the OS keyring, never in the preferences file.

The GUI remembers the database it opened last (QSettings, an ini file on Linux, the registry on
Windows). A PostgreSQL URL carries the password; :func:`remember` returns the URL *without* it
for the preferences and keeps the password in the keyring (``special_ed.secret_store``), and
:func:`recall` puts it back, or returns ``None`` so that the caller asks the person — which is
also what happens on a PC without a keyring, where nothing is written down at all.

Plain string work (urllib), no SQLAlchemy: the UI may import this module.
"""

from __future__ import annotations

from urllib.parse import quote, unquote, urlsplit, urlunsplit

from special_ed.secret_store import SecretStore


def split_password(url: str) -> tuple[str, str | None]:
    """(the URL without its password, the password or None)."""
    if "://" not in url or url.startswith("sqlite"):
        return url, None
    parts = urlsplit(url)
    if parts.password is None:
        return url, None
    userinfo, _, hostinfo = parts.netloc.rpartition("@")
    user = userinfo.split(":", 1)[0]
    netloc = f"{user}@{hostinfo}" if user else hostinfo
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment)), unquote(parts.password)


def with_password(url: str, password: str) -> str:
    parts = urlsplit(url)
    userinfo, _, hostinfo = parts.netloc.rpartition("@")
    user = userinfo.split(":", 1)[0]
    netloc = f"{user}:{quote(password, safe='')}@{hostinfo}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def needs_password(url: str) -> bool:
    """A server URL (not SQLite) with a user and no password."""
    if "://" not in url or url.startswith("sqlite"):
        return False
    parts = urlsplit(url)
    return parts.username is not None and parts.password is None


def _key(bare_url: str) -> str:
    return f"database:{bare_url}"


def remember(url: str, store: SecretStore) -> str:
    """What the preferences may keep: the URL without password (the password goes to the keyring)."""
    bare, password = split_password(url)
    if password and store.available():
        store.set(_key(bare), password)
    return bare


def recall(bare_url: str, store: SecretStore) -> str | None:
    """The full URL from the keyring; ``None`` when the password must be asked for."""
    if not needs_password(bare_url):
        return bare_url
    if not store.available():
        return None
    password = store.get(_key(bare_url))
    return with_password(bare_url, password) if password else None
