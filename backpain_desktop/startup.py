"""Start-up housekeeping: the QApplication, the log file, the first-paint hook, matplotlib's cache, the
data folder, the content pack (the shipped one when a chosen one is broken), opening the log (in words
when it is damaged or read-only), backups, and how settings are kept (never, in a kiosk)."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from backpain_desktop import APP_DISPLAY_NAME, APP_NAME, __version__
from backpain_desktop.paths import AppPaths, resource_path
from backpain_desktop.translate import _tr, fill

log = logging.getLogger("backpain_desktop")

LOG_FILE = "backpain-desktop.log"
LOG_MAX_BYTES = 512 * 1024
LOG_BACKUPS = 3


def rotate_log(path: Path, max_bytes: int = LOG_MAX_BYTES, backups: int = LOG_BACKUPS) -> None:
    """Move a full log aside (``.1`` newest … ``.N`` oldest, the oldest dropped) before this run writes.

    Rotating at start rather than mid-run is enough for an app that writes a few lines a session, and
    spares every start-up importing ``logging.handlers`` (with socket, pickle and queue: ~25 ms).
    """
    try:
        if not path.is_file() or path.stat().st_size < max_bytes:
            return
        for n in range(backups - 1, 0, -1):
            older = path.with_name(f"{path.name}.{n}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        pass  # an unrotated log is better than no log: keep appending to it


def setup_logging(log_dir: Path | None) -> None:
    """One log file in the log dir (rotated at start), plus warnings on stderr. Called once, from main().

    ``None`` (kiosk mode): no file at all, everything on stderr, so nothing about a visit reaches the disk.
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if log_dir is None:
        console = logging.StreamHandler()
        console.setFormatter(formatter)
        root.addHandler(console)
        return
    rotate_log(log_dir / LOG_FILE)
    try:
        handler: logging.Handler = logging.FileHandler(log_dir / LOG_FILE, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    root.addHandler(handler)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(formatter)
    root.addHandler(console)


def start_qt():
    """The QApplication, named and with its icon, and the system's language until settings are read."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setDesktopFileName(APP_NAME)  # Wayland matches windows to backpain-desktop.desktop and its icon
    from backpain_desktop.ui.i18n import Languages, system_language

    languages = Languages(resource_path("translations"))
    languages.install(system_language(languages.offered()))
    icon = resource_path("icon.png")
    if icon.is_file():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    return app, languages


def start_logging(paths: AppPaths, kiosk: bool) -> None:
    """Logging and the crash hook, both on stderr only in a kiosk; then the first line of this run."""
    from backpain_desktop.ui import errors

    setup_logging(None if kiosk else paths.log_dir)
    errors.install_excepthook(None if kiosk else paths.log_dir)
    log.info("starting %s %s with data in %s", APP_NAME, __version__,
             "memory (kiosk)" if kiosk else paths.data_dir)


def prepare_data_folder(paths: AppPaths, kiosk: bool) -> bool | None:
    """Make the data folders (a kiosk writes nothing, so none); returns whether a file can be created
    there, or None after telling the person when there is no folder and no log to open read-only."""
    from backpain_desktop.ui import errors

    try:
        if not kiosk:  # a kiosk writes nothing: no folders, no log file, no crash file
            paths.ensure()
            return _folder_writable(paths.data_dir)
    except OSError as exc:
        if not paths.database.is_file():  # with a log there, open it read-only instead
            errors.show_error(None, _tr("app", "Cannot start"),
                              _tr("app", "The folder for your log cannot be created: {folder}").format(
                                  folder=paths.data_dir), str(exc))
            return None
        return False
    return True


def may_exist(path: Path) -> bool:
    """False only when ``path`` is certainly missing; a file that cannot even be looked at is left to its
    loader (an unreadable kiosk file still means kiosk mode)."""
    try:
        path.stat()
    except FileNotFoundError:
        return False
    except OSError:
        return True
    return True


def _folder_writable(folder: Path) -> bool:
    """Whether a file can really be created in ``folder``: os.access says yes to root on a read-only
    mount and does not read Windows ACLs, so try it."""
    import tempfile  # here, not at the top: start-up does not pay for it otherwise

    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def configure_matplotlib_cache(paths: AppPaths, kiosk: bool, environ: dict[str, str] | None = None,
                               frozen: bool | None = None) -> str | None:
    """Give matplotlib a lasting config/cache folder (its font list) before anything imports it.

    PyInstaller's matplotlib runtime hook points ``MPLCONFIGDIR`` at a new temporary folder on every
    launch, so a bundle would rebuild the font cache (seconds) each time the chart first opens. A frozen
    app therefore always uses ``<user cache dir>/matplotlib``; from source, only when nobody chose one.
    A kiosk writes nothing to disk, so it keeps whatever it was given. Returns the folder set, if any.
    """
    env = os.environ if environ is None else environ
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if kiosk or (env.get("MPLCONFIGDIR") and not frozen):
        return None
    folder = str(paths.cache_dir / "matplotlib")
    env["MPLCONFIGDIR"] = folder
    return folder


def open_store(paths: AppPaths, kiosk: bool, folder_writable: bool = True,
               ask_restore: Callable[[Path], bool] | None = None):
    """Open the log; returns (store, message to show, "" when all went well). What is opened when the log
    is damaged or cannot be written is decided by :func:`backpain_desktop.store.open_log`; this puts it in
    words."""
    from backpain_desktop.store import Store, open_log

    opened = open_log(None if kiosk else paths.database, Store.open, folder_writable, ask_restore)
    if opened.outcome == "read_only":
        return opened.store, _tr(
            "app",
            "Your log is shown, but new entries cannot be saved because the log or its folder cannot be "
            "written:\n"
            "{folder}\nNothing you saved before has been lost. Check the folder's permissions, or that the "
            "disk is not full or removed, then start the app again.").format(folder=paths.data_dir)
    if opened.outcome == "restored":
        return opened.store, _tr(
            "app",
            "Your log file was damaged, so the copy kept on {day} has been put back. Anything "
            "logged after that copy was made is not in it. The damaged file has been kept, not "
            "deleted, at:\n{moved}"
        ).format(day=_backup_day(opened.backup), moved=opened.moved)
    if opened.outcome == "fresh":
        return opened.store, _tr(
            "app",
            "Your log file was damaged and could not be read, so a new, empty log has been started. "
            "The old file has been kept, not deleted, at:\n{moved}\n"
            "If you need what was in it, keep that file and ask for help.").format(moved=opened.moved)
    return opened.store, ""


def _backup_day(backup: Path) -> str:
    """'Monday 2 March 2026' from backpain.backup-20260302.sqlite3."""
    from datetime import datetime

    stamp = backup.stem.rsplit("-", 1)[-1]
    try:
        day = datetime.strptime(stamp, "%Y%m%d")
    except ValueError:
        return stamp
    return f"{day:%A} {day.day} {day:%B %Y}"


def ask_to_restore(backup: Path) -> bool:
    from backpain_desktop.ui import errors

    return errors.ask(None, _tr("app", "Your log file is damaged"), _tr(
        "app",
        "Your log file is damaged and cannot be read. It has been kept aside, not deleted.\n\n"
        "A copy of your log from {day} was found. Put that copy back? Anything logged after that copy "
        "was made will not be in it.\n\n"
        "If you choose not to, a new, empty log is started and the copy is kept."
    ).format(day=_backup_day(backup)), _tr("app", "Put the copy back"), _tr("app", "Start a new log"))


def daily_backup(store) -> None:
    from datetime import date

    from backpain_desktop.store import StoreError, make_daily_backup

    try:
        made = make_daily_backup(store, date.today())
        if made:
            log.info("daily backup written to %s", made)
    except StoreError as exc:  # a missing backup must not stop the person using the app
        log.warning("daily backup not written: %s", exc.detail)


FIRST_PAINT_FALLBACK_MS = 1000


def after_first_paint(window, *callbacks: Callable[[], None],
                      fallback_ms: int = FIRST_PAINT_FALLBACK_MS) -> None:
    """Run ``callbacks`` once, in order, just after ``window`` is first painted (a zero-delay timer alone
    would run before the first paint), or after ``fallback_ms`` if it never is (started minimised)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    done = False

    def run() -> None:
        nonlocal done
        if done:
            return
        done = True
        window.removeEventFilter(watcher)
        for callback in callbacks:
            callback()

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, run)  # after the whole paint pass, children included
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(fallback_ms, run)


SHIPPED_PACK = ("content", "en-GB")


def load_content(content_dir: str | None, language: str = "en"):
    """The chosen content pack, or the shipped one with a message when the chosen one is broken; in
    ``language`` where a translation sits beside it (English for whatever it does not translate)."""
    from backpain_desktop.domain.content import ContentError, load_pack_in

    shipped = resource_path(*SHIPPED_PACK)
    if content_dir:
        try:
            return load_pack_in(Path(content_dir), language), ""
        except ContentError as exc:
            return load_pack_in(shipped, language), fill(_tr(
                "app", "The content pack in %1 could not be used, so the standard advice is shown instead. "
                       "The problem: %2"), content_dir, exc)
    return load_pack_in(shipped, language), ""


def settings_saver(paths: AppPaths, kiosk: bool) -> Callable[[object], None]:
    """What the window calls to keep a changed setting; a kiosk session writes nothing to disk."""
    from backpain_desktop.settings import save_settings

    def persist(s) -> None:
        if kiosk:
            return  # nothing a kiosk session does is written to disk
        try:
            save_settings(paths.settings_file, s)
        except OSError as exc:
            log.warning("settings not saved: %s", exc)

    return persist
