"""Keys for the encrypted local store (DESIGN §6a).

Key sources, in order:
1. ``RJDESK_DB_KEY`` — a passphrase (any non-empty string); SQLCipher derives the key from it. When it is
   set the keyring is never touched.
2. ``RJDESK_DB_KEY_FILE`` — a file holding a raw key, as a recovery key or 64 hex digits. Only when named;
   never created silently.
3. The OS keyring — 32 random bytes, used as a raw SQLCipher key (fast to open).

Beside the database sits ``<db>.key.json``, the *key check* sidecar: the store id (which names the keyring
entry), which kind of key the store uses, and a salted PBKDF2 check value of the key. It lets rjdesk tell a
wrong key from a damaged file, so a wrong key is never "repaired" from a backup.

The *recovery key* is the raw key written for people: base32 in groups of four, with a checksum so a typo
is caught. It is shown once when a store is created (or re-keyed) and can be used as a key file.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from rjdesk.errors import NoKeyAvailable, ValidationError, WrongKey

KEYRING_SERVICE = "rjdesk"
ENV_PASSPHRASE = "RJDESK_DB_KEY"  # noqa: S105 - the variable name, not a secret
ENV_KEY_FILE = "RJDESK_DB_KEY_FILE"
_CHECK_ITERATIONS = 60_000
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")
FROM_KEYRING = "the OS keyring"
FROM_KEY_FILE = "the key file"

KeyKind = Literal["raw", "passphrase"]


@dataclass(frozen=True)
class KeyMaterial:
    """What opens a store. ``value`` is 64 lowercase hex digits (raw) or the passphrase itself."""

    kind: KeyKind
    value: str
    origin: str  # FROM_KEYRING, ENV_PASSPHRASE or FROM_KEY_FILE — for messages, never the key itself

    def __repr__(self) -> str:  # keep keys out of tracebacks and logs
        return f"KeyMaterial(kind={self.kind!r}, origin={self.origin!r})"

    @property
    def kept_in_keyring(self) -> bool:
        return self.origin == FROM_KEYRING

    def sqlcipher_pragma_value(self) -> str:
        """The right-hand side of ``PRAGMA key = ...`` (and ``ATTACH ... KEY ...``), quoted for SQL."""
        if self.kind == "raw":
            return f"\"x'{self.value}'\""
        return "'" + self.value.replace("'", "''") + "'"

    def secret_bytes(self) -> bytes:
        return bytes.fromhex(self.value) if self.kind == "raw" else self.value.encode("utf-8")


def new_raw_key(origin: str = FROM_KEYRING) -> KeyMaterial:
    return KeyMaterial("raw", secrets.token_bytes(32).hex(), origin)


# ---------------------------------------------------------------------------------------------- recovery key


def recovery_key_for(key: KeyMaterial) -> str:
    """Format a raw key for a person: 56 base32 characters in 14 groups of four (32 key bytes + checksum)."""
    if key.kind != "raw":
        raise ValueError("only raw keys have a recovery key")
    raw = bytes.fromhex(key.value)
    text = base64.b32encode(raw + hashlib.sha256(raw).digest()[:3]).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_raw_key(text: str, origin: str) -> KeyMaterial:
    """Accept a recovery key (any case, spaces or dashes) or 64 hex digits; refuse anything else clearly."""
    compact = re.sub(r"[\s-]", "", text).strip()
    if _HEX_KEY.match(compact.lower()):
        return KeyMaterial("raw", compact.lower(), origin)
    try:
        decoded = base64.b32decode(compact.upper())
    except (ValueError, base64.binascii.Error):  # type: ignore[attr-defined]
        raise ValidationError("That is not a recovery key: expected 14 groups of four letters and digits.") from None
    if len(decoded) != 35 or hashlib.sha256(decoded[:32]).digest()[:3] != decoded[32:]:
        raise ValidationError("That recovery key has a typing mistake: its checksum does not match.")
    return KeyMaterial("raw", decoded[:32].hex(), origin)


# ---------------------------------------------------------------------------------------------- key check


@dataclass(frozen=True)
class KeyCheck:
    """The contents of the ``.key.json`` sidecar."""

    store_id: str
    kind: KeyKind
    salt: str
    check: str
    key_id: str  # names the keyring entry; changes on every rekey

    @staticmethod
    def create(key: KeyMaterial, store_id: str | None = None) -> KeyCheck:
        salt = secrets.token_hex(16)
        return KeyCheck(
            store_id=store_id or uuid.uuid4().hex,
            kind=key.kind,
            salt=salt,
            check=_check_value(key, salt),
            key_id=uuid.uuid4().hex,
        )

    def matches(self, key: KeyMaterial) -> bool:
        return key.kind == self.kind and hmac.compare_digest(self.check, _check_value(key, self.salt))

    def fingerprint(self) -> str:
        """A short, non-secret name of the key, so a backup can say which key it needs."""
        return self.key_id[:8]

    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True, indent=2)

    @staticmethod
    def from_json(text: str) -> KeyCheck:
        data = json.loads(text)
        return KeyCheck(**{k: data[k] for k in ("store_id", "kind", "salt", "check", "key_id")})


def _check_value(key: KeyMaterial, salt: str) -> str:
    return hashlib.pbkdf2_hmac(
        "sha256", key.secret_bytes(), bytes.fromhex(salt) + b"rjdesk-key-check", _CHECK_ITERATIONS
    ).hex()


def key_check_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".key.json")


def read_key_check(db_path: Path) -> KeyCheck | None:
    path = key_check_path(db_path)
    if not path.exists():
        return None
    return KeyCheck.from_json(path.read_text(encoding="utf-8"))


def write_key_check(db_path: Path, check: KeyCheck) -> None:
    """Write atomically: a half-written sidecar would make a good store look unopenable."""
    path = key_check_path(db_path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(check.to_json(), encoding="utf-8")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


# ---------------------------------------------------------------------------------------------- keyring


class SecretStore(Protocol):
    """Where raw keys and server passwords live. The OS keyring in production; injectable in tests."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, secret: str) -> None: ...

    def delete(self, name: str) -> None: ...


