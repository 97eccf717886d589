"""Service settings (shared in team mode) and closure days. Business settings live in the database;
QSettings holds window state only."""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rjdesk.errors import NotFound, ValidationError, message
from rjdesk.rules.permissions import Permission
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.report_pdf import logo_size
from rjdesk.store.database import Database
from rjdesk.store.models import ClosureDay, Service, ServiceSetting


@dataclass(frozen=True)
class SettingSpec:
    label: str
    default: int
    minimum: int
    maximum: int


SETTINGS: dict[str, SettingSpec] = {
    "idle_lock_minutes": SettingSpec("Lock the window after this many idle minutes", 10, 1, 240),
    "lockout_threshold": SettingSpec("Wrong passwords in a row before an account locks", 5, 3, 20),
    "lockout_minutes": SettingSpec("Minutes an account stays locked", 15, 1, 1440),
    "contact_attempts_before_unable": SettingSpec("Contact attempts before 'unable to contact'", 3, 1, 10),
    "small_number_threshold": SettingSpec("Suppress counts below this in board reports", 5, 0, 20),
    # Reparation: unacceptable failures to comply before enforcement is due (DOMAIN §5), per order type.
    "unacceptable_failures_yro": SettingSpec("YRO: unacceptable failures before breach proceedings", 3, 1, 10),
    "unacceptable_failures_referral_order": SettingSpec(
        "Referral order: unacceptable failures before referral back to court", 3, 1, 10
    ),
    "unacceptable_failures_reparation_order": SettingSpec(
        "Reparation order: unacceptable failures before breach proceedings", 3, 1, 10
    ),
    "unacceptable_failures_ycc": SettingSpec(
        "Youth conditional caution: unacceptable failures before referral for prosecution", 2, 1, 10
    ),
}


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    code: str
    name: str
    welsh: bool
    settings: Mapping[str, int]
    logo: bytes | None = None  # printed on report covers


@dataclass(frozen=True)
class ClosureDayInfo:
    id: int
    day: dt.date
    description: str


def read_settings(session: Session, service_id: int) -> dict[str, Any]:
    values: dict[str, Any] = {key: spec.default for key, spec in SETTINGS.items()}
    for row in session.execute(select(ServiceSetting).where(ServiceSetting.service_id == service_id)).scalars():
        if row.key in SETTINGS:
            values[row.key] = json.loads(row.value_json)
    return values


def write_setting(session: Session, service_id: int, key: str, value_json: str | None) -> None:
    """Create, change or (with None) remove one stored setting of a service. The caller checks the permission
    and audits the change."""
    row = session.get(ServiceSetting, (service_id, key))
    if value_json is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(ServiceSetting(service_id=service_id, key=key, value_json=value_json))
    else:
        row.value_json = value_json
    session.flush()


# ------------------------------------------------------------------------------------------------ report head

LOGO_SETTING = "report_logo"
LOGO_MAX_BYTES = 512 * 1024


@dataclass(frozen=True)
class ReportHead:
    """What heads every report and certificate: the service's name and, if it has one, its logo."""

    service_name: str
    logo: bytes | None


def report_head(session: Session, service_id: int) -> ReportHead:
    row = session.get(ServiceSetting, (service_id, LOGO_SETTING))
    logo = base64.b64decode(json.loads(row.value_json)) if row is not None else None
    return ReportHead(service_name(session, service_id), logo)


def set_report_logo(db: Database, actor: Actor, image: bytes | None) -> None:
    """The logo printed on the cover of the service's reports (PNG or JPEG, at most 512 KB); None removes it."""
    require(actor, Permission.SETTINGS_ADMIN)
    if image is not None:
        if len(image) > LOGO_MAX_BYTES:
            raise ValidationError("The logo is too large: choose an image of at most 512 KB.", {"logo": "Too large."})
        if not image.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
            raise ValidationError("The logo must be a PNG or JPEG image.", {"logo": "Not a PNG or JPEG image."})
        try:
            logo_size(image)
        except Exception as exc:  # a damaged image: whatever the image library says, the logo is refused
            raise ValidationError(
                "The logo could not be read as an image. Choose another file.", {"logo": "Unreadable."}
            ) from exc
    with db.unit_of_work() as session:
        stored = None if image is None else json.dumps(base64.b64encode(image).decode("ascii"))
        write_setting(session, actor.service_id, LOGO_SETTING, stored)
        audit_as(
            session,
            actor,
            action="update",
            entity="setting",
            entity_id=LOGO_SETTING,
            payload={"bytes": len(image) if image else 0},
        )


