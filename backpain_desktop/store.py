"""The person's log on disk: the only module that speaks SQL.

stdlib ``sqlite3`` in autocommit mode; every public write is one ``BEGIN IMMEDIATE … COMMIT``
transaction, committed before the method returns, so the UI may say "saved" as soon as it returns.
WAL journal with ``synchronous=FULL``: a commit survives a power cut, not only a crash (see
:meth:`Store._prepare` for why not NORMAL).

Opening is careful with a file it cannot use: one that is not SQLite, truncated or fails
``PRAGMA integrity_check`` raises :class:`DatabaseCorrupt` and is left as it was, so the caller can move it
aside (:func:`move_aside`) and keep it; one from a newer app raises :class:`DatabaseTooNew` untouched; in a
folder that cannot be written, ``Store.open(..., read_only=True)`` still shows the log.

Errors come in two kinds. :class:`StoreError` (and subclasses) is the environment's fault: locked,
read-only, full, corrupt, not a database, too new. It carries a plain-words ``user_message``.
Anything else that escapes is a bug and belongs to the crash handler.

Times are stored as ISO 8601 UTC text (``2026-11-23T19:12:26+00:00``), which sorts correctly as text;
callers pass and receive timezone-aware ``datetime`` objects and show them in local time.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from pathlib import Path

SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"


# --------------------------------------------------------------------------------------------------
# Errors


class StoreError(Exception):
    """The environment stopped a database operation. ``user_message`` is safe to show a person."""

    user_message = "Your log could not be read or saved."

    def __init__(self, detail: str = "", path: Path | None = None):
        super().__init__(detail or self.user_message)
        self.detail = detail
        self.path = path


class DatabaseLocked(StoreError):
    user_message = ("Your log is busy: another copy of the app may be saving to it. "
                    "Please try again in a moment.")


class DatabaseReadOnly(StoreError):
    user_message = ("Your log cannot be saved because its folder is read-only. "
                    "Nothing you saved before has been lost.")


class DiskFull(StoreError):
    user_message = ("Your log cannot be saved because the disk is full. Free some space and try again. "
                    "Nothing you saved before has been lost.")


class DatabaseCorrupt(StoreError):
    user_message = "Your log file is damaged or is not a log file this app can read."


class DatabaseTooNew(StoreError):
    user_message = ("Your log was saved by a newer version of this app. This version cannot open it "
                    "and has left it untouched. Please install the newer version.")


class DiskProblem(StoreError):
    user_message = ("Your log could not be saved because the disk reported a problem: it may be full, "
                    "removed or failing. Nothing you saved before has been lost.")


class DatabaseUnavailable(StoreError):
    user_message = "Your log file could not be opened. Check that its folder exists and can be written."


# Primary SQLite result codes (the low byte of the extended code).
_CODE_TO_ERROR: dict[int, type[StoreError]] = {
    3: DatabaseReadOnly,     # SQLITE_PERM
    5: DatabaseLocked,       # SQLITE_BUSY
    6: DatabaseLocked,       # SQLITE_LOCKED
    8: DatabaseReadOnly,     # SQLITE_READONLY
    10: DiskProblem,         # SQLITE_IOERR (a write over a file-size limit lands here, not in FULL)
    11: DatabaseCorrupt,     # SQLITE_CORRUPT
    13: DiskFull,            # SQLITE_FULL
    14: DatabaseUnavailable,  # SQLITE_CANTOPEN
    26: DatabaseCorrupt,     # SQLITE_NOTADB
}
_MESSAGE_TO_ERROR = (
    ("locked", DatabaseLocked), ("readonly", DatabaseReadOnly), ("read-only", DatabaseReadOnly),
    ("disk is full", DiskFull), ("not a database", DatabaseCorrupt), ("malformed", DatabaseCorrupt),
    ("unable to open", DatabaseUnavailable), ("disk i/o", DiskProblem),
    ("unsupported file format", DatabaseCorrupt), ("malformed database schema", DatabaseCorrupt),
)


def classify(exc: BaseException, path: Path | None = None) -> StoreError | None:
    """The environment error behind ``exc``, or None when it is a programming error."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, UnicodeDecodeError):
        # Text in the file (or SQLite's message quoting its damaged schema) is not UTF-8: the app only
        # ever writes valid UTF-8, so the bytes on disk have been damaged.
        return DatabaseCorrupt(f"text in the file is not UTF-8 ({exc})", path)
    if isinstance(exc, OSError):
        import errno
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return DiskFull(str(exc), path)
        if exc.errno in (errno.EIO, errno.EFBIG):
            return DiskProblem(str(exc), path)
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return DatabaseReadOnly(str(exc), path)
        return DatabaseUnavailable(str(exc), path)
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    if isinstance(exc, (sqlite3.ProgrammingError, sqlite3.IntegrityError, sqlite3.InterfaceError)):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _CODE_TO_ERROR:
        return _CODE_TO_ERROR[code & 0xFF](str(exc), path)
    text = str(exc).lower()
    for needle, kind in _MESSAGE_TO_ERROR:
        if needle in text:
            return kind(str(exc), path)
    return None


