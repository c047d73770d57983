"""The exercise tables: finished sessions (each also logged as an activity entry, in the same
transaction) and the reps, holds, rests and sets a person changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from backpain_desktop.domain.records import ExerciseSession, Prescription
from backpain_desktop.domain.sessions import exercise_log_entry
from backpain_desktop.store.connection import from_db_time, to_db_time, utc_now
from backpain_desktop.store.entries import EntriesTable


class ExerciseTables(EntriesTable):
    # -- exercise sessions -------------------------------------------------------------------------

    def add_exercise_session(self, session: ExerciseSession, log_minutes: bool = True) -> ExerciseSession:
        """Store a session and, in the same transaction, its entry in the activity log."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO exercise_sessions (exercise_id, exercise_name, started_at, duration_s, "
                "reps_planned, reps_done, sets_planned, sets_done, outcome, pain_before, pain_after) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session.exercise_id, session.exercise_name, to_db_time(session.started_at),
                 float(session.duration_s), session.reps_planned, session.reps_done, session.sets_planned,
                 session.sets_done, session.outcome, session.pain_before, session.pain_after))
            stored = replace(session, id=cursor.lastrowid)
            if log_minutes:
                entry = exercise_log_entry(stored)
                conn.execute(
                    f"INSERT INTO activity_entries ({self._ENTRY_COLUMNS}, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*self._entry_params(entry), to_db_time(utc_now())))
        return stored

    def set_exercise_pain_after(self, session_id: int, pain_after: int | None) -> None:
        """Add the "how is your pain now?" answer given after a session was stored, to the session and
        to its entry in the activity log."""
        with self._transaction() as conn:
            conn.execute("UPDATE exercise_sessions SET pain_after = ? WHERE id = ?", (pain_after, session_id))
            conn.execute("UPDATE activity_entries SET pain_after = ? WHERE exercise_session_id = ?",
                         (pain_after, session_id))

    def list_exercise_sessions(self, since: datetime | None = None) -> list[ExerciseSession]:
        sql, params = "SELECT * FROM exercise_sessions", tuple[str, ...]()
        if since is not None:
            sql, params = sql + " WHERE started_at >= ?", (to_db_time(since),)
        rows = self._query(sql + " ORDER BY started_at DESC, id DESC", params)
        return [ExerciseSession(id=r["id"], exercise_id=r["exercise_id"], exercise_name=r["exercise_name"],
                                started_at=from_db_time(r["started_at"]), duration_s=r["duration_s"],
                                reps_planned=r["reps_planned"], reps_done=r["reps_done"],
                                sets_planned=r["sets_planned"], sets_done=r["sets_done"],
                                outcome=r["outcome"], pain_before=r["pain_before"],
                                pain_after=r["pain_after"]) for r in rows]

    # -- prescriptions (per-exercise reps/hold/rest/sets the person changed) -------------------------

    def prescription(self, exercise_id: str) -> Prescription | None:
        rows = self._query("SELECT * FROM prescriptions WHERE exercise_id = ?", (exercise_id,))
        if not rows:
            return None
        r = rows[0]
        return Prescription(r["exercise_id"], r["reps"], r["hold_s"], r["rest_s"], r["sets"])

    def set_prescription(self, p: Prescription) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO prescriptions (exercise_id, reps, hold_s, rest_s, sets, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (exercise_id) DO UPDATE SET reps = excluded.reps, "
                "hold_s = excluded.hold_s, rest_s = excluded.rest_s, sets = excluded.sets, "
                "updated_at = excluded.updated_at",
                (p.exercise_id, p.reps, p.hold_s, p.rest_s, p.sets, to_db_time(utc_now())))

    def clear_prescription(self, exercise_id: str) -> None:
        with self._transaction() as conn:
            conn.execute("DELETE FROM prescriptions WHERE exercise_id = ?", (exercise_id,))


    def completed_sessions_per_week(self, since: datetime, utc_offset_minutes: int = 0) -> dict[date, int]:
        """Completed exercise sessions per week (keyed by the week's Monday, local time)."""
        shift = f"{int(utc_offset_minutes):+d} minutes"
        rows = self._query(
            "SELECT date(started_at, ?, 'weekday 0', '-6 days') AS monday, count(*) AS n "
            "FROM exercise_sessions WHERE outcome = 'completed' AND started_at >= ? "
            "GROUP BY monday ORDER BY monday", (shift, to_db_time(since)))
        return {date.fromisoformat(r["monday"]): r["n"] for r in rows}

