"""Keep the Welsh translation in step with the source (docs/TRANSLATING.md).

    python packaging/translations.py update   # new strings into resources/i18n/rjdesk_cy.ts, unfinished
    python packaging/translations.py build    # rjdesk_cy.ts -> rjdesk_cy.qm (pyside6-lrelease)

Strings are found by reading the source (ast), not by lupdate: every call ``tr("...")`` or ``tr_noop("...")``
under ui/. The argument must be a plain string literal — a translator cannot translate a string built at run
time (put the values in with ``.format`` after ``tr``) — and ``strings()`` reports any call that is not;
``tr(name)`` of a variable shows a string marked with ``tr_noop`` where it was written.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "rjdesk_cy.ts"
QT_TS = ROOT / "resources" / "i18n" / "qt_cy.ts"  # Qt's own words (OK, Cancel, Copy...): Qt has no Welsh of its own
QM = TS.with_suffix(".qm")
CONTEXT = "rjdesk"
MARKERS = ("tr", "tr_noop")


@dataclass(frozen=True)
class Found:
    text: str
    path: str
    line: int


def strings(source_root: Path = ROOT / "ui") -> tuple[list[Found], list[str]]:
    """Every marked string under ``source_root`` in order of first appearance, and the calls that cannot be
    extracted (an f-string, a variable)."""
    found: list[Found] = []
    problems: list[str] = []
    seen: set[str] = set()
    for path in sorted(source_root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name) or node.func.id not in MARKERS:
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            first = node.args[0] if node.args else None
            if (
                node.func.id == "tr"
                and first is not None
                and not isinstance(first, ast.Constant | ast.JoinedStr | ast.BinOp)
            ):
                continue  # showing a string marked with tr_noop where it was written (a page's title, a table)
            if not isinstance(first, ast.Constant) or not isinstance(first.value, str):
                problems.append(f"{where}: {node.func.id}() needs a string literal, not a string built at run time")
                continue
            if first.value not in seen:
                seen.add(first.value)
                found.append(Found(first.value, str(path.relative_to(ROOT)), node.lineno))
    for label in core_labels():
        if label.text not in seen:
            seen.add(label.text)
            found.append(label)
    found.sort(key=lambda f: (f.path, f.line))
    return found, problems


def core_labels() -> list[Found]:
    """Every label the core can hand the interface to show (``ui.i18n.tr_core`` and ``tr_code`` translate them):
    the core stays free of Qt and of the interface's language, so its tables are read here."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from rjdesk.rules import channels, consent, disposals, duties, kpi10, labels, permissions, reparation
    from rjdesk.rules import rj as rj_rules
    from rjdesk.services import (
        case_manager,
        contacts,
        disclosures,
        panels,
        referrals,
        reports,
        retention,
        rj,
        safety,
        settings,
        victims,
    )

    tables: dict[str, list[str]] = {
        "rjdesk/rules/duties.py": [
            *duties.STATUS_LABELS.values(),
            *duties.HOLDER_LABELS.values(),
            *(rule.title for rule in duties.DEFAULT_RULES),
            *(rule.basis_detail for rule in duties.DEFAULT_RULES),
        ],
        "rjdesk/rules/permissions.py": [role.label for role in permissions.Role],
        "rjdesk/rules/channels.py": list(channels.CHANNEL_LABELS.values()),
        "rjdesk/rules/consent.py": [scope.label for scope in consent.ConsentScope],
        "rjdesk/rules/rj.py": [
            *(stage.label for stage in rj_rules.Stage),
            *(kind.label for kind in rj_rules.ActivityKind),
        ],
        "rjdesk/rules/reparation.py": [
            *reparation.OUTCOMES.values(),
            *reparation.PROJECT_MODES.values(),
            *reparation.PROJECT_STATUSES.values(),
            *reparation.PLACEMENT_STATUSES.values(),
            *reparation.REQUIREMENT_LABELS.values(),
        ],
        "rjdesk/rules/disposals.py": list(disposals.PANEL_KINDS.values()),
        "rjdesk/services/contacts.py": list(contacts.OUTCOME_LABELS.values()),
        "rjdesk/services/disclosures.py": [*disclosures.RECIPIENT_KINDS.values(), *disclosures.LAWFUL_BASES],
        "rjdesk/services/safety.py": [*safety.CONCERN_KINDS.values(), *safety.RESTRICTION_KINDS.values()],
        "rjdesk/services/panels.py": list(panels.PANEL_STATUSES.values()),
        "rjdesk/services/rj.py": [
            *rj.SCREENING_OUTCOMES.values(),
            *rj.APPROACHES.values(),
            *rj.PARTICIPANT_ROLES.values(),
            *rj.ITEM_KINDS.values(),
        ],
        "rjdesk/rules/kpi10.py": [*kpi10.MEASURE_TEXT.values(), *kpi10.CONSENT_RULES.values()],
        "rjdesk/services/reports.py": list(reports.FUNNEL_STEPS.values()),
        "rjdesk/services/case_manager.py": [purpose for purpose, _kind in case_manager.REPORT_PURPOSES.values()],
        "rjdesk/services/settings.py": [spec.label for spec in settings.SETTINGS.values()],
        # Codes shown as words through rules.labels.label (ui.i18n.tr_code).
        "rjdesk/rules/labels.py": [
            labels.label(code)
            for vocabulary in (
                disposals.DISPOSALS,
                disposals.CASE_EVENTS,
                consent.DECISIONS,
                consent.METHODS,
                consent.SOURCES,
                rj_rules.SENSITIVE_OFFENCE_KINDS,
                [level.value for level in rj_rules.RjcLevel],
                rj.CONSENT_METHODS,
                referrals.ENHANCED_CATEGORIES,
                victims.VICTIM_KINDS,
                ("open", "closed", "english", "welsh", "bilingual", "contact", "attempt", "victim", "child"),
                # what a record hanging off a victim is called when it is not found ("No such {what}.")
                ("action", "complaint", "concern", "document", "referral", "request"),
                (retention.RECORD_TYPE_VICTIM,),
            )
            for code in vocabulary
        ],
    }
    found: list[Found] = []
    for path, texts in tables.items():
        found.extend(Found(text, path, 0) for text in texts)
    return found + core_messages()


