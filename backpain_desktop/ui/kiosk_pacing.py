"""What a clinic kiosk shows instead of the home Pacing tab: pacing for someone who uses the screen once.

Three columns, each worked with a finger alone: pacing explained in three steps; a quick log of today's
activity (what, how long, pain before and after, all tapped); and a starting amount worked out on the
spot, from three times the person remembers or from a good day and a bad day, with the weekly plan it
gives, to print or photograph. The numbers come from domain/pacing.py; nothing here is kept after the
visit (the kiosk's log is in memory and wiped by "Finish and clear"). No history, chart or export.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop.domain import pacing
from backpain_desktop.store import ActivityEntry, Store, StoreError
from backpain_desktop.ui.widgets import FieldMessage, Stepper, TapScale, fill

Clock = Callable[[], datetime]

# What a person can log here; the words fit "Walking: 20 minutes".
ACTIVITIES = ("Walking", "Standing", "Sitting", "Housework", "Gardening")
MAX_MINUTES = 240
MINUTES_STEP = 5


def _label(text: str = "", *, size: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if size != 1.0 or bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * size)
        font.setBold(bold)
        label.setFont(font)
    return label


def _button(text: str, name: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name or text)
    button.setMinimumHeight(56)
    return button


def _mark_choice(group: QButtonGroup) -> None:
    """A tick before the chosen button's words: the choice shows in any theme, not only by shading."""
    for button in group.buttons():
        text = button.text().removeprefix("✓ ")
        button.setText(f"✓ {text}" if button.isChecked() else text)


