"""The one place that shows errors to a person, and the crash handler.

Three tiers: field problems are shown inline by the form that owns the field; environment failures
(disk full, read-only, damaged file) go through :func:`show_error`; anything else is a bug, caught by
the excepthook installed here, which logs it, writes a crash file and shows a short, kind dialog.

Dialogs go through a replaceable presenter so tests never block on a modal box.

Qt is imported only when a box is shown: this module loads before the main window, and the ``Qt``
namespace and ``QMessageBox`` alone cost start-up ~30 ms (tests/benchmarks/bench_startup.py).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from backpain_desktop.translate import _tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

Presenter = Callable[[Optional["QWidget"], str, str, str], None]
BUTTON_MIN_HEIGHT = 48  # a finger-sized target, kiosk touch screens included


def _finger_sized(box: QMessageBox) -> None:
    for button in box.buttons():
        button.setMinimumHeight(BUTTON_MIN_HEIGHT)
        button.setMinimumWidth(max(button.sizeHint().width(), BUTTON_MIN_HEIGHT * 2))
        if not button.accessibleName():
            button.setAccessibleName(button.text().replace("&", ""))


def _message_box(parent: QWidget | None, title: str, message: str, details: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote file names a person chose
    if details:
        box.setDetailedText(details)
    _finger_sized(box)
    box.exec()


_presenter: Presenter = _message_box


def set_presenter(presenter: Presenter | None) -> Presenter:
    """Replace how errors are shown (tests record them instead). Returns the previous presenter."""
    global _presenter
    previous = _presenter
    _presenter = presenter or _message_box
    return previous


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    log.warning("%s: %s %s", title, message, details)
    _presenter(parent, title, message, details)


Asker = Callable[[Optional["QWidget"], str, str, str, str], bool]


def _question_box(parent: QWidget | None, title: str, message: str, yes: str, no: str) -> bool:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.NoRole)
    yes_button.setAccessibleName(yes)
    no_button.setAccessibleName(no)
    box.setDefaultButton(yes_button)
    box.setEscapeButton(no_button)
    _finger_sized(box)
    box.exec()
    return box.clickedButton() is yes_button


_asker: Asker = _question_box


def set_asker(asker: Asker | None) -> Asker:
    """Replace how yes/no questions are asked (tests answer them). Returns the previous asker."""
    global _asker
    previous = _asker
    _asker = asker or _question_box
    return previous


def ask(parent: QWidget | None, title: str, message: str, yes: str, no: str) -> bool:
    """A yes/no question about the environment (e.g. restore a backup?). Escape means no."""
    answer = _asker(parent, title, message, yes, no)
    log.info("%s: %s -> %s", title, message, yes if answer else no)
    return answer




def install_excepthook(log_dir: Path | None) -> None:
    """Route uncaught exceptions to the log, a crash file, and a short dialog.

    ``log_dir`` None (kiosk mode): no crash file, since a traceback may quote what a patient typed.
    """

    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.critical("Unexpected error\n%s", text)
        crash_file = None
        if log_dir is not None:
            try:
                log_dir.mkdir(parents=True, exist_ok=True)
                crash_file = log_dir / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
                crash_file.write_text(text, encoding="utf-8")
            except OSError:
                log.exception("could not write the crash file")
        where = f"\n\nA report was saved in {crash_file}." if crash_file else ""
        try:
            show_error(None, _tr("errors", "Sorry, something went wrong"),
                       _tr("errors", "Something unexpected went wrong. What you saved before is safe. "
                          "If this keeps happening, please tell us.") + where, text)
        except Exception:  # the dialog itself failed: the log already has the details
            log.exception("could not show the crash dialog")

    sys.excepthook = hook

