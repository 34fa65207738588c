"""The point's data key: where it comes from, how it is kept, what happens when it is missing.

One random 32-byte key per database encrypts the personal data (booking name and phone, the help
log's private note). It is never written to disk in the clear. It is kept

- in the OS secret store (core/security/secrets.py) under the name ``data-key:<key_id>`` when a
  secure store is in use on this computer, and
- wrapped by the **site passphrase** in the database (`site_secret`, migration 0007): AES-GCM under
  a key derived with scrypt. This is how a point recovers the key on a new computer, and the only
  way where no secure store exists — then the passphrase is asked once per session
  (`unlock(db, passphrase)`, the `DIGITUKI_PASSPHRASE` environment variable, or
  `set_session_passphrase()` from the CLI's ``--passphrase-stdin``).

While the key is not available (locked, or lost), `cipher_for` returns a cipher that cannot read
(the personal fields show as unreadable) and refuses to write personal data; everything else —
statistics included — keeps working.

An interim key file (``field-key`` in the data folder, written by earlier builds) is read once,
moved into the secure store and/or wrapped by the passphrase, and then deleted.
"""

from __future__ import annotations

import base64
import contextlib
import enum
import hashlib
import logging
import os
import secrets as _random
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from digituki.core import clock
from digituki.core.domain.errors import DigitukiError, ValidationError
from digituki.core.security import secrets
from digituki.core.security.crypto import KEY_BYTES, DecryptionError, FieldCipher

if TYPE_CHECKING:
    from digituki.core.storage.database import Database

log = logging.getLogger(__name__)

KEY_FILE = "field-key"  # the interim key file of earlier builds (migrated, then deleted)
ENV_PASSPHRASE = "DIGITUKI_PASSPHRASE"
MIN_PASSPHRASE = 10
# scrypt: 64 MiB of memory, about 0.1–0.3 s on a library PC. Stored with each wrapped key, so a
# key wrapped with other parameters still unwraps. (The test suite lowers SCRYPT_N for speed.)
SHIPPED_SCRYPT_N = 2**16
SCRYPT_N, SCRYPT_R, SCRYPT_P = SHIPPED_SCRYPT_N, 8, 1
_WRAP_AAD = b"digituki:data-key:v1:"
# A demo point's data key is public (demo data is synthetic): `digituki demo` needs no secret.
# It is labelled by its key id, used only in a database marked as a demo point (site setting
# "demo", which nothing clears), never kept in the OS store and never wrapped by a passphrase.
DEMO_KEY_PREFIX = "DEMO-PUBLIC-KEY-"
DEMO_KEY = hashlib.sha256(b"Digituki demo point: synthetic data only, never a real point").digest()
DEMO_SETTING = "demo"

_lock = threading.RLock()
_ciphers: weakref.WeakKeyDictionary[Database, FieldCipher] = weakref.WeakKeyDictionary()
_folders: weakref.WeakKeyDictionary[Database, Path] = weakref.WeakKeyDictionary()
_keys: weakref.WeakKeyDictionary[Database, bytes] = weakref.WeakKeyDictionary()
_keys_by_id: dict[str, bytes] = {}  # unlocked this session (a restored backup shares the key id)
_kek_cache: dict[tuple[bytes, bytes, int, int, int], bytes] = {}
_session_passphrase: str | None = None


class KeyUnavailableError(DigitukiError):
    """The data key is not available: locked (passphrase not given) or lost."""

    code = "key_unavailable"


class WrongPassphraseError(KeyUnavailableError):
    """A passphrase was given and it does not open the key (so the key stays unavailable)."""

    code = "wrong_passphrase"


class SigningKeyLockedError(KeyUnavailableError):
    """A coordinator file must be signed and the signing key is locked with the data key."""

    code = "signing_key_locked"


class DemoKeyError(DigitukiError):
    """The public demo key cannot protect a real point (nor be protected by a passphrase)."""

    code = "demo_key"


