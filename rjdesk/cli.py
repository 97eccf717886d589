"""rjdesk-cli: the headless companion (DESIGN §6). Never imports Qt, never prompts.

It acts as the local operator ``cli:<os-user>`` with full data permissions, audited as such, or as a named
user with ``--user``. Global options come before the command. With a machine-readable format, standard
output carries only the payload; messages go to standard error.

Exit codes: 0 success, 1 unexpected error (or a failed ``db check``), 2 bad input, 3 the store cannot be
opened (wrong key, no keyring, locked, unreachable) — always with one line on standard error saying why.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from rjdesk import __version__
from rjdesk.errors import (
    NotFound,
    PermissionDenied,
    RjdeskError,
    StoreUnavailable,
    ValidationError,
)

if TYPE_CHECKING:  # the real imports are lazy so that --help and bad input answer fast
    from rjdesk.services.context import Actor
    from rjdesk.store.database import Database

EXIT_OK, EXIT_UNEXPECTED, EXIT_BAD_INPUT, EXIT_STORE = 0, 1, 2, 3
log = logging.getLogger("rjdesk.cli")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line and exit 2, as the contract says
        self.exit(EXIT_BAD_INPUT, f"rjdesk-cli: {message} (see rjdesk-cli --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="rjdesk-cli", description="rjdesk headless companion")
    parser.add_argument("--version", action="version", version=f"rjdesk {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        default=os.environ.get("RJDESK_DATABASE_URL"),
        help="postgresql://user@host/db for a team store, sqlite:///path for a local file "
        "(default: the encrypted store in the user data directory)",
    )
    parser.add_argument("--user", metavar="NAME", help="act as this rjdesk user instead of the local operator")
    parser.add_argument("--service", metavar="CODE", help="the service (YJS) to act in, when the store has several")
    parser.add_argument("-v", "--verbose", action="store_true", help="more messages on standard error")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    db = commands.add_parser("db", help="store maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True, parser_class=_Parser)
    db_commands.add_parser("upgrade", help="apply schema migrations (the way to upgrade a team database)")
    db_commands.add_parser("backup", help="write an encrypted backup of the local store")
    db_commands.add_parser("list-backups", help="list the local store's backups, newest first")
    restore = db_commands.add_parser("restore", help="replace the local store with a verified backup")
    restore.add_argument("backup", type=Path)
    db_commands.add_parser("check", help="verify file integrity, schema and the audit chain")
    rekey = db_commands.add_parser("rekey", help="re-encrypt the local store with a new key")
    target = rekey.add_mutually_exclusive_group()
    target.add_argument(
        "--new-passphrase-env", metavar="VAR", help="take the new passphrase from this environment variable"
    )
    target.add_argument(
        "--new-key-file",
        type=Path,
        metavar="FILE",
        help="a new random key is written to FILE (as a recovery key) instead of the keyring",
    )
    rekey.add_argument("--recovery-key-out", type=Path, metavar="FILE", help="also write the new recovery key to FILE")
    move = db_commands.add_parser(
        "migrate-to",
        help="copy everything (audit chain included, verified) into an empty store: a PostgreSQL URL, or "
        "sqlite:///new-file.db for a local copy",
    )
    move.add_argument("target", metavar="URL")

    deadlines = commands.add_parser("deadlines", help="open Victims' Code duties of the service, overdue included")
    deadlines.add_argument("--due-within", type=int, metavar="N", help="only those due within N working days")
    deadlines.add_argument("--format", choices=("json", "csv"), default="json")

    imports = commands.add_parser("import", help="import records from a file")
    import_kinds = imports.add_subparsers(dest="import_kind", required=True, parser_class=_Parser)
    referrals = import_kinds.add_parser("referrals", help="police referrals (CSV, see the user guide)")
    referrals.add_argument("file", type=Path)
    referrals.add_argument(
        "--skip-invalid", action="store_true", help="import the good rows; write the rejects beside the file"
    )
    referrals.add_argument("--rejects", type=Path, metavar="FILE", help="where to write the rejects")

    cases = import_kinds.add_parser("cases", help="children, offences, orders, panels and case events (CMS CSV)")
    cases.add_argument("file", type=Path)
    cases.add_argument("--dry-run", action="store_true", help="report what the file would change; write nothing")
    cases.add_argument("--format", choices=("text", "json"), default="text", help="the reconciliation report's form")

    report = commands.add_parser("report", help="reports (aggregate figures, no names)")
    report_kinds = report.add_subparsers(dest="report_kind", required=True, parser_class=_Parser)
    kpi10 = report_kinds.add_parser("kpi10", help="YJB KPI 10 (victims) for a quarter")
    kpi10.add_argument("--quarter", required=True, metavar="YYYYQn", help="e.g. 2023Q4 = January–March 2024")
    kpi10.add_argument("--as-of", metavar="YYYY-MM-DD", help="count as on this day (default today)")
    kpi10.add_argument("--strict-consent", action="store_true", help="count only consent still standing")
    kpi10.add_argument("--format", choices=("json", "csv", "pdf", "xlsx"), default="json")
    kpi10.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of standard output")

    funnel = report_kinds.add_parser("funnel", help="the victim-engagement funnel for a period")
    funnel.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    funnel.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    funnel.add_argument("--format", choices=("json", "pdf", "xlsx"), default="json")
    funnel.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of standard output")

    board = report_kinds.add_parser("board", help="the board pack for a period (PDF)")
    board.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    board.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    board.add_argument("--format", choices=("pdf", "xlsx"), default="pdf")
    board.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)

    inspection = report_kinds.add_parser("inspection", help="the inspection evidence pack for a period (PDF)")
    inspection.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    inspection.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    inspection.add_argument("--format", choices=("pdf",), default="pdf")
    inspection.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)

    export = commands.add_parser("export", help="export records to a file")
    export_kinds = export.add_subparsers(dest="export_kind", required=True, parser_class=_Parser)
    cases_out = export_kinds.add_parser("kpi10-cases", help="the KPI 10 case list for a quarter (YJB columns)")
    cases_out.add_argument("--quarter", required=True, metavar="YYYYQn")
    cases_out.add_argument("--as-of", metavar="YYYY-MM-DD", help="count as on this day (default today)")
    cases_out.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)

    kpi10_in = import_kinds.add_parser("kpi10-cases", help="a KPI 10 case list (YJB columns), all or nothing")
    kpi10_in.add_argument("file", type=Path)

    demo = commands.add_parser("demo", help="fill the store with synthetic demo data")
    demo.add_argument("--victims", type=int, default=40)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument(
        "--bulk",
        action="store_true",
        help="years of a large service, written in batches (100,000 victims in about a minute): for size trials",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING, stream=sys.stderr, format="rjdesk-cli: %(message)s"
    )
    try:
        return _dispatch(args)
    except StoreUnavailable as exc:
        return _fail(EXIT_STORE, exc)
    except (ValidationError, NotFound, PermissionDenied) as exc:
        return _fail(EXIT_BAD_INPUT, exc)
    except RjdeskError as exc:
        return _fail(EXIT_UNEXPECTED, exc)
    except KeyboardInterrupt:
        return _fail(EXIT_UNEXPECTED, "interrupted")
    except BrokenPipeError:  # the reader (e.g. `| head`) stopped reading: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # the contract: one line, never a traceback (use -v for details)
        log.debug("unexpected error", exc_info=True)
        return _fail(EXIT_UNEXPECTED, f"unexpected error ({type(exc).__name__}); run with -v for details")


def _fail(code: int, error: object) -> int:
    message = str(error)
    if isinstance(error, ValidationError) and error.fields:
        message += " " + "; ".join(f"{k}: {v}" for k, v in error.fields.items())
    print(f"rjdesk-cli: {message}", file=sys.stderr)
    return code


def _dispatch(args: argparse.Namespace) -> int:
    from rjdesk.store.database import open_database

    if args.command == "db" and args.db_command == "upgrade":
        return _db_upgrade(args)
    db = open_database(_database_url(args))
    try:
        if db.recovery_key:
            print(
                "rjdesk-cli: created a new encrypted store. Its recovery key, shown only now — print it "
                f"or keep it with a manager:\n  {db.recovery_key}",
                file=sys.stderr,
            )
        if args.command == "db":
            return _db_command(args, db)
        if args.command == "demo":
            return _demo(args, db)
        if args.command == "deadlines":
            return _deadlines(args, db)
        if args.command == "report" and args.report_kind in ("funnel", "board", "inspection"):
            return _report_funnel(args, db)
        if args.command == "report":
            return _report_kpi10(args, db)
        if args.command == "export":
            return _export_kpi10_cases(args, db)
        if args.command == "import" and args.import_kind == "kpi10-cases":
            return _import_kpi10_cases(args, db)
        if args.command == "import" and args.import_kind == "cases":
            return _import_cases(args, db)
        if args.command == "import":
            return _import_referrals(args, db)
    finally:
        db.optimize()
        db.dispose()
    raise ValidationError(f"unknown command {args.command}")


def _database_url(args: argparse.Namespace) -> str | None:
    """--database, else RJDESK_DATABASE_URL, else the store this computer's desktop app was set up with."""
    if args.database:
        return str(args.database)
    from rjdesk.connection import load_profile

    profile = load_profile()
    return profile.url() if profile is not None else None


