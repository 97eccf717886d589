"""SQLAlchemy 2 typed models for the whole product (DOMAIN §7).

Conventions:
- every person and case record belongs to one service (YJS) — directly or through its parent row;
- mutable tables carry ``version_id`` (optimistic locking, DESIGN §3); append-only tables (audit, consent
  history, contact log) do not, because they are never updated;
- victim contact details live in their own table so that only roles allowed to see them ever load them;
- enumerations are stored as short strings (portable across SQLite and PostgreSQL, readable in a dump),
  validated by the services.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dt.datetime: DateTime(timezone=True),
        str: String(200),
    }


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def as_utc(moment: dt.datetime) -> dt.datetime:
    """SQLite hands back naive UTC datetimes, PostgreSQL aware ones: make them all aware."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


class Versioned:
    """Mixin for mutable rows: optimistic locking via a version counter checked on every UPDATE."""

    version_id: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version_id}  # type: ignore[attr-defined]


# --------------------------------------------------------------------------------------------------
# Organisation, people who use rjdesk, settings
# --------------------------------------------------------------------------------------------------


class Service(Versioned, Base):
    """A Youth Justice Service: its own data controller; every record belongs to one."""

    __tablename__ = "service"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str]
    welsh: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AppUser(Versioned, Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str]
    password_hash: Mapped[str] = mapped_column(String(255))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None]
    last_login_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    roles: Mapped[list[UserRole]] = relationship(back_populates="user", cascade="all, delete-orphan", lazy="selectin")


class UserRole(Base):
    __tablename__ = "user_role"
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(40), primary_key=True)
    user: Mapped[AppUser] = relationship(back_populates="roles")


class Cover(Base):
    """A colleague covering an absent worker's caseload between two dates (inclusive)."""

    __tablename__ = "cover"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    absent_user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    covering_user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    arranged_by: Mapped[str] = mapped_column(String(120))


class ServiceSetting(Versioned, Base):
    """Business settings (shared in team mode), one value per key per service; values are JSON text."""

    __tablename__ = "service_setting"
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)


