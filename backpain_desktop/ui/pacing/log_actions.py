"""Changing the log from the Pacing tab: an entry into the form to change, delete with undo, and
reading everything again after a restore or delete-all. A mixin of the tab, which owns the store."""

from __future__ import annotations

from backpain_desktop.store import ActivityEntry, StoreError
from backpain_desktop.ui.i18n import number
from backpain_desktop.ui.pacing.common import local_text, visible_controls
from backpain_desktop.ui.widgets import fill


class LogActions:
    """Needs from the tab: ``_store``, ``form``, ``log_panel``, ``model``, ``_deleted``, ``_editing``,
    ``_now()``, ``_changed()``, ``reload()``, ``_refresh_chart()``, ``show_page()``, ``unit_label()``."""

    def edit_entry(self, entry: ActivityEntry) -> None:
        """Load an entry into the Today form; Save then changes it instead of adding one."""
        self._editing = entry
        self.show_page(0)
        self.form.load_entry(entry)

    def cancel_edit(self) -> None:
        self._editing = None
        self.form.end_edit()
        self.form.clear(self._now())
        self.form.say(self.tr("Nothing changed."))

    def delete_entry(self, entry: ActivityEntry) -> None:
        if entry.id is None:
            return
        try:
            deleted = self._store.delete_entry(entry.id)
        except (StoreError, KeyError) as exc:
            self.log_panel.say(
                getattr(exc, "user_message", self.tr("That entry is already gone.")), error=True
            )
            return
        self._deleted.append(deleted)
        self.log_panel.set_can_undo(True)
        self.model.remove_entry(deleted.id)
        self._changed()
        self.log_panel.say(
            fill(self.tr("Deleted %1 %2 of %3 from %4. Undo puts it back."), number(deleted.amount),
                 self.unit_label(deleted.unit), visible_controls(deleted.activity),
                 local_text(deleted.occurred_at))
        )

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        entry = self._deleted[-1]
        try:
            self._store.restore_entry(entry)
        except StoreError as exc:
            self.log_panel.say(exc.user_message, error=True)
            return
        self._deleted.pop()
        self.log_panel.set_can_undo(bool(self._deleted))
        self.model.insert_entry(entry)
        self._changed()
        self.log_panel.say(
            fill(self.tr("Put back: %1 of %2."), local_text(entry.occurred_at),
                 visible_controls(entry.activity))
        )

    def _data_replaced(self) -> None:
        self._deleted.clear()
        self.log_panel.set_can_undo(False)
        self.reload()
        self._refresh_chart()
