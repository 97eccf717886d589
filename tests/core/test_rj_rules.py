"""The pure RJ rules: every stage transition, consent by activity kind and age, engagement, compliance."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rjdesk.rules.rj import (
    NEXT_STAGE,
    ActivityKind,
    ParticipantConsent,
    RjcLevel,
    Stage,
    compliance,
    consent_refusal,
    move_refusal,
)

pytestmark = pytest.mark.rj
DAY = dt.date(2026, 11, 2)


@given(st.sampled_from(list(Stage)), st.sampled_from(list(Stage)))
def test_every_transition_is_allowed_only_one_step_forward_or_to_an_end_with_a_reason(current, target) -> None:
    refusal = move_refusal(current, target, parties_suitable=True, activities_done=1)
    if current.is_ended:
        assert refusal is not None and "cannot move" in refusal
    elif target in (Stage.WITHDRAWN, Stage.NOT_SUITABLE):
        assert refusal is not None and "Say why" in refusal  # no reason given
        assert move_refusal(current, target, reason="Victim no longer wishes to take part") is None
    elif NEXT_STAGE.get(current) == target:
        assert refusal is None
    else:
        assert refusal is not None


def test_the_gates_say_what_is_missing() -> None:
    assert "assessed as suitable" in str(move_refusal(Stage.ASSESSING, Stage.PREPARING, parties_suitable=False))
    assert "manager must sign off" in str(
        move_refusal(Stage.ASSESSING, Stage.PREPARING, parties_suitable=True, sensitive_signed_off=False)
    )
    assert "at least one restorative activity" in str(move_refusal(Stage.ACTIVE, Stage.FOLLOW_UP))
    assert "one stage at a time" in str(move_refusal(Stage.REFERRED, Stage.ACTIVE))


def party(role: str, method: str | None, *, under_16: bool = False, parental: str | None = None) -> ParticipantConsent:
    return ParticipantConsent(role, role.title(), under_16, method, parental)


@pytest.mark.parametrize(
    ("kind", "victim", "child", "allowed"),
    [
        (ActivityKind.QUESTIONS_AND_ANSWERS, "verbal", "verbal", True),
        (ActivityKind.LETTER, "verbal", "electronic", True),
        (ActivityKind.CONFERENCE, "verbal", "written", False),
        (ActivityKind.CONFERENCE, "written", "electronic", True),
        (ActivityKind.VICTIM_AT_PANEL, "electronic", "verbal", False),
        (ActivityKind.DIRECT_REPARATION, "written", "written", True),
        (ActivityKind.SHUTTLE, None, "verbal", False),
    ],
)
def test_consent_by_activity_kind(kind, victim, child, allowed) -> None:
    refusal = consent_refusal(kind, [party("victim", victim), party("child", child)])
    assert (refusal is None) == allowed, refusal


def test_a_child_under_16_needs_a_parent_as_well_and_in_writing_for_a_direct_activity() -> None:
    victim = party("victim", "written")
    assert "parent" in str(consent_refusal(ActivityKind.SHUTTLE, [victim, party("child", "verbal", under_16=True)]))
    with_parent = party("child", "written", under_16=True, parental="verbal")
    assert consent_refusal(ActivityKind.SHUTTLE, [victim, with_parent]) is None
    assert "in writing" in str(consent_refusal(ActivityKind.CONFERENCE, [victim, with_parent]))
    written_parent = party("child", "written", under_16=True, parental="written")
    assert consent_refusal(ActivityKind.CONFERENCE, [victim, written_parent]) is None
    assert "Add the child" in str(consent_refusal(ActivityKind.LETTER, [victim]))


def test_facilitator_compliance() -> None:
    fine = compliance(RjcLevel.INTERMEDIATE, DAY - dt.timedelta(days=30), DAY - dt.timedelta(days=100), 12, DAY)
    assert fine.ok and fine.supervision_due_on == DAY - dt.timedelta(days=30) + dt.timedelta(weeks=12)
    late = compliance(RjcLevel.ADVANCED, DAY - dt.timedelta(weeks=13), None, 10, DAY)
    assert late.supervision_overdue and late.observation_overdue and late.cpd_required == 16 and not late.ok