class ClosureDay(Base):
    """A day the service is closed beyond bank holidays (e.g. Christmas Eve for a Welsh authority)."""

    __tablename__ = "closure_day"
    __table_args__ = (UniqueConstraint("service_id", "day"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str]


# --------------------------------------------------------------------------------------------------
# The child's case, as held in the case management system
# --------------------------------------------------------------------------------------------------


class Child(Versioned, Base):
    __tablename__ = "child"
    __table_args__ = (UniqueConstraint("service_id", "cms_ref"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    cms_ref: Mapped[str] = mapped_column(String(60))
    given_name: Mapped[str]
    family_name: Mapped[str]
    date_of_birth: Mapped[dt.date] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(40))
    ethnicity: Mapped[str | None] = mapped_column(String(80))
    case_manager_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Offence(Versioned, Base):
    """An offence belongs to its child; its id (``offence_ref``) is unique within the child only."""

    __tablename__ = "offence"
    __table_args__ = (UniqueConstraint("child_id", "offence_ref"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id"), index=True)
    offence_ref: Mapped[str] = mapped_column(String(60))
    offence_date: Mapped[dt.date | None] = mapped_column(Date)
    reported_date: Mapped[dt.date | None] = mapped_column(Date)
    category: Mapped[str]
    gravity: Mapped[int | None] = mapped_column(Integer)
    sensitive_kind: Mapped[str | None] = mapped_column(String(40))  # sexual, domestic abuse, hate, ...


order_offence = Table(
    "order_offence",
    Base.metadata,
    Column("order_id", ForeignKey("case_order.id", ondelete="CASCADE"), primary_key=True),
    Column("offence_id", ForeignKey("offence.id", ondelete="CASCADE"), primary_key=True),
    # From an offence to its orders (KPI 10: every order of the quarter's offences); the key serves the other way.
    Index("ix_order_offence_offence_id", "offence_id"),
)


class CaseOrder(Versioned, Base):
    """An order or intervention (disposal). Many-to-many with offences (DOMAIN §3 identities).

    ``order_ref`` is the CMS's own reference: what makes a re-run of the case import update, not duplicate.
    Orders typed into rjdesk have none until an import adopts them.
    """

    __tablename__ = "case_order"
    __table_args__ = (UniqueConstraint("child_id", "order_ref"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id"), index=True)
    order_ref: Mapped[str | None] = mapped_column(String(60))
    disposal_type: Mapped[str] = mapped_column(String(40))
    start_date: Mapped[dt.date] = mapped_column(Date)
    planned_end_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date, index=True)  # KPI 10: the orders ending in a quarter
    changed_on_appeal: Mapped[bool] = mapped_column(Boolean, default=False)
    decision_date: Mapped[dt.date | None] = mapped_column(Date)  # OOCD decision or court planning date
    source: Mapped[str] = mapped_column(String(20), default="rjdesk")
    offences: Mapped[list[Offence]] = relationship(secondary=order_offence)


class CaseEvent(Base):
    """Order made, review, breach, completion... from the CMS import or typed in; triggers duties."""

    __tablename__ = "case_event"
    __table_args__ = (UniqueConstraint("order_id", "kind", "event_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("case_order.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    event_date: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Panel(Versioned, Base):
    """A referral order or out-of-court panel meeting: scheduled, then held (with its outcome) or cancelled."""

    __tablename__ = "panel"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("case_order.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))  # referral_order, oocd
    panel_date: Mapped[dt.date] = mapped_column(Date, index=True)
    members: Mapped[str | None] = mapped_column(Text)
    victim_invited: Mapped[bool | None]
    victim_attended: Mapped[bool | None]
    impact_statement_used: Mapped[bool | None]
    status: Mapped[str] = mapped_column(String(20), default="scheduled", server_default="scheduled")
    contract_items: Mapped[str | None] = mapped_column(Text)  # reparation and other items, one per line
    notes: Mapped[str | None] = mapped_column(Text)


# --------------------------------------------------------------------------------------------------
# Victims
# --------------------------------------------------------------------------------------------------


class Victim(Versioned, Base):
    """One identity across the service: one victim of two children is one victim."""

    __tablename__ = "victim"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    reference: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(30))  # individual, organisation, professional, unidentified
    display_name: Mapped[str]  # person's name, or the organisation's name
    organisation_contact_name: Mapped[str | None]
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    is_child_known_to_yjs: Mapped[bool] = mapped_column(Boolean, default=False)
    lives_in_child_household: Mapped[bool] = mapped_column(Boolean, default=False)
    enhanced_category: Mapped[str | None] = mapped_column(String(40))
    enhanced_reason: Mapped[str | None] = mapped_column(Text)
    enhanced_assessed_on: Mapped[dt.date | None] = mapped_column(Date)
    preferred_language: Mapped[str | None] = mapped_column(String(60))
    welsh_language_choice: Mapped[str | None] = mapped_column(String(20))  # english, welsh, bilingual
    preferred_channel: Mapped[str | None] = mapped_column(String(20))  # rules.channels.CHANNELS; None: not asked
    needs_interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_bsl: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_easy_read: Mapped[bool] = mapped_column(Boolean, default=False)
    other_needs: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(30), default="open")
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("victim.id"))
    # A victim who is also a child known to the service is linked to that child's record, not copied.
    known_child_id: Mapped[int | None] = mapped_column(ForeignKey("child.id"))
    safety_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    __table_args__ = (
        UniqueConstraint("service_id", "reference"),
        Index("ix_victim_service_name", "service_id", "display_name"),
        # The live victims in name order: a search matching many walks it until a page is full.
        Index(
            "ix_victim_live_name",
            "service_id",
            "display_name",
            sqlite_where=text("merged_into_id IS NULL"),
            postgresql_where=text("merged_into_id IS NULL"),
        ),
    )


class VictimContactDetails(Versioned, Base):
    """Restricted: loaded only for roles with ``victim.contact.view``."""

    __tablename__ = "victim_contact_details"
    victim_id: Mapped[int] = mapped_column(ForeignKey("victim.id", ondelete="CASCADE"), primary_key=True)
    address: Mapped[str | None] = mapped_column(Text)
    postcode: Mapped[str | None] = mapped_column(String(12))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None]
    safe_to_write: Mapped[bool] = mapped_column(Boolean, default=False)
    safe_to_phone: Mapped[bool] = mapped_column(Boolean, default=False)
    safe_to_leave_message: Mapped[bool] = mapped_column(Boolean, default=False)
    is_child_household_address: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)


class VictimCarer(Versioned, Base):
    """A parent or carer through whom a child victim is contacted (unless that person is a suspect)."""

    __tablename__ = "victim_carer"
    id: Mapped[int] = mapped_column(primary_key=True)
    victim_id: Mapped[int] = mapped_column(ForeignKey("victim.id", ondelete="CASCADE"), index=True)
    name: Mapped[str]
    relationship_to_victim: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(Text)
    is_suspect: Mapped[bool] = mapped_column(Boolean, default=False)


class PoliceReferral(Versioned, Base):
    __tablename__ = "police_referral"
    id: Mapped[int] = mapped_column(primary_key=True)
    victim_id: Mapped[int] = mapped_column(ForeignKey("victim.id"), index=True)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("child.id"))
    police_ref: Mapped[str | None] = mapped_column(String(60))
    basis: Mapped[str] = mapped_column(String(30))  # consented, did_not_object, objected
    requested_on: Mapped[dt.date | None] = mapped_column(Date)
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    chased_on: Mapped[dt.date | None] = mapped_column(Date)
    crime_reported_on: Mapped[dt.date | None] = mapped_column(Date)
    # The import's duplicate check (a child's referrals by police reference) and every walk from a child.
    __table_args__ = (Index("ix_police_referral_child_id", "child_id", "police_ref"),)


class VictimOffence(Versioned, Base):
    """The KPI 10 record: one victim harmed by one offence. Derived from rjdesk work or imported as recorded.

    The ``imported_*`` columns hold values from an imported KPI 10 case list (source != 'rjdesk'); records
    worked in rjdesk derive the flags from consent, contacts and restorative activities instead.
    """

    __tablename__ = "victim_offence"
    __table_args__ = (UniqueConstraint("victim_id", "offence_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    victim_id: Mapped[int] = mapped_column(ForeignKey("victim.id"), index=True)
    offence_id: Mapped[int] = mapped_column(ForeignKey("offence.id"), index=True)
    source: Mapped[str] = mapped_column(String(40), default="rjdesk")
    imported_fields_json: Mapped[str | None] = mapped_column(Text)
    not_invited_to_rj_reason: Mapped[str | None] = mapped_column(Text)


class ConsentDecision(Base):
    """Append-only consent history per victim, child case and scope (DOMAIN §2). Current state is derived."""

    __tablename__ = "consent_decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    victim_id: Mapped[int] = mapped_column(ForeignKey("victim.id"), index=True)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("child.id"))
    scope: Mapped[str] = mapped_column(String(30))  # yjs_contact, rj, share_views_worker, ...
    decision: Mapped[str] = mapped_column(String(20))  # given, refused, withdrawn
    decided_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20))  # written, verbal, electronic
    source: Mapped[str] = mapped_column(String(40))  # victim, parent_carer, police_referral
    given_by: Mapped[str | None]  # for a child victim: the parent or carer
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    notes: Mapped[str | None] = mapped_column(Text)


class Contact(Base):
    """Contact log: attempts and contacts (a letter is an attempt). Append-only."""

    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    victim_id: Mapped[int] = mapped_column(ForeignKey("victim.id"), index=True)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("child.id"))
    kind: Mapped[str] = mapped_column(String(20))  # attempt, contact
    channel: Mapped[str] = mapped_column(String(20))  # phone, letter, email, visit, video
    outcome: Mapped[str] = mapped_column(String(40))
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)  # a period's contacts (reports)
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class VictimViews(Versioned, Base):
    """Views, impact and wishes; the summary the victim agreed to share is what a case manager sees."""

    __tablename__ = "victim_views"
    id: Mapped[int] = mapped_column(primary_key=True)
    victim_id: Mapped[int] = mapped_column(ForeignKey("victim.id"), index=True)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("child.id"))
    recorded_on: Mapped[dt.date] = mapped_column(Date)
    views: Mapped[str | None] = mapped_column(Text)
    impact: Mapped[str | None] = mapped_column(Text)
    wishes: Mapped[str | None] = mapped_column(Text)
    shareable_summary: Mapped[str | None] = mapped_column(Text)
    vps_status: Mapped[str | None] = mapped_column(String(30))
    relayed_to_child_on: Mapped[dt.date | None] = mapped_column(Date)
    relayed_by: Mapped[str | None] = mapped_column(String(120))


