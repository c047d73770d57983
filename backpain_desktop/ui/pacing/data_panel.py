""" "Your data": the report, the CSV, backup, restore and delete all, with what happened in words.

:class:`DataPanel` is the buttons and the status line; :class:`DataActions` does the file work behind
them, asking through ui/dialogs.py, always writing through a temporary file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QVBoxLayout, QWidget

from backpain_desktop.store import Store, StoreError
from backpain_desktop.ui import dialogs
from backpain_desktop.ui.pacing.common import button, plain_label, say
from backpain_desktop.ui.widgets import fill


class DataPanel(QWidget):
    def __init__(self, kiosk: bool, parent: QWidget | None = None):
        super().__init__(parent)
        # A kiosk shows only "Delete all my data": nothing it holds is in a file to export.
        box = QGroupBox(self.tr("Your data"))
        box.setAccessibleName(self.tr("Your data"))
        self.report_button = button(self.tr("Report for my physiotherapist (PDF)…"))
        self.export_button = button(self.tr("Export log as CSV…"))
        self.backup_button = button(self.tr("Back up my data…"))
        self.restore_button = button(self.tr("Restore from a backup…"))
        self.delete_all_button = button(self.tr("Delete all my data…"))
        grid = QGridLayout(box)
        for i, b in enumerate(
            (
                self.report_button,
                self.export_button,
                self.backup_button,
                self.restore_button,
                self.delete_all_button,
            )
        ):
            grid.addWidget(b, i // 2, i % 2)
            b.setVisible(b is self.delete_all_button or not kiosk)
        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Data status"))
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def say(self, text: str, error: bool = False) -> None:
        say(self.status, text, error)


class DataActions(QObject):
    """``data_replaced`` after a restore or delete-all: everything shown must be read again."""

    data_replaced = Signal()

    def __init__(
        self,
        store: Store,
        panel: DataPanel,
        today: Callable[[], date],
        count_entries: Callable[[], int],
        kiosk: bool,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._store, self._panel = store, panel
        self._today, self._count, self._kiosk = today, count_entries, kiosk
        panel.export_button.clicked.connect(self.export_csv)
        panel.backup_button.clicked.connect(self.backup)
        panel.restore_button.clicked.connect(self.restore)
        panel.delete_all_button.clicked.connect(self.delete_all)

    def _say(self, text: str, error: bool = False) -> None:
        self._panel.say(text, error)

    def is_live_log(self, path: Path) -> bool:
        """Whether ``path`` is the open log itself (or its journal): never overwrite or restore from it."""
        if self._store.path is None:
            return False
        live = self._store.path.resolve()
        return path.resolve() in (
            live,
            live.with_name(live.name + "-wal"),
            live.with_name(live.name + "-shm"),
        )

    def write(self, path: Path, write: Callable[[Path], None], done: str) -> bool:
        """Write through a temporary file beside the target, so a failure never leaves half a file."""
        if self.is_live_log(path):
            self._say(self.tr("That is the file your log is kept in. Choose another name."), error=True)
            return False
        temp = path.with_name(path.name + ".part")
        try:
            write(temp)
            temp.replace(path)
        except (OSError, StoreError) as exc:
            temp.unlink(missing_ok=True)
            message = exc.user_message if isinstance(exc, StoreError) else str(exc)
            self._say(fill(self.tr("Not saved: %1"), message), error=True)
            return False
        self._say(fill(done, path))
        return True

    def export_csv(self) -> None:
        from backpain_desktop.domain.export import to_csv

        path = dialogs.current().save_file(
            self._panel,
            self.tr("Export log"),
            f"pacing-log-{self._today()}.csv",
            self.tr("CSV spreadsheet (*.csv)"),
        )
        if path is None:
            return
        try:
            text = to_csv(self._store.list_entries(), self._store.all_feedback())
        except StoreError as exc:
            self._say(exc.user_message, error=True)
            return
        self.write(
            path, lambda p: p.write_text(text, encoding="utf-8", newline=""), self.tr("Log exported to %1.")
        )

    def backup(self) -> None:
        path = dialogs.current().save_file(
            self._panel,
            self.tr("Back up my data"),
            f"backpain-backup-{self._today()}.sqlite3",
            self.tr("Backup (*.sqlite3)"),
        )
        if path is not None:
            self.write(path, self._store.backup_to, self.tr("Backup saved as %1."))

    def restore(self) -> None:
        path = dialogs.current().open_file(
            self._panel, self.tr("Restore from a backup"), self.tr("Backup (*.sqlite3)")
        )
        if path is None:
            return
        if self.is_live_log(path):
            self._say(self.tr("That is the file your log is kept in now, not a backup."), error=True)
            return
        if not dialogs.current().confirm(
            self._panel,
            self.tr("Restore from a backup?"),
            self.tr(
                "Your log will be replaced by the one in the backup. A copy of "
                "your current log is kept beside it first."
            ),
            self.tr("Restore"),
        ):
            return
        try:
            kept = self._store.restore_from(path)
        except StoreError as exc:
            self._say(
                fill(self.tr("Not restored: %1 Your current log is unchanged."), exc.user_message),
                error=True,
            )
            return
        self.data_replaced.emit()
        self._say(
            fill(self.tr("Restored. Your previous log was kept as %1."), kept)
            if kept
            else self.tr("Restored.")
        )

    def delete_all(self) -> None:
        count = self._count()
        # A kiosk keeps nothing on disk and offers no backup, so it does not suggest making one.
        after = (
            self.tr("It cannot be undone. Finish, at the top, also clears everything when you leave.")
            if self._kiosk
            else self.tr("It cannot be undone. Make a backup first if you may want them back.")
        )
        if not dialogs.current().confirm(
            self._panel,
            self.tr("Delete all your data?"),
            self.tr(
                "This deletes all %n entr(y|ies) in your log, your plans, flare-ups, exercise sessions "
                "and answers.", None, count
            )
            + " "
            + after,
            self.tr("Delete everything"),
        ):
            self._say(self.tr("Nothing was deleted."))
            return
        try:
            self._store.delete_all_data()
        except StoreError as exc:
            self._say(exc.user_message, error=True)
            return
        self.data_replaced.emit()
        self._say(self.tr("All your data has been deleted."))
