"""Keeping the log safe: copies (daily and on request), checking and restoring a backup, moving a
damaged log aside, wiping, and the decision at start-up of what to open when the log is damaged or cannot
be written."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from backpain_desktop.store.connection import SQLITE_HEADER, StoreBase
from backpain_desktop.store.errors import (
    DatabaseCorrupt,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnavailable,
    StoreError,
    classify,
)
from backpain_desktop.store.migrations import SCHEMA_VERSION

log = logging.getLogger("backpain_desktop")

class WholeLog(StoreBase):
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
        return int(version)

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


def make_daily_backup(store: WholeLog, today: date, keep: int = BACKUPS_KEPT) -> Path | None:
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
            StoreBase.open(candidate, read_only=True).close()
        except StoreError:
            continue
        return candidate
    return None


@dataclass(frozen=True)
class Opened:
    """What :func:`open_log` opened, and what happened on the way, for the UI to put in words.

    ``outcome``: "ok"; "read_only" (shown, but nothing can be saved); "restored" (the log was damaged,
    ``moved`` is where it was kept and ``backup`` the daily copy put in its place); "fresh" (the log was
    damaged and moved to ``moved``; a new empty log was started)."""

    store: WholeLog
    outcome: str = "ok"
    moved: Path | None = None
    backup: Path | None = None


def open_log(database: Path | None, opener: Callable[..., WholeLog], folder_writable: bool = True,
             ask_restore: Callable[[Path], bool] | None = None) -> Opened:
    """Open the log at ``database`` (None: in memory) with ``opener`` (``Store.open``).

    A damaged file is moved aside (never deleted); if a good daily backup sits beside it and
    ``ask_restore(backup)`` says yes, that copy is put in its place, else a fresh log is started. A log
    that cannot be written is opened read-only, so the person can still see it. Anything else (a log
    from a newer version, a busy or missing disk) raises :class:`StoreError` for the caller to report.
    """
    if database is None:
        return Opened(opener(None))
    if not folder_writable and database.is_file():
        return Opened(opener(database, read_only=True), "read_only")
    try:
        return Opened(opener(database))
    except DatabaseCorrupt as exc:
        try:
            moved = move_aside(database)
        except OSError as move_error:
            raise DatabaseCorrupt(f"{exc.detail}; it could not be moved aside: {move_error}",
                                  database) from exc
        log.error("damaged database moved to %s: %s", moved, exc.detail)
        backup = newest_good_backup(database)
        if backup is not None and ask_restore is not None and ask_restore(backup):
            try:
                restore_backup(backup, database)
                restored = opener(database)
            except StoreError as restore_error:  # fall back to a fresh log; the backup is still there
                log.error("could not restore %s: %s", backup, restore_error.detail)
                if database.exists():
                    move_aside(database)
            else:
                log.warning("restored %s after damage", backup)
                return Opened(restored, "restored", moved, backup)
        return Opened(opener(database), "fresh", moved)
    except (DatabaseReadOnly, DatabaseUnavailable) as exc:
        if not database.is_file():
            raise
        try:
            store = opener(database, read_only=True)
        except StoreError:
            raise exc from None
        log.warning("log opened read-only: %s", exc.detail)
        return Opened(store, "read_only")