class VictimRequest(Base):
    """Something the victim asked for that sets a duty running: support, progress updates. Append-only."""

    __tablename__ = "victim_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    victim_id: Mapped[int] = mapped_column(ForeignKey("victim.id"), index=True)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("child.id"))
    kind: Mapped[str] = mapped_column(String(20))  # support, progress
    requested_on: Mapped[dt.date] = mapped_column(Date)
    provided_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(120))


class Complaint(Versioned, Base):
    __tablename__ = "complaint"
    id: Mapped[int] = mapped_column(primary_key=True)
    victim_id: Mapped[int] = mapped_column(ForeignKey("victim.id"), index=True)
    received_on: Mapped[dt.date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text)
    acknowledged_on: Mapped[dt.date | None] = mapped_column(Date)
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(Text)


class Document(Base):
    """A file attached to a victim (signed consent form, letter), stored in the (encrypted) database."""

    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    victim_id: Mapped[int] = mapped_column(ForeignKey("victim.id"), index=True)
    title: Mapped[str]
    filename: Mapped[str]
    media_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    uploaded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


# --------------------------------------------------------------------------------------------------
# Victim safety (DOMAIN §6)
# --------------------------------------------------------------------------------------------------


class SafetyPlan(Versioned, Base):
    """One per victim: the contingency plan and when the whole plan is next reviewed."""

    __tablename__ = "safety_plan"
    victim_id: Mapped[int] = mapped_column(ForeignKey("victim.id", ondelete="CASCADE"), primary_key=True)
    contingency: Mapped[str | None] = mapped_column(Text)
    review_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    updated_by: Mapped[str] = mapped_column(String(120))


