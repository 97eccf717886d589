"""Reparation rules (DOMAIN §5): what a placement may hold for the child's order, what a session may credit,
and when failures to comply call for enforcement. Pure: no database, no clock.

Statutory limits: a reparation order is at most 24 hours within 3 months (with the consent of the person
receiving reparation when it is a specific person); YRO unpaid work is 40–240 hours and only for a child aged
16 or 17 when convicted; a YRO activity requirement is counted in days, up to 90; referral order contracts and
out-of-court interventions set their hours locally.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from rjdesk.errors import message
from rjdesk.rules.labels import label


class Unit(StrEnum):
    HOURS = "hours"
    DAYS = "days"


class Requirement(StrEnum):
    """What the placement delivers for the order, which decides its unit and its limits."""

    REPARATION = "reparation"  # reparation order, referral order contract, out-of-court intervention
    UNPAID_WORK = "unpaid_work"  # YRO unpaid work requirement
    ACTIVITY = "activity"  # YRO activity requirement

    @property
    def label(self) -> str:
        return REQUIREMENT_LABELS[self]

    @property
    def unit(self) -> Unit:
        return Unit.DAYS if self is Requirement.ACTIVITY else Unit.HOURS


REQUIREMENT_LABELS = {
    Requirement.REPARATION: "Reparation hours",
    Requirement.UNPAID_WORK: "Unpaid work (YRO)",
    Requirement.ACTIVITY: "Activity requirement days (YRO)",
}

PROJECT_MODES = {"in_person": "In person", "online": "Online", "remote": "Remote"}
PROJECT_STATUSES = {"in_development": "In development", "active": "Active", "closed": "Closed"}
OUTCOMES = {"attended": "Attended", "late": "Late", "left_early": "Left early", "absent": "Absent"}
PLACEMENT_STATUSES = {"active": "Active", "completed": "Completed", "ended": "Ended early"}

# Disposals a placement may serve; anything else (NFA, remand, custody) has no reparation to deliver here.
PLACEABLE = (
    "REPARATION_ORDER",
    "REFERRAL_ORDER",
    "YRO",
    "YOUTH_CONDITIONAL_CAUTION",
    "OOCD_WITH_INTERVENTION",
    "YOUTH_CAUTION",
    "COMMUNITY_RESOLUTION_NO_INTERVENTION",
)

# What a failure to comply can lead to; a disposal not listed is voluntary: no warnings, no enforcement.
ENFORCEMENT = {
    "YRO": "breach proceedings",
    "REFERRAL_ORDER": "referral back to court",
    "REPARATION_ORDER": "breach proceedings",
    "YOUTH_CONDITIONAL_CAUTION": "referral for prosecution for the original offence",
}
# The service setting holding each threshold: unacceptable failures before enforcement is due.
THRESHOLD_SETTINGS = {
    "YRO": "unacceptable_failures_yro",
    "REFERRAL_ORDER": "unacceptable_failures_referral_order",
    "REPARATION_ORDER": "unacceptable_failures_reparation_order",
    "YOUTH_CONDITIONAL_CAUTION": "unacceptable_failures_ycc",
}

REPARATION_ORDER_MAX_HOURS = 24
REPARATION_ORDER_MONTHS = 3
UNPAID_WORK_HOURS = (40, 240)
UNPAID_WORK_AGES = (16, 17)
ACTIVITY_MAX_DAYS = 90


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class PlacementTerms:
    disposal_type: str
    requirement: Requirement
    amount: float
    starts_on: dt.date
    due_by: dt.date | None
    age_when_convicted: int
    for_a_specific_person: bool = False
    recipient_consents: bool = False


def placement_problems(terms: PlacementTerms) -> dict[str, str]:
    """Every reason these terms are unlawful or impossible, by form field; empty when they may be placed."""
    problems: dict[str, str] = {}
    disposal, requirement, amount = terms.disposal_type, terms.requirement, terms.amount
    unit = requirement.unit.value
    if disposal not in PLACEABLE:
        problems["order"] = message("A {disposal} has no reparation to place.", disposal=label(disposal).lower())
        return problems
    if amount <= 0:
        problems["amount"] = message("Give the {unit} to complete.", unit=unit)
    if terms.due_by is not None and terms.due_by < terms.starts_on:
        problems["due_by"] = "The due-by date is before the start."
    if requirement in (Requirement.UNPAID_WORK, Requirement.ACTIVITY) and disposal != "YRO":
        problems["requirement"] = message(
            "{requirement} belongs to a youth rehabilitation order only.", requirement=requirement.label
        )
    if requirement is Requirement.UNPAID_WORK and disposal == "YRO":
        low, high = UNPAID_WORK_HOURS
        if not low <= amount <= high:
            problems["amount"] = message("Unpaid work is {low} to {high} hours.", low=low, high=high)
        if terms.age_when_convicted not in UNPAID_WORK_AGES:
            problems["requirement"] = message(
                "Unpaid work needs the child to be 16 or 17 when convicted (this child was {age_when_convicted}).",
                age_when_convicted=terms.age_when_convicted,
            )
    if requirement is Requirement.ACTIVITY and amount > ACTIVITY_MAX_DAYS:
        problems["amount"] = message(
            "An activity requirement is at most {activity_max_days} days.", activity_max_days=ACTIVITY_MAX_DAYS
        )
    if requirement is Requirement.ACTIVITY and amount != int(amount):
        problems["amount"] = "An activity requirement is counted in whole days."
    if disposal == "REPARATION_ORDER":
        if requirement is not Requirement.REPARATION:
            problems["requirement"] = "A reparation order is delivered as reparation hours."
        if amount > REPARATION_ORDER_MAX_HOURS:
            problems["amount"] = message(
                "A reparation order is at most {reparation_order_max_hours} hours.",
                reparation_order_max_hours=REPARATION_ORDER_MAX_HOURS,
            )
        latest = add_months(terms.starts_on, REPARATION_ORDER_MONTHS)
        if terms.due_by is None or terms.due_by > latest:
            problems["due_by"] = message(
                "A reparation order is completed within 3 months: by {latest} at the latest.", latest=latest
            )
        if terms.for_a_specific_person and not terms.recipient_consents:
            problems["recipient_consents"] = "Reparation to a specific person needs that person's consent."
    return problems


def session_hours(starts: dt.time, ends: dt.time) -> float:
    """The length of a session in hours (sessions never cross midnight)."""
    minutes = (ends.hour * 60 + ends.minute) - (starts.hour * 60 + starts.minute)
    return minutes / 60


def credit_problem(credited: float, outcome: str, session_length: float, remaining: float, unit: Unit) -> str | None:
    """Why this credit cannot stand, or None. Days are credited whole (one per session attended)."""
    if credited < 0:
        return "Credit cannot be negative."
    if outcome == "absent" and credited:
        return "An absent child is credited nothing."
    if unit is Unit.DAYS:
        if credited not in (0, 1):
            return "An activity requirement credits one day per session."
    elif credited > session_length + 1e-9:
        return message("At most the session's length ({session_length:g} h).", session_length=session_length)
    if credited > remaining + 1e-9:
        return message("Only {remaining:g} {unit} remain on this placement.", remaining=remaining, unit=unit.value)
    return None


def risk_assessment_problem(review_on: dt.date | None, session_day: dt.date) -> str | None:
    """An expired (or missing) health-and-safety risk assessment blocks new sessions until renewed."""
    if review_on is None:
        return "The project has no health-and-safety risk assessment. Record one before booking sessions."
    if review_on < session_day:
        return message(
            "The project's health-and-safety risk assessment expired on {review_on}. Renew it before booking sessions.",
            review_on=review_on,
        )
    return None


@dataclass(frozen=True)
class ComplianceState:
    disposal_type: str
    voluntary: bool
    unacceptable: int
    threshold: int | None
    enforcement: str | None  # what is due when the threshold is reached

    @property
    def enforcement_due(self) -> bool:
        return self.threshold is not None and self.unacceptable >= self.threshold

    @property
    def summary(self) -> str:
        if self.voluntary:
            return "Voluntary: no warnings or enforcement."
        if self.enforcement_due:
            return f"{self.unacceptable} unacceptable failures: {self.enforcement} is due."
        return f"{self.unacceptable} of {self.threshold} unacceptable failures before {self.enforcement}."


def compliance_state(disposal_type: str, unacceptable: int, thresholds: dict[str, int]) -> ComplianceState:
    enforcement = ENFORCEMENT.get(disposal_type)
    if enforcement is None:
        return ComplianceState(disposal_type, True, unacceptable, None, None)
    return ComplianceState(
        disposal_type, False, unacceptable, int(thresholds[THRESHOLD_SETTINGS[disposal_type]]), enforcement
    )
