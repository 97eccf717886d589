"""Which victims a search text matches, found fast at any size (the indexes are migration 0012).

What matches: every word typed starts a word of the victim's name ("jo smi" finds "John Smith"; the middle
of a word does not count), or the text starts the victim's reference, or — from three characters — it starts
the case reference of a child linked to the victim. Case, accents and the order of the words do not matter;
a word is a run of letters and digits (``o'c`` finds O'Connor, ``mary-jane`` finds Mary-Jane).

How. SQLite: an FTS5 index answers the match for any prefix length. When it matches few victims
(``NARROW_CAP`` or fewer) their rows are read by id and sorted; when it matches many, the live victims are
walked in name order (``ix_victim_live_name``) and each checked against the matches until a page is full —
dense matches make that walk short, and reading every match by id would be long. At 1,000,000 victims either
way stays within a few tens of milliseconds, where a walk for a rare text took 100 ms and reading 30,000
matches by id 190 ms. PostgreSQL: the same match as regular expressions that its trigram indexes answer, in
one query whose plan PostgreSQL chooses from its estimates.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, TextClause, and_, false, func, literal, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import SQLColumnExpression
from sqlalchemy.sql.expression import Select

from rjdesk.store.models import Child, Offence, Victim, VictimOffence

NARROW_CAP = 500
# Trigram indexes answer patterns with at least three characters.
SHORTEST_CASE_REFERENCE = 3


def words_of(typed: str) -> list[str]:
    """The words searched for; ``LIKE``'s wildcards are not searchable characters."""
    return typed.replace("%", " ").replace("_", " ").lower().split()


def _regex_literal(word: str) -> str:
    # In PostgreSQL's regular expressions a backslash before a non-alphanumeric character makes it literal.
    return "".join(char if char.isalnum() else "\\" + char for char in word)


def _regex_match(target: SQLColumnExpression[str], pattern: str) -> ColumnElement[bool]:
    """``lower(target)`` matches ``pattern`` (lower case): the trigram indexes are on ``lower(column)``. The
    pattern is written into the statement, not bound: psycopg prepares a statement run five times, and the
    generic plan, blind to the pattern, walked every victim (100 ms) where the index takes 3 ms."""
    return func.lower(target).op("~")(literal(pattern.lower(), literal_execute=True))


def _matches_postgres(words: list[str]) -> ColumnElement[bool]:
    """The FTS5 match below as regular expressions on the lower-cased columns, which the planner can answer
    from the trigram indexes: a word starts the name or follows a character that is not a letter or
    digit."""
    every_word_starts_a_name_word = and_(
        *(_regex_match(Victim.display_name, "(^|[^[:alnum:]])" + _regex_literal(word)) for word in words)
    )
    return or_(every_word_starts_a_name_word, _regex_match(Victim.reference, "^" + _regex_literal(" ".join(words))))


def _fts_query(words: list[str]) -> str | None:
    """The FTS5 query: each word a prefix phrase within the name (a word with punctuation is a phrase of its
    parts), or a one-word text a prefix of the reference; None when no word has a letter or digit."""
    searchable = [word for word in words if any(char.isalnum() for char in word)]
    if not searchable:
        return None

    def prefix(word: str) -> str:
        return '"' + word.replace('"', '""') + '"*'

    name = " AND ".join(f"display_name : {prefix(word)}" for word in searchable)
    return f"({name}) OR reference : {prefix(searchable[0])}" if len(searchable) == 1 else name


def _child_case_victims(service_id: int, words: list[str], postgres: bool) -> Select[int] | None:
    needle = " ".join(words)
    if len(needle) < SHORTEST_CASE_REFERENCE:
        return None
    if postgres:
        children = select(Child.id).where(
            Child.service_id == service_id, _regex_match(Child.cms_ref, "^" + _regex_literal(needle))
        )
    else:
        children = (
            select(text("rowid"))
            .select_from(text("victim_search_child_ref"))
            .where(text("cms_ref LIKE :case_reference").bindparams(case_reference=needle + "%"))
        )
    return (
        select(VictimOffence.victim_id)
        .join(Offence, Offence.id == VictimOffence.offence_id)
        .where(Offence.child_id.in_(children))
        .limit(NARROW_CAP + 1)
    )


def matching(session: Session, service_id: int, typed: str) -> ColumnElement[bool] | TextClause | None:
    """A condition on ``Victim`` selecting the victims ``typed`` matches; None when nothing searchable was
    typed. Call it in the transaction that runs the search (on PostgreSQL it sets how that transaction plans)."""
    words = words_of(typed)
    if not words:
        return None
    postgres = session.get_bind().dialect.name == "postgresql"
    by_case = _child_case_victims(service_id, words, postgres)
    case_ids = set() if by_case is None else set(session.scalars(by_case))
    if postgres:
        # With its row estimates from the trigram indexes the planner chooses between reading the matches from
        # the index and sorting them (few) and walking the name index until a page is full (many). It costs a
        # trigram index scan so high that up to a few hundred thousand victims it would read the whole table
        # instead (70 ms against 3 ms at 100,000); a full scan is never the right plan here, so it is ruled
        # out for the rest of this read-only transaction.
        session.execute(text("SET LOCAL enable_seqscan = off"))
        condition = _matches_postgres(words)
        return or_(condition, Victim.id.in_(case_ids)) if case_ids else condition
    query = _fts_query(words)
    if query is None:
        return Victim.id.in_(case_ids) if case_ids else None
    matched = text("SELECT rowid FROM victim_search WHERE victim_search MATCH :victim_search_query")
    few = set(session.scalars(text(f"{matched.text} LIMIT {NARROW_CAP + 1}"), {"victim_search_query": query}))
    if len(few) <= NARROW_CAP:
        ids = few | case_ids
        return Victim.id.in_(ids) if ids else false()
    # The unary + keeps SQLite from reading the matches by id: it walks the name index and checks each row.
    walk = text(f"+victim.id IN ({matched.text})").bindparams(victim_search_query=query)
    return or_(walk, Victim.id.in_(case_ids)) if case_ids else walk
