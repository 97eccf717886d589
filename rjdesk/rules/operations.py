"""The permission matrix: every service operation and the permissions a user must hold to call it.

One table, in code: ``rjdesk-cli``-free and Qt-free, rendered into ``docs/PERMISSIONS.md`` (``python -m
rjdesk.rules.operations > docs/PERMISSIONS.md``), and walked by ``tests/core/test_permission_matrix.py``,
which calls every public service function as every role and fails on any difference from this table — a
service that checks less, or more, than it says here. An operation needs *all* the permissions listed; one
with none is open to every signed-in user (their own alerts, password, the service's calendar). The headless
operator (``rjdesk-cli``) holds every permission.

Some operations narrow further by the record (DOMAIN §1, §5): ``SCOPED`` says how. Every operation is
limited to the actor's own service.
"""

from __future__ import annotations

from rjdesk.rules.permissions import ROLE_PERMISSIONS, Permission, Role

P = Permission


def _needs(*permissions: Permission) -> frozenset[Permission]:
    return frozenset(permissions)


OPERATIONS: dict[str, frozenset[Permission]] = {
    "audit_log.audit_kinds": _needs(P.AUDIT_VIEW),
    "audit_log.search_audit": _needs(P.AUDIT_VIEW),
    "audit_log.verify_audit": _needs(P.AUDIT_VIEW),
    "backups.back_up_now": _needs(P.DATA_ADMIN),
    "backups.list_backups": _needs(P.DATA_ADMIN),
    "backups.restore_backup": _needs(P.DATA_ADMIN),
    "board_pack.board_pack_document": _needs(P.REPORT_AGGREGATE),
    "board_pack.board_pack_pdf": _needs(P.REPORT_AGGREGATE),
    "board_pack.board_pack_xlsx": _needs(P.REPORT_AGGREGATE),
    "board_pack.latest_commentary": _needs(P.REPORT_AGGREGATE),
    "board_pack.save_commentary": _needs(P.REPORT_AGGREGATE),
    "case_import.import_cases": _needs(P.CASE_EDIT, P.DATA_ADMIN),
    "case_manager.record_relayed": _needs(P.VICTIM_VIEWS_SUMMARY),
    "case_manager.report_summary": _needs(P.VICTIM_VIEWS_SUMMARY),
    "case_manager.shared_views_for_child": _needs(P.VICTIM_VIEWS_SUMMARY),
    "caseload.add_carer": _needs(P.VICTIM_CONTACT_EDIT),
    "caseload.arrange_cover": _needs(P.CASELOAD_ALLOCATE),
    "caseload.assign_worker": _needs(P.CASELOAD_ALLOCATE),
    "caseload.attach_document": _needs(P.VICTIM_EDIT),
    "caseload.chase_referral": _needs(P.VICTIM_EDIT),
    "caseload.list_carers": _needs(P.VICTIM_CONTACT_VIEW),
    "caseload.list_documents": _needs(P.VICTIM_VIEW),
    "caseload.list_workers": _needs(P.VICTIM_VIEW),
    "caseload.read_document": _needs(P.VICTIM_VIEW),
    "caseload.record_not_invited_reason": _needs(P.VICTIM_EDIT),
    "cases.add_offence": _needs(P.CASE_EDIT),
    "cases.create_child": _needs(P.CASE_EDIT),
    "cases.create_order": _needs(P.CASE_EDIT),
    "cases.custodial_sentence": _needs(P.CASE_EDIT),
    "cases.end_intervention": _needs(P.CASE_EDIT),
    "cases.get_child_case": _needs(P.CASE_VIEW),
    "cases.list_case_managers": _needs(P.CASE_EDIT),
    "cases.record_case_event": _needs(P.CASE_EDIT),
    "cases.set_decision_date": _needs(P.CASE_EDIT),
    "cases.update_child": _needs(P.CASE_EDIT),
    "consent.consent_history": _needs(P.VICTIM_VIEW),
    "consent.current_consent": _needs(P.VICTIM_VIEW),
    "consent.record_consent": _needs(P.CONSENT_RECORD),
    "contacts.acknowledge_complaint": _needs(P.VICTIM_EDIT),
    "contacts.list_contacts": _needs(P.VICTIM_VIEW),
    "contacts.list_views": _needs(P.VICTIM_VIEW),
    "contacts.record_complaint": _needs(P.VICTIM_EDIT),
    "contacts.record_contact": _needs(P.CONTACT_RECORD),
    "contacts.record_request": _needs(P.CONTACT_RECORD),
    "contacts.record_views": _needs(P.VICTIM_EDIT),
    "contacts.request_provided": _needs(P.CONTACT_RECORD),
    "disclosures.disclosure_report": _needs(P.REPORT_CASE_LIST),
    "disclosures.record_disclosure": _needs(P.DISCLOSURE_RECORD),
    "duties.decide_rule_change": _needs(P.DUTY_RULE_APPROVE),
    "duties.defer_duty": _needs(P.DUTY_MANAGE),
    "duties.list_duties": _needs(P.VICTIM_VIEW),
    "duties.my_day": _needs(P.VICTIM_VIEW),
    "duties.list_rules": _needs(),
    "duties.meet_duty": _needs(P.DUTY_MANAGE),
    "duties.propose_rule_change": _needs(P.DUTY_RULE_PROPOSE),
    "duties.resume_duty": _needs(P.DUTY_MANAGE),
    "duties.waive_duty": _needs(P.DUTY_MANAGE),
    "duties.working_calendar": _needs(),
    "identities.duplicate_candidates": _needs(P.VICTIM_VIEW),
    "identities.link_known_child": _needs(P.CASE_VIEW, P.VICTIM_EDIT),
    "identities.merge_victims": _needs(P.VICTIM_EDIT),
    "identities.merges_into": _needs(P.VICTIM_VIEW),
    "identities.unmerge_victims": _needs(P.VICTIM_EDIT),
    "imports.import_referrals": _needs(P.DATA_ADMIN, P.VICTIM_CONTACT_EDIT, P.VICTIM_EDIT),
    "inspection.inspection_pack_pdf": _needs(P.REPORT_CASE_LIST),
    "inspection.sample_cases": _needs(P.REPORT_CASE_LIST),
    "kpi10.import_kpi10_cases": _needs(P.DATA_ADMIN),
    "kpi10.kpi10_breakdowns": _needs(P.REPORT_AGGREGATE),
    "kpi10.kpi10_cases_csv": _needs(P.REPORT_CASE_LIST),
    "kpi10.kpi10_comparison": _needs(P.REPORT_AGGREGATE),
    "kpi10.kpi10_report": _needs(P.REPORT_AGGREGATE),
    "kpi10.kpi10_with_breakdowns": _needs(P.REPORT_AGGREGATE),
    "kpi10.set_comparators": _needs(P.REPORT_CASE_LIST),
    "letters.compose_completion_letter": _needs(P.REPARATION_VIEW),
    "letters.compose_victim_letter": _needs(P.CONTACT_RECORD, P.VICTIM_CONTACT_VIEW),
    "letters.record_victim_letter_sent": _needs(P.CONTACT_RECORD, P.VICTIM_CONTACT_VIEW),
    "letters.start_completion_letter": _needs(P.REPARATION_VIEW),
    "letters.start_victim_letter": _needs(P.CONTACT_RECORD, P.VICTIM_CONTACT_VIEW),
    "panels.cancel_panel": _needs(P.PANEL_EDIT),
    "panels.due_for_panel": _needs(P.CASE_VIEW),
    "panels.panel_diary": _needs(P.CASE_VIEW),
    "panels.panels_for_order": _needs(P.CASE_VIEW),
    "panels.record_outcome": _needs(P.PANEL_EDIT),
    "panels.reschedule_panel": _needs(P.PANEL_EDIT),
    "panels.schedule_panel": _needs(P.PANEL_EDIT),
    "referrals.assess_enhanced": _needs(P.VICTIM_EDIT),
    "referrals.receive_referral": _needs(P.VICTIM_CONTACT_EDIT, P.VICTIM_EDIT),
    "referrals.record_triage": _needs(P.DUTY_MANAGE),
    "reparation.add_to_session": _needs(P.REPARATION_EDIT),
    "reparation.completion_certificate": _needs(P.REPARATION_VIEW),
    "reparation.compliance_queue": _needs(P.REPARATION_COMPLIANCE),
    "reparation.correct_attendance": _needs(P.REPARATION_EDIT),
    "reparation.corrections": _needs(P.REPARATION_VIEW),
    "reparation.create_project": _needs(P.REPARATION_EDIT),
    "reparation.decide_absence": _needs(P.REPARATION_COMPLIANCE),
    "reparation.end_placement": _needs(P.REPARATION_EDIT),
    "reparation.get_placement": _needs(P.REPARATION_VIEW),
    "reparation.list_placements": _needs(P.REPARATION_VIEW),
    "reparation.list_projects": _needs(P.REPARATION_VIEW),
    "reparation.place_child": _needs(P.REPARATION_EDIT),
    "reparation.placeable_orders": _needs(P.REPARATION_EDIT),
    "reparation.record_attendance": _needs(P.REPARATION_EDIT),
    "reparation.renew_risk_assessment": _needs(P.REPARATION_EDIT),
    "reparation.restricted_details": _needs(P.REPARATION_EDIT),
    "reparation.schedule_session": _needs(P.REPARATION_EDIT),
    "reparation.sessions_between": _needs(P.REPARATION_VIEW),
    "reparation.set_supervisors": _needs(P.REPARATION_EDIT),
    "reparation.sign_off_session": _needs(P.REPARATION_EDIT),
    "reparation.supervisors": _needs(P.REPARATION_VIEW),
    "reparation.update_project": _needs(P.REPARATION_EDIT),
    "report_records.records_behind_figure": _needs(P.REPORT_CASE_LIST),
    "reports.days_to_first_rj_information": _needs(P.REPORT_AGGREGATE),
    "reports.funnel": _needs(P.REPORT_AGGREGATE),
    "reports.funnel_document": _needs(P.REPORT_AGGREGATE),
    "reports.funnel_pdf": _needs(P.REPORT_AGGREGATE),
    "reports.funnel_xlsx": _needs(P.REPORT_AGGREGATE),
    "reports.kpi10_document": _needs(P.REPORT_AGGREGATE),
    "reports.kpi10_pdf": _needs(P.REPORT_AGGREGATE),
    "reports.kpi10_xlsx": _needs(P.REPORT_AGGREGATE),
    "rj.add_agreement_item": _needs(P.RJ_EDIT),
    "rj.add_cpd": _needs(P.RJ_EDIT),
    "rj.add_participant": _needs(P.RJ_EDIT),
    "rj.add_preparation": _needs(P.RJ_EDIT),
    "rj.approve_letter": _needs(P.RJ_EDIT),
    "rj.book_conference": _needs(P.RJ_EDIT),
    "rj.complete_item": _needs(P.RJ_EDIT),
    "rj.conference_ics": _needs(P.RJ_VIEW),
    "rj.conferences_between": _needs(P.RJ_VIEW),
    "rj.current_engagement_mapping": _needs(P.RJ_VIEW),
    "rj.deliver_letter": _needs(P.RJ_EDIT),
    "rj.facilitator_statuses": _needs(P.RJ_VIEW),
    "rj.get_process": _needs(P.RJ_VIEW),
    "rj.hold_conference": _needs(P.RJ_EDIT),
    "rj.list_processes": _needs(P.RJ_VIEW),
    "rj.move_stage": _needs(P.RJ_EDIT),
    "rj.my_rj_reminders": _needs(P.RJ_VIEW),
    "rj.open_process": _needs(P.RJ_EDIT),
    "rj.overdue_items": _needs(P.RJ_VIEW),
    "rj.preparations_between": _needs(P.RJ_VIEW),
    "rj.publish_engagement_mapping": _needs(P.RJ_SIGNOFF),
    "rj.record_activity": _needs(P.RJ_EDIT),
    "rj.record_assessment": _needs(P.RJ_EDIT),
    "rj.record_feedback": _needs(P.RJ_EDIT),
    "rj.record_participant_consent": _needs(P.RJ_EDIT),
    "rj.reschedule_conference": _needs(P.RJ_EDIT),
    "rj.screen_order": _needs(P.RJ_EDIT),
    "rj.set_facilitator": _needs(P.RJ_SIGNOFF),
    "rj.sign_off": _needs(P.RJ_SIGNOFF),
    "rj.tell_victim_concluded": _needs(P.RJ_EDIT),
    "rj.unscreened_orders": _needs(P.RJ_VIEW),
    "rj.victims_of_child": _needs(P.RJ_EDIT, P.VICTIM_VIEW),
    "rj.withdraw_consent": _needs(P.RJ_EDIT),
    "safety.acknowledge_alert": _needs(),
    "safety.add_action": _needs(P.VICTIM_EDIT),
    "safety.add_restriction": _needs(P.VICTIM_EDIT),
    "safety.check_meeting": _needs(P.CASE_VIEW),
    "safety.check_place": _needs(P.CASE_VIEW),
    "safety.complete_action": _needs(P.VICTIM_EDIT),
    "safety.get_plan": _needs(P.VICTIM_VIEW),
    "safety.my_alerts": _needs(),
    "safety.raise_concern": _needs(P.VICTIM_EDIT),
    "safety.resolve_concern": _needs(P.VICTIM_EDIT),
    "safety.reviews_due": _needs(P.VICTIM_VIEW),
    "safety.save_plan": _needs(P.VICTIM_EDIT),
    "retention.destroy_victim": _needs(P.RETENTION_REVIEW),
    "retention.destruction_log": _needs(P.RETENTION_REVIEW),
    "retention.keep_longer": _needs(P.RETENTION_REVIEW),
    "retention.retention_policy": _needs(),
    "retention.review_list": _needs(P.RETENTION_REVIEW),
    "retention.set_retention_policy": _needs(P.SETTINGS_ADMIN),
    "subject_access.child_export": _needs(P.SUBJECT_ACCESS, P.CASE_VIEW),
    "subject_access.child_export_json": _needs(P.SUBJECT_ACCESS, P.CASE_VIEW),
    "subject_access.child_export_pdf": _needs(P.SUBJECT_ACCESS, P.CASE_VIEW),
    "subject_access.victim_export": _needs(P.SUBJECT_ACCESS, P.VICTIM_VIEW),
    "subject_access.victim_export_json": _needs(P.SUBJECT_ACCESS, P.VICTIM_VIEW),
    "subject_access.victim_export_pdf": _needs(P.SUBJECT_ACCESS, P.VICTIM_VIEW),
    "settings.add_closure_day": _needs(P.SETTINGS_ADMIN),
    "settings.get_service": _needs(),
    "settings.list_closure_days": _needs(),
    "settings.remove_closure_day": _needs(P.SETTINGS_ADMIN),
    "settings.set_report_logo": _needs(P.SETTINGS_ADMIN),
    "settings.update_service": _needs(P.SETTINGS_ADMIN),
    "transfers.list_transfers": _needs(P.CASE_VIEW),
    "transfers.record_transfer_in": _needs(P.CASE_EDIT),
    "transfers.transfer_out": _needs(P.CASE_EDIT, P.DISCLOSURE_RECORD),
    "users.change_password": _needs(),
    "users.create_user": _needs(P.USER_ADMIN),
    "users.list_users": _needs(P.USER_ADMIN),
    "users.reset_password": _needs(P.USER_ADMIN),
    "users.set_disabled": _needs(P.USER_ADMIN),
    "users.set_roles": _needs(P.USER_ADMIN),
    "users.verify_password": _needs(),
    "victim_record.list_child_cases": _needs(P.CASE_VIEW),
    "victim_record.open_victim_file": _needs(P.VICTIM_VIEW),
    "victims.count_victims": _needs(P.VICTIM_VIEW),
    "victims.create_victim": _needs(P.VICTIM_CONTACT_EDIT, P.VICTIM_EDIT),
    "victims.find_by_reference": _needs(P.VICTIM_VIEW),
    "victims.get_contact_details": _needs(P.VICTIM_CONTACT_VIEW),
    "victims.get_victim": _needs(P.VICTIM_VIEW),
    "victims.search_victims": _needs(P.VICTIM_VIEW),
    "victims.victim_order": _needs(P.VICTIM_VIEW),
    "victims.victims_by_id": _needs(P.VICTIM_VIEW),
    "victims.update_contact_details": _needs(P.VICTIM_CONTACT_EDIT),
    "victims.update_victim": _needs(P.VICTIM_EDIT),
}

