"""The three small pacing dialogs: a guided starting amount, the flare-up plan, and splitting a task.
They are opened through ui/dialogs.py, so a test answers them instead.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop.domain import pacing
from backpain_desktop.store import FlareUpPlan
from backpain_desktop.ui.widgets import Stepper, fill
from backpain_desktop.ui.widgets import tr as _tr


def plain_label(text: str = "") -> QLabel:
    """A label that never reads what it shows as HTML (it may quote what a person typed)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def number(value: float) -> str:
    """A whole number, as the plan uses: 25.5 is shown as 26."""
    return str(pacing.whole(value)) if value > 0 else "0"


def explain_baseline(method: str, amount: float, unit: str, details: dict) -> str:
    """How a starting amount is reached, in plain words and whole numbers (the dialog's preview)."""
    if method == "average":
        tries = ", ".join(number(a) for _, a in details.get("tries", []))
        return fill(_tr("pacing",
                "Your 3 tries were %1 %2. Their average is about %3 %2; 80% of that is %4 %2 a day."),
                tries, unit, number(details.get("average", 0)), number(amount))
    if method == "midpoint":
        return fill(_tr("pacing", "Halfway between a good day (%1 %3) and a bad day (%2 %3) is %4 %3 a day."),
                    number(details.get("good", 0)), number(details.get("bad", 0)), unit, number(amount))
    return fill(_tr("pacing", "You set %1 %2 a day yourself."), number(amount), unit)


