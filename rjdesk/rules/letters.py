"""Letters: which language a letter is written in, what its template must hold, how it is put together, and the
check that keeps victims out of anything a child will read.

Templates are data (``resources/letters/<kind>.toml``, English and Welsh side by side) read by the letters
service; everything here is pure. A letter is a set of *parts*, one per language: a bilingual letter has the
Welsh part first and the English part after it (the Welsh Language Standards: Welsh is not to be treated less
favourably, and first is the usual place).

The officer's own paragraph is never passed through the template engine: a ``$`` typed in it stays a ``$``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from string import Template

from rjdesk.errors import message
from rjdesk.rules.duties import DutyCode


class LetterKind(StrEnum):
    FIRST_CONTACT = "first_contact"
    RJ_INFORMATION = "rj_information"
    PROGRESS_UPDATE = "progress_update"
    CONCLUSION = "conclusion"
    REPARATION_COMPLETION = "reparation_completion"


VICTIM_LETTERS = (
    LetterKind.FIRST_CONTACT,
    LetterKind.RJ_INFORMATION,
    LetterKind.PROGRESS_UPDATE,
    LetterKind.CONCLUSION,
)


class Language(StrEnum):
    ENGLISH = "en"
    WELSH = "cy"
    BILINGUAL = "bilingual"

    @property
    def parts(self) -> tuple[str, ...]:
        """The language of each part, in the order they are printed."""
        return {"en": ("en",), "cy": ("cy",), "bilingual": ("cy", "en")}[self.value]

    @property
    def label(self) -> str:
        return {"en": "English", "cy": "Welsh", "bilingual": "Bilingual (Welsh first)"}[self.value]


PART_LANGUAGES = ("en", "cy")
PART_LABELS = {"en": "English", "cy": "Welsh"}


def choose_language(welsh_choice: str | None, preferred_language: str | None, service_is_welsh: bool) -> Language:
    """The recipient's recorded choice decides; a Welsh service writes bilingually to someone not yet asked
    (Welsh Language Standards); elsewhere a stated preference for Welsh is honoured, else English."""
    if welsh_choice == "welsh":
        return Language.WELSH
    if welsh_choice == "bilingual":
        return Language.BILINGUAL
    if welsh_choice == "english":
        return Language.ENGLISH
    if (preferred_language or "").strip().casefold() in ("welsh", "cymraeg"):
        return Language.WELSH
    return Language.BILINGUAL if service_is_welsh else Language.ENGLISH


# ------------------------------------------------------------------------------------------------ templates

PERSONAL = "$personal"  # the paragraph where the officer's own words go
GREETING = {"en": "Dear $recipient_name,", "cy": "Annwyl $recipient_name,"}
CLOSING = {"en": "Yours sincerely,", "cy": "Yn gywir,"}
_PLACEHOLDER = re.compile(r"\$(?:\{(\w+)\}|(\w+))")


@dataclass(frozen=True)
class TemplateText:
    title: str  # what the letter is called, in this language
    subject: str
    paragraphs: tuple[str, ...]

    def placeholders(self) -> frozenset[str]:
        found = set()
        for text in (self.subject, *self.paragraphs):
            found |= {a or b for a, b in _PLACEHOLDER.findall(text)}
        return frozenset(found - {"personal"})


@dataclass(frozen=True)
class LetterTemplate:
    kind: LetterKind
    audience: str  # "victim", or "child": read by the child or their family, so checked for victim identity
    personal_required: bool
    asks_phone_first: bool
    meets_duty: DutyCode | None
    texts: Mapping[str, TemplateText]

    @property
    def child_facing(self) -> bool:
        return self.audience == "child"

    @classmethod
    def from_mapping(cls, kind: LetterKind, data: Mapping[str, object]) -> LetterTemplate:
        """A template as read from its file, checked: both languages, the same placeholders in each, one place
        for the officer's paragraph. A ValueError says what is wrong (a packaging or editing mistake)."""
        texts: dict[str, TemplateText] = {}
        for language in PART_LANGUAGES:
            part = data.get(language)
            if not isinstance(part, Mapping):
                raise ValueError(f"letter template {kind}: no [{language}] section")
            paragraphs = part.get("paragraphs")
            if not isinstance(paragraphs, list) or not all(isinstance(p, str) for p in paragraphs):
                raise ValueError(f"letter template {kind} [{language}]: paragraphs must be a list of text")
            if paragraphs.count(PERSONAL) != 1:
                raise ValueError(f"letter template {kind} [{language}]: needs one '{PERSONAL}' paragraph")
            texts[language] = TemplateText(str(part.get("title", "")), str(part.get("subject", "")), tuple(paragraphs))
        if texts["en"].placeholders() != texts["cy"].placeholders():
            raise ValueError(f"letter template {kind}: English and Welsh use different placeholders")
        audience = str(data.get("audience", "victim"))
        if audience not in ("victim", "child"):
            raise ValueError(f"letter template {kind}: audience is 'victim' or 'child'")
        duty = data.get("meets_duty")
        return cls(
            kind,
            audience,
            data.get("personal") == "required",
            bool(data.get("asks_phone_first", False)),
            DutyCode(str(duty)) if duty else None,
            texts,
        )