class SafetyConcern(Base):
    __tablename__ = "safety_concern"
    id: Mapped[int] = mapped_column(primary_key=True)
    victim_id: Mapped[int] = mapped_column(ForeignKey("victim.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    raised_on: Mapped[dt.date] = mapped_column(Date)
    raised_by: Mapped[str] = mapped_column(String(120))
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)


class ChildRestriction(Base):
    """A restriction on the child: non-contact (with a named victim), exclusion zone (areas or postcode
    districts), restraining order, licence condition. Checked before reparation sessions and RJ meetings."""

    __tablename__ = "child_restriction"
    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id"), index=True)
    victim_id: Mapped[int | None] = mapped_column(ForeignKey("victim.id"))
    kind: Mapped[str] = mapped_column(String(40))
    areas: Mapped[str | None] = mapped_column(Text)  # comma-separated place names or postcode districts
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    details: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(120))


class SafetyAction(Base):
    __tablename__ = "safety_action"
    id: Mapped[int] = mapped_column(primary_key=True)
    victim_id: Mapped[int] = mapped_column(ForeignKey("victim.id"), index=True)
    action: Mapped[str] = mapped_column(Text)
    owner: Mapped[str]
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    # Set when the measure was agreed in an RJ risk assessment, so the two records stay one.
    rj_assessment_id: Mapped[int | None] = mapped_column(ForeignKey("rj_assessment.id"), index=True)


class Alert(Base):
    """Something a person must see today (an urgent safety concern), until they acknowledge it."""

    __tablename__ = "alert"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    victim_id: Mapped[int | None] = mapped_column(ForeignKey("victim.id"))
    kind: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    acknowledged_at: Mapped[dt.datetime | None]


