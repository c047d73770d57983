"""Kiosk mode as a clinic meets it: a clean app for each patient, only staff get out, nothing on disk."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMenu, QMessageBox, QVBoxLayout

from backpain_desktop.domain.kiosk_config import KioskConfig, hash_pin, verify_pin
from backpain_desktop.settings import Settings
from backpain_desktop.store import Store
from backpain_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
PIN = "4826"
KM = Qt.KeyboardModifier
STAFF = KM.ControlModifier | KM.AltModifier | KM.ShiftModifier

pytestmark = pytest.mark.usefixtures("restore_app_look")


class Monotonic:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def monotonic() -> Monotonic:
    return Monotonic()


@pytest.fixture
def kiosk_window(qtbot, pack, clock, monotonic):
    stores: list[Store] = []
    windows: list[MainWindow] = []

    def make(config: KioskConfig | None = None) -> MainWindow:
        store = Store.open(None)
        stores.append(store)
        window = MainWindow(store, pack, Settings(), lambda s: None, now=clock,
                            kiosk=config or KioskConfig(enabled=True, pin_hash=hash_pin(PIN)),
                            monotonic=monotonic)
        qtbot.addWidget(window)
        windows.append(window)
        window.kiosk.start()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    yield make
    for w in windows:
        w.hide()  # a new visit's tabs are prepared on idle turns: not once its log is closed
    for s in stores:
        s.close()


def press(widget, button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    """A click as the window system delivers it: to the top-level window first, which passes it on to
    the widget under the pointer (``qtbot.mouseClick`` hands it to the widget directly)."""
    top = widget.window()
    QTest.mouseClick(top.windowHandle(), button, Qt.KeyboardModifier.NoModifier,
                     widget.mapTo(top, widget.rect().center()))


def open_menus() -> list[QMenu]:
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    for menu in menus:
        menu.close()
    return menus


def log_entry(qtbot, window: MainWindow, activity: str, minutes: int) -> None:
    """Log an activity on the kiosk's Pacing page by taps alone."""
    page = window.pacing_tab
    window.tabs.setCurrentWidget(page)
    qtbot.mouseClick(page.activity_buttons[activity], Qt.MouseButton.LeftButton)
    for _ in range(minutes // page.minutes._step):
        qtbot.mouseClick(page.minutes.plus, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.entry_logged):
        qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)


def test_kiosk_fills_the_screen_without_a_frame(kiosk_window):
    window = kiosk_window()
    assert window.geometry() == window.screen().geometry()
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.kiosk.finish_button.isVisible()


def test_idle_prompt_counts_down_then_resets_to_a_clean_start(kiosk_window, qtbot, monotonic):
    """Ensure a patient who walks away leaves nothing for the next: entries, typed text and tab all reset."""
    window = kiosk_window(KioskConfig(enabled=True, idle_minutes=2, countdown_seconds=30))
    log_entry(qtbot, window, "Gardening", 25)
    qtbot.mouseClick(window.pacing_tab.good_bad_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pacing_tab.good_day.plus, Qt.MouseButton.LeftButton)
    assert window._store.count_entries() == 1

    monotonic.t += 119
    window.kiosk.poll()
    assert not window.kiosk.idle_prompt.isVisible()
    monotonic.t += 1
    window.kiosk.poll()
    assert window.kiosk.idle_prompt.isVisible()
    assert "30 seconds" in window.kiosk.idle_countdown.text()
    monotonic.t += 29.5
    window.kiosk.poll()
    assert "1 second " in window.kiosk.idle_countdown.text()
    assert window._store.count_entries() == 1  # nothing lost before the countdown ends

    with qtbot.waitSignal(window.kiosk.visit_reset):
        monotonic.t += 0.5
        window.kiosk.poll()
    assert not window.kiosk.idle_prompt.isVisible()
    assert window.tabs.currentWidget() is window.advice_tab
    assert window.advice_tab.topics.currentRow() == 0
    assert window.advice_tab.browser.verticalScrollBar().value() == 0
    page = window.pacing_tab
    assert page.today_list.text() == "" and page.log_status.text() == ""
    assert page.tries_button.isChecked() and page.good_day.value() == 0
    assert page.activity() == "Walking"
    assert window._store.count_entries() == 0