def _spin(name: str, low: int, high: int, value: int, suffix: str = "") -> Stepper:
    return Stepper(minimum=low, maximum=high, value=value, suffix=suffix, accessible_name=name)


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(_tr("pacing", "Cancel"))
    cancel.setAccessibleName(_tr("pacing", "Cancel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class BaselineDialog(QDialog):
    """Guided starting amount: 3 tries on different days (× 80%), or halfway between a good and a bad day."""

    def __init__(self, activity: str, unit: str, tries: list[tuple[date, float]], today: date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(fill(_tr("pacing", "Starting amount for %1"), activity))
        self.setAccessibleName(self.windowTitle())
        self._unit = unit
        intro = plain_label(_tr("pacing",
                "Try the activity on 3 different days and note how much you managed before it "
                               "became too much. Or think of a good day and a bad day."))
        self.use_tries = QRadioButton(_tr("pacing", "From 3 tries on different days"))
        self.use_tries.setAccessibleName(self.use_tries.text())
        self.use_midpoint = QRadioButton(_tr("pacing", "Halfway between a good day and a bad day"))
        self.use_midpoint.setAccessibleName(self.use_midpoint.text())
        group = QButtonGroup(self)
        group.addButton(self.use_tries)
        group.addButton(self.use_midpoint)
        self.use_tries.setChecked(True)

        grid = QGridLayout()
        self.try_days: list[QDateEdit] = []
        self.try_amounts: list[Stepper] = []
        filled = list(tries)[-pacing.BASELINE_TRIES:]
        for i in range(pacing.BASELINE_TRIES):
            day = filled[i][0] if i < len(filled) else today
            amount = int(round(filled[i][1])) if i < len(filled) else 0
            edit = QDateEdit(QDate(day.year, day.month, day.day))
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
            edit.setAccessibleName(fill(_tr("pacing", "Day of try %1"), i + 1))
            spin = _spin(fill(_tr("pacing", "Amount on try %1"), i + 1), 0, 24 * 60, amount, unit)
            grid.addWidget(plain_label(fill(_tr("pacing", "Try %1"), i + 1)), i, 0)
            grid.addWidget(edit, i, 1)
            grid.addWidget(spin, i, 2)
            self.try_days.append(edit)
            self.try_amounts.append(spin)
        self.good = _spin(_tr("pacing", "Amount on a good day"), 0, 24 * 60, 0, unit)
        self.bad = _spin(_tr("pacing", "Amount on a bad day"), 0, 24 * 60, 0, unit)
        midpoint = QFormLayout()
        midpoint.addRow(_tr("pacing", "Good day"), self.good)
        midpoint.addRow(_tr("pacing", "Bad day"), self.bad)

        self.result_label = plain_label()
        self.result_label.setAccessibleName(_tr("pacing", "Starting amount"))
        self.buttons = _buttons(self, _tr("pacing", "Use this amount"))
        layout = QVBoxLayout(self)
        for part in (intro, self.use_tries):
            layout.addWidget(part)
        layout.addLayout(grid)
        layout.addWidget(self.use_midpoint)
        layout.addLayout(midpoint)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        for w in (*self.try_amounts, self.good, self.bad):
            w.value_changed.connect(self._update)
        for w in self.try_days:
            w.dateChanged.connect(self._update)
        self.use_tries.toggled.connect(self._update)
        self._update()

    def result_value(self) -> pacing.BaselineResult | None:
        try:
            if self.use_tries.isChecked():
                pairs = zip(self.try_days, self.try_amounts, strict=True)
                tries = [(d.date().toPython(), float(s.value())) for d, s in pairs]
                return pacing.baseline_from_tries(tries)
            return pacing.baseline_from_good_bad(float(self.good.value()), float(self.bad.value()))
        except ValueError:
            return None

    def _update(self, *_args) -> None:
        result = self.result_value()
        if result is None:
            text = (_tr("pacing", "Enter an amount above 0 for each try, each on a different day.")
                    if self.use_tries.isChecked() else _tr("pacing",
                            "Enter an amount above 0 for both days."))
        else:
            text = (fill(_tr("pacing", "Start at %1 %2 a day. "), result.amount, self._unit)
                    + explain_baseline(result.method, result.amount, self._unit, result.details))
        self.result_label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(result is not None)


class FlareUpPlanDialog(QDialog):
    """The flare-up plan a person writes in advance: triggers, early warning signs, what helps."""

    def __init__(self, plan: FlareUpPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("pacing", "My flare-up plan"))
        self.setAccessibleName(self.windowTitle())
        self.fields: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        for key, label, text in (("triggers", _tr("pacing", "What can set off a flare-up"), plan.triggers),
                                 ("warning_signs", _tr("pacing",
                                         "My early warning signs"), plan.warning_signs),
                                 ("what_helps", _tr("pacing", "What helps me"), plan.what_helps)):
            edit = QPlainTextEdit(text)
            edit.setAccessibleName(label)
            edit.setTabChangesFocus(True)
            self.fields[key] = edit
            form.addRow(label, edit)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(_tr("pacing",
                "Write this while you feel well, so it is ready when you need it. "
                                        "Flare-ups usually settle within a few days to a week.")))
        layout.addLayout(form)
        layout.addWidget(_buttons(self, _tr("pacing", "Save plan")))

    def plan(self) -> FlareUpPlan:
        return FlareUpPlan(**{k: e.toPlainText().strip() for k, e in self.fields.items()})


class SplitTaskDialog(QDialog):
    """ "I want to do 60 minutes of gardening": blocks of today's amount with rests between."""

    def __init__(self, activity: str, block: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("pacing", "Split a task into smaller pieces"))
        self.setAccessibleName(self.windowTitle())
        minutes = _tr("pacing", "minutes")
        self.total = _spin(_tr("pacing", "Whole task, minutes"), 1, 24 * 60, max(60, block), minutes)
        self.block = _spin(_tr("pacing", "Each piece, minutes"), 1, 24 * 60, max(1, block), minutes)
        self.rest = _spin(_tr("pacing",
                "Rest between pieces, minutes"), 0, 240, pacing.DEFAULT_REST_MINUTES, minutes)
        form = QFormLayout()
        form.addRow(fill(_tr("pacing", "I want to do (%1)"), activity), self.total)
        form.addRow(_tr("pacing", "In pieces of"), self.block)
        form.addRow(_tr("pacing", "Resting between for"), self.rest)
        self.schedule = plain_label()
        self.schedule.setAccessibleName(_tr("pacing", "Schedule"))
        self.schedule.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(_tr("pacing", "Close"))
        close.setAccessibleName(_tr("pacing", "Close"))
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.schedule)
        layout.addWidget(box)
        for spin in (self.total, self.block, self.rest):
            spin.value_changed.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        blocks = pacing.split_task(self.total.value(), self.block.value(), self.rest.value())
        lines = []
        for b in blocks:
            start = f"{b.start // 60}:{b.start % 60:02d}"
            what = (self.tr("do %n minute(s)", None, b.minutes) if b.kind == "do"
                    else self.tr("rest %n minute(s)", None, b.minutes))
            lines.append(f"{start}  {what}")
        pieces = sum(1 for b in blocks if b.kind == "do")
        end = blocks[-1].start + blocks[-1].minutes
        # the count %n takes the first place, so the rest start at %2
        lines.append(fill(self.tr("%n piece(s); finished after %2:%3 (hours:minutes).", None, pieces),
                          pieces, end // 60, f"{end % 60:02d}"))
        self.schedule.setText("\n".join(lines))