class DemoOnRealPointError(DigitukiError):
    """Demo data is never added to a database that holds a real point's data."""

    code = "demo_on_real_point"


class KeyState(enum.Enum):
    READY = "ready"
    LOCKED = "locked"  # a wrapped key exists: the passphrase opens it
    NEW_PASSPHRASE = "new_passphrase"  # no secure store and no key yet: a passphrase is needed
    LOST = "lost"  # a key id exists but neither the secure store nor a wrapped key has the key


@dataclass(frozen=True)
class KeyStatus:
    state: KeyState
    secure_store: bool  # the OS secret store is in use on this computer
    passphrase_set: bool  # the key is also wrapped by a site passphrase (recoverable)
    key_id: str = ""
    legacy_file: bool = False  # an interim key file is still on disk (set a passphrase to move it)
    demo: bool = False  # a demo point: the public demo key, no passphrase


class UnavailableCipher(FieldCipher):
    """Stands in while the key is missing: reads fail as unreadable, writes are refused."""

    def __init__(self) -> None:
        super().__init__(bytes(KEY_BYTES))

    def encrypt(self, plaintext: str, associated: str) -> bytes:
        raise KeyUnavailableError()

    def decrypt(self, token: bytes, associated: str) -> str:
        raise DecryptionError()


# --- session passphrase ----------------------------------------------------------------------


def set_session_passphrase(passphrase: str | None) -> None:
    """The passphrase for this process (CLI ``--passphrase-stdin``); used to unlock or create."""
    global _session_passphrase
    with _lock:
        _session_passphrase = passphrase or None


def _given_passphrase() -> str | None:
    return _session_passphrase or os.environ.get(ENV_PASSPHRASE) or None


