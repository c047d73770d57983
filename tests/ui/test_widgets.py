"""The shared input pieces: tap scale, stepper, field message and the wheel guard."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop.ui.widgets import FieldMessage, Stepper, TapScale, guard_wheel


def _wheel(widget: QWidget, notches: int = -1) -> None:
    pos = QPointF(5, 5)
    event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(widget, event)


def test_tap_scale_starts_not_given_and_a_second_tap_clears(qtbot):
    """Ensure a pain score is only ever what the person tapped, and can be taken back."""
    scale = TapScale(accessible_name="Pain now")
    qtbot.addWidget(scale)
    assert scale.value() is None
    assert scale.state.text() == "Not given"
    with qtbot.waitSignal(scale.value_changed) as got:
        qtbot.mouseClick(scale.buttons[4], Qt.MouseButton.LeftButton)
    assert got.args == [4]
    assert scale.value() == 4 and scale.state.text() == "You chose 4"
    assert [b.isChecked() for b in scale.buttons].count(True) == 1
    qtbot.mouseClick(scale.buttons[7], Qt.MouseButton.LeftButton)
    assert scale.value() == 7
    qtbot.mouseClick(scale.buttons[7], Qt.MouseButton.LeftButton)
    assert scale.value() is None and scale.state.text() == "Not given"
    assert not any(b.isChecked() for b in scale.buttons)


def test_tap_scale_labels_its_ends_and_names_every_button(qtbot):
    scale = TapScale(accessible_name="Pain before you start")
    qtbot.addWidget(scale)
    texts = [label.text() for label in scale.findChildren(QLabel)]
    assert "0 no pain" in texts and "10 worst pain you can imagine" in texts
    names = [b.accessibleName() for b in scale.buttons]
    assert names[0] == "Pain before you start, 0 out of 10" and len(set(names)) == 11
    scale.show()
    assert all(b.height() >= 44 and b.width() >= 44 for b in scale.buttons)


def test_stepper_steps_within_its_range_and_disables_the_end_buttons(qtbot):
    """Ensure − and + never go past the limits and say so by being disabled."""
    stepper = Stepper(minimum=0, maximum=3, value=2, suffix="reps", accessible_name="Reps")
    qtbot.addWidget(stepper)
    seen: list[int] = []
    stepper.value_changed.connect(seen.append)
    qtbot.mouseClick(stepper.plus, Qt.MouseButton.LeftButton)
    assert stepper.value() == 3 and stepper.field.text() == "3" and not stepper.plus.isEnabled()
    qtbot.mouseClick(stepper.plus, Qt.MouseButton.LeftButton)
    assert seen == [3]
    for _ in range(4):
        stepper.minus.click()
    assert stepper.value() == 0 and not stepper.minus.isEnabled() and seen == [3, 2, 1, 0]
    assert stepper.unit.text() == "reps"
    assert not stepper.findChildren(QSpinBox)


def test_stepper_takes_typing_and_restores_nonsense(qtbot):
    stepper = Stepper(minimum=1, maximum=60, value=10, accessible_name="Hold")
    qtbot.addWidget(stepper)
    stepper.field.setText("25")
    stepper.field.editingFinished.emit()
    assert stepper.value() == 25
    stepper.field.setText("")
    stepper.field.editingFinished.emit()
    assert stepper.value() == 25 and stepper.field.text() == "25"
    stepper.set_typing(False)
    assert stepper.field.isReadOnly()


def test_field_message_is_plain_text_and_hides_when_cleared(qtbot):
    field = QWidget()
    message = FieldMessage(field)
    qtbot.addWidget(message)
    message.show_message("<b>Type a number</b>")
    assert message.textFormat() == Qt.TextFormat.PlainText
    assert not message.isHidden() and field.accessibleDescription() == "<b>Type a number</b>"
    message.clear_message()
    assert message.isHidden()


def test_wheel_over_unfocused_controls_scrolls_the_page_and_changes_nothing(qtbot):
    """Ensure a wheel or touchpad turn over a number box, list or slider never changes its value."""
    area = QScrollArea()
    page = QWidget()
    column = QVBoxLayout(page)
    for n in range(20):
        column.addWidget(QLabel(f"line {n}"))
    spin, combo, slider, date = QSpinBox(), QComboBox(), QSlider(Qt.Orientation.Horizontal), QDateEdit()
    spin.setValue(5)
    combo.addItems(["Walking", "Sitting", "Standing"])
    slider.setValue(50)
    before_date = date.date()
    for control in (spin, combo, slider, date):
        column.addWidget(control)
    for n in range(20):
        column.addWidget(QLabel(f"more {n}"))
    area.setWidget(page)
    area.resize(300, 300)
    qtbot.addWidget(area)
    area.show()
    guard_wheel(area)
    area.ensureWidgetVisible(spin)
    for control in (spin, combo, slider, date):
        start = area.verticalScrollBar().value()
        _wheel(control, -1)
        assert area.verticalScrollBar().value() > start, type(control).__name__
    assert (spin.value(), combo.currentText(), slider.value(), date.date()) == (5, "Walking", 50, before_date)
