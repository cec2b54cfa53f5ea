"""Secrets in the operating system's keyring (Windows Credential Manager, macOS Keychain, Secret Service).

One small wrapper over the ``keyring`` package, used for the PostgreSQL password (accounts) and the
random SQLCipher key of the embedded database (safety). Secrets never go into a file beside the
database: where the PC has no usable keyring, :meth:`SecretStore.available` says so reliably and the
caller falls back to asking a person (or an environment variable), instead of writing the secret down.

"No usable keyring" is decided in two steps, because ``keyring`` picks a backend without trying it:

* the chosen backend is one of keyring's own placeholders — ``fail.Keyring`` (nothing recommended
  installed, the usual case on a headless Linux) or ``null.Keyring`` (switched off on purpose), or a
  chainer holding no real backend;
* or a harmless read fails (Secret Service without a D-Bus session, a locked keychain that refuses).

Tests inject :class:`MemoryKeyring` (or any ``KeyringBackend``) instead of touching the PC's keyring.
``keyring`` is imported on first use (its plugin discovery costs ~90 ms of every start otherwise).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from special_ed.errors import SpecialEdError

SERVICE = "special-ed"
_PROBE_USER = "__special_ed_probe__"


class SecretStoreUnavailable(SpecialEdError):
    """The PC has no keyring that can keep a secret; ask for a passphrase instead."""

    code = "secret.unavailable"


def _memory_keyring_class() -> type[Any]:
    import keyring.backend
    import keyring.errors

    class MemoryKeyring(keyring.backend.KeyringBackend):
        """A keyring held in this process only: for tests and sessions that must not persist secrets."""

        priority = 1

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]
            self._secrets: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self._secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self._secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            try:
                del self._secrets[(service, username)]
            except KeyError:
                raise keyring.errors.PasswordDeleteError(username) from None

    return MemoryKeyring


if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        def __init__(self) -> None: ...
        def get_password(self, service: str, username: str) -> str | None: ...
        def set_password(self, service: str, username: str, password: str) -> None: ...
        def delete_password(self, service: str, username: str) -> None: ...
else:
    _cached: dict[str, type] = {}

    def __getattr__(name: str) -> Any:
        if name == "MemoryKeyring":
            if name not in _cached:
                _cached[name] = _memory_keyring_class()
            return _cached[name]
        raise AttributeError(name)


def _is_placeholder(backend: Any) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return True
    if isinstance(backend, chainer.ChainerBackend):
        return not any(not _is_placeholder(b) for b in backend.backends)
    return False


def backend_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


class SecretStore:
    """get/set/delete of named secrets under one service name in one keyring backend."""

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE) -> None:
        self._backend = backend
        self.service = service
        self._available: bool | None = None

    @property
    def backend(self) -> KeyringBackend:
        # resolved lazily: keyring's backend discovery imports every installed plugin
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    def available(self) -> bool:
        """Whether secrets can really be kept here (decided once per store, by trying a read)."""
        if self._available is None:
            backend = self.backend
            if _is_placeholder(backend):
                self._available = False
            else:
                try:
                    backend.get_password(self.service, _PROBE_USER)
                except Exception:  # any backend failure means: not usable here
                    self._available = False
                else:
                    self._available = True
        return self._available

    def _require(self) -> KeyringBackend:
        if not self.available():
            raise SecretStoreUnavailable(backend=backend_name(self.backend))
        return self.backend

    def get(self, name: str) -> str | None:
        """The secret called ``name``, or None when none is stored. Raises when there is no keyring."""
        import keyring.errors

        backend = self._require()
        try:
            return backend.get_password(self.service, name)
        except keyring.errors.KeyringError as exc:
            raise SpecialEdError("secret.failed", detail=str(exc) or type(exc).__name__) from exc

    def set(self, name: str, secret: str) -> None:
        if not secret:
            raise ValueError("an empty secret is not kept")
        import keyring.errors

        backend = self._require()
        try:
            backend.set_password(self.service, name, secret)
        except keyring.errors.KeyringError as exc:
            raise SpecialEdError("secret.failed", detail=str(exc) or type(exc).__name__) from exc

    def delete(self, name: str) -> bool:
        """Forget ``name``; False when nothing was stored under it."""
        import keyring.errors

        backend = self._require()
        try:
            backend.delete_password(self.service, name)
        except keyring.errors.PasswordDeleteError:
            return False
        except keyring.errors.KeyringError as exc:
            raise SpecialEdError("secret.failed", detail=str(exc) or type(exc).__name__) from exc
        return True
