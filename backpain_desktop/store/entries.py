"""The activity log table: entries added, changed, deleted and read, and the per-day sums the plan and
chart are drawn from."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from backpain_desktop.domain.records import ActivityEntry, DailyTotal
from backpain_desktop.store.connection import StoreBase, from_db_time, to_db_time, utc_now


class EntriesTable(StoreBase):
    # -- activity log --------------------------------------------------------------------------------

    _ENTRY_COLUMNS = ("activity, amount, unit, pain_before, pain_after, occurred_at, note, source, "
                      "exercise_session_id")

    @staticmethod
    def _entry_params(entry: ActivityEntry) -> tuple[Any, ...]:
        return (entry.activity, float(entry.amount), entry.unit, entry.pain_before, entry.pain_after,
                to_db_time(entry.occurred_at), entry.note, entry.source, entry.exercise_session_id)

    @staticmethod
    def _entry_from_row(row: sqlite3.Row) -> ActivityEntry:
        return ActivityEntry(id=row["id"], activity=row["activity"], amount=row["amount"], unit=row["unit"],
                             pain_before=row["pain_before"], pain_after=row["pain_after"],
                             occurred_at=from_db_time(row["occurred_at"]), note=row["note"],
                             source=row["source"], exercise_session_id=row["exercise_session_id"])

    def add_entry(self, entry: ActivityEntry) -> ActivityEntry:
        """Store a new entry (``entry.id`` ignored) and return it with its id."""
        with self._transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO activity_entries ({self._ENTRY_COLUMNS}, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*self._entry_params(entry), to_db_time(utc_now())))
            return replace(entry, id=cursor.lastrowid)

    def restore_entry(self, entry: ActivityEntry) -> ActivityEntry:
        """Put back a deleted entry under its old id (undo of :meth:`delete_entry`)."""
        if entry.id is None:
            raise ValueError("restore_entry needs the entry's old id")
        with self._transaction() as conn:
            conn.execute(
                f"INSERT INTO activity_entries (id, {self._ENTRY_COLUMNS}, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry.id, *self._entry_params(entry), to_db_time(utc_now())))
        return entry

    def update_entry(self, entry: ActivityEntry) -> ActivityEntry:
        if entry.id is None:
            raise ValueError("update_entry needs an id")
        with self._transaction() as conn:
            cursor = conn.execute(
                "UPDATE activity_entries SET activity = ?, amount = ?, unit = ?, pain_before = ?, "
                "pain_after = ?, occurred_at = ?, note = ?, source = ?, exercise_session_id = ? "
                "WHERE id = ?", (*self._entry_params(entry), entry.id))
            if cursor.rowcount != 1:
                raise KeyError(entry.id)
        return entry

    def delete_entry(self, entry_id: int) -> ActivityEntry:
        """Delete and return the entry, so the caller can offer undo."""
        with self._transaction() as conn:
            cursor = conn.execute("SELECT * FROM activity_entries WHERE id = ?", (entry_id,))
            cursor.row_factory = sqlite3.Row
            row = cursor.fetchone()
            if row is None:
                raise KeyError(entry_id)
            conn.execute("DELETE FROM activity_entries WHERE id = ?", (entry_id,))
        return self._entry_from_row(row)

    def get_entry(self, entry_id: int) -> ActivityEntry | None:
        rows = self._query("SELECT * FROM activity_entries WHERE id = ?", (entry_id,))
        return self._entry_from_row(rows[0]) if rows else None

    def list_entries(self, activity: str | None = None, since: datetime | None = None,
                     until: datetime | None = None, limit: int | None = None,
                     before: tuple[datetime, int] | None = None) -> list[ActivityEntry]:
        """Entries, newest first. ``since`` inclusive, ``until`` exclusive. ``before``: only entries
        after (occurred_at, id) in that order - the next page after an entry already read."""
        where, params = self._entry_filter(activity, since, until)
        if before is not None:
            when = to_db_time(before[0])
            where += (" AND " if where else "WHERE ") + "(occurred_at < ? OR (occurred_at = ? AND id < ?))"
            params = [*params, when, when, before[1]]
        sql = f"SELECT * FROM activity_entries {where} ORDER BY occurred_at DESC, id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [self._entry_from_row(r) for r in self._query(sql, tuple(params))]

    def count_entries(self) -> int:
        return int(self._query("SELECT count(*) AS n FROM activity_entries")[0]["n"])

    def activities(self) -> list[str]:
        """Every activity name used so far, most used first."""
        rows = self._query("SELECT activity, count(*) AS n FROM activity_entries GROUP BY activity "
                           "ORDER BY n DESC, activity")
        return [r["activity"] for r in rows]

    @staticmethod
    def _entry_filter(activity: str | None, since: datetime | None,
                      until: datetime | None) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if activity is not None:
            clauses.append("activity = ?")
            params.append(activity)
        if since is not None:
            clauses.append("occurred_at >= ?")
            params.append(to_db_time(since))
        if until is not None:
            clauses.append("occurred_at < ?")
            params.append(to_db_time(until))
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def daily_totals(self, activity: str | None = None, since: datetime | None = None,
                     until: datetime | None = None, utc_offset_minutes: int = 0) -> list[DailyTotal]:
        """Per local day and activity: summed amount, entry count, mean and max pain; oldest first.

        ``utc_offset_minutes`` shifts UTC times to the person's calendar day (pass the local offset).
        """
        where, params = self._entry_filter(activity, since, until)
        shift = f"{int(utc_offset_minutes):+d} minutes"
        rows = self._query(
            "SELECT date(occurred_at, ?) AS day, activity, sum(amount) AS total, count(*) AS n, "
            "avg(coalesce(pain_after, pain_before)) AS avg_pain, "
            "max(coalesce(pain_after, pain_before)) AS max_pain "
            f"FROM activity_entries {where} GROUP BY day, activity ORDER BY day, activity",
            (shift, *params))
        return [DailyTotal(day=date.fromisoformat(r["day"]), activity=r["activity"], total=r["total"],
                           entries=r["n"], avg_pain=r["avg_pain"], max_pain=r["max_pain"]) for r in rows]


    def day_series(self, activity: str, utc_offset_minutes: int = 0, since: datetime | None = None,
                   until: datetime | None = None) -> tuple[dict[date, float], dict[date, float]]:
        """For one activity: amount per local day, and mean pain per local day where any was logged
        (entries from ``since``, inclusive, to ``until``, exclusive, when given).

        Grouped in SQL over the (activity, occurred_at) index, so five years of entries stay quick. Runs
        after every save: days come back as day numbers, not text, which halves its cost on a long log.
        """
        shift = f"{int(utc_offset_minutes):+d} minutes"
        where, params = self._entry_filter(activity, since, until)
        rows = self._conn_rows(
            "SELECT CAST(julianday(occurred_at, ?, 'start of day') - 1721424.5 AS INTEGER), sum(amount), "
            f"avg(coalesce(pain_after, pain_before)) FROM activity_entries {where} "
            "GROUP BY 1 ORDER BY 1", (shift, *params))
        amounts: dict[date, float] = {}
        pains: dict[date, float] = {}
        for number, total, pain in rows:
            day = date.fromordinal(number)  # julianday 1721425.5 is 0001-01-01, ordinal 1
            amounts[day] = total
            if pain is not None:
                pains[day] = pain
        return amounts, pains

    def add_entries(self, entries: list[ActivityEntry]) -> int:
        """Store many entries in one transaction (demo data, imports); returns how many."""
        with self._transaction() as conn:
            created = to_db_time(utc_now())
            conn.executemany(
                f"INSERT INTO activity_entries ({self._ENTRY_COLUMNS}, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(*self._entry_params(e), created) for e in entries])
        return len(entries)

    def first_entry_time(self, activity: str) -> datetime | None:
        rows = self._query("SELECT min(occurred_at) AS first FROM activity_entries WHERE activity = ?",
                           (activity,))
        return from_db_time(rows[0]["first"]) if rows and rows[0]["first"] else None