# Operations whose answer narrows by the record, beyond the permission.
SCOPED: dict[str, str] = {
    "case_manager.shared_views_for_child": "a case manager: only children on their own caseload",
    "case_manager.report_summary": "a case manager: only children on their own caseload",
    "case_manager.record_relayed": "a case manager: only children on their own caseload",
    "reparation.compliance_queue": "a case manager: only their own children; a manager: all",
    "reparation.decide_absence": "a case manager: only their own children; a manager: all",
    "reparation.sessions_between": "no victim identity: the site, its contact and the times only",
    "reparation.restricted_details": "audited on every read (emergency contact, medical information)",
    "kpi10.kpi10_report": "without the case list (a performance analyst): figures only, no records",
    "reports.funnel": "without the case list: figures only, no records behind them",
    "backups.restore_backup": "the local store only, and only a backup that verifies (key, file, audit chain)",
    "retention.destroy_victim": "only a record past its review date and not kept longer by a review",
    "board_pack.board_pack_document": "without the case list: figures only, no records behind them",
    "victims.get_contact_details": "restricted contact details: every read audited",
}


def roles_allowed(operation: str) -> frozenset[Role]:
    needed = OPERATIONS[operation]
    return frozenset(role for role in Role if needed <= ROLE_PERMISSIONS[role])


