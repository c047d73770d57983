"""Damaged, foreign, read-only, full and locked logs: the person is told plainly and loses nothing."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backpain_desktop.startup import open_store
from backpain_desktop.store import (
    ActivityEntry,
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
    DiskProblem,
    Store,
    StoreError,
    classify,
)

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


def entry(n: int = 0, **kw) -> ActivityEntry:
    values = dict(activity="Walking", amount=20 + n, occurred_at=T0, pain_after=3, note=f"walk {n}")
    values.update(kw)
    return ActivityEntry(**values)


def make_log(path: Path, count: int = 50) -> list[ActivityEntry]:
    with Store.open(path) as s:
        return [s.add_entry(entry(n, note=f"walk {n} " + "x" * 300)) for n in range(count)]


def run_app(*args: str, env_extra: dict | None = None, prefix: list[str] | None = None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.update(env_extra or {})
    return subprocess.run([*(prefix or []), sys.executable, "-m", "backpain_desktop", *args],
                          capture_output=True, text=True, env=env, timeout=60, cwd=ROOT)


# -- damaged files are moved aside, never deleted ------------------------------------------------------


def damage_not_sqlite(path: Path) -> None:
    path.write_bytes(b"Dear diary, this is not a database.\n" * 100)


def damage_truncated(path: Path) -> None:
    make_log(path, 300)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def damage_pages(path: Path) -> None:
    """Overwrite the middle of the file with noise: the header is fine, the b-tree pages are not."""
    make_log(path, 300)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, 3 * page):
        data[offset + 100: offset + 900] = bytes((i * 37 + 11) % 256 for i in range(800))
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [damage_not_sqlite, damage_truncated, damage_pages],
                         ids=["not-sqlite", "truncated", "broken-pages"])
def test_damaged_log_is_kept_aside_and_a_fresh_log_starts(paths, damage):
    """Ensure a log that cannot be read is renamed with a timestamp (bytes untouched, -wal/-shm with it),
    the message says where it is, and the app carries on with an empty log that works."""
    damage(paths.database)
    original = paths.database.read_bytes()
    wal = paths.database.with_name(paths.database.name + "-wal")
    wal.write_bytes(b"left over")
    store, message = open_store(paths, kiosk=False)
    with store:
        assert store.count_entries() == 0
        store.add_entry(entry())
        assert store.count_entries() == 1
    kept = sorted(paths.data_dir.glob("backpain.damaged-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == original
    assert kept[0].with_name(kept[0].name + "-wal").read_bytes() == b"left over"
    assert str(kept[0]) in message and "kept, not deleted" in message


def test_a_second_damaged_log_does_not_overwrite_the_first_one_kept(paths):
    """Ensure two damaged files in the same second both survive under different names."""
    for text in (b"first damaged file", b"second damaged file"):
        paths.database.write_bytes(text * 10)
        open_store(paths, kiosk=False)[0].close()
        paths.database.unlink()
        for side in paths.data_dir.glob("backpain.sqlite3-*"):
            side.unlink()
    kept = {p.read_bytes()[:19] for p in paths.data_dir.glob("backpain.damaged-*")
            if not p.name.endswith(("-wal", "-shm"))}
    assert kept == {b"first damaged filef", b"second damaged file"}


def test_damaged_log_at_startup_is_reported_in_plain_words(tmp_path):
    """Ensure a real start with a damaged log tells the person where the old file went, and runs."""
    data = tmp_path / "d"
    data.mkdir()
    (data / "backpain.sqlite3").write_bytes(b"\x00garbage" * 500)
    result = run_app("--smoke-test", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "visited 3 tabs" in result.stdout
    kept = next(data.glob("backpain.damaged-*.sqlite3"))
    assert str(kept) in result.stderr and "damaged" in result.stderr
    assert kept.read_bytes() == b"\x00garbage" * 500


def test_newer_log_is_refused_and_left_byte_for_byte(paths):
    """Ensure a log from a newer version is neither migrated, moved nor given WAL files."""
    make_log(paths.database, 5)
    conn = sqlite3.connect(paths.database)
    conn.execute("PRAGMA user_version = 7")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = paths.database.read_bytes()
    with pytest.raises(DatabaseTooNew) as info:
        open_store(paths, kiosk=False)
    assert "newer version" in info.value.user_message and "untouched" in info.value.user_message
    assert paths.database.read_bytes() == before
    assert sorted(p.name for p in paths.data_dir.iterdir() if p.is_file()) == ["backpain.sqlite3"]


# -- daily backups, offered back when the log is damaged ------------------------------------------------


def test_one_backup_a_day_is_kept_and_old_ones_pruned(paths):
    from datetime import date, timedelta

    from backpain_desktop.store import backups, make_daily_backup

    saved = make_log(paths.database, 4)
    with Store.open(paths.database) as s:
        first = make_daily_backup(s, date(2026, 3, 2))
        assert make_daily_backup(s, date(2026, 3, 2)) is None  # once a day
        for n in range(1, 8):
            make_daily_backup(s, date(2026, 3, 2) + timedelta(days=n))
    kept = backups(paths.database)
    assert [p.name for p in kept] == [f"backpain.backup-202603{d:02d}.sqlite3" for d in (9, 8, 7, 6, 5)]
    assert not first.exists()
    with Store.open(kept[0], read_only=True) as copy, Store.open(paths.database) as log:
        assert copy.list_entries() == log.list_entries() != []
    assert len(saved) == 4


def _damaged_with_backups(paths, good_days: list[str], bad_days: list[str] = ()) -> None:
    make_log(paths.database, 6)
    with Store.open(paths.database) as s:
        for day in good_days:
            s.backup_to(paths.data_dir / f"backpain.backup-{day}.sqlite3")
    for day in bad_days:
        (paths.data_dir / f"backpain.backup-{day}.sqlite3").write_bytes(b"not a backup at all" * 30)
    paths.database.write_bytes(b"damaged beyond reading" * 100)


def test_damaged_log_offers_the_newest_good_backup_and_restores_it(paths):
    """Ensure that with a good backup beside a damaged log the person is asked, and saying yes brings
    back the backup's entries while the damaged file and the backup itself are both kept."""
    _damaged_with_backups(paths, ["20260301", "20260302"], bad_days=["20260303"])
    asked = []
    store, message = open_store(paths, kiosk=False, ask_restore=lambda backup: asked.append(backup) or True)
    with store:
        assert store.count_entries() == 6
    assert [p.name for p in asked] == ["backpain.backup-20260302.sqlite3"]
    assert "Monday 2 March 2026" in message and "kept, not deleted" in message
    assert (paths.data_dir / "backpain.backup-20260302.sqlite3").exists()
    assert next(paths.data_dir.glob("backpain.damaged-*.sqlite3")).read_bytes().startswith(b"damaged")