def service_name(session: Session, service_id: int) -> str:
    """The service's name for the head of a report or certificate ("" for a store without one yet)."""
    service = session.get(Service, service_id)
    return service.name if service else ""


def get_service(db: Database, actor: Actor) -> ServiceInfo:
    """Any signed-in user may read their service's name and settings (they steer the UI)."""
    with db.unit_of_work(write=False) as session:
        service = session.get(Service, actor.service_id)
        if service is None:
            raise NotFound("No such service.")
        return _service_info(session, service)


def _service_info(session: Session, service: Service) -> ServiceInfo:
    logo = report_head(session, service.id).logo
    return ServiceInfo(service.id, service.code, service.name, service.welsh, read_settings(session, service.id), logo)


def update_service(
    db: Database,
    actor: Actor,
    *,
    name: str | None = None,
    welsh: bool | None = None,
    settings: Mapping[str, int] | None = None,
) -> ServiceInfo:
    require(actor, Permission.SETTINGS_ADMIN)
    problems: dict[str, str] = {}
    if name is not None and not name.strip():
        problems["name"] = "Enter the service's name."
    for key, value in (settings or {}).items():
        spec = SETTINGS.get(key)
        if spec is None:
            problems[key] = "Unknown setting."
        elif not isinstance(value, int) or not spec.minimum <= value <= spec.maximum:
            problems[key] = message(
                "A whole number from {minimum} to {maximum}.", minimum=spec.minimum, maximum=spec.maximum
            )
    if problems:
        raise ValidationError("The settings could not be saved.", problems)
    with db.unit_of_work() as session:
        service = session.get(Service, actor.service_id)
        if service is None:
            raise NotFound("No such service.")
        before = read_settings(session, service.id)
        changes: dict[str, Any] = {}
        if name is not None and name.strip() != service.name:
            changes["name"] = {"before": service.name, "after": name.strip()}
            service.name = name.strip()
        if welsh is not None and welsh != service.welsh:
            changes["welsh"] = {"before": service.welsh, "after": welsh}
            service.welsh = welsh
        for key, value in (settings or {}).items():
            if before[key] == value:
                continue
            changes[key] = {"before": before[key], "after": value}
            write_setting(session, service.id, key, json.dumps(value))
        if changes:
            audit_as(
                session,
                actor,
                action="update",
                entity="service",
                entity_id=service.id,
                payload=changes,
            )
        session.flush()
        return _service_info(session, service)


def list_closure_days(db: Database, actor: Actor) -> list[ClosureDayInfo]:
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(ClosureDay).where(ClosureDay.service_id == actor.service_id).order_by(ClosureDay.day)
        ).scalars()
        return [ClosureDayInfo(r.id, r.day, r.description) for r in rows]


def add_closure_day(db: Database, actor: Actor, day: dt.date, description: str) -> ClosureDayInfo:
    require(actor, Permission.SETTINGS_ADMIN)
    if not description.strip():
        raise ValidationError("Say why the service is closed.", {"description": "Required."})
    with db.unit_of_work() as session:
        exists = session.execute(
            select(ClosureDay).where(ClosureDay.service_id == actor.service_id, ClosureDay.day == day)
        ).scalar_one_or_none()
        if exists is not None:
            raise ValidationError("That day is already a closure day.", {"day": "Already listed."})
        row = ClosureDay(service_id=actor.service_id, day=day, description=description.strip())
        session.add(row)
        session.flush()
        audit_as(
            session,
            actor,
            action="create",
            entity="closure_day",
            entity_id=row.id,
            payload={"day": day, "description": row.description},
        )
        return ClosureDayInfo(row.id, row.day, row.description)


def remove_closure_day(db: Database, actor: Actor, closure_id: int) -> None:
    require(actor, Permission.SETTINGS_ADMIN)
    with db.unit_of_work() as session:
        row = session.get(ClosureDay, closure_id)
        if row is None or row.service_id != actor.service_id:
            raise NotFound("No such closure day.")
        audit_as(
            session,
            actor,
            action="delete",
            entity="closure_day",
            entity_id=row.id,
            payload={"day": row.day, "description": row.description},
        )
        session.delete(row)
