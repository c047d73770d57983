"""Composition root: parse the command line, resolve paths, set up logging, open the store, build the
window and run. The only module that wires concrete pieces together."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from backpain_desktop import APP_DISPLAY_NAME, APP_NAME, __version__
from backpain_desktop.paths import ENV_DATA_DIR, AppPaths, resource_path

log = logging.getLogger("backpain_desktop")

SHIPPED_PACK = ("content", "en-GB")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=f"{APP_DISPLAY_NAME}: low back pain advice, exercises with a rep timer, and pacing. "
                    "Works offline; your log stays on this computer.")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=f"keep the log, settings and logs in DIR (also ${ENV_DATA_DIR})")
    parser.add_argument("--content", metavar="DIR",
                        help="use the content pack in DIR instead of the shipped one")
    parser.add_argument("--kiosk", action="store_true",
                        help="clinic kiosk mode: full screen, nothing written to disk, resets when idle")
    parser.add_argument("--set-kiosk-pin", action="store_true",
                        help="ask for a staff PIN (typed twice) and store its salted hash in the kiosk "
                             "settings file, then exit")
    parser.add_argument("--smoke-test", action="store_true",
                        help="build the window on the given (or a temporary) data dir, visit every tab, quit")
    parser.add_argument("--autostart", action="store_true",
                        help="started at login: open hidden in the tray when reminders are on")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


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


def load_content(content_dir: str | None, language: str = "en"):
    """The chosen content pack, or the shipped one with a message when the chosen one is broken; in
    ``language`` where a translation sits beside it (English for whatever it does not translate)."""
    from backpain_desktop.domain.content import ContentError, load_pack_in

    shipped = resource_path(*SHIPPED_PACK)
    if content_dir:
        try:
            return load_pack_in(Path(content_dir), language), ""
        except ContentError as exc:
            return load_pack_in(shipped, language), _tr(
                "app", "The content pack in %1 could not be used, so the standard advice is shown instead. "
                       "The problem: %2").replace("%1", content_dir).replace("%2", str(exc))
    return load_pack_in(shipped, language), ""




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


def _daily_backup(store) -> None:
    from datetime import date

    from backpain_desktop.store import StoreError, make_daily_backup

    try:
        made = make_daily_backup(store, date.today())
        if made:
            log.info("daily backup written to %s", made)
    except StoreError as exc:  # a missing backup must not stop the person using the app
        log.warning("daily backup not written: %s", exc.detail)


def reminders_on(settings) -> bool:
    return isinstance(settings.reminders, dict) and settings.reminders.get("enabled") is True


def _start_reminders(window, store, pack, settings, persist, data_dir: str | None) -> None:
    from backpain_desktop.ui import reminders

    reminders.attach(window, store, pack, settings, persist, data_dir)


def _answer_no_on_stderr(parent, title: str, message: str, yes: str, no: str) -> bool:
    print(f"{title}: {message}\n-> {no}", file=sys.stderr)
    return False


def _may_exist(path: Path) -> bool:
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


FIRST_PAINT_FALLBACK_MS = 1000


def pause_collector() -> Callable[[], None]:
    """Turn Python's cyclic garbage collector off for start-up; returns what turns it back on.

    Start-up makes objects that live as long as the app (modules, classes, the window); the collector
    would scan them over and over (~25 ms of a start-up here, and later full passes of ~45 ms that
    stall the window). Turning it back on first freezes everything made so far, so no later pass
    scans those objects again. The cost: garbage cycles among them are never freed (at most those of a
    first kiosk visit's tabs, once)."""
    import gc

    was_on = gc.isenabled()
    gc.disable()
    done = False

    def resume() -> None:
        nonlocal done
        if not done:
            done = True
            gc.freeze()
            if was_on:
                gc.enable()

    return resume


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


def run_smoke_test(app, window, built_s: float) -> None:
    """``--smoke-test``: visit every tab, open the chart, check the lazily used Qt modules load, quit.

    Prints how long the window took to build and the chart to draw; exits 1 if any step fails, so a
    broken bundle fails CI.
    """
    import importlib

    from PySide6.QtCore import QTimer

    def fail(step: str) -> None:
        log.exception("smoke test failed while %s", step)
        print(f"smoke test FAILED while {step}", file=sys.stderr)
        app.exit(1)

    def visit(index: int = 0) -> None:
        try:
            if index < window.tabs.count():
                window.tabs.setCurrentIndex(index)
                if window.tabs.currentIndex() != index:
                    raise RuntimeError(f"tab {index} could not be shown")
                QTimer.singleShot(0, lambda: visit(index + 1))
                return
        except Exception:  # any failure fails the smoke test; its traceback is logged
            fail(f"showing tab {index}")
            return
        QTimer.singleShot(0, chart)

    def chart() -> None:
        step = "drawing the chart"
        try:
            started = time.perf_counter()
            window.tabs.setCurrentWidget(window.pacing_tab)
            drawn = "no chart in a kiosk"  # its Pacing page has no history to draw
            if window.kiosk is None:
                window.pacing_tab.show_chart(wait=True)
                app.processEvents()
                drawn = f"chart drawn in {(time.perf_counter() - started) * 1000:.0f} ms"
            # Loaded on first use by the timer and printing; a bundle missing one must fail here.
            step = "loading the Qt modules the timer and printing use"
            for module in ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech", "PySide6.QtPrintSupport"):
                importlib.import_module(module)
        except Exception:  # any failure fails the smoke test; its traceback is logged
            fail(step)
            return
        print(f"smoke test: window built and shown in {built_s * 1000:.0f} ms; "
              f"visited {window.tabs.count()} tabs; {drawn}", flush=True)
        window.close()
        app.exit(0)  # a kiosk refuses to close, and quit() would only ask it again

    QTimer.singleShot(0, visit)


def set_kiosk_pin(paths: AppPaths, ask: Callable[[str], str] | None = None) -> int:
    """``--set-kiosk-pin``: ask twice (hidden when typed at a terminal), store only the salted hash."""
    import getpass

    from backpain_desktop.domain.kiosk_config import hash_pin, pin_problem, with_pin_hash

    if ask is None:
        ask = getpass.getpass if sys.stdin.isatty() else _read_stdin_line
    try:
        pin = ask("New staff PIN (4 to 12 digits): ").strip()
        again = ask("Type it again: ").strip()
    except (EOFError, KeyboardInterrupt):
        print("No PIN given; nothing changed.", file=sys.stderr)
        return 2
    problem = pin_problem(pin) or ("The two PINs are not the same." if pin != again else "")
    if problem:
        print(f"{problem} Nothing changed.", file=sys.stderr)
        return 2
    target = paths.kiosk_file
    try:
        text = target.read_text(encoding="utf-8") if target.exists() else ""
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(with_pin_hash(text, hash_pin(pin)), encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"The kiosk settings file {target} could not be written: {exc}", file=sys.stderr)
        return 2
    print(f"Staff PIN saved (as a salted hash) in {target}")
    return 0


def _read_stdin_line(prompt: str) -> str:
    print(prompt, end="", file=sys.stderr, flush=True)
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line.rstrip("\n")


def main(argv: list[str] | None = None) -> int:
    resume_collector = pause_collector()
    try:
        return _main(argv, resume_collector)
    finally:
        resume_collector()  # no-op once the idle work has resumed it


def _main(argv: list[str] | None, resume_collector: Callable[[], None]) -> int:
    started = time.perf_counter()
    args = build_parser().parse_args(argv)
    temp_dir = None
    data_dir = args.data_dir
    if args.smoke_test and not (data_dir or os.environ.get(ENV_DATA_DIR)):
        import tempfile  # only the smoke test needs it; it costs every start-up ~10 ms

        temp_dir = tempfile.TemporaryDirectory(prefix="backpain-smoke-")
        data_dir = temp_dir.name
    paths = AppPaths.resolve(data_dir)
    if args.set_kiosk_pin:
        return set_kiosk_pin(paths)

    from backpain_desktop.qt_workarounds import lighten_import_scan, protect_none_refcount

    protect_none_refcount()
    lighten_import_scan()

    kiosk_loaded = None  # no kiosk file: its module (validation, TOML, dataclasses) is not even loaded
    if args.kiosk or _may_exist(paths.kiosk_file):
        from backpain_desktop.domain.kiosk_config import load_kiosk_config

        kiosk_loaded = load_kiosk_config(paths.kiosk_file)
    kiosk = args.kiosk or (kiosk_loaded is not None and kiosk_loaded.config.enabled)
    configure_matplotlib_cache(paths, kiosk)

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setDesktopFileName(APP_NAME)  # Wayland matches windows to backpain-desktop.desktop and its icon
    from backpain_desktop.ui.i18n import Languages, system_language

    languages = Languages(resource_path("translations"))  # the system's language until settings are read
    languages.install(system_language(languages.offered()))
    icon = resource_path("icon.png")
    if icon.is_file():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))

    from backpain_desktop.settings import load_settings, save_settings
    from backpain_desktop.store import StoreError
    from backpain_desktop.ui import errors

    if args.smoke_test:
        # Nobody is there to press OK: report on stderr instead of a modal box, and answer questions
        # with the choice that changes least (a backup is not put back unasked).
        errors.set_presenter(lambda parent, title, message, details: print(
            f"{title}: {message}\n{details}".rstrip(), file=sys.stderr))
        errors.set_asker(_answer_no_on_stderr)
    folder_writable = True
    try:
        if not kiosk:  # a kiosk writes nothing: no folders, no log file, no crash file
            paths.ensure()
            folder_writable = _folder_writable(paths.data_dir)
    except OSError as exc:
        folder_writable = False
        if not paths.database.is_file():  # with a log there, open it read-only below instead
            errors.show_error(None, _tr("app", "Cannot start"),
                              _tr("app", "The folder for your log cannot be created: {folder}").format(
                                  folder=paths.data_dir), str(exc))
            return 2
    setup_logging(None if kiosk else paths.log_dir)
    errors.install_excepthook(None if kiosk else paths.log_dir)
    log.info("starting %s %s with data in %s", APP_NAME, __version__,
             "memory (kiosk)" if kiosk else paths.data_dir)

    # One copy per log: a second launch shows the first copy's window and leaves.
    from backpain_desktop.ui.single_instance import Outcome, SingleInstance, lock_file_for

    instance = SingleInstance(lock_file_for(paths.data_dir, kiosk))
    if instance.acquire() is Outcome.SIGNALLED:
        print(f"{APP_DISPLAY_NAME} is already open; its window has been brought to the front.")
        return 0

    loaded = load_settings(paths.settings_file)
    settings = loaded.settings
    if not kiosk and settings.language in languages.offered() and settings.language != languages.current:
        languages.install(settings.language)  # the person's own choice, remembered
    content_dir = args.content or settings.content_dir or None
    pack, pack_problem = load_content(content_dir, languages.current)

    try:
        store, store_message = open_store(paths, kiosk, folder_writable, ask_restore=ask_to_restore)
    except StoreError as exc:
        errors.show_error(None, _tr("app",
                "Cannot open your log"), exc.user_message, f"{exc.path}\n{exc.detail}")
        instance.release()
        return 3

    def persist(s) -> None:
        if kiosk:
            return  # nothing a kiosk session does is written to disk
        try:
            save_settings(paths.settings_file, s)
        except OSError as exc:
            log.warning("settings not saved: %s", exc)

    from backpain_desktop.ui.main_window import MainWindow

    kiosk_config = kiosk_loaded.config if kiosk_loaded is not None and kiosk else None
    window = MainWindow(store, pack, settings, persist, kiosk=kiosk_config)
    window.attach_languages(languages, lambda code: load_content(content_dir, code)[0])
    if store.read_only:  # the message box goes away; the title keeps saying why saving fails
        window.setWindowTitle(_tr("app", "{app} (read-only: new entries cannot be saved)").format(
            app=window.windowTitle()))
    if window.kiosk is not None:
        window.kiosk.start()
    elif not (args.autostart and reminders_on(settings)):  # from login with reminders on: tray only
        window.show()
    instance.attach(window)
    # Once the window is on screen: neither is anything a person sees, so neither delays the first sight.
    later = [instance.listen]
    if not kiosk and not store.read_only:
        later.append(lambda: _daily_backup(store))
    if not kiosk:  # a kiosk never reminds and has no tray icon
        data_dir_arg = str(paths.data_dir) if args.data_dir else None  # start at login keeps the folder
        later.append(lambda: _start_reminders(window, store, pack, settings, persist, data_dir_arg))
    later.append(lambda: window.prepare_when_idle(then=resume_collector))
    after_first_paint(window, *later)
    built = time.perf_counter() - started
    kiosk_message = kiosk_loaded.message if kiosk_loaded is not None else ""
    for message in (loaded.problem, pack_problem, store_message, kiosk_message):
        if message:
            errors.show_error(window, APP_DISPLAY_NAME, message)

    if args.smoke_test:
        run_smoke_test(app, window, built)

    code = app.exec()
    store.close()
    instance.release()
    if temp_dir is not None:
        temp_dir.cleanup()
    return code


if __name__ == "__main__":
    sys.exit(main())


def _tr(context: str, text: str) -> str:
    from backpain_desktop.ui.widgets import tr  # Qt loads on first use, not at import

    return tr(context, text)
