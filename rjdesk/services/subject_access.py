"""Subject access (UK GDPR Art. 15): everything rjdesk holds about one person, as PDF and JSON, with the
other people redacted.

- For a **victim**: their record and every row about them (found from the schema's foreign keys, so tables
  added later are included), the offences against them, their RJ process; the child who harmed them and
  every other third party (other victims of the same offences, RJ participants other than the victim, a
  parent or carer who is a suspect) are redacted — references replaced by a label, names in free text
  replaced by "[redacted]". The child's own assessments and preparation sessions are the child's data and
  are left out.
- For a **child** (a child-facing export): their case, orders, panels, reparation and their side of any RJ
  process; nothing a victim said or is; victims' names, contact details and carers redacted; and a final
  check refuses the export if any victim's name or contact detail is still in it.

Documents attached to a victim's record are listed, not copied: they may hold third-party data that only a
person can redact, which the export says.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from rjdesk.errors import ValidationError
from rjdesk.rules.permissions import Permission
from rjdesk.services import identities, record_graph
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.report_pdf import ReportDocument, ReportTable, render
from rjdesk.services.settings import report_head
from rjdesk.services.victims import load_child, load_victim
from rjdesk.store.database import Database
from rjdesk.store.models import (
    AppUser,
    Base,
    Child,
    Offence,
    Victim,
    VictimCarer,
    VictimContactDetails,
    VictimOffence,
)

REDACTED = "[redacted]"
THE_CHILD = "[the child]"
A_VICTIM = "[a victim]"
ANOTHER_PERSON = "[another person]"

# Columns that say nothing to the person (bookkeeping) and are left out of every export.
_BOOKKEEPING = {"version_id", "service_id", "content", "imported_fields_json", "moved_json"}
# Rows that are another party's data, not the subject's: (table, column, values that make it so).
_VICTIM_EXPORT_EXCLUDES = {("rj_assessment", "party"): {"child"}}
# Only the child is surely on the child's side: a parent or carer, or a supporter, may be the victim's.
_CHILD_SIDE_PARTICIPANTS = {"child"}


@dataclass(frozen=True)
class Section:
    title: str
    records: tuple[dict[str, str], ...]


@dataclass
class SubjectAccessExport:
    subject_kind: str  # victim, child
    subject_reference: str
    service_name: str
    produced_on: dt.date
    produced_by: str
    sections: list[Section] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    redactions: int = 0
    logo: bytes | None = field(default=None, repr=False)  # the service's, for the PDF's cover (not in the JSON)

    def to_json(self) -> bytes:
        body = {
            "subject": {"kind": self.subject_kind, "reference": self.subject_reference},
            "service": self.service_name,
            "produced_on": self.produced_on.isoformat(),
            "produced_by": self.produced_by,
            "notes": self.notes,
            "redactions": self.redactions,
            "sections": [{"title": s.title, "records": list(s.records)} for s in self.sections],
        }
        return json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8")

    def to_pdf(self) -> bytes:
        tables = []
        for section in self.sections:
            rows: list[tuple[str, str, str]] = []
            for number, record in enumerate(section.records, start=1):
                for index, (name, value) in enumerate(record.items()):
                    rows.append((str(number) if index == 0 else "", escape(name), escape(value)))
            tables.append(
                ReportTable(section.title, ("#", "Field", "Value"), rows, widths=(0.07, 0.3, 0.63), empty_text="None.")
            )
        kind = "victim" if self.subject_kind == "victim" else "child"
        return render(
            ReportDocument(
                title=f"Subject access: everything held about {kind} {self.subject_reference}",
                service_name=self.service_name,
                period=f"Produced {self.produced_on:%d %B %Y} by {self.produced_by}",
                tables=tables,
                preface=[escape(note) for note in self.notes],
                logo=self.logo,
            )
        )


# ------------------------------------------------------------------------------------------------ redaction


class Redactor:
    """Replaces other people's names and details in free text: whole names first, then each part."""

    def __init__(self, third_parties: Iterable[str], keep: Iterable[str] = ()) -> None:
        keep_parts = {part.lower() for text in keep for part in _name_parts(text)}
        phrases = {t.strip() for t in third_parties if t and len(t.strip()) >= 2}
        parts = {p for t in phrases for p in _name_parts(t) if p.lower() not in keep_parts and len(p) >= 2}
        ordered = sorted(phrases | parts, key=len, reverse=True)
        self.count = 0
        self.phrases = ordered
        self._pattern = (
            re.compile("|".join(rf"(?<!\w){re.escape(p)}(?!\w)" for p in ordered), re.IGNORECASE) if ordered else None
        )

    def __call__(self, text: str) -> str:
        if self._pattern is None:
            return text
        result, found = self._pattern.subn(REDACTED, text)
        self.count += found
        return result

    def still_present(self, text: str) -> list[str]:
        return [p for p in self.phrases if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text, re.IGNORECASE)]