class KeyringSecretStore:
    """The OS keyring via ``keyring`` (imported lazily: it is slow and may probe D-Bus).

    A machine without a usable backend raises NoKeyAvailable with the way out, never a plain-text store.
    """

    def get(self, name: str) -> str | None:
        import keyring
        from keyring.errors import KeyringError, NoKeyringError

        try:
            value: str | None = keyring.get_password(KEYRING_SERVICE, name)
        except NoKeyringError:
            raise NoKeyAvailable(_NO_KEYRING) from None
        except KeyringError as exc:
            raise NoKeyAvailable(f"The OS keyring could not be read ({type(exc).__name__}). {_WAY_OUT}") from None
        return value

    def set(self, name: str, secret: str) -> None:
        import keyring
        from keyring.errors import KeyringError, NoKeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, name, secret)
            kept = keyring.get_password(KEYRING_SERVICE, name)
        except NoKeyringError:
            raise NoKeyAvailable(_NO_KEYRING) from None
        except KeyringError as exc:
            raise NoKeyAvailable(f"The OS keyring refused the key ({type(exc).__name__}). {_WAY_OUT}") from None
        if kept != secret:
            # The null backend accepts and forgets: refuse rather than create a store nobody can reopen.
            raise NoKeyAvailable(f"The OS keyring did not keep the key. {_WAY_OUT}")

    def delete(self, name: str) -> None:
        import keyring
        from keyring.errors import KeyringError

        with contextlib.suppress(KeyringError):
            keyring.delete_password(KEYRING_SERVICE, name)


_WAY_OUT = "Set RJDESK_DB_KEY to a passphrase, or RJDESK_DB_KEY_FILE to a file holding the recovery key."
_NO_KEYRING = f"No OS keyring is available on this computer. {_WAY_OUT}"


def keyring_entry_name(check: KeyCheck) -> str:
    return f"db-key:{check.store_id}:{check.key_id}"


# ---------------------------------------------------------------------------------------------- resolution


def key_from_environment() -> KeyMaterial | None:
    """The key named by the environment, if any (passphrase first, then key file)."""
    passphrase = os.environ.get(ENV_PASSPHRASE)
    if passphrase is not None:
        if not passphrase:
            raise NoKeyAvailable(f"{ENV_PASSPHRASE} is set but empty.")
        return KeyMaterial("passphrase", passphrase, ENV_PASSPHRASE)
    key_file = os.environ.get(ENV_KEY_FILE)
    if key_file:
        path = Path(key_file)
        if not path.is_file():
            raise NoKeyAvailable(f"{ENV_KEY_FILE} names {path}, which does not exist (it is never created).")
        try:
            return parse_raw_key(path.read_text(encoding="utf-8"), FROM_KEY_FILE)
        except ValidationError as exc:
            raise WrongKey(f"The key file {path} does not hold a key: {exc}") from None
    return None


def resolve_existing_key(check: KeyCheck, secrets_store: SecretStore) -> KeyMaterial:
    """The key for an existing store, verified against its key check: WrongKey if it does not match."""
    key = key_from_environment()
    if key is None:
        stored = secrets_store.get(keyring_entry_name(check))
        if stored is None:
            raise NoKeyAvailable(
                "This computer's keyring holds no key for this store. "
                "Set RJDESK_DB_KEY_FILE to a file holding the recovery key to open it."
            )
        key = KeyMaterial("raw", stored, FROM_KEYRING)
    if not check.matches(key):
        if key.kind != check.kind:
            needed = "a passphrase (RJDESK_DB_KEY)" if check.kind == "passphrase" else "a raw key or recovery key"
            raise WrongKey(f"Wrong key: this store is locked with {needed}, and {key.origin} holds the other kind.")
        raise WrongKey(f"Wrong key: the key from {key.origin} does not open this store.")
    return key


def restore_keyring_entry(db_path: Path, recovery_text: str, secrets_store: SecretStore) -> None:
    """A lost keyring entry comes back from the recovery key — only if that key matches the key check."""
    check = read_key_check(db_path)
    if check is None:
        raise NoKeyAvailable(f"There is no key check file beside {db_path}.")
    if check.kind != "raw":
        raise WrongKey("This store is locked with a passphrase (RJDESK_DB_KEY), not a recovery key.")
    key = parse_raw_key(recovery_text, "the recovery key")
    if not check.matches(key):
        raise WrongKey("That recovery key belongs to another store or an older key of this one.")
    secrets_store.set(keyring_entry_name(check), key.value)
