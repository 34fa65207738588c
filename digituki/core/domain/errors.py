"""Typed errors of the core.

The core never produces UI text: each error carries a stable `code` and keyword parameters, and the
UI (`digituki.ui.errors`) or the CLI turns them into a message in the user's language.
"""

from __future__ import annotations

from typing import Any, ClassVar


class DigitukiError(Exception):
    """Base class: an expected failure with a message code and parameters."""

    code: ClassVar[str] = "error"

    def __init__(self, **params: Any) -> None:
        self.params: dict[str, Any] = params
        super().__init__(self.code, params)

    def __str__(self) -> str:  # for logs: code and parameter *names* only, never their values
        return f"{self.code}({', '.join(sorted(self.params))})"


class ValidationError(DigitukiError):
    """Input that breaks a rule; `field` names the offending input."""

    code = "validation"

    def __init__(self, code: str, field: str = "", **params: Any) -> None:
        self.field = field
        self.validation_code = code
        super().__init__(field=field, **params)

    @property
    def message_code(self) -> str:
        return self.validation_code

    def __str__(self) -> str:
        return f"validation:{self.validation_code}({self.field})"


class NotFoundError(DigitukiError):
    code = "not_found"


class ConflictError(DigitukiError):
    """The data changed under us or a rule of the stored data forbids the change."""

    code = "conflict"


class DatabaseError(DigitukiError):
    code = "database"


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer Digituki; we must not modify it."""

    code = "database_too_new"


class DatabaseReadOnlyError(DatabaseError):
    """The database is open read-only (written by a newer Digituki): nothing can be saved."""

    code = "database_read_only"


class DatabaseNotWritableError(DatabaseError):
    """The database file or its folder is read-only (`path`): nothing was written (issue 22)."""

    code = "database_not_writable"


class DiskFullError(DatabaseError):
    """The disk holding the database is full: the change was not saved, nothing was lost."""

    code = "disk_full"


class DatabaseOpenError(DatabaseError):
    code = "database_open"


class SettingsError(DigitukiError):
    code = "settings"