def _column(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAccessibleName(title)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(12)
    layout.addWidget(_label(title, size=1.3, bold=True))
    return frame, layout


class KioskPacingPage(QWidget):
    """Pacing on a kiosk: explain, log today by taps, work out a start and see the plan, print it."""

    entry_logged = Signal(int)  # entry id
    plan_worked_out = Signal(int)  # the starting amount
    navigate_requested = Signal(str)

    def __init__(self, store: Store, now: Clock | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._now = now or (lambda: datetime.now(timezone.utc))
        self._plan: list[pacing.PlanWeek] = []
        self._result: pacing.BaselineResult | None = None

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self._build_steps(), 3)
        columns.addWidget(self._build_log(), 4)
        columns.addWidget(self._build_start(), 4)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(16, 12, 16, 12)
        inner_layout.addLayout(columns)
        inner_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(inner)
        self.scroll.setAccessibleName(self.tr("Pacing"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

    # -- building -------------------------------------------------------------------------------------

    def _build_steps(self) -> QFrame:
        frame, layout = _column(self.tr("Pacing in three steps"))
        layout.addWidget(_label(self.tr("If activity brings pain you cannot bear, pacing can help you keep "
                                        "going without a flare-up.")))
        steps = (
            self.tr("Notice how much you have managed lately, and start from there."),
            self.tr("Split tasks into smaller pieces, with a rest between them."),
            self.tr("Build up slowly: about 10% more each week, and only if the last step did not cause "
                    "a flare-up."),
        )
        for number, text in enumerate(steps, 1):
            row = QHBoxLayout()
            digit = _label(str(number), size=1.6, bold=True)
            digit.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            digit.setFixedWidth(40)
            row.addWidget(digit)
            row.addWidget(_label(text), 1)
            layout.addLayout(row)
        layout.addWidget(_label(self.tr("Keep to about the same amount each day, by your plan rather than by "
                                        "how the pain feels that day.")))
        layout.addWidget(_label(self.tr("Some extra soreness for 20 to 30 minutes after activity is normal. "
                                        "It is not a flare-up.")))
        layout.addStretch(1)
        return frame

    def _build_log(self) -> QFrame:
        frame, layout = _column(self.tr("Log what you did today"))
        layout.addWidget(_label(self.tr("What did you do?")))
        self.activity_group = QButtonGroup(self)
        self.activity_group.setExclusive(True)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.activity_buttons: dict[str, QPushButton] = {}
        for i, name in enumerate(ACTIVITIES):
            button = _button(self.tr(name))
            button.setCheckable(True)
            self.activity_group.addButton(button)
            self.activity_buttons[name] = button
            grid.addWidget(button, i // 3, i % 3)
        self.activity_buttons[ACTIVITIES[0]].setChecked(True)
        _mark_choice(self.activity_group)
        self.activity_group.buttonToggled.connect(lambda *_: _mark_choice(self.activity_group))
        layout.addLayout(grid)
        layout.addWidget(_label(self.tr("For how long?")))
        self.minutes = Stepper(minimum=0, maximum=MAX_MINUTES, step=MINUTES_STEP, value=0,
                               suffix=self.tr("minutes"), accessible_name=self.tr("How many minutes"))
        layout.addWidget(self.minutes)
        self.minutes_message = FieldMessage(self.minutes)
        layout.addWidget(self.minutes_message)
        layout.addWidget(_label(self.tr("Pain before (you can leave it out)")))
        self.pain_before = TapScale(accessible_name=self.tr("Pain before"))
        layout.addWidget(self.pain_before)
        layout.addWidget(_label(self.tr("Pain after (you can leave it out)")))
        self.pain_after = TapScale(accessible_name=self.tr("Pain after"))
        layout.addWidget(self.pain_after)
        self.log_button = _button(self.tr("Add to today's log"))
        layout.addWidget(self.log_button)
        self.log_status = _label()
        self.log_status.setAccessibleName(self.tr("Log status"))
        layout.addWidget(self.log_status)
        self.today_list = _label()
        self.today_list.setAccessibleName(self.tr("Logged today"))
        layout.addWidget(self.today_list)
        layout.addStretch(1)
        self.log_button.clicked.connect(self.log_activity)
        self.minutes.value_changed.connect(lambda _v: self.minutes_message.clear_message())
        return frame

    def _build_start(self) -> QFrame:
        frame, layout = _column(self.tr("Work out where to start"))
        layout.addWidget(_label(self.tr("How would you like to work it out?")))
        layout.addLayout(self._build_way_choice())
        self.ways = QStackedWidget()
        self.ways.addWidget(self._build_tries())
        self.ways.addWidget(self._build_good_bad())
        layout.addWidget(self.ways)
        self.work_out_button = _button(self.tr("Work out my plan"))
        layout.addWidget(self.work_out_button)
        self.start_message = FieldMessage(self.work_out_button)
        layout.addWidget(self.start_message)
        self._add_result(layout)
        layout.addStretch(1)

        self.tries_button.toggled.connect(lambda on: self.ways.setCurrentIndex(0 if on else 1))
        self.work_out_button.clicked.connect(self.work_out)
        self.print_button.clicked.connect(self.print_plan)
        for stepper in (*self.tries, self.good_day, self.bad_day):
            stepper.value_changed.connect(lambda _v: self.start_message.clear_message())
        return frame

    def _build_way_choice(self) -> QHBoxLayout:
        """Two ways to work out a start: three days remembered, or a good day and a bad day."""
        self.way_group = QButtonGroup(self)
        self.tries_button = _button(self.tr("Three times I remember"))
        self.good_bad_button = _button(self.tr("A good day and a bad day"))
        ways = QHBoxLayout()
        for button in (self.tries_button, self.good_bad_button):
            button.setCheckable(True)
            self.way_group.addButton(button)
            ways.addWidget(button)
        self.tries_button.setChecked(True)
        _mark_choice(self.way_group)
        self.way_group.buttonToggled.connect(lambda *_: _mark_choice(self.way_group))
        return ways

    def _build_tries(self) -> QWidget:
        tries = QWidget()
        tries_layout = QVBoxLayout(tries)
        tries_layout.setContentsMargins(0, 0, 0, 0)
        tries_layout.addWidget(_label(self.tr("How many minutes could you do on three different days "
                                              "lately?")))
        self.tries: list[Stepper] = []
        for n, name in enumerate((self.tr("First day"), self.tr("Second day"), self.tr("Third day")), 1):
            row = QHBoxLayout()
            row.addWidget(_label(name), 1)
            stepper = Stepper(minimum=0, maximum=MAX_MINUTES, step=MINUTES_STEP, suffix=self.tr("minutes"),
                              accessible_name=fill(self.tr("Minutes on day %1"), n))
            row.addWidget(stepper, 2)
            tries_layout.addLayout(row)
            self.tries.append(stepper)
        return tries

    def _build_good_bad(self) -> QWidget:
        good_bad = QWidget()
        good_bad_layout = QVBoxLayout(good_bad)
        good_bad_layout.setContentsMargins(0, 0, 0, 0)
        good_bad_layout.addWidget(_label(self.tr("How many minutes can you manage on a good day, and on a "
                                                 "bad day?")))
        self.good_day = Stepper(minimum=0, maximum=MAX_MINUTES, step=MINUTES_STEP, suffix=self.tr("minutes"),
                                accessible_name=self.tr("Minutes on a good day"))
        self.bad_day = Stepper(minimum=0, maximum=MAX_MINUTES, step=MINUTES_STEP, suffix=self.tr("minutes"),
                               accessible_name=self.tr("Minutes on a bad day"))
        for name, stepper in ((self.tr("Good day"), self.good_day), (self.tr("Bad day"), self.bad_day)):
            row = QHBoxLayout()
            row.addWidget(_label(name), 1)
            row.addWidget(stepper, 2)
            good_bad_layout.addLayout(row)
        good_bad_layout.addStretch(1)
        return good_bad

    def _add_result(self, layout: QVBoxLayout) -> None:
        """The starting amount, how it was worked out and the weekly plan: hidden until worked out."""
        self.result = _label(size=1.3, bold=True)
        self.result.setAccessibleName(self.tr("Your starting amount"))
        self.how = _label()
        self.plan_text = _label()
        self.plan_text.setAccessibleName(self.tr("Your weekly plan"))
        self.print_button = _button(self.tr("Print my plan"))
        self.print_status = _label()
        for widget in (self.result, self.how, self.plan_text, self.print_button, self.print_status):
            widget.hide()
            layout.addWidget(widget)

    # -- what the window asks of a Pacing tab ----------------------------------------------------------

    def ensure_read(self) -> None:
        """Nothing to read ahead: today's list is read when the page is shown (see showEvent)."""

    def reload(self) -> None:
        if self.isVisible():
            self._show_today()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._show_today()  # an exercise session logged on the Exercises tab shows here too

    # -- logging --------------------------------------------------------------------------------------

    def activity(self) -> str:
        button = self.activity_group.checkedButton()
        return next((name for name, b in self.activity_buttons.items() if b is button), ACTIVITIES[0])

    def _today(self) -> date:
        return self._now().astimezone().date()

    def log_activity(self) -> ActivityEntry | None:
        if self.minutes.value() <= 0:
            self.minutes_message.show_message(self.tr("Tap + to say how many minutes."))
            return None
        entry = ActivityEntry(activity=self.tr(self.activity()), amount=float(self.minutes.value()),
                              occurred_at=self._now().astimezone(timezone.utc), unit="min",
                              pain_before=self.pain_before.value(), pain_after=self.pain_after.value())
        try:
            stored = self._store.add_entry(entry)
        except StoreError as exc:
            self.log_status.setText(fill(self.tr("Not logged. %1"), exc.user_message))
            return None
        self.log_status.setText(fill(self.tr("Logged: %1"), self._describe(stored)))
        # The first remembered day is today, unless the person already gave one.
        if self.tries[0].value() == 0:
            self.tries[0].set_value(int(stored.amount))
        self.minutes.set_value(0)
        self.pain_before.clear()
        self.pain_after.clear()
        self._show_today()
        self.entry_logged.emit(stored.id)
        return stored

    def _describe(self, entry: ActivityEntry) -> str:
        text = fill(self.tr("%1, %2 minutes"), entry.activity, f"{entry.amount:.0f}")
        if entry.pain_before is not None:
            text += fill(self.tr(", pain %1 before"), entry.pain_before)
        if entry.pain_after is not None:
            text += fill(self.tr(", %1 after"), entry.pain_after)
        return text + "."

    def _show_today(self) -> None:
        try:
            entries = self._store.list_entries()
        except StoreError:
            entries = []
        today = self._today()
        lines = [self._describe(e) for e in entries if e.occurred_at.astimezone().date() == today]
        self.today_list.setText(self.tr("Today so far:") + "\n" + "\n".join(lines) if lines else "")
        self.today_list.setVisible(bool(lines))

    # -- the starting amount and the plan ----------------------------------------------------------------

    def work_out(self) -> pacing.BaselineResult | None:
        today = self._today()
        try:
            if self.tries_button.isChecked():
                days = [today - timedelta(days=3 - n) for n in range(3)]  # three different days, any three
                tries = [(day, stepper.value()) for day, stepper in zip(days, self.tries, strict=True)]
                result = pacing.baseline_from_tries(tries)
                how = self.tr("That is 80% of the average of %1, %2 and %3 minutes, so you start a little "
                              "below what you have managed.")
                for n, stepper in enumerate(self.tries, 1):
                    how = how.replace(f"%{n}", str(stepper.value()))
            else:
                result = pacing.baseline_from_good_bad(self.good_day.value(), self.bad_day.value())
                how = fill(self.tr("That is halfway between a good day (%1 minutes) and a bad day "
                                   "(%2 minutes)."), self.good_day.value(), self.bad_day.value())
        except ValueError:
            self.start_message.show_message(self.tr("Tap + to give a number of minutes for each day."))
            return None
        self._result = result
        self._plan = pacing.weekly_plan(result.amount, today, today, weeks_ahead=3)
        doing = self.tr(self.activity()).lower()
        self.result.setText(fill(self.tr("Start with %1 minutes of %2 a day."), result.amount, doing))
        self.how.setText(how)
        self.plan_text.setText("\n".join(self.plan_lines()))
        for widget in (self.result, self.how, self.plan_text, self.print_button):
            widget.show()
        self.print_status.hide()
        self.plan_worked_out.emit(result.amount)
        return result

    def plan_lines(self) -> list[str]:
        lines = [fill(self.tr("Week %1, from %2: %3 minutes a day"), week.index + 1,
                      f"{week.start:%A} {week.start.day} {week.start:%B}", week.amount)
                 for week in self._plan]
        lines += ["", self.tr("Move up a week only if the week before did not cause a flare-up.")]
        return lines

    def plan_document(self) -> QTextDocument:
        """The plan as printed (or shown for a photo): the amount, how it was found, the weeks, the steps."""
        document = QTextDocument(self)
        font = QFont(self.font())
        font.setPointSizeF(12)
        document.setDefaultFont(font)
        cursor = QTextCursor(document)
        heading = cursor.charFormat()
        heading.setFontPointSize(18)
        heading.setFontWeight(QFont.Weight.Bold)
        plain = cursor.charFormat()
        cursor.insertText(fill(self.tr("My pacing plan: %1"), self.tr(self.activity())), heading)
        for text in (self.result.text(), self.how.text(), *self.plan_lines(), "",
                     self.tr("Split tasks into smaller pieces, with a rest between them."),
                     self.tr("Keep to about the same amount each day, by your plan rather than by how the "
                             "pain feels that day."),
                     self.tr("Some extra soreness for 20 to 30 minutes after activity is normal. It is not "
                             "a flare-up.")):
            cursor.insertBlock()
            cursor.insertText(text, plain)
        return document

    def print_plan(self) -> None:
        from backpain_desktop.ui import printing

        def paint(printer) -> None:
            document = self.plan_document()
            document.print_(printer)
            document.deleteLater()

        done = printing.print_pages(self, paint, title=self.tr("My pacing plan"))
        self.print_status.setText(self.tr("Sent to the printer.") if done is printing.Printed.SENT else "")
        self.print_status.setVisible(done is printing.Printed.SENT)