def check_passphrase(passphrase: str) -> None:
    """`ValidationError` if the passphrase is too short to protect the key."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise ValidationError("passphrase_short", "passphrase", low=MIN_PASSPHRASE)


# --- public API ------------------------------------------------------------------------------


def register_key_folder(db: Database, folder: Path) -> None:
    """Where an interim key file of earlier builds may be (the data folder) for this database."""
    with _lock:
        _folders[db] = folder
        _ciphers.pop(db, None)


def cipher_for(db: Database) -> FieldCipher:
    """The cipher for personal data in `db`; an `UnavailableCipher` while the key is missing."""
    with _lock:
        cipher = _ciphers.get(db)
        if cipher is not None:
            return cipher
        try:
            cipher = FieldCipher(data_key(db))
        except KeyUnavailableError:
            return UnavailableCipher()  # not cached: an unlock later must take effect
        _ciphers[db] = cipher
        return cipher


def data_key(db: Database) -> bytes:
    """The data key for `db`; created on first use; `KeyUnavailableError` if locked or lost."""
    with _lock:
        key = _keys.get(db)
        if key is None:
            key = _resolve(db)
            _keys[db] = key
        return key


def prepare(db: Database) -> None:
    """Resolve the key when the database opens (creating it if it can); locked is not an error."""
    if _memory_only(db):
        return
    with contextlib.suppress(KeyUnavailableError):
        data_key(db)


def key_status(db: Database) -> KeyStatus:
    """Whether the key is ready, and how it is kept (for the start dialog and Settings)."""
    store = secrets.status().secure
    if _memory_only(db):
        return KeyStatus(KeyState.READY, store, False)
    with contextlib.suppress(KeyUnavailableError):
        data_key(db)
    row = _read_row(db)
    with _lock:
        ready = db in _keys
    legacy = legacy_key_file_present(db)
    if row is None:
        state = KeyState.READY if ready else KeyState.NEW_PASSPHRASE
        return KeyStatus(state, store, False, legacy_file=legacy)
    if ready:
        state = KeyState.READY
    elif row.wrapped_key is not None:
        state = KeyState.LOCKED
    else:
        state = KeyState.LOST
    demo = is_demo_key_id(row.key_id)
    return KeyStatus(state, store, row.wrapped_key is not None, row.key_id, legacy, demo)


def unlock(db: Database, passphrase: str) -> None:
    """Open the wrapped key with `passphrase` (or create the key when there is none yet)."""
    row = _read_row(db)
    if row is not None and is_demo_key_id(row.key_id):
        data_key(db)  # the public key needs no passphrase (KeyUnavailableError if not a demo)
        return
    with _lock:
        if row is None or row.wrapped_key is None:
            if db in _keys:
                return
            if row is not None:
                raise KeyUnavailableError()
            check_passphrase(passphrase)
            key = _legacy_key(db) or FieldCipher.new_key()
            _create_row(db, key, passphrase)
            _remember(db, _read_row_required(db).key_id, key)
            _delete_legacy_file(db)
            return
        key = _unwrap(row, passphrase)
        _remember(db, row.key_id, key)
        _save_in_store(row.key_id, key)


def set_passphrase(db: Database, passphrase: str) -> None:
    """Wrap the (available) data key with a new site passphrase, replacing any earlier one."""
    check_passphrase(passphrase)
    row = _read_row(db)
    if row is not None and is_demo_key_id(row.key_id):
        raise DemoKeyError()
    key = data_key(db)
    with _lock:
        if row is None:
            _create_row(db, key, passphrase)
        else:
            _write_wrapped(db, row.key_id, key, passphrase)
        _delete_legacy_file(db)
    log.info("the data key is now also protected by a site passphrase")


def forget_session_keys() -> None:
    """Drop every key held in memory (tests; a locked computer)."""
    with _lock:
        _keys.clear()
        _ciphers.clear()
        _keys_by_id.clear()
        _kek_cache.clear()


def is_demo_key_id(key_id: str) -> bool:
    return key_id.startswith(DEMO_KEY_PREFIX)


def is_demo(db: Database) -> bool:
    """True for a demo point (its data is synthetic, its data key public)."""
    from digituki.core.storage.orm import SiteSetting

    with db.unit_of_work() as uow:
        row = uow.session.get(SiteSetting, DEMO_SETTING)
        return row is not None and row.value == "true"


def _holds_point_data(db: Database) -> bool:
    from sqlalchemy import func, select

    from digituki.core.storage.orm import Booking, HelpSession

    with db.unit_of_work() as uow:
        for table in (Booking, HelpSession):
            if uow.session.execute(select(func.count()).select_from(table)).scalar_one():
                return True
    return False


def use_demo_key(db: Database) -> None:
    """Make `db` a demo point with the public demo key; `DemoKeyError` for a real point's data.

    A database that holds no bookings or help sessions yet may become a demo point (its unused
    key, if any, is replaced); one that does is refused unless it is a demo point already.
    """
    from digituki.core.storage.orm import SiteSecret, SiteSetting

    row = _read_row(db)
    demo = is_demo(db)
    if row is not None and is_demo_key_id(row.key_id) and demo:
        with _lock:
            _remember(db, row.key_id, DEMO_KEY)
        return
    if not demo and _holds_point_data(db):
        raise DemoOnRealPointError()
    key_id = DEMO_KEY_PREFIX + _random.token_hex(8)
    with db.unit_of_work() as uow:
        old = uow.session.get(SiteSecret, 1)
        if old is not None:
            uow.session.delete(old)
            uow.session.flush()
        uow.session.add(SiteSecret(id=1, key_id=key_id, updated_at=clock.now()))
        if uow.session.get(SiteSetting, DEMO_SETTING) is None:
            uow.session.add(SiteSetting(key=DEMO_SETTING, value="true"))
        uow.commit()
    with _lock:
        _remember(db, key_id, DEMO_KEY)
    log.info("this database is a demo point: its data key is the public demo key")


# --- resolving the key -----------------------------------------------------------------------


def _memory_only(db: Database) -> bool:
    url = db.engine.url
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def _resolve(db: Database) -> bytes:
    if _memory_only(db):
        return FieldCipher.new_key()  # a private in-memory database dies with its key
    row = _read_row(db)
    if row is None:
        return _first_key(db)
    if is_demo_key_id(row.key_id):
        if not is_demo(db):  # the public key never opens a database not marked as a demo
            log.warning("a demo key was found in a database that is not a demo point: refused")
            raise KeyUnavailableError()
        return DEMO_KEY
    cached = _keys_by_id.get(row.key_id)
    if cached is not None:
        return cached
    stored = _from_store(row.key_id)
    if stored is not None:
        _keys_by_id[row.key_id] = stored
        _delete_legacy_file(db)
        return stored
    legacy = _legacy_key(db)
    given = _given_passphrase()
    wrong = False
    if row.wrapped_key is not None and given is not None:
        try:
            key = _unwrap(row, given)
        except WrongPassphraseError:
            wrong = True
        else:
            _keys_by_id[row.key_id] = key
            _save_in_store(row.key_id, key)
            return key
    if legacy is not None:
        return legacy
    # "the passphrase is not right", not "the details are locked", when one was given
    raise WrongPassphraseError() if wrong else KeyUnavailableError()


def _first_key(db: Database) -> bytes:
    """No key recorded in the database yet: take the interim file's key or make a new one."""
    legacy = _legacy_key(db)
    key = legacy or FieldCipher.new_key()
    given = _given_passphrase()
    if secrets.status().secure:
        key_id = _create_row(db, key, given)
        key = _read_back(db, key_id, key)
        _save_in_store(key_id, key)
        if _from_store(key_id) != key:
            raise KeyUnavailableError()
    elif given is not None:
        check_passphrase(given)
        key_id = _create_row(db, key, given)
        key = _read_back(db, key_id, key)
    elif legacy is not None:
        return legacy  # kept until a passphrase is set (the start dialog asks for one)
    else:
        raise KeyUnavailableError()
    _keys_by_id[key_id] = key
    _delete_legacy_file(db)
    return key