def _name_parts(text: str) -> list[str]:
    return [p for p in re.split(r"[\s,]+", text) if p]


# ------------------------------------------------------------------------------------------------ rendering rows


class _Renderer:
    def __init__(self, session: Session, redact: Redactor, labels: dict[tuple[str, Any], str]) -> None:
        self.session = session
        self.redact = redact
        self.labels = labels  # (table, id) -> what to show instead of a reference to that row
        self._staff: dict[int, str] = {}

    def staff(self, user_id: int) -> str:
        if user_id not in self._staff:
            user = self.session.get(AppUser, user_id)
            self._staff[user_id] = user.display_name if user is not None else "a former member of staff"
        return self._staff[user_id]

    def describe(self, table_name: str, row_id: Any) -> str:
        table = Base.metadata.tables[table_name]
        column = table.c[_DESCRIBED_BY[table_name]]
        found = self.session.execute(select(column).where(table.c.id == row_id)).scalar_one_or_none()
        return self.redact(str(found)) if found is not None else ""

    def record(self, table: Table, row: dict[str, Any]) -> dict[str, str]:
        shown: dict[str, str] = {}
        for column in table.columns:
            name = column.name
            value = row[name]
            if name in _BOOKKEEPING or (column.primary_key and name == "id") or value is None:
                continue
            targets = [fk.column.table.name for fk in column.foreign_keys]
            label = _label(name)
            if targets:
                target = targets[0]
                if target == "app_user":
                    shown[label] = self.staff(value)
                elif (target, value) in self.labels:
                    shown[label] = self.labels[(target, value)]
                elif target in _DESCRIBED_BY:
                    shown[label] = self.describe(target, value)
                # other references (a process, a participant...) are structure, shown by the section instead
                continue
            shown[label] = self.redact(_text(value)) if isinstance(value, str) else _text(value)
        return shown


def _label(column: str) -> str:
    words = column.removesuffix("_id").replace("_", " ")
    return words[:1].upper() + words[1:]


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.strftime("%d %b %Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d %b %Y")
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return str(value)


_SECTION_TITLES = {
    "victim": "Your record",
    "victim_contact_details": "Your contact details",
    "victim_carer": "Parents or carers",
    "police_referral": "Referral from the police",
    "victim_offence": "Offences you were harmed by",
    "consent_decision": "Your consent decisions",
    "contact": "Contacts and attempts to contact you",
    "victim_views": "Your views",
    "victim_request": "Your requests",
    "complaint": "Complaints",
    "document": "Documents on your record (listed; copies supplied separately)",
    "safety_plan": "Safety plan",
    "safety_concern": "Safety concerns",
    "safety_action": "Safety actions",
    "duty": "What the service had to do for you, and when",
    "rj_process": "Restorative justice",
    "disclosure": "Information about you shared outside the service",
    "rj_stage_change": "Restorative justice: progress",
    "rj_assessment": "Restorative justice: assessment",
    "rj_participant": "Restorative justice: who took part",
    "rj_preparation": "Restorative justice: preparation meetings",
    "restorative_activity": "Restorative justice: activities",
    "rj_conference": "Restorative justice: meetings",
    "rj_agreement_item": "Restorative justice: what was agreed",
    "rj_feedback": "Restorative justice: feedback",
    "victim_merge": "Duplicate records merged into this one",
}
# A reference to one of these is shown by the named column of the row it points at.
_DESCRIBED_BY = {"duty_rule": "title", "reparation_project": "name"}


def _title(table: str) -> str:
    return _SECTION_TITLES.get(table, table.replace("_", " ").capitalize())