# ------------------------------------------------------------------------------------------------ wording

_WELSH_MONTHS = (
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
)


def format_date(day: dt.date, language: str) -> str:
    """'3 March 2026' / '3 Mawrth 2026' (not strftime: the month names must not follow the desk's locale)."""
    if language == "cy":
        return f"{day.day} {_WELSH_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {day:%B} {day.year}"


def format_amount(amount: float, unit: str, language: str) -> str:
    """Hours or days done. Welsh counts with a singular noun after a figure: '12 awr', '3 diwrnod'."""
    figure = f"{amount:g}"
    if language == "cy":
        return f"{figure} {'awr' if unit == 'hours' else 'diwrnod'}"
    noun = "hour" if unit == "hours" else "day"
    return f"{figure} {noun}{'' if amount == 1 else 's'}"


# ------------------------------------------------------------------------------------------------ letters


@dataclass(frozen=True)
class LetterPart:
    language: str
    subject: str
    greeting: str
    paragraphs: tuple[str, ...]
    closing: str


@dataclass(frozen=True)
class Letter:
    kind: LetterKind
    language: Language
    recipient_name: str
    address_lines: tuple[str, ...]
    dated: dt.date
    signatory: str
    service_name: str
    parts: tuple[LetterPart, ...]

    @property
    def title(self) -> str:
        return " / ".join(part.subject for part in self.parts)

    def text(self) -> str:
        """All of it as plain text, in print order: what the identity check reads and what a preview shows."""
        lines = [self.recipient_name, *self.address_lines, ""]
        for part in self.parts:
            lines += [
                format_date(self.dated, part.language),
                "",
                part.subject,
                "",
                part.greeting,
                "",
                *(p + "\n" for p in part.paragraphs),
                part.closing,
                "",
                self.signatory,
                self.service_name,
                "",
            ]
        return "\n".join(lines).strip() + "\n"


def personal_paragraphs(text: str) -> tuple[str, ...]:
    """The officer's words as paragraphs: blank lines separate them, single line breaks join."""
    blocks = re.split(r"\n\s*\n", text.strip())
    return tuple(
        " ".join(line.strip() for line in block.splitlines() if line.strip()) for block in blocks if block.strip()
    )


def letter_problems(
    template: LetterTemplate,
    language: Language,
    personal: Mapping[str, str],
    phone_tried_first: bool | None,
    recipient_name: str,
    address_lines: tuple[str, ...],
) -> dict[str, str]:
    """What stops this letter being written, by field (``personal_en`` / ``personal_cy`` for the paragraphs)."""
    problems: dict[str, str] = {}
    if not recipient_name.strip():
        problems["recipient_name"] = "Who is the letter to?"
    if not any(line.strip() for line in address_lines):
        problems["address"] = "Where is it going? Enter the address."
    if template.personal_required:
        for part in language.parts:
            if not personal_paragraphs(personal.get(part, "")):
                problems[f"personal_{part}"] = (
                    message(
                        "Write the {language} paragraph in your own words: this letter's news is yours to give.",
                        language=PART_LABELS[part],
                    )
                    if template.meets_duty
                    else message(
                        "Write the {language} paragraph in your own words: a first letter is personal.",
                        language=PART_LABELS[part],
                    )
                )
    if template.asks_phone_first and phone_tried_first is None:
        problems["phone_tried_first"] = "Say whether you tried to phone first."
    return problems