def _db_upgrade(args: argparse.Namespace) -> int:
    from rjdesk.store import migrate
    from rjdesk.store.database import open_database

    db = open_database(_database_url(args), migrate=False)
    try:
        before = migrate.current_revision(db)
        if before == migrate.head_revision():
            print(f"schema already at {before}", file=sys.stderr)
            return EXIT_OK
        if db.kind == "local":
            from rjdesk.store.maintenance import backup_local

            backup_local(db, reason="before-upgrade")
        migrate.upgrade(db)
        print(f"schema upgraded from {before or 'empty'} to {migrate.head_revision()}", file=sys.stderr)
    finally:
        db.dispose()
    return EXIT_OK


def _db_command(args: argparse.Namespace, db: Database) -> int:
    from rjdesk.store import maintenance

    actor_name = _actor(args, db).audit_name if args.db_command in ("restore", "rekey") else ""
    if args.db_command == "backup":
        print(maintenance.backup_local(db))
    elif args.db_command == "list-backups":
        for path in maintenance.list_backups(db):
            print(path)
    elif args.db_command == "restore":
        safety = maintenance.restore_local(db, args.backup.resolve(), actor_name)
        print(f"restored from {args.backup}; the store as it was is kept as {safety}", file=sys.stderr)
    elif args.db_command == "check":
        report = maintenance.check(db)
        if not report.ok:
            for problem in report.problems:
                print(f"rjdesk-cli: check failed: {problem}", file=sys.stderr)
            return EXIT_UNEXPECTED
        print(
            f"ok: file integrity, foreign keys, schema {report.schema_revision}, "
            f"audit chain of {report.audit_entries} entries"
        )
    elif args.db_command == "migrate-to":
        return _migrate_to(args, db)
    elif args.db_command == "rekey":
        return _rekey(args, db, actor_name)
    return EXIT_OK