def render_markdown() -> str:
    """docs/PERMISSIONS.md: the matrix as a table, operation by role, with what each permission means."""
    roles = list(Role)
    lines = [
        "# Permissions",
        "",
        "Generated from `rjdesk/rules/operations.py` by `python -m rjdesk.rules.operations > docs/PERMISSIONS.md`;",
        "`tests/core/test_permission_matrix.py` calls every operation as every role and fails on any difference,",
        "and fails when this file is not the table's current rendering. ✔ = allowed; an operation needs all the",
        "permissions listed. The command-line operator (`rjdesk-cli`, audited as `cli:<user>`) may do everything.",
        "Every operation is limited to the user's own service.",
        "",
        "| Operation | Needs | " + " | ".join(role.label for role in roles) + " |",
        "|---|---|" + "---|" * len(roles),
    ]
    for operation, needed in sorted(OPERATIONS.items()):
        allowed = roles_allowed(operation)
        marks = " | ".join("✔" if role in allowed else "" for role in roles)
        needs = ", ".join(sorted(p.value for p in needed)) or "signed in"
        lines.append(f"| `{operation}` | {needs} | {marks} |")
    lines += ["", "## Narrower by the record", ""]
    lines += [f"- `{operation}` — {text}." for operation, text in sorted(SCOPED.items())]
    lines += ["", "## Roles and their permissions", ""]
    for role in roles:
        granted = ", ".join(sorted(p.value for p in ROLE_PERMISSIONS[role]))
        lines.append(f"- **{role.label}**: {granted}.")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render_markdown(), end="")
