"""The log database: creation, reopening, migration, refusal of files it must not touch."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from backpain_desktop.store import (
    SCHEMA_VERSION,
    ActivityEntry,
    DatabaseCorrupt,
    DatabaseTooNew,
    ExerciseSession,
    Store,
    StoreError,
    move_aside,
)

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


def entry(**kw) -> ActivityEntry:
    values = dict(activity="Walking", amount=20, occurred_at=T0, pain_before=3, pain_after=4, note="park")
    values.update(kw)
    return ActivityEntry(**values)


def test_new_database_has_current_schema_and_durable_pragmas(paths):
    """Ensure a new log is created at the current schema, in WAL mode with full sync."""
    with Store.open(paths.database) as s:
        assert s.schema_version == SCHEMA_VERSION
    conn = sqlite3.connect(paths.database)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_entries_survive_reopen_exactly(paths):
    """Ensure what is stored reads back identically after closing and reopening."""
    with Store.open(paths.database) as s:
        stored = s.add_entry(entry(note="line one\nline <b>two</b> ✓"))
    with Store.open(paths.database) as s:
        again = s.list_entries()
    assert again == [stored]
    assert again[0].occurred_at == T0


def test_naive_time_is_a_bug_not_stored(store):
    with pytest.raises(ValueError):
        store.add_entry(entry(occurred_at=datetime(2026, 3, 2, 9, 30)))
    assert store.count_entries() == 0


def test_delete_then_restore_keeps_id(store):
    """Ensure undo of a delete brings back the same entry under the same id."""
    stored = store.add_entry(entry())
    deleted = store.delete_entry(stored.id)
    assert store.count_entries() == 0
    store.restore_entry(deleted)
    assert store.list_entries() == [stored]


def test_migrates_from_an_empty_version_zero_file(paths):
    """Ensure a database at an older version (0: an empty SQLite file) is migrated forward."""
    sqlite3.connect(paths.database).close()
    with Store.open(paths.database) as s:
        assert s.schema_version == SCHEMA_VERSION
        s.add_entry(entry())
        assert s.count_entries() == 1


def test_refuses_newer_schema_and_leaves_file_untouched(paths):
    """Ensure a log from a newer app version is refused with a message and not modified."""
    conn = sqlite3.connect(paths.database)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = paths.database.read_bytes()
    with pytest.raises(DatabaseTooNew) as info:
        Store.open(paths.database)
    assert "newer version" in info.value.user_message
    assert paths.database.read_bytes() == before
    assert not paths.database.with_name(paths.database.name + "-wal").exists()


def test_rejects_a_file_that_is_not_a_database(paths):
    paths.database.write_bytes(b"this is a shopping list, not a database\n" * 50)
    with pytest.raises(DatabaseCorrupt) as info:
        Store.open(paths.database)
    assert isinstance(info.value, StoreError)


def test_rejects_a_truncated_database(paths):
    with Store.open(paths.database) as s:
        for n in range(200):
            s.add_entry(entry(note="x" * 200 + str(n)))
        s._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = paths.database.read_bytes()
    paths.database.write_bytes(data[: len(data) // 3])
    with pytest.raises(DatabaseCorrupt):
        Store.open(paths.database)


def test_move_aside_keeps_the_damaged_file(paths):
    paths.database.write_bytes(b"garbage")
    moved = move_aside(paths.database)
    assert not paths.database.exists()
    assert moved.read_bytes() == b"garbage"
    assert "damaged" in moved.name


def test_exercise_session_also_appears_in_activity_log(store):
    """Ensure a finished exercise set shows up as an Exercises entry in the pacing log."""
    session = store.add_exercise_session(ExerciseSession(
        exercise_id="knee-rolls", exercise_name="Knee rolls", started_at=T0, duration_s=150,
        reps_planned=10, reps_done=10, sets_planned=1, sets_done=1, outcome="completed",
        pain_before=3, pain_after=3))
    entries = store.list_entries()
    assert [(e.activity, e.amount, e.source, e.exercise_session_id) for e in entries] == [
        ("Exercises", 2.5, "exercise", session.id)]
    assert store.list_exercise_sessions() == [session]


def test_daily_totals_are_summed_per_day_in_sql(store):
    for hours, amount, pain in ((0, 10, 2), (2, 15, 4), (24, 30, 6)):
        store.add_entry(entry(amount=amount, occurred_at=T0 + timedelta(hours=hours), pain_after=pain,
                              pain_before=None))
    totals = store.daily_totals("Walking")
    assert [(t.day.isoformat(), t.total, t.entries, t.avg_pain, t.max_pain) for t in totals] == [
        ("2026-03-02", 25.0, 2, 3.0, 4), ("2026-03-03", 30.0, 1, 6.0, 6)]


def test_feedback_can_be_changed(store):
    store.set_feedback("keep-active", True)
    store.set_feedback("keep-active", False)
    assert [(f.page_id, f.useful) for f in store.all_feedback()] == [("keep-active", False)]


def test_check_constraint_is_a_bug_not_an_environment_error(store):
    """Ensure a programming error (pain 11 reaching SQL) is not disguised as a friendly store error."""
    with pytest.raises(sqlite3.IntegrityError):
        store.add_entry(entry(pain_after=11))
    assert store.count_entries() == 0


def test_in_memory_store_writes_nothing(tmp_path):
    with Store.open(None) as s:
        s.add_entry(entry())
        assert s.count_entries() == 1
    assert not any(tmp_path.rglob("*.sqlite3"))


def test_pain_after_an_exercise_is_added_to_session_and_log(store):
    """Ensure the "how is your pain now?" answer reaches both the session and its pacing log entry."""
    session = store.add_exercise_session(ExerciseSession(
        exercise_id="knee-hugs", exercise_name="Knee hugs", started_at=T0, duration_s=90,
        reps_planned=5, reps_done=5, sets_planned=1, sets_done=1, outcome="completed", pain_before=2))
    store.set_exercise_pain_after(session.id, 5)
    assert store.list_exercise_sessions()[0].pain_after == 5
    assert [(e.pain_before, e.pain_after) for e in store.list_entries()] == [(2, 5)]


def test_a_finished_session_is_logged_once_as_exercise_minutes(store):
    """Ensure a stored exercise session appears in the activity log as one "Exercises" entry with its
    minutes and pain scores, linked to the session."""
    from datetime import datetime, timezone

    from backpain_desktop.store import ExerciseSession

    session = store.add_exercise_session(ExerciseSession(
        exercise_id="knee-rolls", exercise_name="Knee rolls",
        started_at=datetime(2026, 3, 2, 9, tzinfo=timezone.utc),
        duration_s=330, reps_planned=10, reps_done=10, sets_planned=1, sets_done=1, outcome="completed",
        pain_before=4, pain_after=3))
    (entry,) = store.list_entries()
    assert (entry.activity, entry.amount, entry.pain_before, entry.pain_after) == ("Exercises", 5.5, 4, 3)
    assert entry.exercise_session_id == session.id and entry.note == "Knee rolls: 10 of 10 reps"
