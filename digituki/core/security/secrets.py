"""The one wrapper over `keyring`: says whether a secure OS secret store is in use.

"Secure store available" is decided by a real round trip — set, get and delete a probe secret —
not by the backend's reported viability (with D-Bus but a locked keyring, Secret Service reports
itself viable and then fails). keyring's `fail` backend, the plaintext/obfuscated backends of
`keyrings.alt`, and any backend with priority < 1 count as no secure store.

There is no silent fallback: when no secure store is in use, `store()` raises
`SecureStoreUnavailable` and `load()` returns None; the caller (core/security/keys.py) then uses
the site passphrase instead.
"""

from __future__ import annotations

import base64
import logging
import os
import threading
from dataclasses import dataclass
from typing import Any

from digituki.core.domain.errors import DigitukiError

log = logging.getLogger(__name__)

SERVICE = "Digituki"
_PROBE_ACCOUNT = "probe"
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

_lock = threading.Lock()
_status: StoreStatus | None = None


class SecureStoreUnavailable(DigitukiError):
    """No secure OS secret store can be used on this computer."""

    code = "secure_store_unavailable"


@dataclass(frozen=True)
class StoreStatus:
    secure: bool
    backend: str  # the backend's class name, for the log and Settings ("" when none)
    reason: str = ""  # why not secure (for the log and tests; never shown as UI text)


def _backend_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _insecure_reason(backend: Any) -> str:
    """Why `backend` does not count as a secure store, or "" if it might be one."""
    name = _backend_name(backend)
    inner = getattr(backend, "backends", None)
    if inner is not None:  # the chainer: secure only through a secure member
        reasons = [_insecure_reason(b) for b in inner]
        if not inner or all(reasons):
            return "chainer without a secure backend"
        return ""
    if name.startswith(_INSECURE_MODULES):
        return f"insecure backend {name}"
    try:
        priority = float(backend.priority)
    except Exception:
        return f"backend {name} reports no priority"
    if priority < 1:
        return f"backend {name} has priority {priority}"
    return ""


def _probe() -> StoreStatus:
    try:
        import keyring
        from keyring.errors import KeyringError
    except Exception as exc:  # keyring missing in a broken install
        return StoreStatus(False, "", f"keyring not importable: {type(exc).__name__}")
    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        return StoreStatus(False, "", f"no backend: {type(exc).__name__}")
    name = _backend_name(backend)
    reason = _insecure_reason(backend)
    if reason:
        return StoreStatus(False, name, reason)
    value = base64.b64encode(os.urandom(12)).decode("ascii")
    try:
        keyring.set_password(SERVICE, _PROBE_ACCOUNT, value)
        back = keyring.get_password(SERVICE, _PROBE_ACCOUNT)
        keyring.delete_password(SERVICE, _PROBE_ACCOUNT)
    except KeyringError as exc:
        return StoreStatus(False, name, f"round trip failed: {type(exc).__name__}")
    except Exception as exc:  # D-Bus errors and the like surface as other types too
        return StoreStatus(False, name, f"round trip failed: {type(exc).__name__}")
    if back != value:
        return StoreStatus(False, name, "round trip returned another value")
    return StoreStatus(True, name)


def status(*, refresh: bool = False) -> StoreStatus:
    """Whether a secure store is in use (probed once per process unless `refresh`)."""
    global _status
    with _lock:
        if _status is None or refresh:
            _status = _probe()
            if _status.secure:
                log.info("secure secret store in use: %s", _status.backend)
            else:
                log.info("no secure secret store (%s)", _status.reason)
        return _status


def reset() -> None:
    """Forget the probe result (tests switch backends)."""
    global _status
    with _lock:
        _status = None


def load(account: str) -> str | None:
    """The secret stored under `account`, or None (also when no secure store is in use)."""
    if not status().secure:
        return None
    try:
        import keyring

        return keyring.get_password(SERVICE, account)
    except Exception as exc:
        log.warning("the secret store could not be read (%s)", type(exc).__name__)
        return None


def store(account: str, secret: str) -> None:
    """Keep `secret` under `account`; `SecureStoreUnavailable` if no secure store works."""
    if not status().secure:
        raise SecureStoreUnavailable()
    try:
        import keyring

        keyring.set_password(SERVICE, account, secret)
        if keyring.get_password(SERVICE, account) != secret:
            raise SecureStoreUnavailable()
    except SecureStoreUnavailable:
        raise
    except Exception as exc:
        log.warning("the secret store refused a secret (%s)", type(exc).__name__)
        raise SecureStoreUnavailable() from None


def delete(account: str) -> None:
    """Remove the secret under `account` if there is one."""
    if not status().secure:
        return
    try:
        import keyring

        keyring.delete_password(SERVICE, account)
    except Exception:
        pass