# --------------------------------------------------------------------------------------------------
# Victims' Code duties
# --------------------------------------------------------------------------------------------------


class DutyRule(Base):
    """A version of a duty rule. Rows are never edited: a change is a new proposed version, approved by a
    second manager, effective from a date. A duty keeps the version it was created under."""

    __tablename__ = "duty_rule"
    __table_args__ = (UniqueConstraint("code", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    # NULL: the national default shipped with rjdesk; otherwise a version approved by that service.
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str]
    trigger: Mapped[str] = mapped_column(Text)
    standard_working_days: Mapped[int | None] = mapped_column(Integer)
    enhanced_working_days: Mapped[int | None] = mapped_column(Integer)
    condition: Mapped[str | None] = mapped_column(Text)
    holder: Mapped[str] = mapped_column(String(40))  # yjs, police, witness_care, probation
    basis: Mapped[str] = mapped_column(String(40))  # statute, code, yjb_guidance, local
    basis_detail: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="approved")  # proposed, approved, rejected
    due_on_event_date: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    effective_from: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    proposed_by: Mapped[str | None]
    approved_by: Mapped[str | None]


class Duty(Versioned, Base):
    __tablename__ = "duty"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    victim_id: Mapped[int] = mapped_column(ForeignKey("victim.id"), index=True)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("child.id"))
    rule_id: Mapped[int] = mapped_column(ForeignKey("duty_rule.id"))
    holder: Mapped[str] = mapped_column(String(40))
    trigger_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    status_reason: Mapped[str | None] = mapped_column(Text)
    review_date: Mapped[dt.date | None] = mapped_column(Date)
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    # An officer's My day: their open duties, not every open duty of the service.
    __table_args__ = (Index("ix_duty_assigned_status", "assigned_to_id", "status"),)


# --------------------------------------------------------------------------------------------------
# Restorative justice and reparation (filled in by their issues; the shape is here from the start)
# --------------------------------------------------------------------------------------------------


class RjScreening(Base):
    """The RJ screening of a child's order or intervention: every one is screened before its panel or decision."""

    __tablename__ = "rj_screening"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("case_order.id"), index=True)
    screened_on: Mapped[dt.date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(30))  # offer_rj, not_offered, more_information
    approach: Mapped[str | None] = mapped_column(String(20))  # indirect, direct, either
    reasons: Mapped[str] = mapped_column(Text)
    screened_by: Mapped[str] = mapped_column(String(120))


class RjProcess(Versioned, Base):
    """One RJ process per (child case, victim), holding several restorative activities."""

    __tablename__ = "rj_process"
    __table_args__ = (UniqueConstraint("child_id", "victim_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id"))
    victim_id: Mapped[int] = mapped_column(ForeignKey("victim.id"))
    stage: Mapped[str] = mapped_column(String(20), default="referred")
    stage_reason: Mapped[str | None] = mapped_column(Text)
    coordinator_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    opened_on: Mapped[dt.date] = mapped_column(Date)
    victim_told_concluded_on: Mapped[dt.date | None] = mapped_column(Date)
    sensitive_kind: Mapped[str | None] = mapped_column(String(40))  # needs a manager's sign-off
    signed_off_by: Mapped[str | None] = mapped_column(String(120))
    signed_off_on: Mapped[dt.date | None] = mapped_column(Date)
    paused_reason: Mapped[str | None] = mapped_column(Text)  # a participant withdrew consent


class RjStageChange(Base):
    __tablename__ = "rj_stage_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(ForeignKey("rj_process.id"), index=True)
    from_stage: Mapped[str] = mapped_column(String(20))
    to_stage: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    changed_by: Mapped[str] = mapped_column(String(120))