def _read_back(db: Database, key_id: str, key: bytes) -> bytes:
    """Another desk may have created the key at the same moment: the stored row wins."""
    row = _read_row_required(db)
    if row.key_id == key_id:
        return key
    stored = _from_store(row.key_id)
    if stored is not None:
        return stored
    given = _given_passphrase()
    if row.wrapped_key is not None and given is not None:
        return _unwrap(row, given)
    raise KeyUnavailableError()


def _remember(db: Database, key_id: str, key: bytes) -> None:
    _keys[db] = key
    _keys_by_id[key_id] = key
    _ciphers.pop(db, None)


def _account(key_id: str) -> str:
    return f"data-key:{key_id}"


def _from_store(key_id: str) -> bytes | None:
    stored = secrets.load(_account(key_id))
    if not stored:
        return None
    try:
        key = base64.b64decode(stored, validate=True)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def _save_in_store(key_id: str, key: bytes) -> None:
    if not secrets.status().secure or is_demo_key_id(key_id):
        return
    try:
        secrets.store(_account(key_id), base64.b64encode(key).decode("ascii"))
    except secrets.SecureStoreUnavailable:
        log.warning("the secure secret store refused the data key")


# --- the interim key file --------------------------------------------------------------------


def _legacy_path(db: Database) -> Path | None:
    folder = _folders.get(db)
    if folder is None:
        url = db.engine.url
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
            return None
        folder = Path(str(url.database)).resolve().parent
    return folder / KEY_FILE


