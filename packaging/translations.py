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
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "rjdesk_cy.ts"
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
            if isinstance(first, ast.Name | ast.Attribute | ast.Subscript) and node.func.id == "tr":
                continue  # showing a string marked with tr_noop where it was written (a page's title)
            if not isinstance(first, ast.Constant) or not isinstance(first.value, str):
                problems.append(f"{where}: {node.func.id}() needs a string literal, not a string built at run time")
                continue
            if first.value not in seen:
                seen.add(first.value)
                found.append(Found(first.value, str(path.relative_to(ROOT)), node.lineno))
    found.sort(key=lambda f: (f.path, f.line))
    return found, problems


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
    return subprocess.run([lrelease(), str(TS), "-qm", str(QM)], check=False).returncode


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command not in ("update", "build"):
        raise SystemExit(__doc__)
    sys.exit(update() if command == "update" else build())