class RjAssessment(Base):
    """Suitability and risk/safety assessment of one party (the victim or the child)."""

    __tablename__ = "rj_assessment"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(ForeignKey("rj_process.id"), index=True)
    party: Mapped[str] = mapped_column(String(20))  # victim, child
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    acknowledges_facts: Mapped[bool] = mapped_column(Boolean, default=False)
    risks: Mapped[str | None] = mapped_column(Text)
    safety_measures: Mapped[str | None] = mapped_column(Text)
    suitable: Mapped[bool] = mapped_column(Boolean, default=False)
    assessed_by: Mapped[str] = mapped_column(String(120))


class RjParticipant(Versioned, Base):
    """Someone taking part: the victim and the child (the parties), parents or carers, supporters, staff."""

    __tablename__ = "rj_participant"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(ForeignKey("rj_process.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str]
    under_16: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_method: Mapped[str | None] = mapped_column(String(20))  # verbal, written, electronic
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    parental_consent_method: Mapped[str | None] = mapped_column(String(20))
    parental_consent_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)


class RjPreparation(Base):
    __tablename__ = "rj_preparation"
    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("rj_participant.id"), index=True)
    met_on: Mapped[dt.date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(120))


class RestorativeActivity(Versioned, Base):
    __tablename__ = "restorative_activity"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(ForeignKey("rj_process.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    activity_date: Mapped[dt.date] = mapped_column(Date)
    victim_took_part: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="done", server_default="done")  # draft (letters), done
    letter_status: Mapped[str | None] = mapped_column(String(20))  # draft, approved, delivered
    approved_by: Mapped[str | None] = mapped_column(String(120))
    who_took_part: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str | None] = mapped_column(String(120))


class RjConference(Base):
    """A booked face-to-face meeting. Rescheduling marks the old row 'moved' and books a new one after it."""

    __tablename__ = "rj_conference"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(ForeignKey("rj_process.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))  # conference, family_group_conference
    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    ends_at: Mapped[dt.datetime]
    venue: Mapped[str]
    venue_postcode: Mapped[str | None] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(20), default="booked")  # booked, moved, held, cancelled
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("rj_conference.id"))
    booked_by: Mapped[str] = mapped_column(String(120))


class RjConferenceFacilitator(Base):
    __tablename__ = "rj_conference_facilitator"
    conference_id: Mapped[int] = mapped_column(ForeignKey("rj_conference.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True, index=True)


class RjAgreementItem(Versioned, Base):
    __tablename__ = "rj_agreement_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(ForeignKey("rj_process.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # apology, reparation, restitution, other
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str]
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    monitoring: Mapped[str | None] = mapped_column(Text)


class RjFeedback(Base):
    __tablename__ = "rj_feedback"
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(ForeignKey("rj_process.id"), index=True)
    given_on: Mapped[dt.date] = mapped_column(Date)
    satisfaction: Mapped[int] = mapped_column(Integer)  # 1 (very dissatisfied) to 5 (very satisfied)
    comments: Mapped[str | None] = mapped_column(Text)


class Facilitator(Versioned, Base):
    """An RJ facilitator's accreditation and supervision (one row per user)."""

    __tablename__ = "facilitator"
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    level: Mapped[str] = mapped_column(String(20))
    last_supervision_on: Mapped[dt.date | None] = mapped_column(Date)
    last_observed_on: Mapped[dt.date | None] = mapped_column(Date)


class FacilitatorCpd(Base):
    __tablename__ = "facilitator_cpd"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("facilitator.user_id"), index=True)
    done_on: Mapped[dt.date] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Float)
    what: Mapped[str] = mapped_column(Text)


class ReparationProject(Versioned, Base):
    __tablename__ = "reparation_project"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    name: Mapped[str]
    partner: Mapped[str | None]
    site: Mapped[str | None] = mapped_column(Text)
    site_postcode: Mapped[str | None] = mapped_column(String(12))
    activities: Mapped[str | None] = mapped_column(Text)
    mode: Mapped[str] = mapped_column(String(20), default="in_person")  # in_person, online, remote
    capacity: Mapped[int] = mapped_column(Integer, default=4)  # children per session
    availability: Mapped[str | None] = mapped_column(Text)  # e.g. school holidays only, evenings
    suitable_offences: Mapped[str | None] = mapped_column(Text)  # suggestions, never a block
    aims: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="active")  # in_development, active, closed
    risk_assessment_on: Mapped[dt.date | None] = mapped_column(Date)
    risk_assessment_review_on: Mapped[dt.date | None] = mapped_column(Date)


