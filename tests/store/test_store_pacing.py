"""The store's pacing queries, backup/restore and "delete all my data"."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest

from backpain_desktop.store import (
    SCHEMA_VERSION,
    ActivityEntry,
    DatabaseCorrupt,
    DatabaseTooNew,
    ExerciseSession,
    Store,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def test_day_series_sums_per_day_and_averages_pain(store):
    store.add_entry(ActivityEntry("Walking", 10, T0, pain_after=2))
    store.add_entry(ActivityEntry("Walking", 15, T0 + timedelta(hours=5), pain_before=3, pain_after=4))
    store.add_entry(ActivityEntry("Walking", 20, T0 + timedelta(days=1)))
    store.add_entry(ActivityEntry("Sitting", 99, T0))
    amounts, pains = store.day_series("Walking")
    assert amounts == {date(2026, 3, 2): 25, date(2026, 3, 3): 20}
    assert pains == {date(2026, 3, 2): 3}


def test_day_series_uses_the_local_calendar_day(store):
    store.add_entry(ActivityEntry("Walking", 10, datetime(2026, 3, 2, 23, 30, tzinfo=timezone.utc)))
    assert list(store.day_series("Walking", utc_offset_minutes=60)[0]) == [date(2026, 3, 3)]


def test_completed_sessions_per_week(store):
    for i, outcome in enumerate(["completed", "completed", "stopped", "completed"]):
        store.add_exercise_session(ExerciseSession("knee-rolls", "Knee rolls", T0 + timedelta(days=3 * i), 60,
                                                   10, 10, 1, 1, outcome))
    assert store.completed_sessions_per_week(T0 - timedelta(days=1)) == {
        date(2026, 3, 2): 2, date(2026, 3, 9): 1}


def test_backup_then_restore_brings_back_the_log_and_keeps_current_data_aside(store, tmp_path):
    store.add_entry(ActivityEntry("Walking", 10, T0, note="kept"))
    backup = tmp_path / "backup.sqlite3"
    store.backup_to(backup)
    store.add_entry(ActivityEntry("Gardening", 30, T0, note="after the backup"))
    kept = store.restore_from(backup, now=datetime(2026, 3, 3, 12, 0))
    assert [e.note for e in store.list_entries()] == ["kept"]
    assert kept is not None and kept.name.endswith(".before-restore-20260303-120000.sqlite3")
    with Store.open(kept) as aside:
        assert sorted(e.note for e in aside.list_entries()) == ["after the backup", "kept"]
    store.add_entry(ActivityEntry("Walking", 5, T0))  # still a working, writable log
    assert store.count_entries() == 2


@pytest.mark.parametrize("content", [b"", b"hello, not a database", b"SQLite format 3\x00" + b"\x00" * 200])
def test_restore_refuses_a_file_that_is_not_a_log_and_changes_nothing(store, tmp_path, content):
    store.add_entry(ActivityEntry("Walking", 10, T0, note="mine"))
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(DatabaseCorrupt):
        store.restore_from(bad)
    assert [e.note for e in store.list_entries()] == ["mine"]
    assert not list(store.path.parent.glob("*before-restore*"))


def test_restore_refuses_another_apps_database_and_a_newer_one(store, tmp_path):
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("PRAGMA user_version = 1")
    with pytest.raises(DatabaseCorrupt):
        store.restore_from(other)
    newer = tmp_path / "newer.sqlite3"
    store.backup_to(newer)
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(DatabaseTooNew):
        store.restore_from(newer)


def test_delete_all_data_leaves_no_record_and_no_old_text_in_the_file(store):
    secret = "my-very-private-note-" * 20
    for i in range(50):
        store.add_entry(ActivityEntry("Walking", 10, T0 + timedelta(hours=i), note=secret))
    store.delete_all_data()
    assert store.count_entries() == 0
    raw = store.path.read_bytes()
    wal = store.path.with_name(store.path.name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert b"my-very-private-note" not in raw
