"""The store's errors: the environment's fault (locked, read-only, full, corrupt, not a database, too new),
each with a plain-words ``user_message``; :func:`classify` turns a sqlite3 or OS error into one."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import overload


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


@overload
def classify(exc: OSError | StoreError, path: Path | None = None) -> StoreError: ...
@overload
def classify(exc: BaseException, path: Path | None = None) -> StoreError | None: ...


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

