"""Every modal box and picker the app opens, in one object, and the one way to replace it.

Code asks through ``current()``: ``dialogs.current().save_file(...)``. A test (or ``--smoke-test``, where
nobody is there to answer) puts an object with the same methods in its place with ``use(...)``, which
hands back the one it replaced, so nothing ever blocks on a modal window it did not expect.

Every box shows its text as plain text (it may quote a file name a person chose) and has finger-sized
buttons, kiosk touch screens included. Qt's widgets load when a box is first shown, not on import.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from backpain_desktop.translate import _tr

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QMessageBox, QWidget

    from backpain_desktop.domain.pacing import BaselineResult
    from backpain_desktop.store import FlareUpPlan

BUTTON_MIN_HEIGHT = 48  # a finger-sized target


def _finger_sized(box: QMessageBox) -> None:
    for button in box.buttons():
        button.setMinimumHeight(BUTTON_MIN_HEIGHT)
        button.setMinimumWidth(max(button.sizeHint().width(), BUTTON_MIN_HEIGHT * 2))
        if not button.accessibleName():
            button.setAccessibleName(button.text().replace("&", ""))


def _box(parent: QWidget | None, icon_name: str, title: str, text: str) -> QMessageBox:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(getattr(QMessageBox.Icon, icon_name), title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


class Dialogs:
    """The real boxes, pickers and pacing forms."""

    def show_error(self, parent: QWidget | None, title: str, message: str, details: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox

        box = _box(parent, "Warning", title, message)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        if details:
            box.setDetailedText(details)
        _finger_sized(box)
        box.exec()

    def ask(self, parent: QWidget | None, title: str, message: str, yes: str, no: str) -> bool:
        """A yes/no question; Escape means no."""
        from PySide6.QtWidgets import QMessageBox

        box = _box(parent, "Question", title, message)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(yes_button)
        box.setEscapeButton(no_button)
        _finger_sized(box)
        box.exec()
        return box.clickedButton() is yes_button

    def confirm(self, parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
        """A step that removes data: "Keep my data" is the default and Escape."""
        from PySide6.QtWidgets import QMessageBox

        box = _box(parent, "Warning", title, text)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(_tr("pacing", "Keep my data"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        _finger_sized(box)
        box.exec()
        return box.clickedButton() is yes

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
        """Where to save a file, starting from the home folder with ``suggested`` as its name."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), filters)
        return Path(name) if name else None

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
        return Path(name) if name else None

    def printer(self, parent: QWidget | None, title: str = "") -> QPrinter | None:
        """The printer the person picks; None if they cancel."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if title:
            dialog.setWindowTitle(title)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def baseline(self, parent: QWidget, activity: str, unit: str, tries: list[tuple[date, float]],
                 today: date) -> BaselineResult | None:
        from PySide6.QtWidgets import QDialog

        from backpain_desktop.ui.pacing_dialogs import BaselineDialog

        dialog = BaselineDialog(activity, unit, tries, today, parent)
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def flareup_plan(self, parent: QWidget, plan: FlareUpPlan) -> FlareUpPlan | None:
        from PySide6.QtWidgets import QDialog

        from backpain_desktop.ui.pacing_dialogs import FlareUpPlanDialog

        dialog = FlareUpPlanDialog(plan, parent)
        return dialog.plan() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def split_task(self, parent: QWidget, activity: str, block: int) -> None:
        from backpain_desktop.ui.pacing_dialogs import SplitTaskDialog

        SplitTaskDialog(activity, block, parent).exec()


_current: Dialogs = Dialogs()


def current() -> Dialogs:
    return _current


def use(dialogs: Dialogs) -> Dialogs:
    """Put ``dialogs`` in place of the current ones; returns those it replaced."""
    global _current
    previous, _current = _current, dialogs
    return previous