def _migrate_to(args: argparse.Namespace, source: Database) -> int:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from rjdesk.store import keys, migrate, transfer
    from rjdesk.store.database import open_local, open_team

    try:
        url = make_url(args.target)
    except ArgumentError:
        raise ValidationError(f"{args.target!r} is not a database URL (postgresql://… or sqlite:///file.db).") from None
    if url.get_backend_name() == "sqlite":
        if not url.database or Path(url.database).exists():
            raise ValidationError("Name a new file for the local copy (sqlite:///path/new.db); it must not exist yet.")
        target = open_local(Path(url.database), keys.KeyringSecretStore())
        if target.recovery_key:
            print(f"rjdesk-cli: the copy's recovery key, shown only now:\n  {target.recovery_key}", file=sys.stderr)
    elif url.get_backend_name() == "postgresql":
        target = open_team(args.target, keys.KeyringSecretStore(), require_current=False)
        if migrate.needs_upgrade(target):
            migrate.upgrade(target)  # the owner role runs migrate-to, as it runs db upgrade
    else:
        raise ValidationError(f"rjdesk stores are local files or PostgreSQL, not {url.get_backend_name()}.")
    try:

        def progress(table: str, rows: int) -> None:
            print(f"rjdesk-cli: {table}: {rows} rows", file=sys.stderr)

        report = transfer.copy_store(source, target, progress if args.verbose else None)
    finally:
        target.dispose()
    print(f"moved: {report.summary()}")
    return EXIT_OK