def _legacy_key(db: Database) -> bytes | None:
    path = _legacy_path(db)
    if path is None or not path.exists():
        return None
    try:
        key = base64.b64decode(path.read_bytes().strip(), validate=True)
    except (OSError, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None


def _delete_legacy_file(db: Database) -> None:
    path = _legacy_path(db)
    if path is None or not path.exists():
        return
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:  # overwrite before unlinking: no key left in the block
            fh.write(os.urandom(size))
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()
        log.info("the interim key file was moved into safe keeping and deleted")
    except OSError:
        log.warning("the interim key file could not be deleted")


def legacy_key_file_present(db: Database) -> bool:
    path = _legacy_path(db)
    return path is not None and path.exists()


# --- wrapping --------------------------------------------------------------------------------


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    digest = hashlib.sha256(passphrase.encode("utf-8")).digest()
    cache_key = (digest + salt, salt, n, r, p)
    kek = _kek_cache.get(cache_key)
    if kek is None:
        kek = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
        _kek_cache[cache_key] = kek
    return kek


def wrap_key(key: bytes, key_id: str, passphrase: str) -> tuple[bytes, bytes]:
    """(wrapped key, salt) for `key` under `passphrase` with the current scrypt parameters."""
    salt = os.urandom(16)
    kek = _kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    nonce = os.urandom(12)
    sealed = AESGCM(kek).encrypt(nonce, key, _WRAP_AAD + key_id.encode("ascii"))
    return nonce + sealed, salt


def _unwrap(row: _Row, passphrase: str) -> bytes:
    assert row.wrapped_key is not None and row.salt is not None
    kek = _kek(passphrase, row.salt, row.kdf_n or SCRYPT_N, row.kdf_r or SCRYPT_R, row.kdf_p or 1)
    blob = row.wrapped_key
    try:
        key = AESGCM(kek).decrypt(blob[:12], blob[12:], _WRAP_AAD + row.key_id.encode("ascii"))
    except InvalidTag:
        raise WrongPassphraseError() from None
    if len(key) != KEY_BYTES:
        raise WrongPassphraseError()
    return key


# --- the site_secret row ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    key_id: str
    wrapped_key: bytes | None
    salt: bytes | None
    kdf_n: int | None
    kdf_r: int | None
    kdf_p: int | None


def _read_row(db: Database) -> _Row | None:
    from digituki.core.storage.orm import SiteSecret

    with db.unit_of_work(read_only=True) as uow:
        row = uow.session.get(SiteSecret, 1)
        if row is None:
            return None
        return _Row(row.key_id, row.wrapped_key, row.salt, row.kdf_n, row.kdf_r, row.kdf_p)


def _read_row_required(db: Database) -> _Row:
    row = _read_row(db)
    if row is None:
        raise KeyUnavailableError()
    return row


def _create_row(db: Database, key: bytes, passphrase: str | None) -> str:
    """Record a new key id (and the wrapped key); returns the id that is stored afterwards."""
    from sqlalchemy.exc import IntegrityError

    from digituki.core.storage.orm import SiteSecret

    key_id = _random.token_hex(16)
    wrapped, salt = wrap_key(key, key_id, passphrase) if passphrase else (None, None)
    try:
        with db.unit_of_work() as uow:
            uow.session.add(
                SiteSecret(
                    id=1,
                    key_id=key_id,
                    wrapped_key=wrapped,
                    kdf="scrypt" if wrapped else None,
                    salt=salt,
                    kdf_n=SCRYPT_N if wrapped else None,
                    kdf_r=SCRYPT_R if wrapped else None,
                    kdf_p=SCRYPT_P if wrapped else None,
                    updated_at=clock.now(),
                )
            )
            uow.commit()
    except IntegrityError:
        return _read_row_required(db).key_id
    return key_id


def _write_wrapped(db: Database, key_id: str, key: bytes, passphrase: str) -> None:
    from digituki.core.storage.orm import SiteSecret

    wrapped, salt = wrap_key(key, key_id, passphrase)
    with db.unit_of_work() as uow:
        row = uow.session.get(SiteSecret, 1)
        assert row is not None
        row.wrapped_key, row.salt, row.kdf = wrapped, salt, "scrypt"
        row.kdf_n, row.kdf_r, row.kdf_p = SCRYPT_N, SCRYPT_R, SCRYPT_P
        row.updated_at = clock.now()
        uow.commit()
