"""The inspection evidence pack for HM Inspectorate of Probation's victim standards: a list of victim cases to
sample from (references, not names — the inspector opens the record in rjdesk), the timeliness of first
contact, the victim profile, and the board report's figures. For managers."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select

from rjdesk.errors import ValidationError
from rjdesk.rules.consent import ConsentScope
from rjdesk.rules.permissions import Permission
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.duties import calendar_for
from rjdesk.services.report_pdf import ReportDocument, ReportTable, render
from rjdesk.services.settings import report_head
from rjdesk.store.database import Database
from rjdesk.store.models import (
    Child,
    ConsentDecision,
    Contact,
    Duty,
    PoliceReferral,
    Victim,
)

FIRST_CONTACT_WORKING_DAYS = 5  # the catalogue's first contact attempt (standard victims)


@dataclass(frozen=True)
class SampleCase:
    victim_reference: str
    victim_kind: str
    child_reference: str
    referral_received: dt.date
    first_attempt: dt.date | None
    working_days: int | None
    consent: str
    duties_met: int
    duties_open: int


def sample_cases(db: Database, actor: Actor, start: dt.date, end: dt.date) -> list[SampleCase]:
    """Victims referred in the period, with what happened first: the list an inspector samples from."""
    require(actor, Permission.REPORT_CASE_LIST)
    if end < start:
        raise ValidationError("The period ends before it starts.", {"to": "On or after the start."})
    with db.unit_of_work(write=False) as session:
        calendar = calendar_for(session, actor.service_id)
        referrals = session.execute(
            select(PoliceReferral, Victim, Child.cms_ref)
            .join(Victim, Victim.id == PoliceReferral.victim_id)
            .outerjoin(Child, Child.id == PoliceReferral.child_id)
            .where(
                Victim.service_id == actor.service_id,
                Victim.merged_into_id.is_(None),
                PoliceReferral.received_on >= start,
                PoliceReferral.received_on <= end,
            )
            .order_by(PoliceReferral.received_on, Victim.reference)
        ).all()
        found = []
        for referral, victim, cms_ref in referrals:
            first = session.execute(
                select(func.min(Contact.occurred_on)).where(Contact.victim_id == victim.id)
            ).scalar_one()
            decisions = session.execute(
                select(ConsentDecision.decision)
                .where(ConsentDecision.victim_id == victim.id, ConsentDecision.scope == ConsentScope.YJS_CONTACT.value)
                .order_by(ConsentDecision.decided_on.desc(), ConsentDecision.id.desc())
            ).scalars()
            latest = next(iter(decisions), None)
            statuses = Counter(
                session.execute(select(Duty.status).where(Duty.victim_id == victim.id, Duty.holder == "yjs")).scalars()
            )
            received = referral.received_on
            assert received is not None
            found.append(
                SampleCase(
                    victim.reference,
                    victim.kind,
                    cms_ref or "",
                    received,
                    first,
                    calendar.working_days_between(received, first) if first else None,
                    latest or "not recorded",
                    statuses["met"] + statuses["met_late"],
                    statuses["open"],
                )
            )
        return found


def inspection_pack_pdf(db: Database, actor: Actor, start: dt.date, end: dt.date) -> bytes:
    cases = sample_cases(db, actor, start, end)
    attempted = sorted(c.working_days for c in cases if c.working_days is not None)
    on_time = sum(1 for days in attempted if days <= FIRST_CONTACT_WORKING_DAYS)
    with db.unit_of_work() as session:
        head = report_head(session, actor.service_id)
        audit_as(session, actor, action="report", entity="inspection_pack", payload={"from": start, "to": end})
    profile = Counter(c.victim_kind for c in cases)
    consent = Counter(c.consent for c in cases)
    document = ReportDocument(
        title="Inspection evidence — victims",
        service_name=head.service_name,
        logo=head.logo,
        period=f"{start:%d %b %Y} to {end:%d %b %Y}",
        preface=(
            "Victims are listed by reference: open a record in rjdesk to read it (each view is audited). "
            "The board report for the same period goes with this pack.",
        ),
        tables=(
            ReportTable(
                "Timeliness of first contact",
                ("Measure", "Figure"),
                [
                    ("Victims referred in the period", len(cases)),
                    ("Contact attempted", len(attempted)),
                    (f"Within {FIRST_CONTACT_WORKING_DAYS} working days of the referral", f"{on_time} of {len(cases)}"),
                    ("Median working days to the first attempt", attempted[len(attempted) // 2]),
                ]
                if attempted
                else [],
                widths=(0.8, 0.2),
            ),
            ReportTable(
                "Victim profile",
                ("Group", "Victims"),
                [
                    *((f"Victim type: {kind}", n) for kind, n in sorted(profile.items())),
                    *(
                        (f"Consent to YJS contact: {state.replace('_', ' ')}", n)
                        for state, n in sorted(consent.items())
                    ),
                ],
                widths=(0.8, 0.2),
            ),
            ReportTable(
                "Victim cases to sample from",
                ("Victim", "Type", "Child", "Referred", "First attempt", "Working days", "Consent", "Duties met/open"),
                [
                    (
                        c.victim_reference,
                        c.victim_kind,
                        c.child_reference,
                        f"{c.referral_received:%d %b %Y}",
                        f"{c.first_attempt:%d %b %Y}" if c.first_attempt else "none yet",
                        "" if c.working_days is None else c.working_days,
                        c.consent.replace("_", " "),
                        f"{c.duties_met}/{c.duties_open}",
                    )
                    for c in cases
                ],
                widths=(0.12, 0.13, 0.1, 0.13, 0.13, 0.1, 0.14, 0.15),
            ),
        ),
    )
    return render(document)