class ReparationProjectSupervisor(Base):
    __tablename__ = "reparation_project_supervisor"
    project_id: Mapped[int] = mapped_column(ForeignKey("reparation_project.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True)


class ReparationPlacement(Versioned, Base):
    """A child's order placed on a project, in the unit its order uses. Holds no victim identity: only the
    kind of reparation the victim asked for, and for direct reparation the site, its contact and nothing more."""

    __tablename__ = "reparation_placement"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("reparation_project.id"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("case_order.id"), index=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id"), index=True)
    requirement: Mapped[str] = mapped_column(String(20))  # reparation, unpaid_work, activity
    amount: Mapped[float] = mapped_column(Float)  # hours or days, by requirement
    starts_on: Mapped[dt.date] = mapped_column(Date)
    due_by: Mapped[dt.date | None] = mapped_column(Date)
    victim_wish: Mapped[str | None] = mapped_column(Text)
    unsuitable: Mapped[str | None] = mapped_column(Text)  # placements unsuitable for this child, and why
    parent_agreement_on: Mapped[dt.date | None] = mapped_column(Date)
    emergency_contact: Mapped[str | None] = mapped_column(Text)  # restricted
    medical_info: Mapped[str | None] = mapped_column(Text)  # restricted
    photo_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    for_specific_person: Mapped[bool] = mapped_column(Boolean, default=False)
    recipient_consents: Mapped[bool] = mapped_column(Boolean, default=False)
    direct_site: Mapped[str | None] = mapped_column(Text)  # direct reparation: the site address only
    direct_site_postcode: Mapped[str | None] = mapped_column(String(12))
    direct_site_contact: Mapped[str | None] = mapped_column(Text)  # the on-site contact
    status: Mapped[str] = mapped_column(String(20), default="active")  # active, completed, ended
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_reason: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(120))


class ReparationSession(Versioned, Base):
    __tablename__ = "reparation_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("reparation_project.id"), index=True)
    session_date: Mapped[dt.date] = mapped_column(Date, index=True)
    starts: Mapped[dt.time] = mapped_column(Time)
    ends: Mapped[dt.time] = mapped_column(Time)
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    signed_off_by: Mapped[str | None] = mapped_column(String(120))
    signed_off_at: Mapped[dt.datetime | None]
    created_by: Mapped[str] = mapped_column(String(120))


class ReparationAttendance(Versioned, Base):
    """A child expected at a session and, once marked, what happened: facts from the supervisor, then the
    case manager's decision on an absence."""

    __tablename__ = "reparation_attendance"
    __table_args__ = (UniqueConstraint("session_id", "placement_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("reparation_session.id"), index=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("reparation_placement.id"), index=True)
    outcome: Mapped[str | None] = mapped_column(String(20))  # attended, late, left_early, absent
    reason: Mapped[str | None] = mapped_column(Text)  # the reason the child gave
    credited: Mapped[float] = mapped_column(Float, default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str | None] = mapped_column(String(120))
    acceptable: Mapped[bool | None] = mapped_column(Boolean)  # the case manager's decision on an absence
    warning_given: Mapped[bool] = mapped_column(Boolean, default=False)
    decided_by: Mapped[str | None] = mapped_column(String(120))
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decision_notes: Mapped[str | None] = mapped_column(Text)


class ReparationCorrection(Base):
    """A correction made after sign-off: the original facts kept as they were, with who changed them and why."""

    __tablename__ = "reparation_correction"
    id: Mapped[int] = mapped_column(primary_key=True)
    attendance_id: Mapped[int] = mapped_column(ForeignKey("reparation_attendance.id"), index=True)
    before_json: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    corrected_by: Mapped[str] = mapped_column(String(120))
    corrected_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


# --------------------------------------------------------------------------------------------------
# Accountability: audit and disclosures
# --------------------------------------------------------------------------------------------------


class AuditEntry(Base):
    """Append-only and hash-chained (DESIGN §6a).

    ``entry_hash`` covers every column but the payload itself; the payload is covered through
    ``payload_digest``, so retention can redact a payload (set it NULL) without breaking the chain.
    """

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[dt.datetime]
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"), index=True)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str | None] = mapped_column(String(60))
    payload_json: Mapped[str | None] = mapped_column(Text)
    payload_digest: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)


class ReportRun(Base):
    """A board report run with the commentary written for each of its tables (saved with the figures' period,
    so the next print of the same period carries it)."""

    __tablename__ = "report_run"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # board
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    commentary_json: Mapped[str] = mapped_column(Text)  # {table title: commentary}
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class VictimMerge(Base):
    """A merge of a duplicate victim record into the surviving one, with exactly what moved, so that an
    unmerge puts every row back where it was."""

    __tablename__ = "victim_merge"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    survivor_id: Mapped[int] = mapped_column(ForeignKey("victim.id"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("victim.id"), index=True)
    moved_json: Mapped[str] = mapped_column(Text)  # {table: [primary keys moved to the survivor]}
    merged_status: Mapped[str] = mapped_column(String(30))  # the duplicate's status before the merge
    reason: Mapped[str] = mapped_column(Text)
    merged_by: Mapped[str] = mapped_column(String(120))
    merged_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    unmerged_by: Mapped[str | None] = mapped_column(String(120))
    unmerged_at: Mapped[dt.datetime | None]


class CaseTransfer(Base):
    """A child's case transferred to or from another service, and what was shared with it."""

    __tablename__ = "case_transfer"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id"), index=True)
    direction: Mapped[str] = mapped_column(String(10))  # in, out
    other_service: Mapped[str]
    transferred_on: Mapped[dt.date] = mapped_column(Date)
    shared: Mapped[str] = mapped_column(Text)  # what was sent or received, in words
    recorded_by: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AuditHead(Base):
    """The chain's recorded end (one row): entry count and last hash, updated with every append.

    Detects entries removed from the end of the chain, which the links alone cannot show, and is the row
    lock that serialises appends on PostgreSQL.
    """

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(primary_key=True)
    entries: Mapped[int] = mapped_column(Integer, default=0)
    head_hash: Mapped[str] = mapped_column(String(64))


class Disclosure(Base):
    """Every disclosure of victim information outside the service: recipient, lawful basis, reason."""

    __tablename__ = "disclosure"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    victim_id: Mapped[int | None] = mapped_column(ForeignKey("victim.id"))
    child_id: Mapped[int | None] = mapped_column(ForeignKey("child.id"))
    recipient_kind: Mapped[str] = mapped_column(String(30), default="other", server_default="other")
    what: Mapped[str | None] = mapped_column(Text)  # what was shared, in words (no copy of the data)
    recipient: Mapped[str]
    lawful_basis: Mapped[str]
    reason: Mapped[str] = mapped_column(Text)
    disclosed_on: Mapped[dt.date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class RetentionHold(Base):
    """A retention review's decision to keep a record past its review date, until ``keep_until``, and why."""

    __tablename__ = "retention_hold"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[int] = mapped_column(Integer)
    keep_until: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(120))
    decided_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    __table_args__ = (Index("ix_retention_hold_record", "service_id", "record_type", "record_id"),)


class DestructionLog(Base):
    """What the retention policy destroyed. Deliberately no personal data: the internal record number, the
    dates and policy that made it due, who destroyed it, and how many rows of each kind went."""

    __tablename__ = "destruction_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[int] = mapped_column(Integer)
    basis_date: Mapped[dt.date] = mapped_column(Date)
    review_date: Mapped[dt.date] = mapped_column(Date)
    policy_years: Mapped[int] = mapped_column(Integer)
    rows_json: Mapped[str] = mapped_column(Text)  # {table: rows destroyed}
    audit_entries_redacted: Mapped[int] = mapped_column(Integer)
    destroyed_by: Mapped[str] = mapped_column(String(120))
    destroyed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
