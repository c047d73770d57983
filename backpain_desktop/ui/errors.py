"""The one place that shows errors to a person, and the crash handler.

Three tiers: field problems are shown inline by the form that owns the field; environment failures
(disk full, read-only, damaged file) go through :func:`show_error`; anything else is a bug, caught by
the excepthook installed here, which logs it, writes a crash file and shows a short, kind dialog.

The boxes themselves are ui/dialogs.py's, so tests never block on a modal window.

Qt is imported only when a box is shown: this module loads before the main window.
"""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from backpain_desktop.translate import _tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    log.warning("%s: %s %s", title, message, details)
    from backpain_desktop.ui import dialogs

    dialogs.current().show_error(parent, title, message, details)


def ask(parent: QWidget | None, title: str, message: str, yes: str, no: str) -> bool:
    """A yes/no question about the environment (e.g. restore a backup?). Escape means no."""
    from backpain_desktop.ui import dialogs

    answer = dialogs.current().ask(parent, title, message, yes, no)
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