def _sections(graph: record_graph.RecordGraph, renderer: _Renderer, keep: Any) -> list[Section]:
    by_table: dict[str, list[dict[str, str]]] = {}
    for group in graph.groups:
        for row in group.rows:
            if keep(group.table.name, row):
                by_table.setdefault(group.table.name, []).append(renderer.record(group.table, row))
    return [Section(_title(name), tuple(records)) for name, records in by_table.items()]


# ------------------------------------------------------------------------------------------------ victims


def victim_export(db: Database, actor: Actor, victim_id: int) -> SubjectAccessExport:
    """Everything held about one victim, the child and other third parties redacted."""
    require(actor, Permission.SUBJECT_ACCESS, Permission.VICTIM_VIEW)
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        ids = identities.with_merged_duplicates(session, victim_id)
        graph = record_graph.collect_victims(session, ids)
        offence_ids = [
            row["offence_id"] for group in graph.groups if group.table.name == "victim_offence" for row in group.rows
        ]
        offences = list(session.execute(select(Offence).where(Offence.id.in_(offence_ids))).scalars())
        child_ids = {o.child_id for o in offences} | {
            row["child_id"]
            for group in graph.groups
            for row in group.rows
            if "child_id" in group.table.c and row.get("child_id") is not None
        }
        child_ids.discard(victim.known_child_id)  # a victim who is a child known to the service: their own record
        children = list(session.execute(select(Child).where(Child.id.in_(child_ids))).scalars())
        others = list(
            session.execute(
                select(Victim)
                .join(VictimOffence, VictimOffence.victim_id == Victim.id)
                .where(VictimOffence.offence_id.in_(offence_ids), Victim.id.not_in(ids))
            ).scalars()
        )
        participants = [row for group in graph.groups if group.table.name == "rj_participant" for row in group.rows]
        suspects = [
            row
            for group in graph.groups
            if group.table.name == "victim_carer"
            for row in group.rows
            if row["is_suspect"]
        ]
        third_parties = [
            *(n for c in children for n in (f"{c.given_name} {c.family_name}", c.given_name, c.family_name)),
            *(n for v in others for n in (v.display_name, v.organisation_contact_name or "")),
            *(p["name"] for p in participants if p["role"] != "victim"),
            *(s["name"] for s in suspects),
            *(s[k] or "" for s in suspects for k in ("phone", "address")),
        ]
        redact = Redactor(third_parties, keep=[victim.display_name])
        labels: dict[tuple[str, Any], str] = {("child", c.id): THE_CHILD for c in children}
        labels |= {("victim", v.id): ANOTHER_PERSON for v in others}
        labels |= {("victim", i): victim.reference for i in ids}
        labels |= {
            ("offence", o.id): f"{o.category} ({_text(o.offence_date) if o.offence_date else 'date not known'})"
            for o in offences
        }
        renderer = _Renderer(session, redact, labels)
        victim_participant_ids = {p["id"] for p in participants if p["role"] == "victim"}
        suspect_ids = {s["id"] for s in suspects}

        def keep(table: str, row: dict[str, Any]) -> bool:
            for (excluded_table, column), values in _VICTIM_EXPORT_EXCLUDES.items():
                if table == excluded_table and row.get(column) in values:
                    return False
            if table == "rj_preparation":
                return row["participant_id"] in victim_participant_ids
            return not (table == "victim_carer" and row["id"] in suspect_ids)

        sections = _sections(graph, renderer, keep)
        sections.insert(
            1,
            Section("Offences", tuple(renderer.record(Base.metadata.tables["offence"], _row(o)) for o in offences)),
        )
        head = report_head(session, actor.service_id)
        export = SubjectAccessExport(
            "victim",
            victim.reference,
            head.service_name,
            dt.date.today(),
            actor.display_name or actor.username,
            sections,
            notes=[
                "Other people's names and details are redacted as [redacted]; the child who harmed you is shown "
                "as [the child] and other victims as [another person].",
                "Documents attached to your record are listed, not copied: each is reviewed and supplied "
                "separately, redacted where it holds other people's information.",
            ],
            logo=head.logo,
        )
        export.redactions = redact.count + len(suspect_ids)
        audit_as(
            session,
            actor,
            action="subject_access",
            entity="victim",
            entity_id=victim_id,
            payload={"victim_ids": sorted(ids), "sections": len(sections), "redactions": export.redactions},
        )
        return export