def test_touching_the_screen_answers_the_prompt_and_keeps_the_entries(kiosk_window, qtbot, monotonic):
    window = kiosk_window(KioskConfig(enabled=True, idle_minutes=1, countdown_seconds=20))
    log_entry(qtbot, window, "Walking", 10)
    monotonic.t += 60
    window.kiosk.poll()
    assert window.kiosk.idle_prompt.isVisible()
    monotonic.t += 5
    press(window.kiosk.idle_countdown)  # anywhere on the prompt but its buttons
    window.kiosk.poll()
    assert not window.kiosk.idle_prompt.isVisible()
    monotonic.t += 59
    window.kiosk.poll()
    assert not window.kiosk.idle_prompt.isVisible()  # the quiet spell starts again from the touch
    assert window._store.count_entries() == 1


def test_still_here_button_and_keyboard_dismiss(kiosk_window, qtbot, monotonic):
    window = kiosk_window(KioskConfig(enabled=True, idle_minutes=1))
    monotonic.t += 60
    window.kiosk.poll()
    assert window.kiosk.still_here_button.hasFocus()
    qtbot.keyClick(window.kiosk.still_here_button, Qt.Key.Key_Space)
    assert not window.kiosk.idle_prompt.isVisible()


def test_finish_button_resets_at_once(kiosk_window, qtbot):
    window = kiosk_window()
    log_entry(qtbot, window, "Housework", 15)
    assert "Housework, 15 minutes" in window.pacing_tab.today_list.text()
    qtbot.mouseClick(window.kiosk.finish_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.advice_tab
    assert window.pacing_tab.today_list.text() == ""
    assert window._store.count_entries() == 0


def test_reset_closes_open_dialogs(kiosk_window, qtbot, monotonic):
    window = kiosk_window(KioskConfig(enabled=True, idle_minutes=1))
    box = QMessageBox(QMessageBox.Icon.Information, "Saved", "Something a patient left open",
                      QMessageBox.StandardButton.Ok, window)
    box.open()
    qtbot.waitExposed(box)
    qtbot.mouseClick(window.kiosk.finish_button, Qt.MouseButton.LeftButton)
    assert not box.isVisible()


def test_close_escape_and_alt_f4_do_not_quit(kiosk_window, qtbot):
    window = kiosk_window()
    assert window.close() is False
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.isVisible() and window.isFullScreen()


def test_no_context_menus_in_kiosk(kiosk_window, qtbot):
    """Ensure a long-press or right-click on text does not open a menu (copy, select all, ...)."""
    window = kiosk_window()
    qtbot.waitUntil(lambda: window.advice_tab.browser.isVisible())
    press(window.advice_tab.browser.viewport(), Qt.MouseButton.RightButton)
    QApplication.processEvents()
    assert open_menus() == [] and QApplication.activePopupWidget() is None


def test_no_context_menus_in_a_dialog_either(kiosk_window, qtbot):
    window = kiosk_window()
    dialog = QDialog(window)
    field = QLineEdit("typed by a patient")
    QVBoxLayout(dialog).addWidget(field)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle())
    press(field, Qt.MouseButton.RightButton)
    QApplication.processEvents()
    assert open_menus() == [] and QApplication.activePopupWidget() is None
    dialog.reject()


def test_typing_in_a_dialog_counts_as_being_there(kiosk_window, qtbot, monotonic):
    window = kiosk_window(KioskConfig(enabled=True, idle_minutes=1))
    dialog = QDialog(window)
    field = QLineEdit()
    QVBoxLayout(dialog).addWidget(field)
    dialog.open()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle())
    monotonic.t += 50
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
    assert field.text() == "a"
    monotonic.t += 50  # 100 s since the start, 50 s since the key
    window.kiosk.poll()
    assert not window.kiosk.idle_prompt.isVisible()
    dialog.reject()


def open_staff_panel(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, STAFF)
    assert window.kiosk.staff_panel.isVisible()
    assert window.kiosk.pin_field.hasFocus()


def test_right_pin_quits(kiosk_window, qtbot):
    window = kiosk_window()
    open_staff_panel(qtbot, window)
    qtbot.keyClicks(window.kiosk.pin_field, PIN)
    with qtbot.waitSignal(window.kiosk.staff_exited):
        qtbot.keyClick(window.kiosk.pin_field, Qt.Key.Key_Return)
    assert not window.isVisible()


