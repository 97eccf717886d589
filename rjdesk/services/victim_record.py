"""The victim record as one read: details, links to children's offences, consent, contacts, duties, views,
requests and complaints, and the KPI 10 fields derived from that work (DOMAIN §3). Audited as one view.

KPI 10 fields are derived, never typed: consent = Y when consent to YJS contact for that child's case was
given on or before the as-of date; the YJS contact date is the first contact made; "view asked prior" is
views recorded on or before the decision date; engagement in RJ comes from restorative activities (the RJ
issue): Y when the victim actively took part in an activity the engagement mapping counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from rjdesk.rules.permissions import Permission
from rjdesk.services.consent import ConsentRecord, consent_history
from rjdesk.services.contacts import ContactRecord, ViewsRecord, list_contacts, list_views
from rjdesk.services.context import Actor, require
from rjdesk.services.duties import DutyInfo, list_duties
from rjdesk.services.kpi10 import record_values
from rjdesk.services.victims import VictimRecord, get_victim, load_victim
from rjdesk.store.database import Database
from rjdesk.store.models import (
    CaseOrder,
    Child,
    Complaint,
    Offence,
    PoliceReferral,
    VictimOffence,
    VictimRequest,
    order_offence,
)

KPI10_MEANINGS = {
    "consentYJSContact": "Victim consented to contact by the YJS for this child's case (any time up to the as-of date)",
    "yjscontactDate": "Date of the first contact made by the YJS",
    "viewPrior": "Victim's views sought before the out-of-court decision or court-order planning",
    "engagedRJ": "Victim actively took part in a restorative activity (per the service's engagement mapping)",
    "engagedRJStart": "Date of the first restorative activity the victim took part in",
    "engagedRJEnd": "Date the victim was told the restorative process had concluded",
    "progressRequest": "Victim asked to be kept informed of progress",
    "progressProvided": "Progress information given after the request",
    "additionalSupportRequest": "Victim asked for additional support",
    "additionalSupportProvided": "Information on support services given",
}


@dataclass(frozen=True)
class LinkedOffence:
    offence_id: int
    child_id: int
    child_cms_ref: str
    child_name: str
    offence_ref: str
    offence_date: dt.date | None
    category: str
    disposals: tuple[str, ...]
    decision_date: dt.date | None
    kpi10: dict[str, str]
    not_invited_to_rj_reason: str | None
    source: str = "rjdesk"  # or kpi10_import: values kept as recorded, shown read-only


@dataclass(frozen=True)
class RequestRecord:
    id: int
    child_id: int | None
    kind: str
    requested_on: dt.date
    provided_on: dt.date | None


@dataclass(frozen=True)
class ReferralRecord:
    id: int
    police_ref: str | None
    basis: str
    requested_on: dt.date | None
    received_on: dt.date | None
    chased_on: dt.date | None


@dataclass(frozen=True)
class ComplaintRecord:
    id: int
    received_on: dt.date
    summary: str
    acknowledged_on: dt.date | None


@dataclass(frozen=True)
class VictimFile:
    record: VictimRecord
    enhanced: bool
    links: tuple[LinkedOffence, ...]
    consents: tuple[ConsentRecord, ...]
    contacts: tuple[ContactRecord, ...]
    duties: tuple[DutyInfo, ...]
    views: tuple[ViewsRecord, ...]
    requests: tuple[RequestRecord, ...]
    complaints: tuple[ComplaintRecord, ...]
    referrals: tuple[ReferralRecord, ...] = ()


def _flag(value: bool) -> str:
    return "Y" if value else "N"


def open_victim_file(db: Database, actor: Actor, victim_id: int, as_of: dt.date | None = None) -> VictimFile:
    require(actor, Permission.VICTIM_VIEW)
    as_of = as_of or dt.date.today()
    record = get_victim(db, actor, victim_id)  # audited as a view of the record
    consents = consent_history(db, actor, victim_id)
    contacts = list_contacts(db, actor, victim_id)
    views = list_views(db, actor, victim_id)
    duties = list_duties(db, actor, victim_id=victim_id, include_closed=True)
    with db.unit_of_work(write=False) as session:
        from rjdesk.services.duties import victim_is_enhanced

        victim = load_victim(session, actor, victim_id)
        enhanced = victim_is_enhanced(session, victim)
        requests = [
            RequestRecord(r.id, r.child_id, r.kind, r.requested_on, r.provided_on)
            for r in session.execute(
                select(VictimRequest).where(VictimRequest.victim_id == victim_id).order_by(VictimRequest.requested_on)
            ).scalars()
        ]
        complaints = [
            ComplaintRecord(c.id, c.received_on, c.summary, c.acknowledged_on)
            for c in session.execute(
                select(Complaint).where(Complaint.victim_id == victim_id).order_by(Complaint.received_on)
            ).scalars()
        ]
        referral_rows = [
            ReferralRecord(r.id, r.police_ref, r.basis, r.requested_on, r.received_on, r.chased_on)
            for r in session.execute(
                select(PoliceReferral).where(PoliceReferral.victim_id == victim_id).order_by(PoliceReferral.id)
            ).scalars()
        ]
        rows = session.execute(
            select(Offence, Child, VictimOffence)
            .join(VictimOffence, VictimOffence.offence_id == Offence.id)
            .join(Child, Offence.child_id == Child.id)
            .where(VictimOffence.victim_id == victim_id)
            .order_by(Child.cms_ref, Offence.offence_ref)
        ).all()
        links = []
        for offence, child, link in rows:
            orders = (
                session.execute(
                    select(CaseOrder)
                    .join(order_offence, order_offence.c.order_id == CaseOrder.id)
                    .where(order_offence.c.offence_id == offence.id)
                    .order_by(CaseOrder.start_date)
                )
                .scalars()
                .all()
            )
            decision = max((o.decision_date for o in orders if o.decision_date), default=None)
            kpi = record_values(session, actor.service_id, link, child.id, decision, as_of)
            links.append(
                LinkedOffence(
                    offence.id,
                    child.id,
                    child.cms_ref,
                    f"{child.given_name} {child.family_name}",
                    offence.offence_ref,
                    offence.offence_date,
                    offence.category,
                    tuple(o.disposal_type for o in orders),
                    decision,
                    {key: kpi.get(key, "") for key in KPI10_MEANINGS},
                    link.not_invited_to_rj_reason,
                    link.source,
                )
            )
    return VictimFile(
        record,
        enhanced,
        tuple(links),
        tuple(consents),
        tuple(contacts),
        tuple(duties),
        tuple(views),
        tuple(requests),
        tuple(complaints),
        tuple(referral_rows),
    )


@dataclass(frozen=True)
class ChildCase:
    id: int
    cms_ref: str
    name: str
    offences: tuple[tuple[int, str, str], ...]  # (offence id, offence ref, category)


def list_child_cases(
    db: Database, actor: Actor, text: str = "", limit: int = 200, *, mine_only: bool = False
) -> list[ChildCase]:
    """Children and their offences, to link a referral or to choose a case (case view permission);
    ``mine_only``: the children whose case manager is the actor."""
    require(actor, Permission.CASE_VIEW)
    with db.unit_of_work(write=False) as session:
        query = select(Child).where(Child.service_id == actor.service_id)
        if mine_only:
            query = query.where(Child.case_manager_id == actor.user_id)
        if text.strip():
            pattern = f"%{text.strip().lower()}%"
            query = query.where(
                or_(
                    func.lower(Child.cms_ref).like(pattern),
                    func.lower(Child.family_name).like(pattern),
                    func.lower(Child.given_name).like(pattern),
                )
            )
        children = session.execute(query.order_by(Child.cms_ref).limit(limit)).scalars().all()
        result = []
        for child in children:
            offences = session.execute(
                select(Offence).where(Offence.child_id == child.id).order_by(Offence.offence_ref)
            ).scalars()
            result.append(
                ChildCase(
                    child.id,
                    child.cms_ref,
                    f"{child.given_name} {child.family_name}",
                    tuple((o.id, o.offence_ref, o.category) for o in offences),
                )
            )
        return result