def _decode_text(raw: bytes) -> str:
    """Text as stored. The app writes only valid UTF-8; should a few bytes of a note be damaged on disk,
    the rest of the log still reads (the damaged characters show as U+FFFD) instead of the whole log
    becoming unreadable over one character."""
    return raw.decode("utf-8", "replace")


# --------------------------------------------------------------------------------------------------
# Records


def to_db_time(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass a timezone-aware time")
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def from_db_time(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(timezone.utc)


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


@dataclass(frozen=True)
class ActivityEntry:
    """One logged activity. ``id`` is None until stored."""

    activity: str
    amount: float
    occurred_at: datetime
    unit: str = "min"
    pain_before: int | None = None
    pain_after: int | None = None
    note: str = ""
    source: str = "manual"  # "manual" | "exercise"
    exercise_session_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class ExerciseSession:
    exercise_id: str
    exercise_name: str
    started_at: datetime
    duration_s: float
    reps_planned: int
    reps_done: int
    sets_planned: int
    sets_done: int
    outcome: str  # "completed" | "stopped"
    pain_before: int | None = None
    pain_after: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Prescription:
    exercise_id: str
    reps: int
    hold_s: int
    rest_s: int
    sets: int


@dataclass(frozen=True)
class FlareUp:
    started_at: datetime
    ended_at: datetime | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class FlareUpPlan:
    triggers: str = ""
    warning_signs: str = ""
    what_helps: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Baseline:
    activity: str
    amount: float  # starting daily amount in the activity's unit
    unit: str
    method: str  # "average" | "midpoint" | "manual"
    weekly_increase_pct: float
    set_at: datetime
    details: dict  # the numbers it was worked out from, to show how it was reached


@dataclass(frozen=True)
class PageFeedback:
    page_id: str
    useful: bool
    answered_at: datetime


@dataclass(frozen=True)
class DailyTotal:
    day: date  # local calendar day
    activity: str
    total: float
    entries: int
    avg_pain: float | None  # mean of the pain scores logged that day (after, else before)
    max_pain: int | None


# --------------------------------------------------------------------------------------------------
# Schema

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


# --------------------------------------------------------------------------------------------------
# The store


class Store:
    """An open log database. Use :meth:`open`; close with :meth:`close` (or as a context manager)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, read_only: bool = False):
        self._conn = conn
        self.path = path  # None for an in-memory store (kiosk mode)
        self.read_only = read_only  # opened to show the log from a folder that cannot be written

    # -- lifecycle ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str | None, *, check_integrity: bool = True, read_only: bool = False,
             busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Store:
        """Open (creating if needed) and migrate. ``None`` or ``":memory:"`` gives an in-memory store.

        ``read_only``: open an existing log without writing anything at all (not even WAL files), for a
        folder that cannot be written; every write then raises :class:`DatabaseReadOnly`.
        ``busy_timeout_ms``: how long a write waits for another copy's write to finish before
        :class:`DatabaseLocked`.

        Raises a :class:`StoreError` subclass; a file that is too new or damaged is not modified.
        """
        in_memory = path is None or str(path) == ":memory:"
        file = None if in_memory else Path(path)
        if file is not None:
            cls._check_header(file, must_exist=read_only)
        try:
            if file is not None and not read_only and file.exists() and file.stat().st_size > 0:
                # Judge an existing file through a read-only connection first. A read-write connection
                # that finds a damaged or too-new file would, on closing, checkpoint its WAL into it and
                # delete the WAL: the very bytes we promise to keep aside untouched.
                probe = cls(cls._connect_read_only(file, busy_timeout_ms), file, read_only=True)
                try:
                    probe._inspect(check_integrity)
                finally:
                    probe.close()
                check_integrity = False  # just done
            if in_memory:
                conn = sqlite3.connect(":memory:", isolation_level=None)
            elif read_only:
                conn = cls._connect_read_only(file, busy_timeout_ms)
            else:
                conn = sqlite3.connect(str(file), timeout=busy_timeout_ms / 1000, isolation_level=None,
                                       check_same_thread=True)
        except (sqlite3.Error, OSError, UnicodeDecodeError) as exc:
            raise (classify(exc, file) or DatabaseUnavailable(str(exc), file)) from exc
        conn.text_factory = _decode_text
        store = cls(conn, file, read_only=read_only)
        try:
            store._prepare(check_integrity, busy_timeout_ms)
        except BaseException:
            conn.close()
            raise
        return store

    @staticmethod
    def _check_header(file: Path, must_exist: bool) -> None:
        """Refuse, before SQLite touches it, a file that is not a SQLite database at all."""
        try:
            if file.exists() and not file.is_file():  # a folder or a pipe (reading one would wait for ever)
                raise DatabaseUnavailable("the log's name is taken by something that is not a file", file)
            with open(file, "rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except FileNotFoundError:
            if must_exist:
                raise DatabaseUnavailable("there is no log file to show", file) from None
            return
        except OSError as exc:
            raise classify(exc, file) from exc
        if header and header != SQLITE_HEADER:
            raise DatabaseCorrupt("the file does not start with the SQLite header", file)

    @staticmethod
    def _connect_read_only(file: Path, busy_timeout_ms: int) -> sqlite3.Connection:
        """A connection that writes nothing. A WAL database normally needs its -shm file created beside
        it; when the folder forbids that, ``immutable=1`` reads the main file alone (a log closed
        cleanly has everything in it: the last connection checkpoints and removes the -wal)."""
        uri = file.resolve().as_uri()
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=busy_timeout_ms / 1000,
                               isolation_level=None)
        conn.text_factory = _decode_text
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            conn.close()  # typically: the -shm file cannot be created in a read-only folder
        except BaseException:
            conn.close()
            raise
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
        conn.text_factory = _decode_text
        return conn

    def _inspect(self, check_integrity: bool) -> int:
        """The schema version, after refusing a too-new or damaged file. Reads only."""
        with self._errors():
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise DatabaseTooNew(f"schema version {version}, this app knows up to {SCHEMA_VERSION}",
                                     self.path)
            if version < 0:  # the app never writes one: a damaged header (found by a random byte flip)
                raise DatabaseCorrupt(f"schema version {version}", self.path)
            if check_integrity and version > 0:
                # integrity_check (not quick_check) also proves every index matches its table; a
                # person's log is a few MB at most, so this costs milliseconds at start-up.
                rows = self._conn.execute("PRAGMA integrity_check").fetchall()
                if [r[0] for r in rows] != ["ok"]:
                    raise DatabaseCorrupt("; ".join(str(r[0]) for r in rows[:5]), self.path)
                # integrity_check trusts the schema's own text; a damaged byte there renames a column
                # and every later query would fail as if it were a bug. Compare with what we create.
                found = _schema_of(self._conn)
                expected = _expected_schema(version)
                damaged = sorted(name for name, sql in expected.items() if found.get(name) != sql)
                if damaged:
                    raise DatabaseCorrupt("the log's tables are not as this app made them: "
                                          + ", ".join(damaged[:5]), self.path)
            return version

    def _prepare(self, check_integrity: bool, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        with self._errors():
            self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            # Read the version before any pragma that writes (WAL), so a too-new file stays untouched.
            version = self._inspect(check_integrity)
            if self.read_only:
                if version < SCHEMA_VERSION:
                    raise DatabaseReadOnly("an older log needs updating, which a read-only folder forbids",
                                           self.path)
                self._conn.execute("PRAGMA query_only = ON")  # a write is refused before it reaches disk
                return
            if self.path is not None:
                # WAL: a writer never blocks the reader, and a crash mid-commit leaves the last
                # committed state (the uncommitted tail of the WAL is ignored on reopen).
                mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise DatabaseUnavailable(f"could not switch to WAL (got {mode})", self.path)
            # FULL, not NORMAL: in WAL mode NORMAL is crash-safe for the application but a power cut
            # can lose the last commits. The app says "saved" when add_entry returns, so that entry
            # must be on the disk by then; an fsync per entry is cheap at a few entries a day.
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._migrate(version)

    def _migrate(self, current: int) -> None:
        for target in range(current + 1, SCHEMA_VERSION + 1):
            with self._transaction() as conn:
                for statement in _MIGRATIONS[target].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {target}")

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self._errors():
            return self._conn.execute("PRAGMA user_version").fetchone()[0]

    def integrity_ok(self) -> bool:
        with self._errors():
            return self._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # -- plumbing ----------------------------------------------------------------------------------

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except StoreError:
            raise
        except (sqlite3.Error, OSError, UnicodeDecodeError) as exc:
            kind = classify(exc, self.path)
            if kind is None:
                raise
            raise kind from exc

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed write. IMMEDIATE takes the write lock up front, so a busy database fails
        (after the busy timeout) before anything is half done."""
        with self._errors():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                # A failed COMMIT (busy, disk full) may leave the transaction open; close it so the
                # next save starts clean. Nothing of this one was written.
                if self._conn.in_transaction:
                    self._conn.rollback()
                raise

    def _query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        with self._errors():
            cursor = self._conn.execute(sql, params)
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()

    def _conn_rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Plain tuples: for the hot queries where building Row objects shows."""
        with self._errors():
            return self._conn.execute(sql, params).fetchall()

    # -- activity log --------------------------------------------------------------------------------

    _ENTRY_COLUMNS = ("activity, amount, unit, pain_before, pain_after, occurred_at, note, source, "
                      "exercise_session_id")

    @staticmethod
    def _entry_params(entry: ActivityEntry) -> tuple:
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
        return self._query("SELECT count(*) AS n FROM activity_entries")[0]["n"]

    def activities(self) -> list[str]:
        """Every activity name used so far, most used first."""
        rows = self._query("SELECT activity, count(*) AS n FROM activity_entries GROUP BY activity "
                           "ORDER BY n DESC, activity")
        return [r["activity"] for r in rows]

    @staticmethod
    def _entry_filter(activity, since, until) -> tuple[str, list]:
        clauses, params = [], []
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
                note = f"{session.exercise_name}: {session.reps_done} of {session.reps_planned} reps"
                entry = ActivityEntry(activity="Exercises", amount=round(session.duration_s / 60, 1),
                                      occurred_at=session.started_at, pain_before=session.pain_before,
                                      pain_after=session.pain_after, note=note, source="exercise",
                                      exercise_session_id=stored.id)
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
        sql, params = "SELECT * FROM exercise_sessions", ()
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

    # -- whole-database operations ---------------------------------------------------------------------

    def backup_to(self, target: Path) -> None:
        """Copy the whole database to ``target`` with SQLite's online backup API."""
        with self._errors():
            dest = sqlite3.connect(str(target))
            try:
                self._conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()

    def wipe_all(self) -> None:
        """Delete every record the person made ("Delete all my data", kiosk reset)."""
        with self._transaction() as conn:
            for table in ("activity_entries", "exercise_sessions", "page_feedback", "prescriptions",
                          "flareups", "flareup_plan", "baselines"):
                conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names


    # -- pacing queries (issue 5) ----------------------------------------------------------------------

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

    def completed_sessions_per_week(self, since: datetime, utc_offset_minutes: int = 0) -> dict[date, int]:
        """Completed exercise sessions per week (keyed by the week's Monday, local time)."""
        shift = f"{int(utc_offset_minutes):+d} minutes"
        rows = self._query(
            "SELECT date(started_at, ?, 'weekday 0', '-6 days') AS monday, count(*) AS n "
            "FROM exercise_sessions WHERE outcome = 'completed' AND started_at >= ? "
            "GROUP BY monday ORDER BY monday", (shift, to_db_time(since)))
        return {date.fromisoformat(r["monday"]): r["n"] for r in rows}

    @staticmethod
    def check_backup(source: Path) -> int:
        """Check that ``source`` is a whole log this app can read; return its schema version.

        Raises :class:`DatabaseCorrupt` or :class:`DatabaseTooNew`; never writes to ``source``.
        """
        source = Path(source)
        try:
            with open(source, "rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise classify(exc, source) from exc
        if header != SQLITE_HEADER:
            raise DatabaseCorrupt("the file does not start with the SQLite header", source)
        try:
            conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as exc:
            raise (classify(exc, source) or DatabaseCorrupt(str(exc), source)) from exc
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise DatabaseTooNew(f"schema version {version}", source)
            checks = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if checks != ["ok"]:
                raise DatabaseCorrupt("; ".join(map(str, checks[:5])), source)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if version < 1 or "activity_entries" not in tables:
                raise DatabaseCorrupt("not a log saved by this app", source)
        except sqlite3.Error as exc:
            raise (classify(exc, source) or DatabaseCorrupt(str(exc), source)) from exc
        finally:
            conn.close()
        return version

    def restore_from(self, source: Path, now: datetime | None = None) -> Path | None:
        """Replace the log with a backup, after checking it; the current log is first copied aside.

        Returns where the current log was kept (None for an in-memory store). Nothing changes when
        the backup fails its check.
        """
        version = self.check_backup(source)
        kept = None
        if self.path is not None:
            stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
            kept = self.path.with_name(f"{self.path.stem}.before-restore-{stamp}{self.path.suffix}")
            self.backup_to(kept)
        with self._errors():
            src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
            try:
                src.backup(self._conn)
            finally:
                src.close()
        if version < SCHEMA_VERSION:
            self._migrate(version)
        return kept

    def delete_all_data(self) -> None:
        """"Delete all my data": every record, then the freed pages and the WAL, so nothing lingers."""
        self.wipe_all()
        with self._errors():
            self._conn.execute("VACUUM")
            if self.path is not None:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal/-shm files) with a timestamp; never delete it.

    Returns the new path of the main file.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
    path.rename(target)
    for extra in ("-wal", "-shm"):
        side = path.with_name(path.name + extra)
        if side.exists():
            side.rename(target.with_name(target.name + extra))
    return target


BACKUPS_KEPT = 5


def backups(database: Path) -> list[Path]:
    """The daily copies of ``database`` made by :func:`make_daily_backup`, newest first."""
    pattern = f"{database.stem}.backup-????????{database.suffix}"
    return sorted(database.parent.glob(pattern), reverse=True)


def make_daily_backup(store: Store, today: date, keep: int = BACKUPS_KEPT) -> Path | None:
    """Copy the open log beside itself once a day (``backpain.backup-YYYYMMDD.sqlite3``), keeping the
    newest ``keep``. Called just after opening, when the log has passed its integrity check, so every copy
    is a good one to restore if the log is later damaged. Returns the new copy, or None if today's exists.

    Written to a temporary name and renamed, so a crash never leaves a half copy under a backup's name.
    """
    if store.path is None or store.read_only:
        return None
    target = store.path.with_name(f"{store.path.stem}.backup-{today:%Y%m%d}{store.path.suffix}")
    if target.exists():
        return None
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        store.backup_to(partial)
        os.replace(partial, target)
    except (StoreError, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise classify(exc, target) from exc
    for old in backups(store.path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def restore_backup(backup: Path, database: Path) -> None:
    """Put a copy of ``backup`` in place of ``database`` (which the caller has already moved aside).
    The backup itself stays, so restoring never loses a copy."""
    partial = database.with_name(database.name + ".partial")
    try:
        shutil.copyfile(backup, partial)
        os.replace(partial, database)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise classify(exc, database) from exc


def newest_good_backup(database: Path) -> Path | None:
    """The newest backup that opens and passes the integrity check, read-only (so none is changed)."""
    for candidate in backups(database):
        try:
            Store.open(candidate, read_only=True).close()
        except StoreError:
            continue
        return candidate
    return None
