"""Roles and permissions (DOMAIN §1). A user's permissions are the union of their roles' permissions.

This table is the single source of truth: services check it, the UI reads it to choose pages, and the
permission-matrix test walks it.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Role(StrEnum):
    VLO = "vlo"
    RJ_COORDINATOR = "rj_coordinator"
    PANEL_COORDINATOR = "panel_coordinator"
    REPARATION_SUPERVISOR = "reparation_supervisor"
    CASE_MANAGER = "case_manager"
    MANAGER = "manager"
    PERFORMANCE_ANALYST = "performance_analyst"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.VLO: "Victim liaison officer",
    Role.RJ_COORDINATOR: "RJ coordinator / facilitator",
    Role.PANEL_COORDINATOR: "Panel coordinator",
    Role.REPARATION_SUPERVISOR: "Reparation supervisor",
    Role.CASE_MANAGER: "Case manager",
    Role.MANAGER: "Manager",
    Role.PERFORMANCE_ANALYST: "Performance analyst",
    Role.ADMINISTRATOR: "Administrator",
}


class Permission(StrEnum):
    VICTIM_VIEW = "victim.view"  # identity and the victim record
    VICTIM_EDIT = "victim.edit"
    VICTIM_CONTACT_VIEW = "victim.contact.view"  # restricted contact details
    VICTIM_CONTACT_EDIT = "victim.contact.edit"
    VICTIM_VIEWS_SUMMARY = "victim.views_summary"  # the consent-filtered summary a case manager may see
    CONSENT_RECORD = "consent.record"
    CONTACT_RECORD = "contact.record"
    DUTY_MANAGE = "duty.manage"
    CASE_VIEW = "case.view"  # children, offences, orders
    CASE_EDIT = "case.edit"
    PANEL_EDIT = "panel.edit"
    RJ_VIEW = "rj.view"
    RJ_EDIT = "rj.edit"
    RJ_SIGNOFF = "rj.signoff"  # a manager's sign-off of a sensitive case's assessment
    REPARATION_VIEW = "reparation.view"
    REPARATION_EDIT = "reparation.edit"
    REPARATION_COMPLIANCE = "reparation.compliance"  # the case manager's decision on an absence
    REPORT_AGGREGATE = "report.aggregate"
    REPORT_CASE_LIST = "report.case_list"
    CASELOAD_ALLOCATE = "caseload.allocate"
    DUTY_RULE_PROPOSE = "duty_rule.propose"
    DUTY_RULE_APPROVE = "duty_rule.approve"
    DISCLOSURE_RECORD = "disclosure.record"
    AUDIT_VIEW = "audit.view"
    RETENTION_REVIEW = "retention.review"  # the review list, keeping a record longer, destruction
    SUBJECT_ACCESS = "subject_access.export"  # everything held about one person, third parties redacted
    USER_ADMIN = "user.admin"
    SETTINGS_ADMIN = "settings.admin"
    DATA_ADMIN = "data.admin"  # imports, demo data, store maintenance


P = Permission

_VICTIM_DESK = {
    P.VICTIM_VIEW,
    P.VICTIM_EDIT,
    P.VICTIM_CONTACT_VIEW,
    P.VICTIM_CONTACT_EDIT,
    P.CONSENT_RECORD,
    P.CONTACT_RECORD,
    P.DUTY_MANAGE,
    P.CASE_VIEW,
    P.RJ_VIEW,
    P.DISCLOSURE_RECORD,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.VLO: frozenset(_VICTIM_DESK),
    Role.RJ_COORDINATOR: frozenset(
        {
            P.VICTIM_VIEW,
            P.VICTIM_CONTACT_VIEW,
            P.CONSENT_RECORD,
            P.CONTACT_RECORD,
            P.DUTY_MANAGE,
            P.CASE_VIEW,
            P.RJ_VIEW,
            P.RJ_EDIT,
            P.DISCLOSURE_RECORD,
        }
    ),
    Role.PANEL_COORDINATOR: frozenset({P.VICTIM_VIEW, P.CASE_VIEW, P.CASE_EDIT, P.PANEL_EDIT}),
    Role.REPARATION_SUPERVISOR: frozenset({P.REPARATION_VIEW, P.REPARATION_EDIT, P.CASE_VIEW}),
    Role.CASE_MANAGER: frozenset({P.CASE_VIEW, P.VICTIM_VIEWS_SUMMARY, P.REPARATION_COMPLIANCE}),
    Role.MANAGER: frozenset(
        _VICTIM_DESK
        | {
            P.CASE_EDIT,
            P.PANEL_EDIT,
            P.RJ_EDIT,
            P.RJ_SIGNOFF,
            P.REPARATION_VIEW,
            P.REPARATION_EDIT,
            P.REPARATION_COMPLIANCE,
            P.REPORT_AGGREGATE,
            P.REPORT_CASE_LIST,
            P.CASELOAD_ALLOCATE,
            P.DUTY_RULE_PROPOSE,
            P.DUTY_RULE_APPROVE,
            P.AUDIT_VIEW,
            P.VICTIM_VIEWS_SUMMARY,
            P.RETENTION_REVIEW,
            P.SUBJECT_ACCESS,
        }
    ),
    Role.PERFORMANCE_ANALYST: frozenset({P.REPORT_AGGREGATE}),
    Role.ADMINISTRATOR: frozenset({P.USER_ADMIN, P.SETTINGS_ADMIN, P.DUTY_RULE_PROPOSE, P.DATA_ADMIN}),
}

# The headless operator (`rjdesk-cli`, DESIGN §6) acts with full data permissions, audited as such.
OPERATOR_PERMISSIONS: frozenset[Permission] = frozenset(Permission)


def permissions_for(roles: Iterable[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)


def parse_roles(names: Iterable[str]) -> frozenset[Role]:
    """Turn stored or typed role names into roles; unknown names are a ValueError naming the culprit."""
    roles: set[Role] = set()
    for name in names:
        try:
            roles.add(Role(name.strip()))
        except ValueError:
            raise ValueError(f"unknown role {name.strip()!r}") from None
    return frozenset(roles)
