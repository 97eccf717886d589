"""Domain errors raised by services and the store.

The UI and the CLI map these to messages and exit codes; none of them ever carries victim personal data
in its message, because messages end up in logs and dialogs.
"""

from __future__ import annotations

import datetime as dt
from typing import Any


class Message(str):
    """A refusal's English sentence that keeps its template and values, so an interface speaking another
    language can translate the template and put the same values back (``ui.i18n.localised``); the command
    line and the logs read it as the plain English string it is. ``packaging/translations.py`` reads every
    ``message("...")`` template into the Welsh translation."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Message:
        made = super().__new__(cls, template.format(**{name: _english(value) for name, value in values.items()}))
        made.template = template
        made.values = values
        return made


def message(template: str, /, **values: Any) -> Message:
    """``message("No duty rule {code} is in force on {day}.", code=..., day=a_date)``: dates as dates (each
    language writes its own), other values as they are shown."""
    return Message(template, **values)


def _english(value: Any) -> Any:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return f"{value:%d %b %Y}"
    if isinstance(value, list | tuple):  # several refusals, one after the other
        return " ".join(str(_english(item)) for item in value)
    return value


class RjdeskError(Exception):
    """Base of every error rjdesk raises on purpose."""


class NotFound(RjdeskError):
    """The record does not exist, or belongs to another service (the two are indistinguishable on purpose)."""


class ValidationError(RjdeskError):
    """Input was refused. ``fields`` maps a field name to the message shown next to it."""

    def __init__(self, message: str, fields: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.fields: dict[str, str] = dict(fields or {})


class PermissionDenied(RjdeskError):
    """The acting user's roles do not allow this operation."""


class ConcurrencyConflict(RjdeskError):
    """Someone else saved the record after it was read: reload or overwrite, never a silent lost update."""


class AuthenticationFailed(RjdeskError):
    """Wrong user name or password (deliberately not saying which)."""


class AccountLocked(AuthenticationFailed):
    """Too many failed attempts, or the account was disabled."""


class StoreUnavailable(RjdeskError):
    """The store cannot be opened. The CLI exits 3 for these."""


class WrongKey(StoreUnavailable):
    """The key offered does not match the store's key check value."""


class NoKeyAvailable(StoreUnavailable):
    """No key source: no OS keyring backend, no RJDESK_DB_KEY, no RJDESK_DB_KEY_FILE."""


class StoreDamaged(StoreUnavailable):
    """The key is right but the file is not a readable database."""


class StoreLocked(StoreUnavailable):
    """Another process holds the store locked for longer than the busy timeout."""


class StoreFull(StoreUnavailable):
    """The disk holding the store is full; the transaction was rolled back."""


class StoreReadOnly(StoreUnavailable):
    """The store's file or folder cannot be written; the transaction was rolled back."""


class ServerUnreachable(StoreUnavailable):
    """The team database server did not answer or refused the connection."""


class SchemaOutOfDate(StoreUnavailable):
    """A team database whose schema is behind this version; an administrator must run `db upgrade`."""
