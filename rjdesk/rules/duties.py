"""The Victims' Code duty catalogue (DOMAIN §2) and the pure rules around duties.

The catalogue is *data*: these defaults are seeded by a migration as version 1 of each rule; a service's
managers may approve later versions (two people: one proposes, another manager approves). A duty keeps the
rule version it was created under. Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from rjdesk.rules.calendar import WorkingCalendar, age_on


class DutyCode(StrEnum):
    PRIORITY_TRIAGE = "PRIORITY_TRIAGE"
    FIRST_CONTACT_ATTEMPT = "FIRST_CONTACT_ATTEMPT"
    VIEWS_BEFORE_DECISION = "VIEWS_BEFORE_DECISION"
    SUPPORT_REFERRAL = "SUPPORT_REFERRAL"
    PROGRESS_UPDATE = "PROGRESS_UPDATE"
    INTERVENTION_END = "INTERVENTION_END"
    VCS_LIAISON = "VCS_LIAISON"
    COMPLAINT_ACK = "COMPLAINT_ACK"


class DutyStatus(StrEnum):
    OPEN = "open"
    MET = "met"
    MET_LATE = "met_late"
    DEFERRED = "deferred"  # for a safety reason, with a mandatory review date
    WAIVED = "waived"  # with a reason
    NOT_APPLICABLE = "not_applicable"
    UNABLE_TO_CONTACT = "unable_to_contact"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def is_closed(self) -> bool:
        return self not in (DutyStatus.OPEN, DutyStatus.DEFERRED)


STATUS_LABELS = {
    DutyStatus.OPEN: "Open",
    DutyStatus.MET: "Met on time",
    DutyStatus.MET_LATE: "Met late",
    DutyStatus.DEFERRED: "Deferred for safety",
    DutyStatus.WAIVED: "Waived",
    DutyStatus.NOT_APPLICABLE: "Not applicable",
    DutyStatus.UNABLE_TO_CONTACT: "Unable to contact",
}

HOLDER_LABELS = {"yjs": "YJS", "police": "Police", "witness_care": "Witness Care", "probation": "Probation"}

# Duties that mean contacting the victim: refused or withdrawn consent to YJS contact closes them as not
# applicable, and "unable to contact" closes them with that outcome.
CONTACT_DUTIES = frozenset(
    {
        DutyCode.PRIORITY_TRIAGE,
        DutyCode.FIRST_CONTACT_ATTEMPT,
        DutyCode.VIEWS_BEFORE_DECISION,
        DutyCode.SUPPORT_REFERRAL,
        DutyCode.PROGRESS_UPDATE,
        DutyCode.INTERVENTION_END,
    }
)


@dataclass(frozen=True)
class RuleDefinition:
    code: DutyCode
    title: str
    trigger: str
    standard_working_days: int | None  # None: no duty for standard victims / due on the event date
    enhanced_working_days: int | None
    condition: str | None
    holder: str
    basis: str
    basis_detail: str
    due_on_event_date: bool = False


DEFAULT_RULES: tuple[RuleDefinition, ...] = (
    RuleDefinition(
        DutyCode.PRIORITY_TRIAGE,
        "Priority triage of an enhanced-rights referral",
        "Referral received for an enhanced-rights victim: read it, check with the police officer, ISVA or "
        "social care, decide how and when contact is safe.",
        None,
        1,
        "Victim has enhanced rights",
        "yjs",
        "local",
        "Local practice",
    ),
    RuleDefinition(
        DutyCode.FIRST_CONTACT_ATTEMPT,
        "First contact attempt",
        "Referral received (or triage decided): first attempt to contact, offering information about RJ and support.",
        5,
        3,
        "Enhanced: 3 working days after triage",
        "yjs",
        "local",
        "Local practice, serving Victims' Code Right 3",
    ),
    RuleDefinition(
        DutyCode.VIEWS_BEFORE_DECISION,
        "Views sought before the decision",
        "OOCD decision, panel or court planning date known: the victim's views are sought before it.",
        None,
        None,
        "Due by the event date",
        "yjs",
        "yjb_guidance",
        "YJB KPI guidance (KPI 10d)",
        due_on_event_date=True,
    ),
    RuleDefinition(
        DutyCode.SUPPORT_REFERRAL,
        "Support referral",
        "Victim asks for support: referred to, or informed of, support services.",
        2,
        2,
        None,
        "yjs",
        "local",
        "Local practice",
    ),
    RuleDefinition(
        DutyCode.PROGRESS_UPDATE,
        "Progress update",
        "Victim asked for updates and a case event happened (order made, review, breach, completion).",
        5,
        5,
        "Victim asked for updates",
        "yjs",
        "code",
        "Code-backed national standard",
    ),
    RuleDefinition(
        DutyCode.INTERVENTION_END,
        "Told the intervention has concluded",
        "The intervention of a participating victim ends: the victim is told it has concluded.",
        5,
        5,
        "Victim took part",
        "yjs",
        "code",
        "Code-backed national standard",
    ),
    RuleDefinition(
        DutyCode.VCS_LIAISON,
        "Victim Contact Scheme liaison",
        "Custodial sentence of 12 months or more for a specified violent or sexual offence: confirm the VCS "
        "referral was made, share the YJS contact, pass on safety concerns for licence conditions.",
        10,
        10,
        "Custody of 12 months or more, specified violent or sexual offence",
        "probation",
        "statute",
        "Probation and Witness Care hold it (statute); the YJS checks",
    ),
    RuleDefinition(
        DutyCode.COMPLAINT_ACK,
        "Complaint acknowledged",
        "Complaint received: acknowledged or answered.",
        10,
        10,
        None,
        "yjs",
        "local",
        "Local practice (2015 Code wording)",
    ),
)


def working_days_for(standard: int | None, enhanced: int | None, is_enhanced: bool) -> int | None:
    return enhanced if is_enhanced else standard


def due_date(
    *,
    calendar: WorkingCalendar,
    trigger_date: dt.date,
    standard_working_days: int | None,
    enhanced_working_days: int | None,
    is_enhanced: bool,
    event_date: dt.date | None = None,
    due_on_event_date: bool = False,
) -> dt.date | None:
    """When a duty is due; None when the rule creates no duty for this victim (e.g. triage, standard)."""
    if due_on_event_date:
        if event_date is None:
            raise ValueError("this duty is due on its event date, and none was given")
        return event_date
    days = working_days_for(standard_working_days, enhanced_working_days, is_enhanced)
    if days is None:
        return None
    return calendar.add_working_days(trigger_date, days)


def outcome_when_met(due: dt.date, met_on: dt.date) -> DutyStatus:
    return DutyStatus.MET if met_on <= due else DutyStatus.MET_LATE


def is_enhanced_by_age(date_of_birth: dt.date | None, offence_date: dt.date | None) -> bool:
    """Every victim under 18 on the offence date has enhanced rights (DOMAIN §2)."""
    if date_of_birth is None or offence_date is None:
        return False
    return age_on(date_of_birth, offence_date) < 18