def compose(
    template: LetterTemplate,
    language: Language,
    values: Mapping[str, Mapping[str, str]],
    personal: Mapping[str, str],
    *,
    recipient_name: str,
    address_lines: tuple[str, ...],
    dated: dt.date,
    signatory: str,
    service_name: str,
) -> Letter:
    """Fill the template for each part's language. ``values`` holds each language's placeholder values (dates
    and amounts are worded per language); a placeholder without a value is a KeyError — a programming fault."""
    parts = []
    for part_language in language.parts:
        text = template.texts[part_language]
        words = {**values[part_language], "recipient_name": recipient_name.strip(), "service_name": service_name}
        paragraphs: list[str] = []
        for paragraph in text.paragraphs:
            if paragraph == PERSONAL:
                paragraphs += personal_paragraphs(personal.get(part_language, ""))
            else:
                paragraphs.append(Template(paragraph).substitute(words))
        parts.append(
            LetterPart(
                part_language,
                Template(text.subject).substitute(words),
                Template(GREETING[part_language]).substitute(words),
                tuple(paragraphs),
                CLOSING[part_language],
            )
        )
    return Letter(
        template.kind,
        language,
        recipient_name.strip(),
        tuple(line.strip() for line in address_lines if line.strip()),
        dated,
        signatory,
        service_name,
        tuple(parts),
    )


# ------------------------------------------------------------------------------------------------ identity


@dataclass(frozen=True)
class VictimIdentity:
    """What identifies or locates one victim: names (the victim's, a named contact's, a parent's or carer's),
    the reference, and contact details. ``address_is_childs_home`` — the victim lives in the child's household,
    whose address the child's family letter carries anyway — leaves the address out of the check."""

    names: tuple[str, ...] = ()
    reference: str | None = None
    address: str | None = None
    postcode: str | None = None
    phone: str | None = None
    email: str | None = None
    address_is_childs_home: bool = False


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[^\W_]+", text.casefold())) + " "


def _digit_runs(text: str) -> set[str]:
    """Every run of digits that may be written with spaces, dashes or brackets, as bare digits."""
    return {re.sub(r"\D", "", run) for run in re.findall(r"\+?\d[\d\s\-()]*\d", text)}


def _phone_digits(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    return "0" + digits[2:] if digits.startswith("44") else digits


def identity_found(text: str, identities: Iterable[VictimIdentity]) -> list[str]:
    """What kinds of victim identity the text contains ('a name', 'a postcode'...). Never the identity itself:
    the person writing a child-facing letter may not be allowed to know it."""
    words = _words(text)
    compact = re.sub(r"\s", "", text.casefold())
    runs = {_phone_digits(run) for run in _digit_runs(text)}
    found: set[str] = set()
    for identity in identities:
        for name in identity.names:
            if len(_words(name).strip()) >= 3 and _words(name) in words:
                found.add("a name")
        if identity.reference and _words(identity.reference) in words:
            found.add("a victim reference")
        if identity.email and identity.email.strip().casefold() in text.casefold():
            found.add("an email address")
        if identity.phone:
            phone = _phone_digits(identity.phone)
            if len(phone) >= 7 and any(phone in run for run in runs):
                found.add("a phone number")
        if identity.address_is_childs_home:
            continue
        postcode = re.sub(r"\s", "", (identity.postcode or "").casefold())
        if len(postcode) >= 5 and postcode in compact:
            found.add("a postcode")
        if identity.address:
            first_line = identity.address.strip().splitlines()[0].split(",")[0] if identity.address.strip() else ""
            if len(_words(first_line).strip()) >= 6 and _words(first_line) in words:
                found.add("an address")
    return sorted(found)
