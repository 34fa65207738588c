"""Test setup shared by all tiers: offscreen Qt, a private data folder, markers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Never a real display, never the user's own data folder or keyring.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("DIGITUKI_HOME", None)
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
# No secure store under the fail backend: the data key is wrapped by this site passphrase.
os.environ.setdefault("DIGITUKI_PASSPHRASE", "test site passphrase")

TESTS = Path(__file__).parent


def _cheap_scrypt() -> None:
    """Wrapping the data key costs 64 MiB and ~0.3 s of scrypt per new data folder by design;
    hundreds of test windows would spend minutes in it. The parameters are stored with each
    wrapped key, so the code paths are the same (the shipped value is checked in test_data_key)."""
    from digituki.core.security import keys

    keys.SCRYPT_N = 2**10


_cheap_scrypt()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if (TESTS / "gui") in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh data folder, also exported as DIGITUKI_HOME."""
    home = tmp_path / "digituki-home"
    monkeypatch.setenv("DIGITUKI_HOME", str(home))
    yield home


@pytest.fixture
def db():  # type: ignore[no-untyped-def]
    """A migrated private in-memory database."""
    from digituki.core.storage.database import Database

    database = Database.in_memory()
    yield database
    database.close()
