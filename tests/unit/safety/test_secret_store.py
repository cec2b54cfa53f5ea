"""The keyring wrapper: round trip in an in-memory keyring, and a reliable "no keyring here"."""

from __future__ import annotations

import keyring.backend
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null

from special_ed.secret_store import MemoryKeyring, SecretStore, SecretStoreUnavailable


def test_get_set_delete_round_trip() -> None:
    store = SecretStore(MemoryKeyring())
    assert store.available()
    assert store.get("db-key") is None
    store.set("db-key", "s3cret")
    assert store.get("db-key") == "s3cret"
    store.set("db-key", "other")
    assert store.get("db-key") == "other"
    assert store.delete("db-key") is True
    assert store.get("db-key") is None
    assert store.delete("db-key") is False


def test_service_names_keep_secrets_apart() -> None:
    backend = MemoryKeyring()
    a, b = SecretStore(backend, service="special-ed"), SecretStore(backend, service="another")
    a.set("k", "1")
    assert b.get("k") is None
    assert a.get("k") == "1"


def test_empty_secret_is_refused() -> None:
    with pytest.raises(ValueError):
        SecretStore(MemoryKeyring()).set("k", "")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_placeholder_backends_are_not_available(backend: keyring.backend.KeyringBackend) -> None:
    store = SecretStore(backend)
    assert not store.available()
    for call in (lambda: store.get("k"), lambda: store.set("k", "v"), lambda: store.delete("k")):
        with pytest.raises(SecretStoreUnavailable) as info:
            call()
        assert "密钥环" in info.value.message("zh")


def test_chainer_without_real_backends_is_not_available(monkeypatch: pytest.MonkeyPatch) -> None:
    empty = chainer.ChainerBackend()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [fail.Keyring()], raising=False)
    assert not SecretStore(empty).available()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring()], raising=False)
    assert SecretStore(chainer.ChainerBackend()).available()


class _BrokenKeyring(MemoryKeyring):
    """A backend keyring chose that fails when used (Secret Service without a D-Bus session)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("no D-Bus session")


def test_backend_that_fails_on_use_is_not_available() -> None:
    store = SecretStore(_BrokenKeyring())
    assert not store.available()
    with pytest.raises(SecretStoreUnavailable):
        store.get("k")


def test_default_backend_on_this_headless_machine_is_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    # keyring honours PYTHON_KEYRING_BACKEND; the null backend is how an admin switches keyrings off
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    keyring.core.init_backend()
    try:
        assert not SecretStore().available()
    finally:
        monkeypatch.undo()
        keyring.core._keyring_backend = None