def _rekey(args: argparse.Namespace, db: Database, actor_name: str) -> int:
    from rjdesk.store import keys, maintenance

    if args.new_passphrase_env:
        value = os.environ.get(args.new_passphrase_env, "")
        if not value:
            raise ValidationError(f"{args.new_passphrase_env} is not set or empty.")
        new_key = keys.KeyMaterial("passphrase", value, args.new_passphrase_env)
    elif args.new_key_file:
        if args.new_key_file.exists():
            raise ValidationError(f"{args.new_key_file} exists already; name a new file.")
        new_key = keys.new_raw_key(origin=keys.FROM_KEY_FILE)
    else:
        new_key = keys.new_raw_key()
    result = maintenance.rekey_local(db, new_key, keys.KeyringSecretStore(), actor_name)
    if result.recovery_key:
        if args.new_key_file:
            _write_private(args.new_key_file, result.recovery_key + "\n")
        if args.recovery_key_out:
            _write_private(args.recovery_key_out, result.recovery_key + "\n")
        print(
            f"rjdesk-cli: store re-encrypted. New recovery key, shown only now:\n  {result.recovery_key}",
            file=sys.stderr,
        )
    else:
        print("rjdesk-cli: store re-encrypted with the new passphrase.", file=sys.stderr)
    print(f"rjdesk-cli: backup made with the old key: {result.backup_before}", file=sys.stderr)
    return EXIT_OK


def _write_private(path: Path, content: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(content)


def _actor(args: argparse.Namespace, db: Database) -> Actor:
    from sqlalchemy import select

    from rjdesk.services.context import operator_actor
    from rjdesk.services.users import actor_for_user
    from rjdesk.store.models import AppUser, Service

    with db.unit_of_work(write=False) as session:
        if args.user:
            user = session.execute(select(AppUser).where(AppUser.username == args.user)).scalar_one_or_none()
            if user is None or user.disabled:
                raise ValidationError(f"There is no active rjdesk user {args.user!r}.")
            return actor_for_user(user)
        services = session.execute(select(Service).order_by(Service.id)).scalars().all()
        if args.service:
            chosen = [s for s in services if s.code == args.service]
            if not chosen:
                raise ValidationError(f"There is no service with code {args.service!r}.")
            return operator_actor(chosen[0].id)
        if len(services) == 1:
            return operator_actor(services[0].id)
        if not services:
            return operator_actor(0)  # a new, empty store: `demo` sets a service up; imports refuse
        raise ValidationError("This store holds several services: choose one with --service CODE.")


def _service_actor(args: argparse.Namespace, db: Database) -> Actor:
    """The actor for a command that reads or writes a service's records (every one is audited, so even a
    report needs the service to exist): the store must already hold it."""
    actor = _actor(args, db)
    if actor.service_id == 0:
        raise ValidationError(
            "This store has no service (YJS) yet: start rjdesk once to set it up, then run this again."
        )
    return actor


def _demo(args: argparse.Namespace, db: Database) -> int:
    from rjdesk import demo
    from rjdesk.demo_accounts import DEMO_PASSWORD
    from rjdesk.services.context import operator_actor

    actor = _actor(args, db)
    if actor.service_id == 0:
        actor = operator_actor(demo.ensure_demo_service(db))
    if args.bulk:
        from rjdesk import demo_bulk

        def progress(_table: str, rows: int) -> None:
            print(f"rjdesk-cli: {rows} victims…", file=sys.stderr)

        made = demo_bulk.generate_bulk(
            db, actor, victims=args.victims, seed=args.seed, progress=progress if args.verbose else None
        )
        print(f"bulk demo data: {made.victims} victims, {sum(made.rows.values())} rows", file=sys.stderr)
        return EXIT_OK
    result = demo.generate(db, actor, victims=args.victims, seed=args.seed)
    print(f"demo data: {result.victims} victims, {result.children} children", file=sys.stderr)
    if result.users:
        print(f"demo users: {', '.join(result.users)} — password {DEMO_PASSWORD!r}", file=sys.stderr)
    return EXIT_OK


DEADLINE_FIELDS = (
    "duty_id",
    "code",
    "title",
    "holder",
    "partner_held",
    "victim_reference",
    "trigger_date",
    "due_date",
    "status",
    "overdue",
    "review_date",
    "rule_version",
)


def _deadlines(args: argparse.Namespace, db: Database) -> int:
    """Open duties as JSON or CSV on standard output. No names, addresses or phone numbers: references only."""
    import csv
    import datetime as dt
    import json

    from rjdesk.services import duties

    if args.due_within is not None and args.due_within < 0:
        raise ValidationError("--due-within takes a number of working days, 0 or more.")
    today = dt.date.today()
    listed = duties.list_duties(db, _service_actor(args, db), due_within_working_days=args.due_within, today=today)
    rows = [
        {
            "duty_id": d.id,
            "code": d.code.value,
            "title": d.title,
            "holder": d.holder,
            "partner_held": d.partner_held,
            "victim_reference": d.victim_reference,
            "trigger_date": d.trigger_date.isoformat(),
            "due_date": d.due_date.isoformat(),
            "status": d.status.value,
            "overdue": d.is_overdue(today),
            "review_date": d.review_date.isoformat() if d.review_date else None,
            "rule_version": d.rule_version,
        }
        for d in listed
    ]
    if args.format == "json":
        json.dump(rows, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=DEADLINE_FIELDS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ("true" if v else "false") if isinstance(v, bool) else v for k, v in row.items()})
    return EXIT_OK


