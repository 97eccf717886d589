"""Recovery keys and key checks (pure; property-tested)."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rjdesk.errors import ValidationError
from rjdesk.store import keys

raw_keys = st.binary(min_size=32, max_size=32).map(lambda b: keys.KeyMaterial("raw", b.hex(), "test"))


@given(raw_keys)
def test_recovery_key_round_trips(key: keys.KeyMaterial) -> None:
    text = keys.recovery_key_for(key)
    assert len(text.split("-")) == 14
    assert keys.parse_raw_key(text, "typed").value == key.value
    assert keys.parse_raw_key(text.lower().replace("-", " "), "typed").value == key.value


@given(raw_keys, st.integers(min_value=0, max_value=55), st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
def test_a_single_typing_mistake_is_caught(key: keys.KeyMaterial, position: int, replacement: str) -> None:
    compact = keys.recovery_key_for(key).replace("-", "")
    if compact[position] == replacement:
        return
    typo = compact[:position] + replacement + compact[position + 1 :]
    with pytest.raises(ValidationError):
        keys.parse_raw_key(typo, "typed")


@given(st.text(max_size=80))
def test_parse_never_crashes_on_rubbish(text: str) -> None:
    with contextlib.suppress(ValidationError):
        keys.parse_raw_key(text, "typed")


def test_key_check_tells_right_from_wrong() -> None:
    right = keys.new_raw_key()
    check = keys.KeyCheck.create(right)
    assert check.matches(right)
    assert not check.matches(keys.new_raw_key())
    assert not check.matches(keys.KeyMaterial("passphrase", right.value, "test"))
    assert "value" not in repr(right) and right.value not in repr(right)
