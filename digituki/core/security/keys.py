"""Where the field-encryption key comes from — an INTERIM provider.

TODO(data-safety issue 8): this module is replaced by passphrase wrapping of the key. Until then:

- the key is kept in the operating system's secret store (via `keyring`) when a write-and-read-back
  round trip to that store works;
- otherwise in the file ``<key folder>/field-key`` (mode 0600, private to the user). That is weaker
  than the OS store but never weaker than the database file next to it, and it is the path the
  tests exercise (they select keyring's "fail" backend).

The key folder is the data folder. For a SQLite file it is the folder of the database file (which
is the data folder); other databases (PostgreSQL) need `register_key_folder(db, folder)` at start.
A private in-memory database gets a throw-away key: its data dies with it anyway.

Callers get a cipher with `cipher_for(db)`; nothing else reads or writes the key.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import sys
import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from digituki.core.domain.errors import DigitukiError
from digituki.core.security.crypto import KEY_BYTES, FieldCipher

if TYPE_CHECKING:
    from digituki.core.storage.database import Database

log = logging.getLogger(__name__)

KEY_FILE = "field-key"
KEYRING_SERVICE = "Digituki"

_lock = threading.RLock()
_ciphers: weakref.WeakKeyDictionary[Database, FieldCipher] = weakref.WeakKeyDictionary()
_folders: weakref.WeakKeyDictionary[Database, Path] = weakref.WeakKeyDictionary()
_keys: weakref.WeakKeyDictionary[Database, bytes] = weakref.WeakKeyDictionary()


class KeyUnavailableError(DigitukiError):
    """No field key can be found or created (e.g. the data folder is not writable)."""

    code = "key_unavailable"


def register_key_folder(db: Database, folder: Path) -> None:
    """Use the key kept for `folder` (the data folder) for this database."""
    with _lock:
        _folders[db] = folder
        _ciphers.pop(db, None)


def cipher_for(db: Database) -> FieldCipher:
    """The cipher for personal data in `db` (the key is created on first use)."""
    with _lock:
        cipher = _ciphers.get(db)
        if cipher is None:
            cipher = FieldCipher(data_key(db))
            _ciphers[db] = cipher
        return cipher


def data_key(db: Database) -> bytes:
    """The point's data key for `db` (the same one `cipher_for` uses), created on first use."""
    with _lock:
        key = _keys.get(db)
        if key is None:
            key = _key_for(db)
            _keys[db] = key
        return key


def _key_for(db: Database) -> bytes:
    folder = _folders.get(db)
    if folder is None:
        url = db.engine.url
        if url.get_backend_name() == "sqlite":
            if url.database in (None, "", ":memory:"):
                return FieldCipher.new_key()
            folder = Path(str(url.database)).resolve().parent
        else:
            raise KeyUnavailableError()
    return load_or_create_key(folder)


def _keyring_account(folder: Path) -> str:
    return f"field-key:{folder.resolve()}"


def _keyring_works() -> bool:
    """True if the OS secret store can store a value and give it back."""
    try:
        import keyring

        probe = base64.b64encode(os.urandom(12)).decode("ascii")
        keyring.set_password(KEYRING_SERVICE, "probe", probe)
        ok = bool(keyring.get_password(KEYRING_SERVICE, "probe") == probe)
        with contextlib.suppress(Exception):
            keyring.delete_password(KEYRING_SERVICE, "probe")
        return ok
    except Exception:  # no backend, locked store, D-Bus missing…: use the file instead
        return False


def _from_keyring(folder: Path) -> bytes | None:
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, _keyring_account(folder))
    except Exception:
        return None
    if not stored:
        return None
    key = base64.b64decode(stored)
    return key if len(key) == KEY_BYTES else None


def load_or_create_key(folder: Path) -> bytes:
    """The key for `folder`: an existing key file first, then the OS store, else a new key."""
    path = folder / KEY_FILE
    if path.exists():
        return _read_key_file(path)
    key_in_store = _from_keyring(folder)
    if key_in_store is not None:
        return key_in_store
    key = FieldCipher.new_key()
    if _keyring_works():
        try:
            import keyring

            keyring.set_password(
                KEYRING_SERVICE, _keyring_account(folder), base64.b64encode(key).decode("ascii")
            )
            if _from_keyring(folder) == key:
                log.info("field key kept in the system's secret store")
                return key
        except Exception:
            log.warning("the system's secret store refused the field key; using a key file")
    key = _write_key_file(path, key)
    log.info("field key kept in a private key file in the data folder")
    return key


def _read_key_file(path: Path) -> bytes:
    key = base64.b64decode(path.read_bytes().strip())
    if len(key) != KEY_BYTES:
        raise KeyUnavailableError()
    return key


def _write_key_file(path: Path, key: bytes) -> bytes:
    """Create the key file; if another process created it first, its key wins (returned)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(base64.b64encode(key) + b"\n")
            fh.flush()
            os.fsync(fh.fileno())
        if sys.platform != "win32":
            os.chmod(tmp, 0o600)
        try:
            os.link(tmp, path)  # never replaces an existing key file
        except FileExistsError:
            key = _read_key_file(path)
        finally:
            tmp.unlink(missing_ok=True)
        return key
    except OSError as exc:
        raise KeyUnavailableError() from exc
