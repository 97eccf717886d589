"""Restorative justice rules (DOMAIN §4): stages and their gates, activity kinds, consent by activity and age,
the activity → engagement mapping, and facilitator compliance. Pure: no database.

Stages run referred → assessing → preparing → active → follow_up → closed; a process may end early as
withdrawn or not_suitable (a reason is required). Moving forward past a gate needs what the gate names:
assessing → preparing needs both parties assessed as suitable (and a manager's sign-off for a sensitive
offence); an activity is recorded only in preparing/active; follow-up needs an activity done.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from rjdesk.errors import message


class Stage(StrEnum):
    REFERRED = "referred"
    ASSESSING = "assessing"
    PREPARING = "preparing"
    ACTIVE = "active"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"
    NOT_SUITABLE = "not_suitable"

    @property
    def label(self) -> str:
        return STAGE_LABELS[self]

    @property
    def is_ended(self) -> bool:
        return self in (Stage.CLOSED, Stage.WITHDRAWN, Stage.NOT_SUITABLE)


STAGE_LABELS = {
    Stage.REFERRED: "Referred",
    Stage.ASSESSING: "Assessing",
    Stage.PREPARING: "Preparing",
    Stage.ACTIVE: "Active",
    Stage.FOLLOW_UP: "Follow-up",
    Stage.CLOSED: "Closed",
    Stage.WITHDRAWN: "Withdrawn",
    Stage.NOT_SUITABLE: "Not suitable",
}
PIPELINE = (Stage.REFERRED, Stage.ASSESSING, Stage.PREPARING, Stage.ACTIVE, Stage.FOLLOW_UP, Stage.CLOSED)
NEXT_STAGE = dict(itertools.pairwise(PIPELINE))
REASON_REQUIRED = frozenset({Stage.WITHDRAWN, Stage.NOT_SUITABLE})


class ActivityKind(StrEnum):
    VIEWS_RELAYED = "views_relayed"
    QUESTIONS_AND_ANSWERS = "questions_and_answers"
    LETTER = "letter"
    SHUTTLE = "shuttle"
    CONFERENCE = "conference"
    FAMILY_GROUP_CONFERENCE = "family_group_conference"
    VICTIM_AT_PANEL = "victim_at_panel"
    DIRECT_REPARATION = "direct_reparation"

    @property
    def label(self) -> str:
        return ACTIVITY_LABELS[self]

    @property
    def is_direct(self) -> bool:
        return self in DIRECT_ACTIVITIES


ACTIVITY_LABELS = {
    ActivityKind.VIEWS_RELAYED: "Views or impact relayed to the child",
    ActivityKind.QUESTIONS_AND_ANSWERS: "Questions and answers",
    ActivityKind.LETTER: "Letter of apology or explanation",
    ActivityKind.SHUTTLE: "Shuttle exchange",
    ActivityKind.CONFERENCE: "Face-to-face conference",
    ActivityKind.FAMILY_GROUP_CONFERENCE: "Family group conference",
    ActivityKind.VICTIM_AT_PANEL: "Victim attending the panel",
    ActivityKind.DIRECT_REPARATION: "Direct reparation",
}
DIRECT_ACTIVITIES = frozenset(
    {
        ActivityKind.CONFERENCE,
        ActivityKind.FAMILY_GROUP_CONFERENCE,
        ActivityKind.VICTIM_AT_PANEL,
        ActivityKind.DIRECT_REPARATION,
    }
)

# Version 1 of the activity → engagement mapping (DOMAIN §3, §4): any activity the victim actively takes part in
# counts. A service may publish a new version (a setting); every KPI report names the version it used.
DEFAULT_ENGAGEMENT_MAPPING: Mapping[str, bool] = {kind.value: True for kind in ActivityKind}
DEFAULT_ENGAGEMENT_MAPPING_VERSION = 1

SENSITIVE_OFFENCE_KINDS = ("sexual", "domestic_abuse", "hate_crime", "stalking", "exploitation")
WRITTEN_METHODS = frozenset({"written", "electronic"})
PARENTAL_CONSENT_BELOW_AGE = 16


@dataclass(frozen=True)
class Engagement:
    engaged: bool
    start: dt.date | None
    end: dt.date | None


def move_refusal(
    current: Stage,
    target: Stage,
    *,
    reason: str = "",
    parties_suitable: bool = False,
    sensitive_signed_off: bool = True,
    activities_done: int = 0,
) -> str | None:
    """Why a move from ``current`` to ``target`` is refused, or None when it is allowed."""
    if current.is_ended:
        return message("The process is {current}; it cannot move any more.", current=current.label.lower())
    if target in REASON_REQUIRED:
        return None if reason.strip() else f"Say why the process is {target.label.lower()}."
    if target == current:
        return message("The process is already {current}.", current=current.label.lower())
    if NEXT_STAGE.get(current) != target:
        expected = NEXT_STAGE.get(current)
        return message(
            "A process moves one stage at a time: from {current} the next stage is {value}, not {target}.",
            current=current.label.lower(),
            value=expected.label.lower() if expected else "none",
            target=target.label.lower(),
        )
    if target == Stage.PREPARING:
        if not parties_suitable:
            return "Both the victim and the child must be assessed as suitable before preparation."
        if not sensitive_signed_off:
            return "This is a sensitive offence: a manager must sign off the assessment before preparation."
    if target == Stage.FOLLOW_UP and activities_done == 0:
        return "Record at least one restorative activity before follow-up."
    return None


@dataclass(frozen=True)
class ParticipantConsent:
    role: str  # victim, child, parent_carer, supporter, facilitator, interpreter
    name: str
    under_16: bool
    consent_method: str | None  # None: no standing consent
    parental_consent_method: str | None = None


def consent_refusal(kind: ActivityKind, participants: Iterable[ParticipantConsent]) -> str | None:
    """DOMAIN §4: a direct activity needs every party's written consent before booking; an indirect one may go
    ahead on recorded verbal consent; a child under 16 also needs a parent's or carer's consent. Only the
    victim and the child (the parties) give consent to the activity; supporters and staff do not."""
    parties = [p for p in participants if p.role in ("victim", "child")]
    roles = {p.role for p in parties}
    missing_roles = [r for r in ("victim", "child") if r not in roles]
    if missing_roles:
        return message("Add the {missing_roles} as participants first.", missing_roles=" and the ".join(missing_roles))
    problems = []
    for party in parties:
        if party.consent_method is None:
            problems.append(f"{party.name} has not consented")
        elif kind.is_direct and party.consent_method not in WRITTEN_METHODS:
            problems.append(f"{party.name}'s consent is {party.consent_method}; a direct activity needs it in writing")
        if party.under_16:
            if party.parental_consent_method is None:
                problems.append(f"{party.name} is under 16: a parent's or carer's consent is needed too")
            elif kind.is_direct and party.parental_consent_method not in WRITTEN_METHODS:
                problems.append(f"the parental consent for {party.name} must be in writing for a direct activity")
    return "; ".join(problems).capitalize() + "." if problems else None


class RjcLevel(StrEnum):
    FOUNDATION = "foundation"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


CPD_HOURS = {RjcLevel.FOUNDATION: 6, RjcLevel.INTERMEDIATE: 12, RjcLevel.ADVANCED: 16}
SUPERVISION_EVERY_DAYS = 12 * 7
OBSERVATION_EVERY_DAYS = 365


@dataclass(frozen=True)
class Compliance:
    supervision_due_on: dt.date | None
    supervision_overdue: bool
    observation_overdue: bool
    cpd_hours: float
    cpd_required: int

    @property
    def ok(self) -> bool:
        return not self.supervision_overdue and not self.observation_overdue and self.cpd_hours >= self.cpd_required


def compliance(
    level: RjcLevel,
    last_supervision: dt.date | None,
    last_observed: dt.date | None,
    cpd_hours_last_year: float,
    today: dt.date,
) -> Compliance:
    due = last_supervision + dt.timedelta(days=SUPERVISION_EVERY_DAYS) if last_supervision else None
    observed_overdue = last_observed is None or (today - last_observed).days > OBSERVATION_EVERY_DAYS
    return Compliance(
        supervision_due_on=due,
        supervision_overdue=due is None or due < today,
        observation_overdue=observed_overdue,
        cpd_hours=cpd_hours_last_year,
        cpd_required=CPD_HOURS[level],
    )
