"""The person's log on disk: the only package that speaks SQL.

One module per group of tables (``entries``, ``exercises``, ``pacing``, ``feedback``), each a part of
:class:`Store`; ``connection`` opens, checks and migrates the file and runs every write as one committed
transaction; ``recovery`` keeps copies, restores them and decides what to open when the log is damaged.

Opening is careful with a file it cannot use: one that is not SQLite, truncated or fails
``PRAGMA integrity_check`` raises :class:`DatabaseCorrupt` and is left as it was, so the caller can move it
aside (:func:`move_aside`) and keep it; one from a newer app raises :class:`DatabaseTooNew` untouched; in a
folder that cannot be written, ``Store.open(..., read_only=True)`` still shows the log.

Errors come in two kinds. :class:`StoreError` (and subclasses) is the environment's fault: locked,
read-only, full, corrupt, not a database, too new. It carries a plain-words ``user_message``.
Anything else that escapes is a bug and belongs to the crash handler.
"""

from __future__ import annotations

from backpain_desktop.domain.records import (
    ActivityEntry,
    Baseline,
    DailyTotal,
    ExerciseSession,
    FlareUp,
    FlareUpPlan,
    PageFeedback,
    Prescription,
)
from backpain_desktop.store.connection import (
    BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    from_db_time,
    to_db_time,
    utc_now,
)
from backpain_desktop.store.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnavailable,
    DiskFull,
    DiskProblem,
    StoreError,
    classify,
)
from backpain_desktop.store.exercises import ExerciseTables
from backpain_desktop.store.feedback import FeedbackTable
from backpain_desktop.store.migrations import SCHEMA_VERSION
from backpain_desktop.store.pacing import PacingTables
from backpain_desktop.store.recovery import (
    BACKUPS_KEPT,
    Opened,
    WholeLog,
    backups,
    make_daily_backup,
    move_aside,
    newest_good_backup,
    open_log,
    restore_backup,
)


class Store(ExerciseTables, PacingTables, FeedbackTable, WholeLog):
    """An open log database. Use :meth:`open`; close with :meth:`close` (or as a context manager)."""


__all__ = [
    "BACKUPS_KEPT", "BUSY_TIMEOUT_MS", "SCHEMA_VERSION", "SQLITE_HEADER", "ActivityEntry", "Baseline",
    "DailyTotal", "DatabaseCorrupt", "DatabaseLocked", "DatabaseReadOnly", "DatabaseTooNew",
    "DatabaseUnavailable", "DiskFull", "DiskProblem", "ExerciseSession", "FlareUp", "FlareUpPlan", "Opened",
    "PageFeedback", "Prescription", "Store", "StoreError", "backups", "classify", "from_db_time",
    "make_daily_backup", "move_aside", "newest_good_backup", "open_log", "restore_backup", "to_db_time",
    "utc_now",
]