def _row(instance: Any) -> dict[str, Any]:
    table = instance.__table__
    return {column.name: getattr(instance, column.key, None) for column in table.columns}


def victim_export_pdf(db: Database, actor: Actor, victim_id: int) -> bytes:
    return victim_export(db, actor, victim_id).to_pdf()


def victim_export_json(db: Database, actor: Actor, victim_id: int) -> bytes:
    return victim_export(db, actor, victim_id).to_json()


# ------------------------------------------------------------------------------------------------ children


def child_export(db: Database, actor: Actor, child_id: int) -> SubjectAccessExport:
    """Everything held about a child, for the child: never a victim's identity (checked before it leaves)."""
    require(actor, Permission.SUBJECT_ACCESS, Permission.CASE_VIEW)
    with db.unit_of_work() as session:
        child = load_child(session, actor, child_id)
        graph = record_graph.collect(session, Base.metadata.tables["child"], Child.id == child_id)
        offence_ids = [row["id"] for group in graph.groups if group.table.name == "offence" for row in group.rows]
        victims = list(
            session.execute(
                select(Victim)
                .join(VictimOffence, VictimOffence.victim_id == Victim.id)
                .where(VictimOffence.offence_id.in_(offence_ids))
                .distinct()
            ).scalars()
        )
        victim_ids = [v.id for v in victims]
        details = list(
            session.execute(
                select(VictimContactDetails).where(VictimContactDetails.victim_id.in_(victim_ids))
            ).scalars()
        )
        carers = list(session.execute(select(VictimCarer).where(VictimCarer.victim_id.in_(victim_ids))).scalars())
        victim_side = [
            row["name"]
            for group in graph.groups
            if group.table.name == "rj_participant"
            for row in group.rows
            if row["role"] not in _CHILD_SIDE_PARTICIPANTS
        ]
        identity = [
            *(n for v in victims for n in (v.display_name, v.organisation_contact_name or "", v.reference)),
            *(getattr(d, k) or "" for d in details for k in ("address", "postcode", "phone", "email")),
            *(c.name for c in carers),
            *(c.phone or "" for c in carers),
            *victim_side,
        ]
        redact = Redactor(identity, keep=[f"{child.given_name} {child.family_name}"])
        labels: dict[tuple[str, Any], str] = {("victim", v.id): A_VICTIM for v in victims}
        labels[("child", child.id)] = child.cms_ref
        renderer = _Renderer(session, redact, labels)
        child_participants = {
            row["id"]
            for group in graph.groups
            if group.table.name == "rj_participant"
            for row in group.rows
            if row["role"] in _CHILD_SIDE_PARTICIPANTS
        }

        def keep(table: str, row: dict[str, Any]) -> bool:
            if "victim_id" in row and table != "rj_process":
                return False  # a victim's record that mentions the child (consent, contact, views...)
            if table == "rj_assessment":
                return bool(row["party"] == "child")
            if table == "rj_participant":
                return row["id"] in child_participants
            if table == "rj_preparation":
                return row["participant_id"] in child_participants
            return table not in ("rj_feedback", "victim_offence", "order_offence")

        sections = _sections(graph, renderer, keep)
        head = report_head(session, actor.service_id)
        export = SubjectAccessExport(
            "child",
            child.cms_ref,
            head.service_name,
            dt.date.today(),
            actor.display_name or actor.username,
            sections,
            notes=["Information about the people harmed is not included: their names and details are [redacted]."],
            logo=head.logo,
        )
        export.redactions = redact.count
        leaked = redact.still_present(export.to_json().decode("utf-8"))
        if leaked:  # belt and braces: a child-facing export never leaves with a victim's identity in it
            raise ValidationError("This export was refused: it would contain a victim's identity.")
        audit_as(
            session,
            actor,
            action="subject_access",
            entity="child",
            entity_id=child_id,
            payload={"sections": len(sections), "redactions": export.redactions},
        )
        return export


def child_export_pdf(db: Database, actor: Actor, child_id: int) -> bytes:
    return child_export(db, actor, child_id).to_pdf()


def child_export_json(db: Database, actor: Actor, child_id: int) -> bytes:
    return child_export(db, actor, child_id).to_json()
