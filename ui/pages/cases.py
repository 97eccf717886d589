"""Cases: the children known to the service, their offences and orders, and the case events that start the
victims' duties — typed in here when the CMS import is not used, or to add what it does not carry."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rjdesk.rules.permissions import Permission
from rjdesk.services import cases
from rjdesk.services.victim_record import ChildCase, list_child_cases
from ui.i18n import date_text, tr, tr_code, tr_noop
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.children import ChildList
from ui.widgets.tables import list_table


def _events(order: cases.OrderSummary) -> str:
    return "; ".join(f"{tr_code(kind)} {date_text(day)}" for kind, day in order.events)


class CasesPage(Page):
    title = tr_noop("Cases")
    can_search = True
    can_create = True

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.case: cases.ChildCaseFile | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search by CMS reference or name (Ctrl+F)"))
        self.search.setAccessibleName(tr("Search children"))
        self.new_button = QPushButton(tr("&New child…"))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        split = QSplitter()
        self.child_list = ChildList()
        split.addWidget(self.child_list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(tr("Choose a child."))
        self.header.setTextFormat(Qt.TextFormat.RichText)
        right_layout.addWidget(self.header)
        self.offences_model = RowsModel(
            [
                Column(tr("Offence"), lambda o: o.offence_ref),
                Column(tr("Category"), lambda o: o.category),
                Column(tr("Date"), lambda o: date_text(o.offence_date) if o.offence_date else "—"),
            ]
        )
        self.offences_table = list_table(self.offences_model, tr("Offences"), 1)
        self.offences_table.setMaximumHeight(150)
        right_layout.addWidget(self.offences_table)
        self.orders_model = RowsModel(
            [
                Column(tr("Order"), lambda o: tr_code(o.disposal_type)),
                Column(tr("CMS ref"), lambda o: o.order_ref or tr("typed in")),
                Column(tr("Made"), lambda o: date_text(o.start_date)),
                Column(tr("Ended"), lambda o: date_text(o.end_date) if o.end_date else "—"),
                Column(tr("Decision"), lambda o: date_text(o.decision_date) if o.decision_date else "—"),
                Column(tr("Offences"), lambda o: ", ".join(o.offence_refs)),
                Column(tr("Events"), _events),
            ]
        )
        self.orders_table = list_table(self.orders_model, tr("Orders"), 6, single=True)
        header = self.orders_table.horizontalHeader()
        for column in range(6):  # all but the events fit their contents
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        right_layout.addWidget(self.orders_table, 1)
        row = QHBoxLayout()
        self.edit_button = QPushButton(tr("&Edit the child…"))
        self.offence_button = QPushButton(tr("Add an &offence…"))
        self.order_button = QPushButton(tr("New o&rder…"))
        self.event_button = QPushButton(tr("Case &event…"))
        self.transfer_button = QPushButton(tr("&Transfer…"))
        self.subject_access_button = QPushButton(tr("&Subject access…"))
        self.subject_access_button.setToolTip(
            tr("Everything held about this child, for the child: no victim's identity")
        )
        self.subject_access_button.setVisible(session.actor.can(Permission.SUBJECT_ACCESS))
        for button, handler in (
            (self.edit_button, self.edit_child),
            (self.offence_button, self.add_offence),
            (self.order_button, self.new_order),
            (self.event_button, self.case_event),
            (self.transfer_button, self.transfer),
            (self.subject_access_button, self.subject_access),
        ):
            button.clicked.connect(handler)
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        right_layout.addLayout(row)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        layout.addWidget(split)
        self.search.textChanged.connect(lambda *_: self.refresh())
        self.new_button.clicked.connect(self.create_new)
        self.child_list.currentItemChanged.connect(lambda *_: self._load_case())
        self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        db, actor, text = self.session.db, self.session.actor, self.search.text()
        self.run_latest("children", lambda: list_child_cases(db, actor, text), self._show_children)

    def _show_children(self, children: list[ChildCase]) -> None:
        self.child_list.blockSignals(True)  # one load of the case after refilling, not one per row
        self.child_list.fill(children)
        self.child_list.blockSignals(False)
        self._load_case()

    def _load_case(self) -> None:
        child_id = self.child_list.chosen_id()
        if child_id is None:
            self._show_case(None)
            return
        db, actor = self.session.db, self.session.actor
        self.run_latest("case", lambda: cases.get_child_case(db, actor, child_id), self._show_case)

    def _show_case(self, case: cases.ChildCaseFile | None) -> None:
        self.case = case
        for button in (
            self.edit_button,
            self.offence_button,
            self.order_button,
            self.event_button,
            self.transfer_button,
            self.subject_access_button,
        ):
            button.setEnabled(case is not None)
        if case is None:
            self.header.setText(tr("Choose a child."))
            self.offences_model.set_rows([])
            self.orders_model.set_rows([])
            return
        self.header.setText(
            tr("<h3>{name}</h3>{reference} · born {date}").format(
                name=escape(f"{case.given_name} {case.family_name}"),
                reference=escape(case.cms_ref),
                date=date_text(case.date_of_birth),
            )
        )
        self.offences_model.set_rows(case.offences)
        self.orders_model.set_rows(case.orders)

    def _after(self, accepted: int) -> None:
        if accepted == QDialog.DialogCode.Accepted:
            self.refresh()

    def create_new(self) -> None:
        from ui.case_dialogs import ChildDialog

        self._after(ChildDialog(self, []).exec())

    def edit_child(self) -> None:
        db, actor = self.session.db, self.session.actor
        self.run(lambda: cases.list_case_managers(db, actor), self._edit_with)

    def _edit_with(self, managers: list[cases.CaseManager]) -> None:
        from ui.case_dialogs import ChildDialog

        if self.case is not None:
            self._after(ChildDialog(self, managers, self.case).exec())

    def add_offence(self) -> None:
        from ui.case_dialogs import OffenceDialog

        if self.case is not None:
            self._after(OffenceDialog(self, self.case).exec())

    def new_order(self) -> None:
        from ui.case_dialogs import OrderDialog

        if self.case is not None:
            self._after(OrderDialog(self, self.case).exec())

    def case_event(self) -> None:
        from ui.case_dialogs import CaseEventDialog

        rows = self.orders_table.selectionModel().selectedRows()
        if self.case is not None and rows:
            self._after(CaseEventDialog(self, self.orders_model.row(rows[0].row()), self.case.cms_ref).exec())

    def subject_access(self) -> None:
        from rjdesk.services import subject_access

        if self.case is None:
            return
        db, actor, child_id = self.session.db, self.session.actor, self.case.id
        self.save_generated(
            tr("Subject access export (child-facing)"),
            f"subject-access-{self.case.cms_ref}.pdf",
            {
                "PDF (*.pdf)": lambda: subject_access.child_export_pdf(db, actor, child_id),
                "JSON (*.json)": lambda: subject_access.child_export_json(db, actor, child_id),
            },
        )

    def transfer(self) -> None:
        from ui.case_dialogs import TransferDialog

        if self.case is not None:
            self._after(TransferDialog(self, self.case).exec())
