"""Holding an expert-committee sitting: date, place, members, the township and the children assessed,
each child's opinion (随班就读 / 特校就读 / 送教上门 / 延缓入学 with reason and review date), all
decided in one transaction by ``RegistrationService.hold_sitting``; then the sitting's batch of
安置意见书 in one PDF. Past sittings are listed with their counts and can be printed again.

Every read and write runs through ``host.run``; the lists follow ``host.changes``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from special_ed.changes import Change, Changes
from special_ed.domain.enums import Level, Placement
from special_ed.domain.registration import (
    DEFERRED,
    MEMBER_FIELDS,
    OUTCOME_LABELS,
    Decision,
    Member,
    SittingInput,
)
from special_ed.errors import Issue, ValidationError
from special_ed.progress import Progress
from special_ed.results.registration import SittingCandidate, SittingSummary
from ui.errors import show_error
from ui.file_dialogs import start_path
from ui.pages import WorkHost
from ui.records.common import lang
from ui.records.delegates import ChoiceDelegate, DateDelegate
from ui.records.table import GOOD, WARN, Column, RowsModel

Choice = tuple[int, str]


@dataclass(frozen=True)
class MemberRow:
    name: str = ""
    field: str = ""
    unit: str = ""

    @property
    def blank(self) -> bool:
        return not (self.name.strip() or self.field.strip() or self.unit.strip())


@dataclass(frozen=True)
class DecisionRow:
    """One child on the sitting's list: whether it is assessed, and the committee's opinion."""

    child: SittingCandidate
    assess: bool
    level: Level | None
    outcome: str  # a Placement value, DEFERRED, or "" (not chosen yet)
    school_id: int | None
    team_id: int | None
    class_name: str
    reason: str = ""
    review_on: date | None = None
    findings: str = ""


@dataclass(frozen=True)
class Loaded:
    townships: list[Choice]
    schools: list[Choice]
    teams: list[Choice]
    members: list[Member]
    recommended: dict[Level, Placement]
    sittings: list[SittingSummary]


def _to_date(value: object) -> date | None:
    if isinstance(value, QDate):
        return date(value.year(), value.month(), value.day()) if value.isValid() else None
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    return date.fromisoformat(text) if text else None


def _table(model: RowsModel[Any], name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.SelectedClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
    )
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    return view


class CommitteeSittingDialog(QDialog):
    """``CommitteeSittingDialog(host, parent)``: hold a sitting, or print a past one's notices."""

    def __init__(self, host: WorkHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setObjectName("committeeSittingDialog")
        self.setWindowTitle(self.tr("Expert-committee sitting"))
        self._lang = lang()
        self._loaded: Loaded | None = None
        self._school_names: dict[int, str] = {}
        self._team_names: dict[int, str] = {}
        self.last_summary: SittingSummary | None = None
        self.last_printed: Path | None = None
        self._decided_here: set[int] = set()  # decided in this dialog: listed again, not ticked again

        # ---- the sitting -----------------------------------------------------------------------
        self.held_on = QDateEdit(QDate.currentDate())
        self.held_on.setObjectName("sittingDate")
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.held_on.dateChanged.connect(lambda _d: self.load_candidates())
        self.place = QLineEdit()
        self.place.setObjectName("sittingPlace")
        self.place.setPlaceholderText(self.tr("e.g. county special school meeting room"))
        self.township = QComboBox()
        self.township.setObjectName("sittingTownship")
        self.township.currentIndexChanged.connect(lambda _i: self.load_candidates())
        self.notes = QLineEdit()
        self.notes.setObjectName("sittingNotes")
        head = QFormLayout()
        head.addRow(self.tr("Date of the sitting"), self.held_on)
        head.addRow(self.tr("Place of the sitting"), self.place)
        head.addRow(self.tr("Township assessed"), self.township)
        head.addRow(self.tr("Notes"), self.notes)

        # ---- members -----------------------------------------------------------------------------
        self.members: RowsModel[MemberRow] = RowsModel(
            [
                Column(self.tr("Member's name"), lambda r: r.name, lambda r, v: replace(r, name=str(v))),
                Column(
                    self.tr("Member's field"), lambda r: r.field, lambda r, v: replace(r, field=str(v or ""))
                ),
                Column(self.tr("Unit"), lambda r: r.unit, lambda r, v: replace(r, unit=str(v))),
            ],
            parent=self,
        )
        self.members_view = _table(self.members, "sittingMembers")
        self.members_view.setItemDelegateForColumn(
            1, ChoiceDelegate(lambda: [(f, f) for f in MEMBER_FIELDS], self.members_view)
        )
        add_member = QPushButton(self.tr("Add member"))
        add_member.setObjectName("addMember")
        add_member.clicked.connect(lambda: self.members.append(MemberRow()))
        remove_member = QPushButton(self.tr("Remove member"))
        remove_member.setObjectName("removeMember")
        remove_member.clicked.connect(self._remove_member)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(add_member)
        member_buttons.addWidget(remove_member)
        member_buttons.addStretch(1)
        members_box = QGroupBox(self.tr("Members present"))
        members_layout = QVBoxLayout(members_box)
        members_layout.addWidget(self.members_view)
        members_layout.addLayout(member_buttons)
        top = QHBoxLayout()
        top.addLayout(head, 1)
        top.addWidget(members_box, 1)

        # ---- the children ------------------------------------------------------------------------
        self.decisions: RowsModel[DecisionRow] = RowsModel(self._decision_columns(), parent=self)
        self.children_view = _table(self.decisions, "sittingChildren")
        self.children_view.setItemDelegateForColumn(
            4, ChoiceDelegate(lambda: [(lv, lv.text(self._lang)) for lv in Level], self.children_view)
        )
        self.children_view.setItemDelegateForColumn(
            5, ChoiceDelegate(self._outcome_choices, self.children_view)
        )
        self.children_view.setItemDelegateForColumn(
            6, ChoiceDelegate(lambda: [(i, n) for i, n in self._choices("schools")], self.children_view)
        )
        self.children_view.setItemDelegateForColumn(
            8, ChoiceDelegate(lambda: [(None, "—"), *self._choices("teams")], self.children_view)
        )
        self.children_view.setItemDelegateForColumn(
            10, DateDelegate(lambda: self.held_on.date().addMonths(6), self.children_view)
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("sittingCount")
        self.decisions.dataChanged.connect(lambda *_a: self._count())
        self.decisions.modelReset.connect(self._count)
        self.decide_button = QPushButton(self.tr("Decide all in one go"))
        self.decide_button.setObjectName("decideSitting")
        self.decide_button.setDefault(True)
        self.decide_button.clicked.connect(self.decide)
        self.print_button = QPushButton(self.tr("Print the placement notices…"))
        self.print_button.setObjectName("printSittingNotices")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(lambda: self.choose_and_print(self.last_summary))
        self.status = QLabel()
        self.status.setObjectName("sittingStatus")
        self.status.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(self.decide_button)
        actions.addWidget(self.print_button)

        new_tab = QWidget()
        new_layout = QVBoxLayout(new_tab)
        new_layout.addLayout(top)
        new_layout.addWidget(
            QLabel(
                self.tr(
                    "Tick the children assessed and give each the committee's opinion; "
                    "double-click a cell to change it. A deferral needs a reason and a review date."
                )
            )
        )
        new_layout.addWidget(self.children_view, 1)
        new_layout.addLayout(actions)
        new_layout.addWidget(self.status)

        # ---- past sittings -----------------------------------------------------------------------
        self.sittings: RowsModel[SittingSummary] = RowsModel(
            [
                Column(self.tr("Date"), lambda s: s.held_on.isoformat()),
                Column(self.tr("Township"), lambda s: s.township or self.tr("Whole county")),
                Column(self.tr("Place of the sitting"), lambda s: s.place),
                Column(self.tr("Members present"), lambda s: "、".join(m.name for m in s.members)),
                Column(self.tr("Children decided"), lambda s: len(s.decisions), numeric=True),
                Column(
                    self.tr("Opinions"),
                    lambda s: "，".join(f"{k} {v}" for k, v in s.outcome_counts().items()),
                ),
            ],
            parent=self,
        )
        self.sittings_view = _table(self.sittings, "pastSittings")
        self.sittings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        reprint = QPushButton(self.tr("Print this sitting's notices…"))
        reprint.setObjectName("reprintNotices")
        reprint.clicked.connect(self._reprint)
        past_tab = QWidget()
        past_layout = QVBoxLayout(past_tab)
        past_layout.addWidget(self.sittings_view, 1)
        past_buttons = QHBoxLayout()
        past_buttons.addStretch(1)
        past_buttons.addWidget(reprint)
        past_layout.addLayout(past_buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(new_tab, self.tr("New sitting"))
        self.tabs.addTab(past_tab, self.tr("Past sittings"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1200, 760)
        host.changes.connect(self.apply_changes)
        self.load()

    # ---- columns and choices -----------------------------------------------------------------------

    def _decision_columns(self) -> list[Column[DecisionRow]]:
        def status(r: DecisionRow) -> str:
            c = r.child
            now = (
                OUTCOME_LABELS.get(c.placement, self.tr("not placed"))
                if c.placement
                else self.tr("not placed")
            )
            if c.review_due:
                return self.tr("{0}, review {1}").format(now, c.review_due.isoformat())
            return now

        def set_level(r: DecisionRow, v: object) -> DecisionRow:
            level = v if isinstance(v, Level) else Level(str(v)) if v else None
            outcome = r.outcome or (self._recommended(level) if level else "")
            return replace(r, level=level, outcome=outcome, assess=True)

        def set_outcome(r: DecisionRow, v: object) -> DecisionRow:
            return replace(r, outcome=str(v or ""), assess=True)

        def need(r: DecisionRow) -> Any:
            return WARN if r.assess and (r.level is None or not r.outcome) else None

        return [
            Column(
                self.tr("Assessed"),
                lambda r: r.assess,
                lambda r, v: replace(r, assess=bool(v)),
                check=True,
                background=lambda r: GOOD if r.assess else None,
            ),
            Column(self.tr("Township"), lambda r: r.child.township),
            Column(self.tr("Name"), lambda r: r.child.name),
            Column(self.tr("Now"), status),
            Column(
                self.tr("Level"),
                lambda r: r.level.text(self._lang) if r.level else "",
                set_level,
                background=need,
            ),
            Column(
                self.tr("Opinion"), lambda r: OUTCOME_LABELS.get(r.outcome, ""), set_outcome, background=need
            ),
            Column(
                self.tr("School"),
                lambda r: self._school_names.get(r.school_id or 0, ""),
                lambda r, v: replace(r, school_id=int(v) if v else None),
            ),
            Column(self.tr("Class"), lambda r: r.class_name, lambda r, v: replace(r, class_name=str(v))),
            Column(
                self.tr("Home-teaching team"),
                lambda r: self._team_names.get(r.team_id or 0, ""),
                lambda r, v: replace(r, team_id=int(v) if v else None),
            ),
            Column(self.tr("Reason"), lambda r: r.reason, lambda r, v: replace(r, reason=str(v))),
            Column(
                self.tr("Review date (deferral)"),
                lambda r: r.review_on.isoformat() if r.review_on else "",
                lambda r, v: replace(r, review_on=_to_date(v)),
            ),
            Column(
                self.tr("Committee's finding"), lambda r: r.findings, lambda r, v: replace(r, findings=str(v))
            ),
        ]

    def _outcome_choices(self) -> list[tuple[Any, str]]:
        return [(p.value, p.text(self._lang)) for p in Placement] + [(DEFERRED, OUTCOME_LABELS[DEFERRED])]

    def _choices(self, what: str) -> list[Choice]:
        if self._loaded is None:
            return []
        return list(self._loaded.schools if what == "schools" else self._loaded.teams)

    def _recommended(self, level: Level | None) -> str:
        if level is None or self._loaded is None:
            return ""
        return self._loaded.recommended[level].value

    # ---- reading -------------------------------------------------------------------------------------

    def load(self) -> None:
        """The choices (townships, schools, teams), the last sitting's members and the past sittings."""
        services = self.host.services

        def work(_p: Progress) -> Loaded:
            ref = services.reference
            schools = ref.schools()
            settings = services.ctx.settings()
            return Loaded(
                [(t.id, t.name) for t in ref.townships()],
                [(s.id, s.name) for s in schools],
                [(t.id, t.name) for t in ref.teams()],
                services.registration.last_members(),
                dict(settings.level_to_placement),
                services.registration.sittings(),
            )

        self.host.run(work, self._loaded_choices, self.tr("Reading the committee's lists…"),
                      lambda e, t: show_error(self, e, t))  # fmt: skip

    def _loaded_choices(self, loaded: Loaded) -> None:
        first = self._loaded is None
        self._loaded = loaded
        self._school_names = dict(loaded.schools)
        self._team_names = dict(loaded.teams)
        if first:
            self.township.blockSignals(True)
            self.township.clear()
            self.township.addItem(self.tr("Whole county"), None)
            for tid, name in loaded.townships:
                self.township.addItem(name, tid)
            self.township.blockSignals(False)
            if self.members.rowCount() == 0:
                rows = [MemberRow(x.name, x.field, x.unit) for x in loaded.members]
                self.members.set_rows(rows or [MemberRow()])
        self.sittings.set_rows(loaded.sittings)
        self.sittings_view.resizeColumnsToContents()
        self.load_candidates()

    def selected_township(self) -> int | None:
        data = self.township.currentData()
        return int(data) if data is not None else None

    def sitting_date(self) -> date:
        q = self.held_on.date()
        return date(q.year(), q.month(), q.day())

    def load_candidates(self) -> None:
        if self._loaded is None:
            return
        registration, town, day = (
            self.host.services.registration,
            self.selected_township(),
            self.sitting_date(),
        )
        self.host.run(lambda _p: registration.sitting_candidates(town, day), self._show_candidates,
                      self.tr("Reading the children…"), lambda e, t: show_error(self, e, t))  # fmt: skip

    def _show_candidates(self, candidates: list[SittingCandidate]) -> None:
        """The township's children; what was already entered for a child is kept."""
        before = {r.child.child_id: r for r in self.decisions.rows}
        rows = []
        for c in candidates:
            old = before.get(c.child_id)
            if old is not None:
                rows.append(replace(old, child=c))
                continue
            outcome = c.placement if c.placement and c.placement != DEFERRED else self._recommended(c.level)
            due = c.due and c.child_id not in self._decided_here
            rows.append(DecisionRow(c, due, c.level, outcome, c.school_id, c.team_id, c.class_name))
        rows.sort(key=lambda r: not r.assess)  # the children due for assessment first (a stable sort)
        self.decisions.set_rows(rows)
        self.children_view.resizeColumnsToContents()

    def _count(self) -> None:
        chosen = [r for r in self.decisions.rows if r.assess]
        self.count_label.setText(
            self.tr("{0} of {1} children ticked").format(len(chosen), self.decisions.rowCount())
        )

    def apply_changes(self, changes: Changes) -> None:
        # children and placements feed the list; sittings (CASES) the past sittings; schools and teams the choices
        if changes.touches(Change.CHILDREN, Change.PLACEMENTS, Change.REFERENCE, Change.CASES):
            self.load()

    # ---- editing -------------------------------------------------------------------------------------

    def _remove_member(self) -> None:
        rows = self.members_view.selectionModel().selectedRows()
        if rows:
            self.members.remove(rows[0].row())

    def set_row(self, child_id: int, **changes: Any) -> None:
        """Change one child's row (the same as editing its cells)."""
        for i, r in enumerate(self.decisions.rows):
            if r.child.child_id == child_id:
                self.decisions.replace(i, replace(r, **changes))
                return
        raise KeyError(child_id)

    def sitting_input(self) -> SittingInput:
        """What the form says, as the service takes it; a ticked child without level is named."""
        issues: list[Issue] = []
        decisions = []
        chosen = [r for r in self.decisions.rows if r.assess]
        for n, r in enumerate(chosen, start=1):
            if r.level is None:
                issues.append(Issue("sitting.decision", f"decisions[{n}]",
                                    {"row": n, "child": r.child.name, "detail": self.tr("choose the level")}))  # fmt: skip
                continue
            home = r.outcome == Placement.HOME.value
            decisions.append(
                Decision(
                    r.child.child_id,
                    r.level,
                    r.outcome,
                    r.reason,
                    r.review_on if r.outcome == DEFERRED else None,
                    r.school_id if r.outcome != DEFERRED else None,
                    r.team_id if home else None,
                    r.class_name if r.outcome == Placement.MAINSTREAM.value else "",
                    r.findings,
                )
            )
        if issues:
            raise ValidationError(issues)
        members = [Member(x.name, x.field, x.unit) for x in self.members.rows if not x.blank]
        return SittingInput(
            self.sitting_date(),
            members,
            decisions,
            self.selected_township(),
            self.place.text(),
            self.notes.text(),
        )

    # ---- deciding and printing -----------------------------------------------------------------------

    def decide(self) -> None:
        try:
            data = self.sitting_input()
        except ValidationError as exc:
            show_error(self, exc)
            return
        registration = self.host.services.registration
        self.decide_button.setEnabled(False)
        self.host.run(lambda _p: registration.hold_sitting(data), self._decided,
                      self.tr("Recording the sitting…"), self._failed)  # fmt: skip

    def _failed(self, exc: BaseException, trace: str) -> None:
        self.decide_button.setEnabled(True)
        self.status.setText(self.tr("Nothing was recorded."))
        show_error(self, exc, trace)

    def _decided(self, summary: SittingSummary) -> None:
        self.last_summary = summary
        self.decide_button.setEnabled(True)
        counts = "，".join(f"{k} {v}" for k, v in summary.outcome_counts().items())
        self.status.setText(
            self.tr("Sitting recorded: {0} children ({1}). Print the placement notices now.").format(
                len(summary.decisions), counts
            )
        )
        self.print_button.setEnabled(any(d.outcome != DEFERRED for d in summary.decisions))
        decided = {d.child_id for d in summary.decisions}
        self._decided_here |= decided
        # the commit's change reloads the list; until then the decided children leave it
        self.decisions.set_rows([r for r in self.decisions.rows if r.child.child_id not in decided])

    def _reprint(self) -> None:
        rows = self.sittings_view.selectionModel().selectedRows()
        if rows:
            self.choose_and_print(self.sittings.row(rows[0].row()))

    def choose_and_print(self, summary: SittingSummary | None) -> None:
        if summary is None:
            return
        suggested = start_path(self.tr("Placement notices {0}.pdf").format(summary.held_on.isoformat()))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the placement notices"), suggested, self.tr("PDF files (*.pdf)")
        )
        if name:
            self.print_notices(summary, Path(name))

    def print_notices(
        self, summary: SittingSummary, out: Path, done: Callable[[], None] | None = None
    ) -> None:
        """The sitting's notices, one per placed child, in one PDF (deferred children get none)."""
        services = self.host.services
        sitting_id = summary.id

        def work(_p: Progress) -> tuple[Path, int, int]:
            result: tuple[Path, int, int] = services.registration.print_sitting_notices(
                sitting_id, out, services.printing
            )
            return result

        def printed(result: tuple[Path, int, int]) -> None:
            path, notices, deferred = result
            self.last_printed = path
            text = self.tr("{0} placement notices saved: {1}").format(notices, str(path))
            if deferred:
                text += self.tr(" ({0} deferred children get no notice)").format(deferred)
            self.status.setText(text)
            if done is not None:
                done()

        self.host.run(work, printed, self.tr("Printing the placement notices…"),
                      lambda e, t: show_error(self, e, t))  # fmt: skip
