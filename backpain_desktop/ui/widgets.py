"""Small input pieces every tab shares: the 0-10 tap scale, the − / + stepper, the message shown next to a
field, the wheel guard that keeps a scroll from changing a value, and the one ``tr`` helper (with ``fill``
for its %1 %2 placeholders).

They are built for a person in pain on a laptop or a finger on a kiosk: large targets, no typing needed,
and nothing changes unless the person meant it to.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QSizePolicy,
    QWidget,
)

from backpain_desktop.translate import _tr, fill, tr  # noqa: F401 - the UI's names for them

MIN_TARGET_PX = 44
ERROR_LIGHT = "#b00020"  # 7.1:1 on white
ERROR_DARK = "#ff8a80"  # 8.7:1 on #202020


class Context:
    """:func:`tr` for code outside a QObject, with a count: ``Words = Context("Words")``, then
    ``Words.tr("%n day(s)", None, n)``. pyside6-lupdate takes the name before ``.tr`` as the context and
    sees the count (it cannot see one in ``translate``), so the variable must be named as its context."""

    def __init__(self, name: str):
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return tr(self.name, text, disambiguation, n)


# -- the wheel guard -------------------------------------------------------------------------------------

_GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)  # date/time edits are spin boxes


class _WheelGuard(QObject):
    """Sends a wheel turn over an unfocused value control to the page around it instead."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            viewport = area.viewport()
            wheel: QWheelEvent = event  # type: ignore[assignment]
            forwarded = QWheelEvent(viewport.mapFromGlobal(wheel.globalPosition()), wheel.globalPosition(),
                                    wheel.pixelDelta(), wheel.angleDelta(), wheel.buttons(),
                                    wheel.modifiers(), wheel.phase(), wheel.inverted())
            QCoreApplication.sendEvent(viewport, forwarded)
        return True  # the control itself never sees it


_guard: _WheelGuard | None = None


def guard_wheel(root: QWidget) -> None:
    """Make every spin box, combo box, slider and date/time edit under ``root`` (and ``root`` itself) ignore
    the wheel unless it has keyboard focus; the wheel scrolls the page around it instead.

    Call it once a panel is built; controls added to the panel later need another call.
    """
    global _guard
    if _guard is None:
        _guard = _WheelGuard(QCoreApplication.instance())
    controls = [w for w in root.findChildren(QWidget)
                if isinstance(w, _GUARDED) and not isinstance(w, QScrollBar)]  # a scroll bar is the page
    if isinstance(root, _GUARDED) and not isinstance(root, QScrollBar):
        controls.append(root)
    for control in controls:
        if control.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel turn must not give it focus either
        control.installEventFilter(_guard)


# -- the message next to a field -------------------------------------------------------------------------

class FieldMessage(QLabel):
    """A plain-text message shown right under the field it is about; hidden when there is none."""

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setVisible(False)
        self._field = field

    def show_message(self, message: str) -> None:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.setStyleSheet(f"color: {ERROR_DARK if dark else ERROR_LIGHT};")
        self.setText(message)
        self.setVisible(bool(message))
        if self._field is not None:
            self._field.setAccessibleDescription(message)

    def clear_message(self) -> None:
        self.show_message("")


# -- the 0-10 tap scale ----------------------------------------------------------------------------------

class TapScale(QWidget):
    """Pain 0-10 as eleven buttons in a row, the ends labelled, and "Not given" as its own clear state.

    A tap chooses a number; a second tap on the chosen number clears it again.
    """

    value_changed = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "",
                 low_text: str = "", high_text: str = ""):
        super().__init__(parent)
        self._name = accessible_name or _tr("TapScale", "Pain")
        self._value: int | None = None
        self.setAccessibleName(self._name)
        # The chosen number must stand out at a glance, not only as a slightly pressed button.
        self.setStyleSheet("QPushButton:checked { background: palette(highlight);"
                           " color: palette(highlighted-text); font-weight: bold;"
                           " border: 3px solid palette(text); border-radius: 4px; }")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        self.buttons: list[QPushButton] = []
        for number in range(11):
            button = QPushButton(str(number), self)
            button.setCheckable(True)
            button.setMinimumSize(MIN_TARGET_PX, MIN_TARGET_PX)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(fill(_tr("TapScale", "%1, %2 out of 10"), self._name, number))
            button.clicked.connect(lambda _checked=False, n=number: self._tapped(n))
            grid.addWidget(button, 0, number)
            self.buttons.append(button)
        low = QLabel(low_text or _tr("TapScale", "0 no pain"), self)
        high = QLabel(high_text or _tr("TapScale", "10 worst pain you can imagine"), self)
        high.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label in (low, high):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(low, 1, 0, 1, 4)
        grid.addWidget(self.state, 1, 4, 1, 3)
        grid.addWidget(high, 1, 7, 1, 4)
        self._show()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and not 0 <= value <= 10:
            raise ValueError(f"pain score out of range: {value}")
        if value == self._value:
            self._show()
            return
        self._value = value
        self._show()
        self.value_changed.emit(value)

    def clear(self) -> None:
        self.set_value(None)

    def _tapped(self, number: int) -> None:
        self.set_value(None if self._value == number else number)

    def _show(self) -> None:
        for number, button in enumerate(self.buttons):
            button.setChecked(number == self._value)
        if self._value is None:
            self.state.setText(_tr("TapScale", "Not given"))
        else:
            self.state.setText(fill(_tr("TapScale", "You chose %1"), self._value))
        self.setAccessibleDescription(self.state.text())