def test_wrong_pin_does_not_quit_and_is_rate_limited(kiosk_window, qtbot, monotonic):
    """Ensure guessing is slowed: after three wrong PINs even the right one waits until the lock ends."""
    window = kiosk_window()
    open_staff_panel(qtbot, window)
    panel = window.kiosk
    qtbot.keyClicks(panel.pin_field, "1111")
    qtbot.keyClick(panel.pin_field, Qt.Key.Key_Return)
    assert window.isVisible() and panel.staff_panel.isVisible()
    assert "not right" in panel.pin_message.text()
    assert panel.pin_field.text() == ""
    for guess in ("2222", "3333"):
        qtbot.keyClicks(panel.pin_field, guess)
        qtbot.keyClick(panel.pin_field, Qt.Key.Key_Return)
    assert "Try again in 30 seconds" in panel.pin_message.text()
    qtbot.keyClicks(panel.pin_field, PIN)
    qtbot.keyClick(panel.pin_field, Qt.Key.Key_Return)
    assert window.isVisible()  # locked: not even the right PIN is checked

    qtbot.keyClick(panel.pin_field, Qt.Key.Key_Escape)  # Escape cancels the panel, never quits
    assert not panel.staff_panel.isVisible() and window.isVisible()

    monotonic.t += 31
    open_staff_panel(qtbot, window)
    qtbot.keyClicks(panel.pin_field, PIN)
    qtbot.keyClick(panel.pin_field, Qt.Key.Key_Return)
    assert not window.isVisible()


@pytest.fixture
def keep_process_state(monkeypatch):
    """app.main() installs logging handlers and an excepthook; keep them to this test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else b"<dir>")
            for p in sorted(folder.rglob("*"))}


def test_data_dir_is_untouched_by_a_kiosk_session_with_entries(tmp_path, qtbot, shown_errors,
                                                              keep_process_state):
    """Ensure nothing a patient enters reaches the disk: the data folder is byte-for-byte the same after."""
    from datetime import datetime, timezone

    from backpain_desktop import app as app_module
    from backpain_desktop.paths import AppPaths
    from backpain_desktop.settings import save_settings
    from backpain_desktop.store import ActivityEntry

    data = tmp_path / "clinic"
    paths = AppPaths.resolve(data)
    paths.ensure()
    with Store.open(paths.database) as s:
        s.add_entry(ActivityEntry(activity="Walking", amount=5, unit="minutes",
                                  occurred_at=datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)))
    save_settings(paths.settings_file, Settings(text_scale_percent=125))
    paths.kiosk_file.write_text(f'enabled = true\npin_hash = "{hash_pin(PIN)}"\n')
    before = snapshot(data)

    seen = {}

    def visit() -> None:
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        log_entry(qtbot, window, "Sitting", 40)
        seen["rows"] = window._store.count_entries()
        window.kiosk.open_staff_panel()
        qtbot.keyClicks(window.kiosk.pin_field, PIN)
        window.kiosk.try_exit()

    QTimer.singleShot(0, visit)
    assert app_module.main(["--data-dir", str(data)]) == 0  # kiosk because the admin's file says so
    assert seen["rows"] == 1  # the entry was really made, in memory
    assert snapshot(data) == before
    assert shown_errors == []


def run_app(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "backpain_desktop", *args], capture_output=True, text=True,
                          env=env, timeout=60, cwd=ROOT, input=stdin)


@pytest.mark.slow
def test_bad_kiosk_file_gives_safe_defaults_a_message_and_is_kept(tmp_path):
    data = tmp_path / "d"
    (data / "config").mkdir(parents=True)
    kiosk_file = data / "config" / "kiosk.toml"
    kiosk_file.write_text("enabled = true\nidle_minutes = 0\n")
    result = run_app("--smoke-test", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "'idle_minutes' should be a number of minutes from 0.5 to 60" in result.stderr
    assert "safe settings are used" in result.stderr
    kept = list((data / "config").glob("kiosk.toml.bad-*"))
    assert len(kept) == 1 and kept[0].read_text() == kiosk_file.read_text()
    assert not (data / "backpain.sqlite3").exists()  # it ran as a kiosk: nothing written


@pytest.mark.slow
def test_set_kiosk_pin_stores_only_a_salted_hash(tmp_path):
    data = tmp_path / "d"
    (data / "config").mkdir(parents=True)
    kiosk_file = data / "config" / "kiosk.toml"
    kiosk_file.write_text("# front desk\nenabled = true\n")
    result = run_app("--set-kiosk-pin", "--data-dir", str(data), stdin=f"{PIN}\n{PIN}\n")
    assert result.returncode == 0, result.stderr
    text = kiosk_file.read_text()
    assert text.startswith("# front desk\nenabled = true\n") and PIN not in text
    stored = text.split('pin_hash = "')[1].split('"')[0]
    assert verify_pin(PIN, stored)

    mismatch = run_app("--set-kiosk-pin", "--data-dir", str(data), stdin=f"{PIN}\n9999\n")
    assert mismatch.returncode == 2 and "not the same" in mismatch.stderr
    assert kiosk_file.read_text() == text
