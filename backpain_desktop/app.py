"""Composition root: resolve paths, read settings and content, open the store, build the window and run.
The only module that wires concrete pieces together; the command line is in cli.py, housekeeping in
startup.py."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from backpain_desktop import APP_DISPLAY_NAME, cli, perf, startup
from backpain_desktop.paths import AppPaths
from backpain_desktop.startup import load_content  # noqa: F401 - part of this module's use
from backpain_desktop.translate import _tr

if TYPE_CHECKING:
    from backpain_desktop.domain.kiosk_config import LoadedKioskConfig

log = logging.getLogger("backpain_desktop")

def reminders_on(settings) -> bool:
    return isinstance(settings.reminders, dict) and settings.reminders.get("enabled") is True


def _start_reminders(window, store, pack, settings, persist, data_dir: str | None) -> None:
    from backpain_desktop.ui import reminders

    reminders.attach(window, store, pack, settings, persist, data_dir)


def main(argv: list[str] | None = None) -> int:
    resume_collector = perf.pause_collector()  # start-up's objects are frozen once it is over
    try:
        return _main(argv, resume_collector)
    finally:
        resume_collector()  # no-op once the idle work has resumed it


@dataclass(frozen=True)
class _Launch:
    """What the command line and the kiosk file settled, handed from one start-up step to the next."""

    args: argparse.Namespace
    paths: AppPaths
    kiosk: bool
    kiosk_loaded: LoadedKioskConfig | None
    started: float
    resume_collector: Callable[[], None]


def _main(argv: list[str] | None, resume_collector: Callable[[], None]) -> int:
    started = time.perf_counter()
    args = cli.build_parser().parse_args(argv)
    temp_dir = cli.smoke_test_folder(args)
    paths = AppPaths.resolve(temp_dir.name if temp_dir is not None else args.data_dir)
    if args.set_kiosk_pin:
        return cli.set_kiosk_pin(paths)

    from backpain_desktop.qt_workarounds import lighten_import_scan, protect_none_refcount

    protect_none_refcount()
    lighten_import_scan()
    kiosk_loaded = None  # no kiosk file: its module (validation, TOML, dataclasses) is not even loaded
    if args.kiosk or startup.may_exist(paths.kiosk_file):
        from backpain_desktop.domain.kiosk_config import load_kiosk_config

        kiosk_loaded = load_kiosk_config(paths.kiosk_file)
    kiosk = args.kiosk or (kiosk_loaded is not None and kiosk_loaded.config.enabled)
    startup.configure_matplotlib_cache(paths, kiosk)
    code = _run(_Launch(args, paths, kiosk, kiosk_loaded, started, resume_collector))
    if temp_dir is not None:
        temp_dir.cleanup()
    return code


def _run(launch: _Launch) -> int:
    """Qt, the data folder, logging and one copy per log; then the window and the event loop."""
    app, languages = startup.start_qt()
    if launch.args.smoke_test:
        cli.answer_for_nobody()
    folder_writable = startup.prepare_data_folder(launch.paths, launch.kiosk)
    if folder_writable is None:
        return 2
    startup.start_logging(launch.paths, launch.kiosk)

    # One copy per log: a second launch shows the first copy's window and leaves.
    from backpain_desktop.ui.single_instance import Outcome, SingleInstance, lock_file_for

    instance = SingleInstance(lock_file_for(launch.paths.data_dir, launch.kiosk))
    if instance.acquire() is Outcome.SIGNALLED:
        print(f"{APP_DISPLAY_NAME} is already open; its window has been brought to the front.")
        return 0
    code = _open_and_show(launch, app, languages, folder_writable, instance)
    instance.release()
    return code


def _open_and_show(launch: _Launch, app, languages, folder_writable: bool, instance) -> int:
    """Settings, content and the log; the window shown (or in the tray, or as a kiosk); then the loop."""
    from backpain_desktop.settings import load_settings
    from backpain_desktop.store import StoreError
    from backpain_desktop.ui import errors
    from backpain_desktop.ui.main_window import MainWindow

    args, paths, kiosk, kiosk_loaded = launch.args, launch.paths, launch.kiosk, launch.kiosk_loaded
    loaded = load_settings(paths.settings_file)
    settings = loaded.settings
    if not kiosk and settings.language in languages.offered() and settings.language != languages.current:
        languages.install(settings.language)  # the person's own choice, remembered
    content_dir = args.content or settings.content_dir or None
    pack, pack_problem = load_content(content_dir, languages.current)
    try:
        store, store_message = startup.open_store(paths, kiosk, folder_writable,
                                                  ask_restore=startup.ask_to_restore)
    except StoreError as exc:
        errors.show_error(None, _tr("app",
                "Cannot open your log"), exc.user_message, f"{exc.path}\n{exc.detail}")
        return 3
    persist = startup.settings_saver(paths, kiosk)
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
        later.append(lambda: startup.daily_backup(store))
    if not kiosk:  # a kiosk never reminds and has no tray icon
        data_dir_arg = str(paths.data_dir) if args.data_dir else None  # start at login keeps the folder
        later.append(lambda: _start_reminders(window, store, pack, settings, persist, data_dir_arg))
    later.append(lambda: window.prepare_when_idle(then=launch.resume_collector))
    startup.after_first_paint(window, *later)
    built = time.perf_counter() - launch.started
    kiosk_message = kiosk_loaded.message if kiosk_loaded is not None else ""
    for message in (loaded.problem, pack_problem, store_message, kiosk_message):
        if message:
            errors.show_error(window, APP_DISPLAY_NAME, message)
    if args.smoke_test:
        cli.run_smoke_test(app, window, built)
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