# The core's refusals (``ValidationError("...")``, a field's message, ``problems["field"] = "..."``): the
# interface shows them through ``ui.i18n.error_text`` / ``error_fields``. The command line speaks English.
REFUSALS = {"ValidationError", "PermissionDenied", "NotFound", "ConcurrencyConflict", "AuthenticationFailed"}
REFUSALS |= {"AccountLocked", "StoreUnavailable", "RjdeskError"}
FIELD_MESSAGES = {"problems", "fields", "errors"}
ENGLISH_ONLY = {"cli.py", "demo.py", "demo_bulk.py"}


def refusal_texts(node: ast.AST) -> list[ast.expr]:
    """What stands where the core writes a refusal's words at this node: a refusal's message and its fields'
    messages, a ``message(...)`` template, what a ``…_refusal`` / ``…_problem`` rule returns, a
    ``problems["field"] = ...`` message. A string literal is translated; anything built at run time cannot be
    (``tests/ui/test_welsh.py`` refuses an f-string or a concatenation here)."""
    texts: list[ast.expr] = []
    if isinstance(node, ast.Call):
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name == "message":  # a refusal with values: its template
            texts += node.args[:1]
        if name in REFUSALS:
            texts += node.args[:1]
            if len(node.args) > 1 and isinstance(node.args[1], ast.Dict):
                texts += [value for value in node.args[1].values if value is not None]
    elif isinstance(node, ast.FunctionDef) and node.name.endswith(("_refusal", "_problem")):
        # A rule that says why not (a booking inside an exclusion zone, a mark out of range).
        texts += [r.value for r in ast.walk(node) if isinstance(r, ast.Return) and r.value is not None]
    elif isinstance(node, ast.Assign) and len(node.targets) == 1:
        target = node.targets[0]
        if (
            isinstance(target, ast.Subscript)
            and isinstance(target.value, ast.Name)
            and target.value.id in FIELD_MESSAGES
        ):
            texts.append(node.value)
    return texts


def core_sources(source_root: Path = ROOT / "rjdesk") -> list[Path]:
    """The core's modules whose refusals the interface shows (the command line's own are English only)."""
    return [path for path in sorted(source_root.rglob("*.py")) if path.name not in ENGLISH_ONLY]


def core_messages(source_root: Path = ROOT / "rjdesk") -> list[Found]:
    """Every refusal message the core writes as a plain string literal, or a ``message(...)`` template."""
    found: list[Found] = []
    for path in core_sources(source_root):
        where = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            texts = refusal_texts(node)
            found.extend(
                Found(text.value, where, text.lineno)
                for text in texts
                if isinstance(text, ast.Constant)
                and isinstance(text.value, str)
                and any(c.isalpha() for c in re.sub(r"{\w+(:[^}]*)?}", "", text.value))  # not "{name}: {refusal}"
            )
    return found


def read_ts(path: Path = TS) -> dict[str, str]:
    """Source → translation ('' when unfinished)."""
    if not path.exists():
        return {}
    translations = {}
    for message in ET.parse(path).getroot().iter("message"):  # noqa: S314 - our own file, from the repository
        source = message.findtext("source") or ""
        element = message.find("translation")
        finished = element is not None and element.get("type") not in ("unfinished", "vanished", "obsolete")
        translations[source] = (element.text or "") if finished and element is not None else ""
    return translations


def write_ts(found: list[Found], translations: dict[str, str], path: Path = TS) -> None:
    root = ET.Element("TS", version="2.1", language="cy_GB", sourcelanguage="en_GB")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for item in found:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=f"../../{item.path}", line=str(item.line))
        ET.SubElement(message, "source").text = item.text
        translation = ET.SubElement(message, "translation")
        text = translations.get(item.text, "")
        if text:
            translation.text = text
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def update() -> int:
    found, problems = strings()
    for problem in problems:
        print(problem, file=sys.stderr)
    translations = read_ts()
    write_ts(found, translations)
    missing = [f.text for f in found if not translations.get(f.text)]
    print(f"{len(found)} strings, {len(missing)} without a Welsh translation", file=sys.stderr)
    return 1 if problems else 0


def lrelease() -> str:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found (it comes with PySide6)")
    return found


def build() -> int:
    return subprocess.run([lrelease(), str(TS), str(QT_TS), "-qm", str(QM)], check=False).returncode


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command not in ("update", "build"):
        raise SystemExit(__doc__)
    sys.exit(update() if command == "update" else build())
