"""The log's schema: each version's CREATE statements, and the schema as this app makes it, to tell a
damaged table from a good one."""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 1

_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE exercise_sessions (
        id INTEGER PRIMARY KEY,
        exercise_id TEXT NOT NULL,
        exercise_name TEXT NOT NULL,
        started_at TEXT NOT NULL,
        duration_s REAL NOT NULL CHECK (duration_s >= 0),
        reps_planned INTEGER NOT NULL,
        reps_done INTEGER NOT NULL,
        sets_planned INTEGER NOT NULL,
        sets_done INTEGER NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'stopped')),
        pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10)
    );
    CREATE TABLE activity_entries (
        id INTEGER PRIMARY KEY,
        activity TEXT NOT NULL CHECK (length(activity) > 0),
        amount REAL NOT NULL CHECK (amount >= 0),
        unit TEXT NOT NULL DEFAULT 'min',
        pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        occurred_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT 'manual',
        exercise_session_id INTEGER REFERENCES exercise_sessions(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX activity_entries_when ON activity_entries (occurred_at);
    CREATE INDEX activity_entries_activity_when ON activity_entries (activity, occurred_at);
    CREATE TABLE page_feedback (
        page_id TEXT PRIMARY KEY,
        useful INTEGER NOT NULL CHECK (useful IN (0, 1)),
        answered_at TEXT NOT NULL
    );
    CREATE TABLE prescriptions (
        exercise_id TEXT PRIMARY KEY,
        reps INTEGER NOT NULL,
        hold_s INTEGER NOT NULL,
        rest_s INTEGER NOT NULL,
        sets INTEGER NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE flareups (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE flareup_plan (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        triggers TEXT NOT NULL DEFAULT '',
        warning_signs TEXT NOT NULL DEFAULT '',
        what_helps TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    );
    CREATE TABLE baselines (
        activity TEXT PRIMARY KEY,
        amount REAL NOT NULL CHECK (amount >= 0),
        unit TEXT NOT NULL,
        method TEXT NOT NULL,
        weekly_increase_pct REAL NOT NULL CHECK (weekly_increase_pct BETWEEN 0 AND 100),
        set_at TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}'
    );
    """,
}
assert max(_MIGRATIONS) == SCHEMA_VERSION


_SCHEMAS: dict[int, dict[str, str]] = {}


def _schema_of(conn: sqlite3.Connection) -> dict[str, str]:
    """"table name" -> its CREATE text with runs of whitespace made one space (layout is not meaning)."""
    rows = conn.execute("SELECT type || ' ' || name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite%'")
    return {name: " ".join(str(sql).split()) for name, sql in rows}


def _expected_schema(version: int) -> dict[str, str]:
    """Each table and index ("table name" -> its CREATE text) as the migrations up to ``version`` make it,
    worked out once on an in-memory database so it can never drift from _MIGRATIONS."""
    if version not in _SCHEMAS:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            for step in range(1, version + 1):
                conn.executescript(_MIGRATIONS[step])
            _SCHEMAS[version] = _schema_of(conn)
        finally:
            conn.close()
    return _SCHEMAS[version]


