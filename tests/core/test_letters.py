"""Letters: the language by the recipient's choice, templates complete in English and Welsh, the first contact's
personal paragraph and phone question, "safe to write", sending as a logged attempt that meets an information
duty only for a victim who chose letters, PDF and DOCX in Welsh, and the child-facing check for victim identity.
Runs on SQLCipher and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pdfplumber
import pytest

from rjdesk.errors import NotFound, PermissionDenied, ValidationError
from rjdesk.rules.duties import DutyCode, DutyStatus
from rjdesk.rules.letters import (
    Language,
    LetterKind,
    LetterTemplate,
    VictimIdentity,
    choose_language,
    compose,
    format_amount,
    format_date,
    identity_found,
    letter_problems,
)
from rjdesk.rules.permissions import Role
from rjdesk.rules.reparation import Requirement
from rjdesk.services import audit_log, caseload, cases, contacts, duties, letters, referrals, reparation, victims
from rjdesk.services.context import Actor
from rjdesk.services.letter_documents import letter_docx, letter_pdf
from rjdesk.services.victims import ContactDetails, VictimDetails
from rjdesk.store.database import Database
from rjdesk.store.models import Service
from tests.conftest import make_service, make_user

D = dt.date
TODAY = dt.date.today()
OFFENCE_DAY = D(2026, 9, 1)
SAFE_ADDRESS = ContactDetails(
    address="12 Orchard Way\nNorthbridge", postcode="NB3 7QT", phone="01632 960321", safe_to_write=True
)


# ------------------------------------------------------------------------------------------------ the rules


def test_the_recorded_choice_decides_and_a_welsh_service_writes_bilingually_to_someone_not_asked() -> None:
    assert choose_language("welsh", "English", False) is Language.WELSH
    assert choose_language("english", "Welsh", True) is Language.ENGLISH
    assert choose_language("bilingual", None, False) is Language.BILINGUAL
    assert choose_language(None, None, True) is Language.BILINGUAL
    assert choose_language(None, None, False) is Language.ENGLISH
    assert choose_language(None, "Cymraeg", False) is Language.WELSH
    assert choose_language(None, "Polish", True) is Language.BILINGUAL
    assert Language.BILINGUAL.parts == ("cy", "en")


@pytest.mark.parametrize("kind", list(LetterKind), ids=lambda kind: kind.value)
def test_every_template_is_written_in_english_and_welsh_with_the_same_placeholders(kind: LetterKind) -> None:
    template = letters.letter_template(kind)
    english, welsh = template.texts["en"], template.texts["cy"]
    assert english.placeholders() == welsh.placeholders()
    assert english.title and welsh.title and english.title != welsh.title
    assert english.subject != welsh.subject
    for en, cy in zip(english.paragraphs, welsh.paragraphs, strict=True):
        assert en == cy == "$personal" or en != cy, f"{kind}: a Welsh paragraph left in English"
    assert template.child_facing == (kind is LetterKind.REPARATION_COMPLETION)


def test_a_broken_template_is_refused_with_what_is_wrong() -> None:
    good = {"paragraphs": ["Hello $name", "$personal"], "title": "T", "subject": "S"}
    with pytest.raises(ValueError, match=r"no \[cy\] section"):
        LetterTemplate.from_mapping(LetterKind.CONCLUSION, {"en": good})
    welsh = {"paragraphs": ["Helo $enw", "$personal"], "title": "T", "subject": "S"}
    with pytest.raises(ValueError, match="different placeholders"):
        LetterTemplate.from_mapping(LetterKind.CONCLUSION, {"en": good, "cy": welsh})
    with pytest.raises(ValueError, match="one '\\$personal' paragraph"):
        LetterTemplate.from_mapping(LetterKind.CONCLUSION, {"en": {**good, "paragraphs": ["x"]}, "cy": good})


def test_a_bilingual_letter_is_welsh_first_and_the_officers_words_are_not_a_template() -> None:
    template = letters.letter_template(LetterKind.PROGRESS_UPDATE)
    values = {part: {"offence_date": format_date(OFFENCE_DAY, part)} for part in ("cy", "en")}
    letter = compose(
        template,
        Language.BILINGUAL,
        values,
        {"en": "The panel met.\nIt set a $5 fine.\n\nSecond paragraph.", "cy": "Cyfarfu'r panel."},
        recipient_name="Morgan Example",
        address_lines=("1 High Street", "", "NB1 1AA"),
        dated=D(2026, 11, 29),
        signatory="Vlo One",
        service_name="Northbridge YJS",
    )
    assert [part.language for part in letter.parts] == ["cy", "en"]
    assert letter.parts[0].greeting == "Annwyl Morgan Example," and letter.parts[1].closing == "Yours sincerely,"
    assert "1 Medi 2026" in letter.parts[0].paragraphs[0] and "1 September 2026" in letter.parts[1].paragraphs[0]
    assert letter.parts[1].paragraphs[1:3] == ("The panel met. It set a $5 fine.", "Second paragraph.")
    assert letter.address_lines == ("1 High Street", "NB1 1AA")
    text = letter.text()
    assert text.index("29 Tachwedd 2026") < text.index("29 November 2026")
    assert format_amount(1, "hours", "en") == "1 hour" and format_amount(2.5, "days", "en") == "2.5 days"
    assert format_amount(12, "hours", "cy") == "12 awr"


def test_a_first_letter_needs_the_officers_paragraph_in_each_language_and_the_phone_question() -> None:
    template = letters.letter_template(LetterKind.FIRST_CONTACT)
    problems = letter_problems(template, Language.BILINGUAL, {"en": "Hello"}, None, "", ("",))
    assert set(problems) == {"personal_cy", "phone_tried_first", "recipient_name", "address"}
    assert letter_problems(template, Language.ENGLISH, {"en": "Hello"}, False, "A", ("B",)) == {}
    optional = letters.letter_template(LetterKind.RJ_INFORMATION)
    assert letter_problems(optional, Language.WELSH, {}, None, "A", ("B",)) == {}


def test_the_identity_check_finds_what_would_identify_a_victim_and_says_only_what_kind() -> None:
    victim = VictimIdentity(
        names=("Robin Quayle", "Quayle Motors"),
        reference="V000042",
        address="7 Mill Lane, Northbridge",
        postcode="NB4 2XY",
        phone="+44 1632 960777",
        email="robin@example.org",
    )
    assert identity_found("Jay worked hard at the allotment.", [victim]) == []
    assert identity_found("He said sorry to ROBIN  quayle.", [victim]) == ["a name"]
    assert identity_found("Call 01632-960 777 or write to nb42xy", [victim]) == ["a phone number", "a postcode"]
    assert identity_found("Near 7 Mill Lane; ref v000042; robin@EXAMPLE.org", [victim]) == [
        "a victim reference",
        "an address",
        "an email address",
    ]
    assert identity_found("Robin helped", [victim]) == []  # a first name alone is not the identity
    at_home = VictimIdentity(names=("Pat Example",), postcode="NB4 2XY", address_is_childs_home=True)
    assert identity_found("To the family at NB4 2XY", [at_home]) == []


# ------------------------------------------------------------------------------------------------ the services


class Desk:
    def __init__(self, db: Database, service: Actor) -> None:
        self.db, self.service = db, service
        self.vlo = make_user(db, service, "vlo1", Role.VLO)
        child = cases.create_child(db, service, "CMS1", "Jay", "Example", D(2010, 5, 1))
        self.child_id = child.id
        self.offence_id = cases.add_offence(db, service, child.id, "OF1", "Criminal damage", OFFENCE_DAY).id
        self.order_id = cases.create_order(
            db, service, child.id, "REFERRAL_ORDER", TODAY - dt.timedelta(days=20), (self.offence_id,)
        )

    def victim(self, name: str = "Siôn Ŵyn", contact: ContactDetails = SAFE_ADDRESS, channel: str | None = None) -> int:
        victim_id = referrals.receive_referral(
            self.db,
            self.vlo,
            referrals.NewReferral(
                child_id=self.child_id,
                offence_ids=(self.offence_id,),
                received_on=TODAY - dt.timedelta(days=3),
                basis="consented",
                details=VictimDetails("individual", name, date_of_birth=D(1970, 1, 1), preferred_channel=channel),
                contact=contact,
            ),
        ).victim_id
        return victim_id

    def request(self, kind: LetterKind, **kw: object) -> letters.VictimLetterRequest:
        values: dict[str, object] = {
            "kind": kind,
            "language": Language.ENGLISH,
            "recipient_name": "Siôn Ŵyn",
            "address": ("12 Orchard Way", "NB3 7QT"),
            "child_id": self.child_id,
            "personal": {"en": "We spoke briefly at the station; as promised, here is what we can offer."},
            "phone_tried_first": True,
        }
        values.update(kw)
        return letters.VictimLetterRequest(**values)  # type: ignore[arg-type]


@pytest.fixture
def desk(db: Database, service: Actor) -> Desk:
    return Desk(db, service)


def the_audit(desk: Desk, entity: str) -> list[audit_log.AuditLine]:
    window = audit_log.AuditFilter(TODAY - dt.timedelta(days=1), TODAY + dt.timedelta(days=1), entity=entity)
    return audit_log.search_audit(desk.db, desk.service, window)


def audited_actions(desk: Desk, entity: str) -> list[str]:
    return [entry.action for entry in the_audit(desk, entity)]


def the_duties(desk: Desk, victim_id: int) -> dict[DutyCode, duties.DutyInfo]:
    return {d.code: d for d in duties.list_duties(desk.db, desk.vlo, victim_id=victim_id, include_closed=True)}


def test_a_letter_is_written_only_where_the_record_says_it_is_safe_to_write(db: Database, desk: Desk) -> None:
    unsafe = desk.victim(contact=ContactDetails(address="3 Hidden Row", postcode="NB9 9ZZ", safe_to_write=False))
    start = letters.start_victim_letter(db, desk.vlo, unsafe, LetterKind.FIRST_CONTACT)
    assert not start.safe_to_write and any("safe to write" in warning for warning in start.warnings)
    assert start.recipients[0].name == "Siôn Ŵyn" and start.recipients[0].address == ("3 Hidden Row", "NB9 9ZZ")
    assert start.language is Language.ENGLISH and start.children == ((desk.child_id, "CMS1"),)
    with pytest.raises(ValidationError) as refused:
        letters.compose_victim_letter(db, desk.vlo, unsafe, desk.request(LetterKind.FIRST_CONTACT))
    assert "safe to write" in refused.value.fields["address"]
    with pytest.raises(ValidationError):
        letters.record_victim_letter_sent(db, desk.vlo, unsafe, desk.request(LetterKind.FIRST_CONTACT), TODAY)
    assert contacts.list_contacts(db, desk.vlo, unsafe) == []  # nothing logged
    seen = victims.get_contact_details(db, desk.vlo, unsafe)
    victims.update_contact_details(
        db, desk.vlo, unsafe, ContactDetails(address="3 Hidden Row", postcode="NB9 9ZZ", safe_to_write=True), seen
    )
    letter = letters.compose_victim_letter(db, desk.vlo, unsafe, desk.request(LetterKind.FIRST_CONTACT))
    assert "affected by an offence on 1 September 2026" in letter.text()
    assert "We spoke briefly at the station" in letter.text() and letter.signatory == "Vlo1"


def test_the_first_letter_is_refused_without_a_personal_paragraph_or_the_phone_answer(db: Database, desk: Desk) -> None:
    victim_id = desk.victim()
    bare = desk.request(LetterKind.FIRST_CONTACT, personal={"en": "  \n "}, phone_tried_first=None)
    with pytest.raises(ValidationError) as refused:
        letters.compose_victim_letter(db, desk.vlo, victim_id, bare)
    assert set(refused.value.fields) == {"personal_en", "phone_tried_first"}


def test_sending_keeps_a_copy_logs_an_attempt_and_meets_the_first_contact_attempt(db: Database, desk: Desk) -> None:
    victim_id = desk.victim()
    assert the_duties(desk, victim_id)[DutyCode.FIRST_CONTACT_ATTEMPT].status is DutyStatus.OPEN
    sent = letters.record_victim_letter_sent(
        db, desk.vlo, victim_id, desk.request(LetterKind.FIRST_CONTACT, phone_tried_first=False), TODAY
    )
    assert the_duties(desk, victim_id)[DutyCode.FIRST_CONTACT_ATTEMPT].status in (DutyStatus.MET, DutyStatus.MET_LATE)
    (logged,) = contacts.list_contacts(db, desk.vlo, victim_id)
    assert (logged.kind, logged.channel, logged.outcome) == ("attempt", "letter", "letter_sent")
    assert logged.notes == "First contact letter (English); phone not tried first"
    assert sent.contact.contact.id == logged.id
    (document,) = caseload.list_documents(db, desk.vlo, victim_id)
    assert document.id == sent.document_id and document.media_type == "application/pdf"
    _info, content = caseload.read_document(db, desk.vlo, document.id)
    with pdfplumber.open(io.BytesIO(content)) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Siôn Ŵyn" in text and "Support after the offence on 1 September 2026" in text
    audited = audited_actions(desk, "victim")
    assert "letter_sent" in audited and "letter_compose" not in audited  # nothing was previewed
    assert all("station" not in entry.details for entry in the_audit(desk, "victim"))  # no letter text
    with pytest.raises(ValidationError):
        letters.record_victim_letter_sent(
            db, desk.vlo, victim_id, desk.request(LetterKind.RJ_INFORMATION), TODAY + dt.timedelta(days=1)
        )


def test_a_letter_meets_an_information_duty_only_for_a_victim_who_chose_letters(db: Database, desk: Desk) -> None:
    chose_letters = desk.victim("Robin Letters", channel="letter")
    chose_phone = desk.victim("Sam Phone", channel="phone")
    for victim_id in (chose_letters, chose_phone):
        contacts.record_request(db, desk.vlo, victim_id, "progress", TODAY - dt.timedelta(days=2))
    cases.record_case_event(db, desk.service, desk.order_id, "review", TODAY - dt.timedelta(days=1))
    start = letters.start_victim_letter(db, desk.vlo, chose_phone, LetterKind.PROGRESS_UPDATE)
    assert not start.meets_duty_when_sent and any("only where the victim chose letters" in w for w in start.warnings)
    assert letters.start_victim_letter(db, desk.vlo, chose_letters, LetterKind.PROGRESS_UPDATE).meets_duty_when_sent
    update = {"en": "The panel reviewed the contract and the young person is attending reparation."}
    for victim_id in (chose_letters, chose_phone):
        letters.record_victim_letter_sent(
            db, desk.vlo, victim_id, desk.request(LetterKind.PROGRESS_UPDATE, personal=update), TODAY
        )
    assert the_duties(desk, chose_letters)[DutyCode.PROGRESS_UPDATE].status is DutyStatus.MET
    assert the_duties(desk, chose_phone)[DutyCode.PROGRESS_UPDATE].status is DutyStatus.OPEN
    # The same rule for a contact logged by hand: an unanswered call meets nothing, whatever was chosen.
    contacts.record_contact(
        db,
        desk.vlo,
        chose_phone,
        contacts.NewContact(TODAY, "phone", "no_answer", desk.child_id, meets_duty_codes=(DutyCode.PROGRESS_UPDATE,)),
    )
    assert the_duties(desk, chose_phone)[DutyCode.PROGRESS_UPDATE].status is DutyStatus.OPEN


def test_a_welsh_letter_renders_welsh_in_pdf_and_docx(db: Database, desk: Desk) -> None:
    with db.unit_of_work() as session:
        service = session.get(Service, desk.service.service_id)
        assert service is not None
        service.welsh = True
    victim_id = desk.victim("Gwenllïan Ŷr")
    start = letters.start_victim_letter(db, desk.vlo, victim_id, LetterKind.RJ_INFORMATION)
    assert start.language is Language.BILINGUAL  # a Welsh service, choice not asked yet
    letter = letters.compose_victim_letter(
        db,
        desk.vlo,
        victim_id,
        desk.request(LetterKind.RJ_INFORMATION, language=Language.WELSH, recipient_name="Gwenllïan Ŷr", personal={}),
    )
    with pdfplumber.open(io.BytesIO(letter_pdf(letter))) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Annwyl Gwenllïan Ŷr," in text and "Cyfiawnder adferol" in text and "Yn gywir," in text
    assert "Dear" not in text
    paragraphs = [p.text for p in docx.Document(io.BytesIO(letter_docx(letter))).paragraphs]
    assert "Annwyl Gwenllïan Ŷr," in paragraphs and any("cyfiawnder adferol" in p for p in paragraphs)
    bilingual = letters.compose_victim_letter(
        db,
        desk.vlo,
        victim_id,
        desk.request(LetterKind.RJ_INFORMATION, language=Language.BILINGUAL, personal={}),
    )
    with pdfplumber.open(io.BytesIO(letter_pdf(bilingual))) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    assert len(pages) == 2 and "Annwyl" in pages[0] and "Dear" in pages[1]


def test_only_the_victim_desk_writes_to_victims_and_only_in_its_own_service(db: Database, desk: Desk) -> None:
    victim_id = desk.victim()
    supervisor = make_user(db, desk.service, "sup", Role.REPARATION_SUPERVISOR)
    case_manager = make_user(db, desk.service, "cm", Role.CASE_MANAGER)
    for actor in (supervisor, case_manager):
        with pytest.raises(PermissionDenied):
            letters.start_victim_letter(db, actor, victim_id, LetterKind.FIRST_CONTACT)
    other = make_service(db, "OT", "Otherton YJS")
    stranger = make_user(db, other, "vlo9", Role.VLO)
    with pytest.raises(NotFound):
        letters.compose_victim_letter(db, stranger, victim_id, desk.request(LetterKind.FIRST_CONTACT))
    caseload.add_carer(db, desk.vlo, victim_id, "Dylan Suspect", "father", None, None, True)
    caseload.add_carer(db, desk.vlo, victim_id, "Ceri Safe", "aunt", None, "9 Bay View", False)
    recipients = letters.start_victim_letter(db, desk.vlo, victim_id, LetterKind.FIRST_CONTACT).recipients
    assert [(r.name, r.address) for r in recipients] == [
        ("Siôn Ŵyn", ("12 Orchard Way", "Northbridge", "NB3 7QT")),
        ("Ceri Safe", ("9 Bay View",)),
    ]


@pytest.mark.reparation
def test_the_completion_letter_to_the_family_never_carries_a_victims_identity(db: Database, desk: Desk) -> None:
    victim_id = desk.victim("Robin Quayle")
    supervisor = make_user(db, desk.service, "sup", Role.REPARATION_SUPERVISOR)
    project = reparation.create_project(db, supervisor, reparation.ProjectDetails("The Bike Shed", capacity=4))
    reparation.renew_risk_assessment(db, supervisor, project.id, TODAY, TODAY + dt.timedelta(days=200))
    placement = reparation.place_child(
        db,
        supervisor,
        reparation.PlacementDetails(project.id, desk.order_id, Requirement.REPARATION, 2, TODAY),
    )
    request = letters.CompletionLetterRequest(
        Language.BILINGUAL, "Pat Example", ("4 Elm Close", "NB2 2BB"), {"en": "Well done.", "cy": "Da iawn."}
    )
    with pytest.raises(ValidationError, match="when the placement is completed"):
        letters.compose_completion_letter(db, supervisor, placement.id, request)
    booked = reparation.schedule_session(
        db, supervisor, project.id, TODAY, dt.time(10), dt.time(12), supervisor.user_id, (placement.id,)
    )
    reparation.record_attendance(
        db, supervisor, booked.id, booked.version, [reparation.Mark(booked.expected[0].attendance_id, "attended", 2)]
    )
    start = letters.start_completion_letter(db, supervisor, placement.id)
    assert (start.child_first_name, start.project_name, start.amount_done) == ("Jay", "The Bike Shed", "2 hours")
    letter = letters.compose_completion_letter(db, supervisor, placement.id, request)
    text = letter.text()
    assert (
        "Jay has completed 2 hours of reparation at The Bike Shed." in text
        and "wedi cwblhau 2 awr o waith gwneud iawn" in text
    )
    assert text.index("Annwyl Pat Example") < text.index("Dear Pat Example")
    naming = letters.CompletionLetterRequest(
        Language.ENGLISH, "Pat Example", ("4 Elm Close",), {"en": "Jay wrote to Robin Quayle to apologise."}
    )
    with pytest.raises(ValidationError) as refused:
        letters.compose_completion_letter(db, supervisor, placement.id, naming)
    said = refused.value.fields["personal_en"]
    assert "identify a victim of the child's offences (a name)" in said
    assert "Robin" not in f"{refused.value} {said}" and "Quayle" not in f"{refused.value} {said}"
    locating = letters.CompletionLetterRequest(Language.ENGLISH, "Pat Example", ("12 Orchard Way", "NB3 7QT"))
    with pytest.raises(ValidationError) as refused:
        letters.compose_completion_letter(db, supervisor, placement.id, locating)
    assert set(refused.value.fields) == {"address"} and "(a postcode, an address)" in refused.value.fields["address"]
    assert audited_actions(desk, "reparation_placement").count("letter_refused") == 2
    assert victim_id
