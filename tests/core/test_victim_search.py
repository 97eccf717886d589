"""Victim search on both stores: what matches, the index kept in step, and the two ways of finding rows
(from the index, or walking the name order) giving the same answer."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete

from rjdesk.rules.permissions import Role
from rjdesk.services import cases, referrals, victim_search, victims
from rjdesk.services.context import Actor
from rjdesk.store.database import Database
from rjdesk.store.models import Victim
from tests.conftest import make_service, make_user

NAMES = (
    "John Smith",
    "Joanna Smithers",
    "Ann Blacksmith",
    "Mary-Jane O'Connor",
    "Sean Connor-Smith",
    "Smith & Sons Ltd",
    "Priya Patel",
    "Owain ap Smyth",
    "St. Mary's (Trust) Ltd",
)
NEEDLES = (
    "smi",
    "SMITH",
    "jo smi",
    "smi jo",
    "s",
    "sm",
    "con",
    "jane",
    "o'c",
    "v00000",
    "V000003",
    "cms-77",
    "cms",
    "%",
    "_mith",
    "nobody",
    "ltd",
    "st.",
    "(trust",
    "mary's",
    "a\\b",
    "[a-z]",
)


def _names(db: Database, actor: Actor, text: str) -> list[str]:
    return [v.display_name for v in victims.search_victims(db, actor, text, limit=500)]


@pytest.fixture
def searchable(db: Database, service: Actor) -> Actor:
    vlo = make_user(db, service, "vlo1", Role.VLO)
    for name in NAMES:
        victims.create_victim(db, vlo, victims.VictimDetails("individual", name))
    child = cases.create_child(db, service, "CMS-7788", "Jay", "Example", dt.date(2010, 1, 1))
    offence = cases.add_offence(db, service, child.id, "OF1", "Theft", dt.date(2026, 9, 1))
    referrals.receive_referral(
        db,
        vlo,
        referrals.NewReferral(
            child_id=child.id,
            offence_ids=(offence.id,),
            received_on=dt.date(2026, 11, 2),
            basis="consented",
            details=victims.VictimDetails("individual", "Linked Person"),
        ),
    )
    return vlo


def test_every_word_typed_starts_a_word_of_the_name(db: Database, searchable: Actor) -> None:
    assert _names(db, searchable, "smi") == [
        "Joanna Smithers",
        "John Smith",
        "Sean Connor-Smith",
        "Smith & Sons Ltd",
    ]
    assert _names(db, searchable, "SMITH") == _names(db, searchable, "smith")
    assert _names(db, searchable, "jo smi") == ["Joanna Smithers", "John Smith"]
    assert _names(db, searchable, "smi jo") == _names(db, searchable, "jo smi")
    assert _names(db, searchable, "con") == ["Mary-Jane O'Connor", "Sean Connor-Smith"]
    assert _names(db, searchable, "jane") == ["Mary-Jane O'Connor"]
    assert "Ann Blacksmith" not in _names(db, searchable, "smith")  # a word's middle is not its start
    assert _names(db, searchable, "nobody") == []


def test_reference_and_child_case_reference_prefixes(db: Database, searchable: Actor) -> None:
    third = victims.search_victims(db, searchable, "V000003")
    assert [v.reference for v in third] == ["V000003"]
    assert len(victims.search_victims(db, searchable, "v0000", limit=500)) == len(NAMES) + 1
    assert _names(db, searchable, "cms-77") == ["Linked Person"]
    assert _names(db, searchable, "cms") == ["Linked Person"]
    assert _names(db, searchable, "7788") == []  # the case reference's start, not its middle


def test_like_wildcards_typed_are_not_wildcards(db: Database, searchable: Actor) -> None:
    assert (
        _names(db, searchable, "%") == _names(db, searchable, "") and len(_names(db, searchable, "%")) == len(NAMES) + 1
    )
    assert _names(db, searchable, "_mith") == _names(db, searchable, "mith") == []


def test_the_index_follows_renames_and_deletions(db: Database, searchable: Actor) -> None:
    found = victims.search_victims(db, searchable, "patel")[0]
    record = victims.get_victim(db, searchable, found.id)
    victims.update_victim(
        db, searchable, found.id, victims.VictimDetails("individual", "Priya Okafor"), record.version_id
    )
    assert _names(db, searchable, "patel") == []
    assert _names(db, searchable, "okaf") == ["Priya Okafor"]
    with db.unit_of_work() as session:
        session.execute(delete(Victim).where(Victim.display_name == "Owain ap Smyth"))
    assert _names(db, searchable, "smyth") == []
    assert victims.search_victims(db, searchable, "owain") == []


def test_the_index_and_the_name_order_walk_agree(
    db: Database, searchable: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from_index = {needle: _names(db, searchable, needle) for needle in NEEDLES}
    monkeypatch.setattr(victim_search, "NARROW_CAP", 0)  # every search now walks the name order
    assert {needle: _names(db, searchable, needle) for needle in NEEDLES} == from_index
    assert from_index["smi"] and from_index["s"] and from_index["cms-77"]
    assert from_index["st."] == from_index["(trust"] == from_index["mary's"] == ["St. Mary's (Trust) Ltd"]
    assert from_index["a\\b"] == from_index["[a-z]"] == []


def test_another_services_victims_never_match(db: Database, searchable: Actor) -> None:
    elsewhere = make_user(db, make_service(db, "SB", "Southbridge YJS"), "vlo2", Role.VLO)
    victims.create_victim(db, elsewhere, victims.VictimDetails("individual", "Jon Smithson"))
    assert "Jon Smithson" not in _names(db, searchable, "smi")
    assert _names(db, elsewhere, "smi") == ["Jon Smithson"]
    assert _names(db, elsewhere, "cms") == []


def test_search_pages_in_name_order(db: Database, searchable: Actor) -> None:
    first = victims.search_victims(db, searchable, "s", limit=2)
    second = victims.search_victims(db, searchable, "s", limit=2, offset=2)
    everything = victims.search_victims(db, searchable, "s", limit=50)
    assert [v.id for v in first + second] == [v.id for v in everything[:4]]


def test_the_lists_order_of_ids_and_rows_by_id_match_the_search(db: Database, searchable: Actor) -> None:
    for needle in ("", "smi", "s", "cms"):
        listed = victims.search_victims(db, searchable, needle, limit=500)
        order = victims.victim_order(db, searchable, needle)
        assert list(order) == [v.id for v in listed]
        assert victims.victims_by_id(db, searchable, list(order)) == listed
    elsewhere = make_user(db, make_service(db, "SB", "Southbridge YJS"), "vlo2", Role.VLO)
    hidden = victims.create_victim(db, elsewhere, victims.VictimDetails("individual", "Not Yours"))
    first = victims.victim_order(db, searchable)[0]
    assert victims.victims_by_id(db, searchable, [hidden.id, first])[0] is None  # another service's: never shown
