"""The pacing tables: flare-ups, the flare-up plan and each activity's starting amount (baseline)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from backpain_desktop.domain.records import Baseline, FlareUp, FlareUpPlan
from backpain_desktop.store.connection import StoreBase, from_db_time, to_db_time, utc_now


class PacingTables(StoreBase):
    # -- flare-ups -----------------------------------------------------------------------------------

    def start_flareup(self, at: datetime, note: str = "") -> FlareUp:
        with self._transaction() as conn:
            cursor = conn.execute("INSERT INTO flareups (started_at, note) VALUES (?, ?)",
                                  (to_db_time(at), note))
        return FlareUp(started_at=at, note=note, id=cursor.lastrowid)

    def end_flareup(self, flareup_id: int, at: datetime) -> None:
        with self._transaction() as conn:
            cursor = conn.execute("UPDATE flareups SET ended_at = ? WHERE id = ?",
                                  (to_db_time(at), flareup_id))
            if cursor.rowcount != 1:
                raise KeyError(flareup_id)

    def flareups(self) -> list[FlareUp]:
        """All flare-ups, oldest first."""
        return [FlareUp(id=r["id"], started_at=from_db_time(r["started_at"]),
                        ended_at=from_db_time(r["ended_at"]) if r["ended_at"] else None, note=r["note"])
                for r in self._query("SELECT * FROM flareups ORDER BY started_at, id")]

    def current_flareup(self) -> FlareUp | None:
        open_ones = [f for f in self.flareups() if f.ended_at is None]
        return open_ones[-1] if open_ones else None

    def flareup_plan(self) -> FlareUpPlan:
        rows = self._query("SELECT * FROM flareup_plan WHERE id = 1")
        if not rows:
            return FlareUpPlan()
        r = rows[0]
        return FlareUpPlan(r["triggers"], r["warning_signs"], r["what_helps"], from_db_time(r["updated_at"]))

    def set_flareup_plan(self, plan: FlareUpPlan) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO flareup_plan (id, triggers, warning_signs, what_helps, updated_at) "
                "VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET triggers = excluded.triggers, "
                "warning_signs = excluded.warning_signs, what_helps = excluded.what_helps, "
                "updated_at = excluded.updated_at",
                (plan.triggers, plan.warning_signs, plan.what_helps, to_db_time(utc_now())))

    # -- pacing baselines ----------------------------------------------------------------------------

    def baseline(self, activity: str) -> Baseline | None:
        rows = self._query("SELECT * FROM baselines WHERE activity = ?", (activity,))
        return self._baseline_from_row(rows[0]) if rows else None

    def baselines(self) -> list[Baseline]:
        return [self._baseline_from_row(r) for r in self._query("SELECT * FROM baselines ORDER BY activity")]

    def set_baseline(self, b: Baseline) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO baselines "
                "(activity, amount, unit, method, weekly_increase_pct, set_at, details) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (activity) DO UPDATE SET "
                "amount = excluded.amount, unit = excluded.unit, method = excluded.method, "
                "weekly_increase_pct = excluded.weekly_increase_pct, set_at = excluded.set_at, "
                "details = excluded.details",
                (b.activity, float(b.amount), b.unit, b.method, float(b.weekly_increase_pct),
                 to_db_time(b.set_at), json.dumps(b.details, sort_keys=True)))

    @staticmethod
    def _baseline_from_row(r: sqlite3.Row) -> Baseline:
        return Baseline(activity=r["activity"], amount=r["amount"], unit=r["unit"], method=r["method"],
                        weekly_increase_pct=r["weekly_increase_pct"], set_at=from_db_time(r["set_at"]),
                        details=json.loads(r["details"]))