# -- the − / + stepper -----------------------------------------------------------------------------------

class Stepper(QWidget):
    """A whole number with large − and + buttons either side; typing works too when the field has focus,
    unless it is turned off (a kiosk is tap only). It holds no spin box, so no wheel can change it."""

    value_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, minimum: int = 0, maximum: int = 100, step: int = 1,
                 value: int = 0, suffix: str = "", accessible_name: str = ""):
        super().__init__(parent)
        self._min, self._max, self._step = minimum, maximum, max(1, step)
        self._value = min(max(value, minimum), maximum)
        name = accessible_name or _tr("Stepper", "Number")
        self.setAccessibleName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.minus = QPushButton("−", self)
        self.plus = QPushButton("+", self)
        self.minus.setAccessibleName(fill(_tr("Stepper", "Less: %1"), name))
        self.plus.setAccessibleName(fill(_tr("Stepper", "More: %1"), name))
        for button in (self.minus, self.plus):
            button.setMinimumSize(MIN_TARGET_PX, MIN_TARGET_PX)
            button.setAutoRepeat(True)
            font = button.font()
            font.setBold(True)
            button.setFont(font)
        self.field = QLineEdit(self)
        self.field.setAccessibleName(name)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setMinimumHeight(MIN_TARGET_PX)
        self.field.setMaxLength(max(len(str(maximum)), len(str(minimum))))
        self.field.setValidator(QIntValidator(minimum, maximum, self.field))
        digits = self.field.fontMetrics().horizontalAdvance("0" * self.field.maxLength())
        self.field.setMinimumWidth(digits + 24)
        self.field.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.unit = QLabel(suffix, self)
        self.unit.setTextFormat(Qt.TextFormat.PlainText)
        self.unit.setVisible(bool(suffix))
        row.addWidget(self.minus)
        row.addWidget(self.field)
        row.addWidget(self.plus)
        row.addWidget(self.unit)
        row.addStretch(1)
        self.minus.clicked.connect(lambda: self.set_value(self._value - self._step))
        self.plus.clicked.connect(lambda: self.set_value(self._value + self._step))
        self.field.editingFinished.connect(self._typed)
        self._show()

    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        value = min(max(int(value), self._min), self._max)
        changed = value != self._value
        self._value = value
        self._show()
        if changed:
            self.value_changed.emit(value)

    def set_range(self, minimum: int, maximum: int) -> None:
        self._min, self._max = minimum, maximum
        self.field.setValidator(QIntValidator(minimum, maximum, self.field))
        self.field.setMaxLength(max(len(str(maximum)), len(str(minimum))))
        self.set_value(self._value)

    def set_suffix(self, suffix: str) -> None:
        self.unit.setText(suffix)
        self.unit.setVisible(bool(suffix))

    def set_typing(self, allowed: bool) -> None:
        """Off on a kiosk: the value is shown large and changed only with − and +."""
        self.field.setReadOnly(not allowed)

    def _typed(self) -> None:
        text = self.field.text().strip()
        if text.lstrip("-").isdigit():
            self.set_value(int(text))
        else:
            self._show()  # an empty or half-typed field goes back to the value it had

    def _show(self) -> None:
        self.field.setText(str(self._value))
        self.minus.setEnabled(self._value > self._min)
        self.plus.setEnabled(self._value < self._max)
