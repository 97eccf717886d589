"""Which victims a search text matches, found fast at any size (the index is migration 0012).

What matches: every word typed starts a word of the victim's name ("jo smi" finds "John Smith"), or the text
starts the victim's reference, or — from three characters — it starts the case reference of a child linked to
the victim. Case and the order of a name's words do not matter.

How it is found. SQLite: with three or more characters in every word the FTS5 trigram index gives the
matching ids; when they are few (``NARROW_CAP`` or fewer) those rows are read and sorted. When the text is
shorter, or matches many victims, the victim list is walked in name order and each row checked, which stops
as soon as a page is full — a short or common text matches densely, so that walk is short. Both ways apply
the same ``LIKE`` patterns, so they return the same rows. PostgreSQL: the same match as regular expressions
that its trigram indexes answer, in one query whose plan PostgreSQL chooses from its estimates.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, column, false, literal, or_, select, table, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import SQLColumnExpression
from sqlalchemy.sql.expression import Select

from rjdesk.store.models import Child, Offence, Victim, VictimOffence

NARROW_CAP = 2000
# Trigram indexes answer patterns with at least three characters between the wildcards.
SHORTEST_INDEXED = 3
# A word of a name starts the name or follows one of these.
WORD_SEPARATORS = (" ", "-", "'")

_victim_index = table("victim_search", column("rowid"), column("display_name"), column("reference"))
_child_ref_index = table("victim_search_child_ref", column("rowid"), column("cms_ref"))


def words_of(text: str) -> list[str]:
    """The words searched for; ``LIKE``'s wildcards are not searchable characters."""
    return text.replace("%", " ").replace("_", " ").lower().split()


def _like(target: SQLColumnExpression[str], pattern: str) -> ColumnElement[bool]:
    # SQLite's LIKE ignores (ASCII) case already, and FTS5 answers only a bare LIKE from its index.
    return target.like(pattern)


def _regex_literal(word: str) -> str:
    # In PostgreSQL's regular expressions a backslash before a non-alphanumeric character makes it literal.
    return "".join(char if char.isalnum() else "\\" + char for char in word)


def _matches_sqlite(
    name: SQLColumnExpression[str], reference: SQLColumnExpression[str], words: list[str]
) -> ColumnElement[bool]:
    every_word_starts_a_name_word = and_(
        *(
            or_(_like(name, f"{word}%"), *(_like(name, f"%{separator}{word}%") for separator in WORD_SEPARATORS))
            for word in words
        )
    )
    return or_(every_word_starts_a_name_word, _like(reference, " ".join(words) + "%"))


def _regex_match(target: SQLColumnExpression[str], pattern: str) -> ColumnElement[bool]:
    # The pattern is written into the statement, not bound: psycopg prepares a statement run five times, and
    # the generic plan, blind to the pattern, walked every victim (100 ms) where the index takes 3 ms.
    return target.op("~*")(literal(pattern, literal_execute=True))


def _matches_postgres(words: list[str]) -> ColumnElement[bool]:
    """The same match as ``_matches_sqlite`` as case-insensitive regular expressions: one per column, which
    the planner can answer from the trigram index (four ``ILIKE``s were costed past a full scan)."""
    # A hyphen inside brackets is literal only when last.
    word_start = "(^|[" + "".join(sorted(WORD_SEPARATORS, key=lambda separator: separator == "-")) + "])"
    every_word_starts_a_name_word = and_(
        *(_regex_match(Victim.display_name, word_start + _regex_literal(word)) for word in words)
    )
    return or_(every_word_starts_a_name_word, _regex_match(Victim.reference, "^" + _regex_literal(" ".join(words))))


def _child_case_victims(service_id: int, words: list[str], postgres: bool) -> Select[int] | None:
    needle = " ".join(words)
    if len(needle) < SHORTEST_INDEXED:
        return None
    if postgres:
        children = select(Child.id).where(
            Child.service_id == service_id, _regex_match(Child.cms_ref, "^" + _regex_literal(needle))
        )
    else:
        children = select(_child_ref_index.c.rowid).where(_like(_child_ref_index.c.cms_ref, needle + "%"))
    return (
        select(VictimOffence.victim_id)
        .join(Offence, Offence.id == VictimOffence.offence_id)
        .where(Offence.child_id.in_(children))
        .limit(NARROW_CAP + 1)
    )


def _few_matching_ids(session: Session, words: list[str]) -> set[int] | None:
    """SQLite: the ids of every victim matching, from the index — or None when there are more than NARROW_CAP."""
    by_name = select(_victim_index.c.rowid).where(
        _matches_sqlite(_victim_index.c.display_name, _victim_index.c.reference, words)
    )
    found = set(session.scalars(by_name.limit(NARROW_CAP + 1)))
    return found if len(found) <= NARROW_CAP else None


def matching(session: Session, service_id: int, typed: str) -> ColumnElement[bool] | None:
    """A condition on ``Victim`` selecting the victims ``typed`` matches; None when the text is empty. Call it
    in the transaction that runs the search (on PostgreSQL it sets how that transaction plans)."""
    words = words_of(typed)
    if not words:
        return None
    postgres = session.get_bind().dialect.name == "postgresql"
    by_case = _child_case_victims(service_id, words, postgres)
    case_ids = set() if by_case is None else set(session.scalars(by_case))
    if postgres:
        # One query: with its row estimates from the trigram index the planner chooses between reading the
        # matches from the index and sorting them (few) and walking the name index until a page is full (many).
        # It costs a trigram index scan so high that up to a few hundred thousand victims it would read the
        # whole table instead (70 ms against 3 ms at 100,000); a full scan is never the right plan here, so it
        # is ruled out for the rest of this read-only transaction.
        session.execute(text("SET LOCAL enable_seqscan = off"))
        condition = _matches_postgres(words)
        return or_(condition, Victim.id.in_(case_ids)) if case_ids else condition
    if min(len(word) for word in words) >= SHORTEST_INDEXED:
        ids = _few_matching_ids(session, words)
        if ids is not None:
            ids |= case_ids
            return Victim.id.in_(ids) if ids else false()
    # Many or short: checked row by row as the name-ordered walk reaches them.
    condition = _matches_sqlite(Victim.display_name, Victim.reference, words)
    return or_(condition, Victim.id.in_(case_ids)) if case_ids else condition
