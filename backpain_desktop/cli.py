"""The command line: its parser, and the commands that do one thing and leave (``--set-kiosk-pin``,
``--smoke-test``)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable

from backpain_desktop import APP_DISPLAY_NAME, APP_NAME, __version__
from backpain_desktop.paths import ENV_DATA_DIR, AppPaths

log = logging.getLogger("backpain_desktop")


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


def smoke_test_folder(args: argparse.Namespace):
    """A temporary data folder for ``--smoke-test`` when none was given (the caller cleans it up), or None."""
    if args.smoke_test and not (args.data_dir or os.environ.get(ENV_DATA_DIR)):
        import tempfile  # only the smoke test needs it; it costs every start-up ~10 ms

        return tempfile.TemporaryDirectory(prefix="backpain-smoke-")
    return None


def answer_for_nobody() -> None:
    """For ``--smoke-test``: nobody is there to press OK, so report on stderr instead of a modal box, and
    answer questions with the choice that changes least (a backup is not put back unasked)."""
    from backpain_desktop.ui import dialogs

    class Nobody(dialogs.Dialogs):
        def show_error(self, parent, title: str, message: str, details: str = "") -> None:
            print(f"{title}: {message}\n{details}".rstrip(), file=sys.stderr)

        def ask(self, parent, title: str, message: str, yes: str, no: str) -> bool:
            print(f"{title}: {message}\n-> {no}", file=sys.stderr)
            return False

    dialogs.use(Nobody())


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
