"""Composition root: parse the command line, resolve paths, set up logging, open the store, build the
window and run. The only module that wires concrete pieces together."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import tempfile
import time
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
    parser.add_argument("--content", metavar="DIR", help="use the content pack in DIR instead of the shipped one")
    parser.add_argument("--kiosk", action="store_true",
                        help="clinic kiosk mode: full screen, nothing written to disk, resets when idle")
    parser.add_argument("--smoke-test", action="store_true",
                        help="build the window on the given (or a temporary) data dir, visit every tab, quit")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


def setup_logging(log_dir: Path) -> None:
    """One rotating file in the log dir, plus warnings on stderr. Called once, from main()."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir / "backpain-desktop.log", maxBytes=512 * 1024, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    root.addHandler(handler)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(formatter)
    root.addHandler(console)


def load_content(content_dir: str | None):
    """The chosen content pack, or the shipped one with a message when the chosen one is broken."""
    from backpain_desktop.domain.content import ContentError, load_pack

    shipped = resource_path(*SHIPPED_PACK)
    if content_dir:
        try:
            return load_pack(Path(content_dir)), ""
        except ContentError as exc:
            return load_pack(shipped), (f"The content pack in {content_dir} could not be used, so the "
                                        f"standard advice is shown instead. The problem: {exc}")
    return load_pack(shipped), ""


def open_store(paths: AppPaths, kiosk: bool):
    """Open the log. A damaged file is moved aside and a fresh log started; returns (store, message)."""
    from backpain_desktop.store import DatabaseCorrupt, Store, move_aside

    if kiosk:
        return Store.open(None), ""
    try:
        return Store.open(paths.database), ""
    except DatabaseCorrupt as exc:
        moved = move_aside(paths.database)
        log.error("damaged database moved to %s: %s", moved, exc.detail)
        return Store.open(paths.database), (
            "Your log file was damaged and could not be read, so a new, empty log has been started. "
            f"The old file has been kept, not deleted, at:\n{moved}")


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args = build_parser().parse_args(argv)
    temp_dir = None
    data_dir = args.data_dir
    if args.smoke_test and not (data_dir or os.environ.get(ENV_DATA_DIR)):
        temp_dir = tempfile.TemporaryDirectory(prefix="backpain-smoke-")
        data_dir = temp_dir.name
    paths = AppPaths.resolve(data_dir)

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP_DISPLAY_NAME)

    from backpain_desktop.settings import load_settings, save_settings
    from backpain_desktop.store import StoreError
    from backpain_desktop.ui import errors

    if args.smoke_test:
        # Nobody is there to press OK: report on stderr instead of a modal box.
        errors.set_presenter(lambda parent, title, message, details: print(
            f"{title}: {message}\n{details}".rstrip(), file=sys.stderr))
    try:
        paths.ensure()
    except OSError as exc:
        errors.show_error(None, "Cannot start", f"The folder for your log cannot be created: {paths.data_dir}",
                          str(exc))
        return 2
    setup_logging(paths.log_dir)
    errors.install_excepthook(paths.log_dir)
    log.info("starting %s %s with data in %s", APP_NAME, __version__, paths.data_dir)

    loaded = load_settings(paths.settings_file)
    settings = loaded.settings
    pack, pack_problem = load_content(args.content or settings.content_dir or None)

    try:
        store, store_message = open_store(paths, args.kiosk)
    except StoreError as exc:
        errors.show_error(None, "Cannot open your log", exc.user_message, f"{exc.path}\n{exc.detail}")
        return 3

    def persist(s) -> None:
        if args.kiosk:
            return  # nothing a kiosk session does is written to disk
        try:
            save_settings(paths.settings_file, s)
        except OSError as exc:
            log.warning("settings not saved: %s", exc)

    from backpain_desktop.ui.main_window import MainWindow

    window = MainWindow(store, pack, settings, persist)
    window.show()
    built = time.perf_counter() - started
    for message in (loaded.problem, pack_problem, store_message):
        if message:
            errors.show_error(window, APP_DISPLAY_NAME, message)

    if args.smoke_test:
        def visit(index: int = 0) -> None:
            if index < window.tabs.count():
                window.tabs.setCurrentIndex(index)
                QTimer.singleShot(0, lambda: visit(index + 1))
            else:
                print(f"smoke test: window built and shown in {built * 1000:.0f} ms; "
                      f"visited {window.tabs.count()} tabs")
                window.close()
        QTimer.singleShot(0, visit)

    code = app.exec()
    store.close()
    if temp_dir is not None:
        temp_dir.cleanup()
    return code


if __name__ == "__main__":
    sys.exit(main())
