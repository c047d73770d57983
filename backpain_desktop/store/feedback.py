"""The answers to "Was this page useful?"."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from backpain_desktop.domain.records import PageFeedback
from backpain_desktop.store.connection import StoreBase, from_db_time, to_db_time, utc_now


class FeedbackTable(StoreBase):
    # -- page feedback ---------------------------------------------------------------------------------

    def set_feedback(self, page_id: str, useful: bool, at: datetime | None = None) -> None:
        """Record (or change) the answer to "Was this page useful?"."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO page_feedback (page_id, useful, answered_at) VALUES (?, ?, ?) "
                "ON CONFLICT (page_id) DO UPDATE SET useful = excluded.useful, "
                "answered_at = excluded.answered_at",
                (page_id, int(bool(useful)), to_db_time(at or utc_now())))

    def feedback(self, page_id: str) -> PageFeedback | None:
        rows = self._query("SELECT * FROM page_feedback WHERE page_id = ?", (page_id,))
        return self._feedback_from_row(rows[0]) if rows else None

    def all_feedback(self) -> list[PageFeedback]:
        return [self._feedback_from_row(r)
                for r in self._query("SELECT * FROM page_feedback ORDER BY page_id")]

    @staticmethod
    def _feedback_from_row(r: sqlite3.Row) -> PageFeedback:
        return PageFeedback(r["page_id"], bool(r["useful"]), from_db_time(r["answered_at"]))

