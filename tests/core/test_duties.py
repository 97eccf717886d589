"""The Victims' Code duty lifecycle: every default rule, triage, deferral, consent withdrawal, unable to
contact, and rule versions approved by a second manager. Runs on SQLCipher and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from rjdesk.errors import PermissionDenied, ValidationError
from rjdesk.rules.consent import ConsentScope
from rjdesk.rules.duties import DutyCode, DutyStatus
from rjdesk.rules.permissions import Role
from rjdesk.services import cases, consent, contacts, duties, referrals, settings
from rjdesk.services.context import Actor
from rjdesk.services.victims import ContactDetails, VictimDetails
from rjdesk.store.database import Database
from tests.conftest import make_user

D = dt.date
MONDAY = D(2026, 11, 2)  # a week with no bank holiday
ADULT_BIRTHDAY = D(1980, 1, 1)


@dataclass
class Case:
    vlo: Actor
    child_id: int
    offence_id: int
    order_id: int


@pytest.fixture
def case(db: Database, service: Actor) -> Case:
    vlo = make_user(db, service, "vlo1", Role.VLO, Role.PANEL_COORDINATOR)
    child = cases.create_child(db, service, "CMS1", "Jay", "Example", D(2010, 5, 1))
    offence = cases.add_offence(db, service, child.id, "OF1", "Criminal damage", D(2026, 9, 1), D(2026, 9, 2))
    order = cases.create_order(db, service, child.id, "REFERRAL_ORDER", D(2026, 10, 1), (offence.id,))
    return Case(vlo, child.id, offence.id, order)


def refer(
    db: Database,
    case: Case,
    *,
    dob: dt.date | None = ADULT_BIRTHDAY,
    received: dt.date = MONDAY,
    basis: str = "consented",
    name: str = "Alex Example",
) -> referrals.ReferralResult:
    return referrals.receive_referral(
        db,
        case.vlo,
        referrals.NewReferral(
            child_id=case.child_id,
            offence_ids=(case.offence_id,),
            received_on=received,
            basis=basis,
            details=VictimDetails("individual", name, date_of_birth=dob),
            contact=ContactDetails(phone="01632 960001", safe_to_phone=True),
        ),
    )


def the_duties(db: Database, actor: Actor, victim_id: int) -> dict[DutyCode, duties.DutyInfo]:
    return {d.code: d for d in duties.list_duties(db, actor, victim_id=victim_id, include_closed=True)}


def test_standard_referral_starts_first_contact_met_by_an_attempt(db: Database, case: Case) -> None:
    result = refer(db, case)
    assert not result.enhanced
    first = the_duties(db, case.vlo, result.victim_id)[DutyCode.FIRST_CONTACT_ATTEMPT]
    assert (first.due_date, first.status, first.rule_version, first.holder) == (
        D(2026, 11, 9),
        DutyStatus.OPEN,
        1,
        "yjs",
    )
    done = contacts.record_contact(
        db, case.vlo, result.victim_id, contacts.NewContact(D(2026, 11, 4), "phone", "no_answer", case.child_id)
    )
    assert done.met_duty_ids == (first.id,)
    assert the_duties(db, case.vlo, result.victim_id)[DutyCode.FIRST_CONTACT_ATTEMPT].status == DutyStatus.MET


def test_an_attempt_after_the_due_date_meets_it_late(db: Database, case: Case) -> None:
    result = refer(db, case)
    contacts.record_contact(
        db, case.vlo, result.victim_id, contacts.NewContact(D(2026, 11, 12), "letter", "letter_sent", case.child_id)
    )
    assert the_duties(db, case.vlo, result.victim_id)[DutyCode.FIRST_CONTACT_ATTEMPT].status == DutyStatus.MET_LATE


def test_child_victim_gets_priority_triage_then_first_contact_three_days_after(db: Database, case: Case) -> None:
    result = refer(db, case, dob=D(2012, 3, 3))  # 14 on the offence date: enhanced automatically
    assert result.enhanced
    triage = the_duties(db, case.vlo, result.victim_id)[DutyCode.PRIORITY_TRIAGE]
    assert triage.due_date == D(2026, 11, 3)  # 1 working day
    assert DutyCode.FIRST_CONTACT_ATTEMPT not in the_duties(db, case.vlo, result.victim_id)
    with pytest.raises(ValidationError):
        referrals.record_triage(
            db, case.vlo, result.victim_id, decided_on=D(2026, 11, 3), contact_is_safe=True, notes=""
        )
    referrals.record_triage(
        db,
        case.vlo,
        result.victim_id,
        decided_on=D(2026, 11, 3),
        contact_is_safe=True,
        notes="Spoke to the OIC and the school; contact through mother is safe.",
    )
    after = the_duties(db, case.vlo, result.victim_id)
    assert after[DutyCode.PRIORITY_TRIAGE].status == DutyStatus.MET
    assert after[DutyCode.FIRST_CONTACT_ATTEMPT].due_date == D(2026, 11, 6)  # 3 working days after triage


def test_triage_can_defer_first_contact_for_safety_with_a_review_date(db: Database, case: Case) -> None:
    result = refer(db, case, dob=D(2012, 3, 3))
    review = dt.date.today() + dt.timedelta(days=14)
    with pytest.raises(ValidationError) as caught:
        referrals.record_triage(
            db,
            case.vlo,
            result.victim_id,
            decided_on=D(2026, 11, 3),
            contact_is_safe=False,
            notes="Child's family live next door",
        )
    assert "review_date" in caught.value.fields
    referrals.record_triage(
        db,
        case.vlo,
        result.victim_id,
        decided_on=D(2026, 11, 3),
        contact_is_safe=False,
        notes="Child's family live next door; ISVA advises waiting",
        review_date=review,
    )
    first = the_duties(db, case.vlo, result.victim_id)[DutyCode.FIRST_CONTACT_ATTEMPT]
    assert (first.status, first.review_date, first.action_date) == (DutyStatus.DEFERRED, review, review)
    duties.resume_duty(db, case.vlo, first.id, first.version_id)
    assert the_duties(db, case.vlo, result.victim_id)[DutyCode.FIRST_CONTACT_ATTEMPT].status == DutyStatus.OPEN


def test_defer_needs_a_reason_and_a_future_review_date_and_waive_a_reason(db: Database, case: Case) -> None:
    first = the_duties(db, case.vlo, refer(db, case).victim_id)[DutyCode.FIRST_CONTACT_ATTEMPT]
    with pytest.raises(ValidationError) as caught:
        duties.defer_duty(db, case.vlo, first.id, " ", dt.date.today(), first.version_id)
    assert set(caught.value.fields) == {"reason", "review_date"}
    with pytest.raises(ValidationError):
        duties.waive_duty(db, case.vlo, first.id, "", first.version_id)
    duties.waive_duty(db, case.vlo, first.id, "Victim moved abroad; police confirm no contact wanted", first.version_id)
    assert the_duties(db, case.vlo, first.victim_id)[DutyCode.FIRST_CONTACT_ATTEMPT].status == DutyStatus.WAIVED


def test_withdrawn_consent_closes_contact_duties_and_keeps_history(db: Database, case: Case) -> None:
    result = refer(db, case)
    consent.record_consent(
        db,
        case.vlo,
        result.victim_id,
        consent.NewConsent(case.child_id, ConsentScope.YJS_CONTACT, "given", D(2026, 11, 3), "verbal"),
    )
    cases.set_decision_date(db, case.vlo, case.order_id, dt.date.today() + dt.timedelta(days=20))
    consent.record_consent(
        db,
        case.vlo,
        result.victim_id,
        consent.NewConsent(case.child_id, ConsentScope.YJS_CONTACT, "withdrawn", dt.date.today(), "written"),
    )
    after = the_duties(db, case.vlo, result.victim_id)
    assert after[DutyCode.FIRST_CONTACT_ATTEMPT].status == DutyStatus.NOT_APPLICABLE
    assert after[DutyCode.VIEWS_BEFORE_DECISION].status == DutyStatus.NOT_APPLICABLE
    history = consent.consent_history(db, case.vlo, result.victim_id)
    assert [h.decision for h in history] == ["given", "withdrawn"]
    assert (
        consent.current_consent(db, case.vlo, result.victim_id)[(case.child_id, ConsentScope.YJS_CONTACT)]
        == "withdrawn"
    )


def test_unable_to_contact_after_the_services_number_of_attempts(db: Database, case: Case, service: Actor) -> None:
    settings.update_service(db, service, settings={"contact_attempts_before_unable": 3})
    result = refer(db, case)
    cases.set_decision_date(db, case.vlo, case.order_id, dt.date.today() + dt.timedelta(days=20))
    outcomes = []
    for day, outcome in ((4, "no_answer"), (5, "left_message"), (6, "no_answer")):
        outcomes.append(
            contacts.record_contact(
                db, case.vlo, result.victim_id, contacts.NewContact(D(2026, 11, day), "phone", outcome)
            ).unable_to_contact
        )
    assert outcomes == [False, False, True]
    views = the_duties(db, case.vlo, result.victim_id)[DutyCode.VIEWS_BEFORE_DECISION]
    assert views.status == DutyStatus.UNABLE_TO_CONTACT and "3 attempts" in (views.status_reason or "")


def test_views_before_the_decision_are_due_on_the_decision_date(db: Database, case: Case) -> None:
    result = refer(db, case)
    panel = dt.date.today() + dt.timedelta(days=10)
    cases.set_decision_date(db, case.vlo, case.order_id, panel)
    views = the_duties(db, case.vlo, result.victim_id)[DutyCode.VIEWS_BEFORE_DECISION]
    assert views.due_date == panel
    contacts.record_views(
        db,
        case.vlo,
        result.victim_id,
        contacts.ViewsRecord(
            0,
            case.child_id,
            dt.date.today(),
            "Wants the child to understand the harm",
            None,
            "A letter of apology",
            "Would like an apology letter",
            None,
            None,
        ),
    )
    assert the_duties(db, case.vlo, result.victim_id)[DutyCode.VIEWS_BEFORE_DECISION].status == DutyStatus.MET


def test_support_request_then_support_given(db: Database, case: Case) -> None:
    result = refer(db, case)
    request = contacts.record_request(db, case.vlo, result.victim_id, "support", D(2026, 11, 4))
    support = the_duties(db, case.vlo, result.victim_id)[DutyCode.SUPPORT_REFERRAL]
    assert support.due_date == D(2026, 11, 6)
    contacts.request_provided(db, case.vlo, request, D(2026, 11, 5))
    assert the_duties(db, case.vlo, result.victim_id)[DutyCode.SUPPORT_REFERRAL].status == DutyStatus.MET


def test_progress_update_follows_a_case_event_only_when_asked(db: Database, case: Case) -> None:
    asked = refer(db, case)
    not_asked = refer(db, case, name="Sam Other")
    contacts.record_request(db, case.vlo, asked.victim_id, "progress", D(2026, 11, 4))
    created = cases.record_case_event(db, case.vlo, case.order_id, "review", D(2026, 11, 10))
    assert len(created) == 1
    update = the_duties(db, case.vlo, asked.victim_id)[DutyCode.PROGRESS_UPDATE]
    assert update.due_date == D(2026, 11, 17)
    assert DutyCode.PROGRESS_UPDATE not in the_duties(db, case.vlo, not_asked.victim_id)
    contacts.record_contact(
        db,
        case.vlo,
        asked.victim_id,
        contacts.NewContact(
            D(2026, 11, 12), "phone", "spoke_to_victim", case.child_id, meets_duty_codes=(DutyCode.PROGRESS_UPDATE,)
        ),
    )
    assert the_duties(db, case.vlo, asked.victim_id)[DutyCode.PROGRESS_UPDATE].status == DutyStatus.MET


def test_intervention_end_for_victims_who_took_part(db: Database, case: Case) -> None:
    took_part = refer(db, case)
    consent.record_consent(
        db,
        case.vlo,
        took_part.victim_id,
        consent.NewConsent(case.child_id, ConsentScope.YJS_CONTACT, "given", D(2026, 11, 3), "verbal"),
    )
    stayed_out = refer(db, case, name="Sam Other")
    cases.end_intervention(db, case.vlo, case.order_id, D(2026, 11, 13))
    assert the_duties(db, case.vlo, took_part.victim_id)[DutyCode.INTERVENTION_END].due_date == D(2026, 11, 20)
    assert DutyCode.INTERVENTION_END not in the_duties(db, case.vlo, stayed_out.victim_id)


def test_vcs_liaison_is_partner_held(db: Database, case: Case, service: Actor) -> None:
    child = cases.create_child(db, service, "CMS2", "Kai", "Example", D(2009, 1, 1))
    offence = cases.add_offence(db, service, child.id, "OF1", "Violence against the person", D(2026, 8, 1))
    custody = cases.create_order(db, service, child.id, "CUSTODY", D(2026, 10, 1), (offence.id,))
    victim = referrals.receive_referral(
        db,
        case.vlo,
        referrals.NewReferral(
            child_id=child.id,
            offence_ids=(offence.id,),
            received_on=MONDAY,
            basis="consented",
            details=VictimDetails("individual", "Robin Example", date_of_birth=D(1970, 1, 1)),
        ),
    )
    assert cases.custodial_sentence(db, case.vlo, custody, 8, True, D(2026, 11, 2)) == []
    assert len(cases.custodial_sentence(db, case.vlo, custody, 18, True, D(2026, 11, 2))) == 1
    vcs = the_duties(db, case.vlo, victim.victim_id)[DutyCode.VCS_LIAISON]
    assert vcs.holder == "probation" and vcs.partner_held and vcs.due_date == D(2026, 11, 16)


def test_complaint_acknowledgement(db: Database, case: Case) -> None:
    result = refer(db, case)
    complaint = contacts.record_complaint(db, case.vlo, result.victim_id, D(2026, 11, 2), "Not kept informed")
    ack = the_duties(db, case.vlo, result.victim_id)[DutyCode.COMPLAINT_ACK]
    assert ack.due_date == D(2026, 11, 16)
    contacts.acknowledge_complaint(db, case.vlo, complaint, D(2026, 11, 3))
    assert the_duties(db, case.vlo, result.victim_id)[DutyCode.COMPLAINT_ACK].status == DutyStatus.MET


def test_objected_referral_starts_no_contact_duty(db: Database, case: Case) -> None:
    result = refer(db, case, basis="objected")
    assert the_duties(db, case.vlo, result.victim_id) == {}


def test_closure_days_move_due_dates(db: Database, case: Case, service: Actor) -> None:
    admin = make_user(db, service, "admin", Role.ADMINISTRATOR)
    settings.add_closure_day(db, admin, D(2026, 11, 5), "Staff training day")
    first = the_duties(db, case.vlo, refer(db, case).victim_id)[DutyCode.FIRST_CONTACT_ATTEMPT]
    assert first.due_date == D(2026, 11, 10)


def test_rule_change_needs_a_second_manager_and_old_duties_keep_their_version(
    db: Database, case: Case, service: Actor
) -> None:
    first_manager = make_user(db, service, "boss1", Role.MANAGER)
    second_manager = make_user(db, service, "boss2", Role.MANAGER)
    before = refer(db, case)
    proposal = duties.propose_rule_change(
        db,
        first_manager,
        DutyCode.FIRST_CONTACT_ATTEMPT,
        standard_working_days=7,
        enhanced_working_days=3,
        effective_from=D(2026, 11, 1),
        reason="Local protocol agreed with the police, October 2026",
    )
    assert proposal.status == "proposed" and proposal.version == 2
    still_five = refer(db, case, name="Pending Rule")
    assert the_duties(db, case.vlo, still_five.victim_id)[DutyCode.FIRST_CONTACT_ATTEMPT].due_date == D(2026, 11, 9)
    with pytest.raises(PermissionDenied):
        duties.decide_rule_change(db, first_manager, proposal.id, approve=True)
    with pytest.raises(PermissionDenied):
        duties.decide_rule_change(db, case.vlo, proposal.id, approve=True)
    approved = duties.decide_rule_change(db, second_manager, proposal.id, approve=True)
    assert approved.status == "approved" and approved.approved_by == "boss2"
    after = refer(db, case, name="New Rule")
    new_duty = the_duties(db, case.vlo, after.victim_id)[DutyCode.FIRST_CONTACT_ATTEMPT]
    assert (new_duty.due_date, new_duty.rule_version) == (D(2026, 11, 11), 2)
    old_duty = the_duties(db, case.vlo, before.victim_id)[DutyCode.FIRST_CONTACT_ATTEMPT]
    assert (old_duty.due_date, old_duty.rule_version) == (D(2026, 11, 9), 1)


def test_my_day_lists_overdue_and_due_soon_but_not_later(db: Database, case: Case) -> None:
    today = D(2026, 11, 10)
    overdue = refer(db, case, received=D(2026, 11, 2))  # due 9th: overdue on the 10th
    soon = refer(db, case, received=D(2026, 11, 9), name="Due Soon")  # due the 16th
    listed = duties.list_duties(db, case.vlo, due_within_working_days=5, today=today)
    by_victim = {d.victim_id: d for d in listed}
    assert by_victim[overdue.victim_id].is_overdue(today)
    assert soon.victim_id in by_victim and not by_victim[soon.victim_id].is_overdue(today)
    assert [d.due_date for d in listed] == sorted(d.due_date for d in listed)
    assert duties.list_duties(db, case.vlo, due_within_working_days=1, today=D(2026, 11, 2)) == []
    assert len(duties.list_duties(db, case.vlo, mine_only=True)) == 2


def test_enhanced_rights_are_recorded_and_reassessed(db: Database, case: Case) -> None:
    adult = refer(db, case)
    assert not adult.enhanced
    with pytest.raises(ValidationError):
        referrals.assess_enhanced(db, case.vlo, adult.victim_id, "vulnerable", "", dt.date(2026, 11, 3))
    referrals.assess_enhanced(
        db, case.vlo, adult.victim_id, "intimidated", "Threats from the child's friends", dt.date(2026, 11, 3)
    )
    cases.set_decision_date(db, case.vlo, case.order_id, dt.date.today() + dt.timedelta(days=30))
    record = the_duties(db, case.vlo, adult.victim_id)
    assert DutyCode.VIEWS_BEFORE_DECISION in record
    referrals.assess_enhanced(
        db, case.vlo, adult.victim_id, None, "Threats have stopped (police update)", dt.date(2026, 11, 20)
    )
    child_victim = refer(db, case, dob=D(2011, 1, 1), name="Young Person")
    referrals.assess_enhanced(db, case.vlo, child_victim.victim_id, None, "Re-assessed", dt.date(2026, 11, 20))
    from rjdesk.services.victim_record import open_victim_file

    assert not open_victim_file(db, case.vlo, adult.victim_id).enhanced
    assert open_victim_file(db, case.vlo, child_victim.victim_id).enhanced  # under 18 on the offence date regardless


def test_my_day_counts_the_whole_window_and_lists_the_soonest(db: Database, case: Case, service: Actor) -> None:
    """The team's and an officer's My day: counts from the database equal the window's duties classified one by
    one, the rows are the window's soonest first, and a limit keeps the soonest."""
    today = dt.date.today()
    colleague = make_user(db, service, "vlo2", Role.VLO)
    for days_ago, name in ((20, "Long Overdue"), (12, "Overdue"), (2, "Due Soon"), (0, "Just Referred")):
        refer(db, case, received=today - dt.timedelta(days=days_ago), name=name)
    theirs = referrals.receive_referral(
        db,
        colleague,
        referrals.NewReferral(
            child_id=case.child_id,
            offence_ids=(case.offence_id,),
            received_on=today - dt.timedelta(days=15),
            basis="consented",
            details=VictimDetails("individual", "Colleagues Victim", date_of_birth=ADULT_BIRTHDAY),
        ),
    )
    deferred = the_duties(db, colleague, theirs.victim_id)[DutyCode.FIRST_CONTACT_ATTEMPT]
    duties.defer_duty(db, colleague, deferred.id, "Address shared with the child", today + dt.timedelta(days=1), 1)
    custody = cases.create_order(
        db, service, case.child_id, "CUSTODY", today - dt.timedelta(days=30), (case.offence_id,)
    )
    cases.custodial_sentence(db, case.vlo, custody, 18, True, today - dt.timedelta(days=12))  # probation's, overdue

    window = duties.list_duties(db, service, due_within_working_days=duties.MY_DAY_HORIZON, today=today)
    team = duties.my_day(db, service, team=True, today=today, limit=None)
    assert [d.id for d in team.duties] == [d.id for d in window]
    overdue = sum(d.is_overdue(today) for d in window)
    due_today = sum(not d.is_overdue(today) and d.action_date == today for d in window)
    chase = sum(d.partner_held for d in window)
    assert (team.overdue, team.due_today, team.upcoming, team.to_chase) == (
        overdue,
        due_today,
        len(window) - overdue - due_today,
        chase,
    )
    assert team.overdue >= 2 and team.upcoming >= 1 and team.to_chase >= 1 and team.complete
    assert any(d.status == DutyStatus.DEFERRED for d in team.duties)
    first_two = duties.my_day(db, service, team=True, today=today, limit=2)
    assert [d.id for d in first_two.duties] == [d.id for d in window[:2]] and not first_two.complete
    assert first_two.total == team.total  # the counts stay whole
    mine = duties.my_day(db, colleague, today=today)
    assert {d.victim_id for d in mine.duties} == {theirs.victim_id} and mine.total == len(mine.duties)