def test_declining_the_backup_starts_a_fresh_log_and_keeps_the_backup(paths):
    _damaged_with_backups(paths, ["20260302"])
    before = (paths.data_dir / "backpain.backup-20260302.sqlite3").read_bytes()
    store, message = open_store(paths, kiosk=False, ask_restore=lambda backup: False)
    with store:
        assert store.count_entries() == 0
    assert "new, empty log" in message
    assert (paths.data_dir / "backpain.backup-20260302.sqlite3").read_bytes() == before


@pytest.mark.slow
def test_start_up_keeps_a_daily_copy_and_offers_it_when_the_log_is_damaged(tmp_path):
    """Ensure a normal start writes today's copy, and a later start with a damaged log asks about it
    (the smoke test answers "no", which changes least) and still runs."""
    data = tmp_path / "d"
    assert run_app("--smoke-test", "--data-dir", str(data)).returncode == 0
    copy = next(data.glob("backpain.backup-*.sqlite3"))
    (data / "backpain.sqlite3").write_bytes(b"damaged" * 1000)
    result = run_app("--smoke-test", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "A copy of your log from" in result.stderr and "-> Start a new log" in result.stderr
    assert copy.exists() and next(data.glob("backpain.damaged-*.sqlite3")).read_bytes() == b"damaged" * 1000


def test_a_restore_that_fails_still_starts_a_fresh_log(paths, monkeypatch):
    """Ensure a disk that fills while putting the copy back ends in a working, empty log, not a crash."""
    import backpain_desktop.store.recovery as store_module

    _damaged_with_backups(paths, ["20260302"])

    def full_disk(backup, database):
        database.write_bytes(b"half a copy")
        raise DiskFull("no space", database)

    monkeypatch.setattr(store_module, "restore_backup", full_disk)
    store, message = open_store(paths, kiosk=False, ask_restore=lambda backup: True)
    with store:
        assert store.count_entries() == 0
    assert "new, empty log" in message
    assert (paths.data_dir / "backpain.backup-20260302.sqlite3").exists()


def test_restore_question_is_asked_in_plain_words(paths, qtbot, dialogs):
    """Ensure the question names the backup's day and both choices."""
    from backpain_desktop.startup import ask_to_restore

    dialogs.ask_answer = False
    assert not ask_to_restore(paths.data_dir / "backpain.backup-20260302.sqlite3")
    _, message, yes, no = dialogs.asked[0]
    assert "Monday 2 March 2026" in message and "kept aside, not deleted" in message
    assert (yes, no) == ("Put the copy back", "Start a new log")


# -- read-only folder --------------------------------------------------------------------------------


def test_read_only_store_shows_the_log_and_refuses_writes_without_touching_it(paths):
    """Ensure a read-only open lists every entry, refuses a save with a plain message, and writes nothing."""
    saved = make_log(paths.database, 20)
    before = paths.database.read_bytes()
    with Store.open(paths.database, read_only=True) as s:
        assert s.list_entries() == sorted(saved, key=lambda e: (e.occurred_at, e.id), reverse=True)
        with pytest.raises(DatabaseReadOnly) as info:
            s.add_entry(entry(99))
        assert "read-only" in info.value.user_message and "Nothing you saved" in info.value.user_message
    assert paths.database.read_bytes() == before


def test_app_opens_read_only_when_the_folder_cannot_be_written(paths):
    saved = make_log(paths.database, 3)
    store, message = open_store(paths, kiosk=False, folder_writable=False)
    with store:
        assert store.read_only and store.count_entries() == len(saved)
    assert "cannot be saved" in message and str(paths.data_dir) in message


def _read_only_prefix(folder: Path) -> list[str] | None:
    """A command prefix that runs a child with ``folder`` really read-only, or None when impossible.

    Not root: chmod is enough. Root ignores permissions, so use a private read-only bind mount."""
    if os.name != "posix":
        return None
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return []
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    probe = subprocess.run([unshare, "-m", "sh", "-c", f"mount --bind '{folder}' '{folder}' && "
                            f"mount -o remount,ro,bind '{folder}'"], capture_output=True)
    if probe.returncode != 0:
        return None
    return [unshare, "-m", "sh", "-c", f"mount --bind '{folder}' '{folder}' && mount -o remount,ro,bind "
            f"'{folder}' && exec \"$@\"", "sh"]


@pytest.mark.slow
def test_read_only_data_folder_still_shows_the_log(tmp_path):
    """Ensure a start in a truly read-only folder opens, says why saving is off, and changes no byte."""
    data = tmp_path / "d"
    data.mkdir()
    make_log(data / "backpain.sqlite3", 12)
    for sub in ("config", "logs", "cache"):
        (data / sub).mkdir()
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    prefix = _read_only_prefix(data)
    if prefix is None:
        pytest.skip("cannot make a read-only folder here")
    try:
        result = run_app("--smoke-test", "--data-dir", str(data), prefix=prefix)
        check = subprocess.run([*prefix, sys.executable, "-c", textwrap.dedent(f"""
            from datetime import datetime, timezone
            from backpain_desktop.store import ActivityEntry, Store, StoreError
            s = Store.open({str(data / 'backpain.sqlite3')!r}, read_only=True)
            print(s.count_entries())
            try:
                s.add_entry(ActivityEntry("Walking", 5, datetime.now(timezone.utc)))
            except StoreError as exc:
                print(type(exc).__name__)
            """)], capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60)
    finally:
        data.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert "visited 3 tabs" in result.stdout
    assert "cannot be written" in result.stderr
    assert check.stdout.split() == ["12", "DatabaseReadOnly"], check.stderr
    assert {p: p.read_bytes() for p in data.rglob("*") if p.is_file()} == before


# -- full disk ---------------------------------------------------------------------------------------

FULL_DISK_CHILD = """
import resource, signal, sys
from datetime import datetime, timezone
from backpain_desktop.store import ActivityEntry, Store, StoreError
store = Store.open(sys.argv[1])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write() instead of being killed
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), resource.RLIM_INFINITY))
n = 0
while True:
    n += 1
    try:
        e = store.add_entry(ActivityEntry("Walking", n, datetime.now(timezone.utc), note="n" * 4000))
    except StoreError as exc:
        print("FAILED", type(exc).__name__, exc.user_message.replace(" ", "_"), flush=True)
        break
    print("SAVED", e.id, flush=True)
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
e = store.add_entry(ActivityEntry("Walking", 1, datetime.now(timezone.utc), note="after space was freed"))
print("SAVED", e.id, flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_full_disk_gives_a_message_and_keeps_every_saved_entry(paths):
    """Ensure a write that hits a file-size limit is refused with a plain message, everything saved
    before is intact, and saving works again once there is room."""
    make_log(paths.database, 10)
    limit = paths.database.stat().st_size + 60_000
    result = subprocess.run([sys.executable, "-c", FULL_DISK_CHILD, str(paths.database), str(limit)],
                            capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                            timeout=60)
    lines = result.stdout.splitlines()
    failed = [line for line in lines if line.startswith("FAILED")]
    assert len(failed) == 1, result.stdout + result.stderr
    _, kind, message = failed[0].split()
    assert kind in ("DiskFull", "DiskProblem")
    assert "Nothing_you_saved_before_has_been_lost" in message
    saved = [int(line.split()[1]) for line in lines if line.startswith("SAVED")]
    with Store.open(paths.database) as s:
        assert s.integrity_ok()
        ids = {e.id for e in s.list_entries()}
        assert set(saved) <= ids and len(ids) == 10 + len(saved)
        assert s.list_entries()[0].note in ("after space was freed", "n" * 4000)


@pytest.mark.parametrize(("error", "kind"), [
    (OSError(errno.ENOSPC, "No space left on device"), DiskFull),
    (OSError(errno.EFBIG, "File too large"), DiskProblem),
    (OSError(errno.EROFS, "Read-only file system"), DatabaseReadOnly),
    (sqlite3.OperationalError("database or disk is full"), DiskFull),
    (sqlite3.OperationalError("attempt to write a readonly database"), DatabaseReadOnly),
    (sqlite3.OperationalError("database is locked"), DatabaseLocked),
    (sqlite3.DatabaseError("file is not a database"), DatabaseCorrupt),
])
def test_environment_errors_get_their_plain_message(error, kind):
    assert type(classify(error)) is kind


def test_injected_disk_full_on_commit_keeps_earlier_entries(paths, monkeypatch):
    """Ensure a disk-full error raised during a save leaves the log as it was and the next save works."""
    with Store.open(paths.database) as s:
        first = s.add_entry(entry(1))
        real = s._conn

        class FullOnCommit:
            def __getattr__(self, name):
                return getattr(real, name)

            def execute(self, sql, *args):
                if sql == "COMMIT":
                    raise sqlite3.OperationalError("database or disk is full")
                return real.execute(sql, *args)

        s._conn = FullOnCommit()
        with pytest.raises(DiskFull):
            s.add_entry(entry(2))
        s._conn = real
        assert not real.in_transaction
        assert s.list_entries() == [first]
        second = s.add_entry(entry(3))
        assert {e.id for e in s.list_entries()} == {first.id, second.id}


# -- locked by another writer -----------------------------------------------------------------------


def test_locked_log_waits_then_says_busy_and_saves_once_free(paths):
    """Ensure that while another connection holds the write lock a save fails (after the busy timeout)
    with the "busy" message, nothing is half-written, and the same save works once the lock is gone."""
    first = make_log(paths.database, 1)[0]
    other = sqlite3.connect(paths.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with Store.open(paths.database, busy_timeout_ms=150) as s:
            assert s.list_entries() == [first]  # reading still works under WAL
            with pytest.raises(DatabaseLocked) as info:
                s.add_entry(entry(2))
            assert "busy" in info.value.user_message
            other.execute("ROLLBACK")
            again = s.add_entry(entry(2))
            assert [e.id for e in s.list_entries()] == [again.id, first.id]
    finally:
        other.close()


# -- settings and kiosk files ------------------------------------------------------------------------


def test_corrupt_settings_and_kiosk_files_at_startup(tmp_path):
    """Ensure a start with unreadable settings and kiosk files runs on safe defaults, keeps each bad
    file, and says so. A kiosk file, even broken, still means kiosk mode (privacy first)."""
    data = tmp_path / "d"
    (data / "config").mkdir(parents=True)
    (data / "config" / "settings.json").write_bytes(b"\xff\xfe{ broken")
    (data / "config" / "kiosk.toml").write_bytes(b"enabled = maybe\n[[[")
    result = run_app("--smoke-test", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "settings file could not be read" in result.stderr
    assert "kiosk settings file has problems" in result.stderr
    assert next((data / "config").glob("settings.json.bad-*")).read_bytes() == b"\xff\xfe{ broken"
    assert next((data / "config").glob("kiosk.toml.bad-*")).read_bytes() == b"enabled = maybe\n[[["
    assert not (data / "backpain.sqlite3").exists()  # kiosk: nothing written


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("kind", ["folder", "pipe"])
def test_something_that_is_not_a_file_in_the_logs_place_is_refused_not_waited_on(paths, kind):
    if kind == "folder":
        paths.database.mkdir()
    else:
        os.mkfifo(paths.database)
    with pytest.raises(StoreError) as info:
        open_store(paths, kiosk=False)
    assert "not a file" in info.value.detail and paths.database.exists()


def test_a_damaged_schema_is_caught_at_open_not_by_a_later_query(paths):
    """Ensure a log whose table definitions were damaged (a column renamed) is refused as damaged when
    opened: integrity_check alone passes it, and every later query would fail like a bug."""
    make_log(paths.database, 3)
    conn = sqlite3.connect(paths.database)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'note TEXT', 'nXte TEXT') "
                 "WHERE name = 'activity_entries'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseCorrupt) as info:
        Store.open(paths.database)
    assert "activity_entries" in info.value.detail


def test_a_damaged_schema_version_is_refused_as_damaged_and_left_untouched(paths):
    """Ensure a header byte flip that makes the schema version negative is damage, not a crash in the
    migrations (found by the random-damage test below)."""
    make_log(paths.database, 3)
    conn = sqlite3.connect(paths.database)
    conn.execute("PRAGMA user_version = -2147483647")
    conn.commit()
    conn.close()
    before = paths.database.read_bytes()
    with pytest.raises(DatabaseCorrupt):
        Store.open(paths.database)
    assert paths.database.read_bytes() == before


def test_one_damaged_character_does_not_cost_the_whole_log(paths):
    """Ensure bytes that are not UTF-8 inside one note (damage the integrity check cannot see) show as a
    replacement character while every entry still reads."""
    saved = make_log(paths.database, 3)
    conn = sqlite3.connect(paths.database)
    conn.execute("UPDATE activity_entries SET note = CAST(X'8a41' AS TEXT) WHERE id = ?", (saved[1].id,))
    conn.commit()
    conn.close()
    with Store.open(paths.database) as s:
        notes = {e.id: e.note for e in s.list_entries()}
    assert notes == {saved[0].id: saved[0].note, saved[1].id: "\ufffdA", saved[2].id: saved[2].note}


# -- any mangled log file: refused as damaged (and left as it was) or opened whole -------------------------

_GOOD_LOG: dict[str, bytes] = {}


def _good_log_bytes() -> bytes:
    if "bytes" not in _GOOD_LOG:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "log.sqlite3"
            make_log(path, 40)
            with Store.open(path) as s:
                s._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            _GOOD_LOG["bytes"] = path.read_bytes()
    return _GOOD_LOG["bytes"]


@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_mangled_log_files_are_refused_untouched_or_open_whole(data):
    """Ensure byte flips, cuts and insertions anywhere in a log (header, schema, b-tree pages) give either
    a StoreError with the file left byte for byte, or a store that passes its integrity check and reads
    every row: never an unhandled sqlite3 error."""
    import tempfile

    content = bytearray(_good_log_bytes())
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.one_of(st.integers(0, 100), st.integers(0, len(content) - 1)))
        kind = data.draw(st.sampled_from(["flip", "cut", "zero-page", "insert"]))
        if kind == "flip":
            content[min(at, len(content) - 1)] ^= data.draw(st.integers(1, 255))
        elif kind == "cut":
            del content[at:]
        elif kind == "zero-page":
            content[at: at + 4096] = bytes(len(content[at: at + 4096]))
        else:
            content[at:at] = data.draw(st.binary(min_size=1, max_size=64))
        if not content:
            break
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "log.sqlite3"
        path.write_bytes(bytes(content))
        try:
            store = Store.open(path)
        except StoreError:
            assert path.read_bytes() == bytes(content)
            return
        with store:
            assert store.integrity_ok()
            store.list_entries()
            store.daily_totals()