def _import_referrals(args: argparse.Namespace, db: Database) -> int:
    from rjdesk.services.imports import import_referrals, rejects_csv

    if not args.file.is_file():
        raise ValidationError(f"There is no file {args.file}.")
    data = args.file.read_bytes()
    report = import_referrals(db, _service_actor(args, db), data, skip_invalid=args.skip_invalid)
    if report.file_error:
        raise ValidationError(f"Nothing was imported. {report.file_error}")
    for problem in report.problems:
        print(f"line {problem.line}: {problem.reason}")
    if report.problems and not args.skip_invalid:
        print(
            f"rjdesk-cli: nothing was imported: {len(report.problems)} row(s) are invalid "
            "(listed on standard output); fix them, or use --skip-invalid",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    if report.problems:
        rejects = args.rejects or args.file.with_name(args.file.stem + ".rejects.csv")
        rejects.write_text(rejects_csv(data, report.problems), encoding="utf-8")
        print(
            f"rjdesk-cli: imported {report.imported} referral(s); {len(report.problems)} rejected, written to "
            f"{rejects}",
            file=sys.stderr,
        )
        return EXIT_OK
    print(f"rjdesk-cli: imported {report.imported} referral(s)", file=sys.stderr)
    return EXIT_OK


def _import_cases(args: argparse.Namespace, db: Database) -> int:
    import json

    from rjdesk.services.case_import import import_cases

    if not args.file.is_file():
        raise ValidationError(f"There is no file {args.file}.")
    report = import_cases(db, _service_actor(args, db), args.file.read_bytes(), dry_run=args.dry_run)
    if report.file_error:
        raise ValidationError(f"Nothing was imported. {report.file_error}")
    if args.format == "json":
        payload = {
            "written": report.written,
            "added": dict(report.added),
            "updated": dict(report.updated),
            "duties_started": report.duties_started,
            "changes": [{"line": c.line, "record": c.record, "change": c.what} for c in report.changes],
            "conflicts": [{"line": p.line, "reason": p.reason} for p in report.conflicts],
            "invalid_rows": [{"line": p.line, "reason": p.reason} for p in report.problems],
        }
        print(json.dumps(payload, indent=2))
    else:
        for problem in report.problems:
            print(f"line {problem.line}: invalid: {problem.reason}")
        for conflict in report.conflicts:
            print(f"line {conflict.line}: CONFLICT: {conflict.reason}")
        for change in report.changes:
            print(f"line {change.line}: {change.record}: {change.what}")
    if not report.ok:
        print(
            f"rjdesk-cli: nothing was imported: {len(report.problems)} invalid row(s), {len(report.conflicts)} "
            "conflict(s) (listed on standard output); fix them and import again",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    verb = "would change (dry run, nothing written)" if args.dry_run else "imported"
    print(f"rjdesk-cli: {verb}: {report.summary()}", file=sys.stderr)
    return EXIT_OK


def _quarter_and_day(args: argparse.Namespace) -> tuple[Any, Any]:
    import datetime as dt

    from rjdesk.rules.kpi10 import Quarter

    try:
        quarter = Quarter.parse(args.quarter)
        as_of = dt.date.fromisoformat(args.as_of) if args.as_of else None
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    return quarter, as_of


def _write_text(path: Path | None, text: str) -> None:
    """Standard output, or a file written whole (a partial file is never left behind)."""
    if path is None:
        sys.stdout.write(text)
        return
    from rjdesk.files import write_whole

    write_whole(path, text)


def _report_kpi10(args: argparse.Namespace, db: Database) -> int:
    import json

    from rjdesk.services import kpi10

    quarter, as_of = _quarter_and_day(args)
    if args.format in ("pdf", "xlsx"):
        from rjdesk.services import reports

        make = reports.kpi10_pdf if args.format == "pdf" else reports.kpi10_xlsx
        return _write_file(
            args.output, make(db, _service_actor(args, db), quarter, as_of, strict_consent=args.strict_consent)
        )
    report = kpi10.kpi10_report(db, _service_actor(args, db), quarter, as_of, strict_consent=args.strict_consent)
    text = json.dumps(report.as_json(), indent=2) + "\n" if args.format == "json" else kpi10.measures_csv(report.result)
    for warning in report.result.warnings:
        print(f"rjdesk-cli: warning: {warning}", file=sys.stderr)
    _write_text(args.output, text)
    return EXIT_OK


def _export_kpi10_cases(args: argparse.Namespace, db: Database) -> int:
    from rjdesk.services import kpi10

    quarter, as_of = _quarter_and_day(args)
    _write_text(args.output, kpi10.kpi10_cases_csv(db, _service_actor(args, db), quarter, as_of))
    print(f"rjdesk-cli: wrote the KPI 10 case list for {quarter.label} to {args.output}", file=sys.stderr)
    return EXIT_OK


def _import_kpi10_cases(args: argparse.Namespace, db: Database) -> int:
    from rjdesk.services import kpi10

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {args.file}: {exc.strerror}") from None
    done = kpi10.import_kpi10_cases(db, _service_actor(args, db), data)
    for warning in done.warnings:
        print(f"rjdesk-cli: warning: {warning}", file=sys.stderr)
    print(
        f"imported {done.rows} rows: {done.children} children, {done.orders} orders, {done.offences} offences, "
        f"{done.victims} victims ({len(done.warnings)} warnings)"
    )
    return EXIT_OK


def _report_funnel(args: argparse.Namespace, db: Database) -> int:
    """The funnel (JSON or PDF) or the board pack (PDF) for a period."""
    import datetime as dt
    import json

    from rjdesk.services import reports

    try:
        start, end = dt.date.fromisoformat(args.start), dt.date.fromisoformat(args.end)
    except ValueError as exc:
        raise ValidationError(f"--from and --to take dates YYYY-MM-DD ({exc})") from None
    if args.report_kind == "inspection":
        from rjdesk.services import inspection

        return _write_file(args.output, inspection.inspection_pack_pdf(db, _service_actor(args, db), start, end))
    if args.report_kind == "board":
        from rjdesk.services import board_pack

        make_pack = board_pack.board_pack_pdf if args.format == "pdf" else board_pack.board_pack_xlsx
        return _write_file(args.output, make_pack(db, _service_actor(args, db), start, end))
    if args.format in ("pdf", "xlsx"):
        make = reports.funnel_pdf if args.format == "pdf" else reports.funnel_xlsx
        return _write_file(args.output, make(db, _service_actor(args, db), start, end))
    found = reports.funnel(db, _service_actor(args, db), start, end)
    _write_text(args.output, json.dumps(found.as_json(), indent=2) + "\n")
    return EXIT_OK


def _write_file(path: Path | None, content: bytes) -> int:
    """A PDF or workbook goes to a file (-o), never to a terminal; written whole or not at all."""
    if path is None:
        raise ValidationError("--format pdf and --format xlsx need -o FILE")
    from rjdesk.files import write_whole

    write_whole(path, content)
    print(f"rjdesk-cli: wrote {path}", file=sys.stderr)
    return EXIT_OK


if __name__ == "__main__":  # last: `python -m rjdesk.cli` must see every function defined above
    sys.exit(main())
