"""Opening, checking and migrating the log file, and the plumbing every table module writes through: one
committed transaction per write, errors sorted into the environment's (StoreError) and bugs.

stdlib ``sqlite3`` in autocommit mode; every public write is one ``BEGIN IMMEDIATE … COMMIT``
transaction, committed before the method returns, so the UI may say "saved" as soon as it returns.
WAL journal with ``synchronous=FULL``: a commit survives a power cut, not only a crash (see
:meth:`StoreBase._prepare` for why not NORMAL). Times are stored as ISO 8601 UTC text, which sorts as text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing_extensions import Self

from backpain_desktop.store.errors import (
    DatabaseCorrupt,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnavailable,
    StoreError,
    classify,
)
from backpain_desktop.store.migrations import _MIGRATIONS, SCHEMA_VERSION, _expected_schema, _schema_of

BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"


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



class StoreBase:
    """An open log database. Use :meth:`open`; close with :meth:`close` (or as a context manager)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, read_only: bool = False):
        self._conn = conn
        self.path = path  # None for an in-memory store (kiosk mode)
        self.read_only = read_only  # opened to show the log from a folder that cannot be written

    # -- lifecycle ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str | None, *, check_integrity: bool = True, read_only: bool = False,
             busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Self:
        """Open (creating if needed) and migrate. ``None`` or ``":memory:"`` gives an in-memory store.

        ``read_only``: open an existing log without writing anything at all (not even WAL files), for a
        folder that cannot be written; every write then raises :class:`DatabaseReadOnly`.
        ``busy_timeout_ms``: how long a write waits for another copy's write to finish before
        :class:`DatabaseLocked`.

        Raises a :class:`StoreError` subclass; a file that is too new or damaged is not modified.
        """
        in_memory = path is None or str(path) == ":memory:"
        file = None if in_memory or path is None else Path(path)
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
                assert file is not None
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
            return int(version)

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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self._errors():
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity_ok(self) -> bool:
        with self._errors():
            return bool(self._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

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

    def _query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        with self._errors():
            cursor = self._conn.execute(sql, params)
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()

    def _conn_rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Plain tuples: for the hot queries where building Row objects shows."""
        with self._errors():
            return self._conn.execute(sql, params).fetchall()
