"""Reminders at home: a real notification server (dunst on a private D-Bus session bus and Xvfb) shows
them and its actions move the window; the tray menu, closing to the tray, the settings dialog, start at
login, and a kiosk that never reminds."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from backpain_desktop.domain.reminders import ReminderRules
from backpain_desktop.settings import Settings, load_settings, save_settings
from backpain_desktop.store import Baseline, Store
from backpain_desktop.ui import reminders as ui_reminders
from backpain_desktop.ui.main_window import MainWindow
from backpain_desktop.ui.reminders import (
    DBusNotifier,
    IdleWatcher,
    ReminderController,
    ReminderSettingsDialog,
)

LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)  # a Monday, 09:00 in London
NEEDS = ("dunst", "dunstctl", "dbus-daemon", "dbus-send", "Xvfb")
missing = [tool for tool in NEEDS if shutil.which(tool) is None]
needs_dunst = pytest.mark.skipif(bool(missing),
                                 reason=f"not installed: {', '.join(missing)} (.ci/run installs them)")


class Clock:
    def __init__(self, start: datetime = START):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def quit_on_close_restored(qapp):
    before = qapp.quitOnLastWindowClosed()
    yield
    qapp.setQuitOnLastWindowClosed(before)


@pytest.fixture
def home(qtbot, paths, pack, quit_on_close_restored, restore_app_look, monkeypatch):
    """A home window with reminders attached, on a fake clock in London, and no session bus unless a test
    starts one."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    clock = Clock()
    store = Store.open(paths.database)
    settings = Settings()

    def persist(s: Settings) -> None:
        save_settings(paths.settings_file, s)

    window = MainWindow(store, pack, settings, persist, now=clock)
    qtbot.addWidget(window)
    window.show()

    def attach(tray: bool = False, notifier=None) -> ReminderController:
        def save(stored: dict) -> None:
            settings.reminders = stored
            persist(settings)

        controller = ReminderController(
            settings.reminders, save, now=clock, zone=lambda: LONDON,
            position_source=lambda activity, day: ui_reminders.position_plans(store, day).get(activity),
            exercise_minutes=lambda: ui_reminders.exercise_minutes_for(pack, store),
            notifier=notifier, idle=IdleWatcher(session_address="", system_address="unix:path=/nonexistent"),
            tray_available=lambda: tray, parent=window)
        window.attach_reminders(controller, lambda: None)
        return controller

    yield window, store, settings, clock, attach
    if window.reminders is not None:
        window.reminders.close()
    window._quitting = True
    window.close()
    store.close()


def exercise_rules(at: time, **kw) -> ReminderRules:
    return ReminderRules(enabled=True, exercise_days=frozenset(range(7)), exercise_times=(at,), **kw)


# -- a real notification server ------------------------------------------------------------------------------

class Dunst:
    def __init__(self, env: dict):
        self.env = env

    def ctl(self, *args: str) -> str:
        result = subprocess.run(["dunstctl", *args], env=self.env, capture_output=True, text=True, timeout=20)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def displayed(self) -> int:
        return int(self.ctl("count", "displayed").strip() or 0)

    def history(self) -> list[dict]:
        data = json.loads(self.ctl("history"))["data"][0]
        return [{k: v["data"] for k, v in item.items()} for item in data]


BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture
def dunst(tmp_path, qtbot, monkeypatch):
    """dunst on its own D-Bus session bus and X display; its context menu ("dmenu") picks Snooze."""
    if missing:
        pytest.skip(f"not installed: {', '.join(missing)}")
    started: list[subprocess.Popen] = []
    try:
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "800x600x24",
                                 "-nolisten", "tcp"], pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
        started.append(xvfb)
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            display = ":" + pipe.readline().strip()
        # A bus of its own with no service files: nothing but this dunst can answer for notifications.
        bus_config = tmp_path / "bus.conf"
        bus_config.write_text(BUS_CONFIG.format(folder=tmp_path))
        bus = subprocess.Popen(["dbus-daemon", f"--config-file={bus_config}", "--nofork", "--nopidfile",
                                "--print-address=1"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
        started.append(bus)
        address = bus.stdout.readline().strip()
        pick = tmp_path / "pick-snooze.sh"
        pick.write_text("#!/bin/sh\ngrep -m1 -i snooze\n")
        pick.chmod(0o755)
        config = tmp_path / "dunstrc"
        config.write_text(f"[global]\n    dmenu = {pick}\n    idle_threshold = 0\n"
                          "    stack_duplicates = false\n")
        env = dict(os.environ, DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=address)
        server = subprocess.Popen(["dunst", "-config", str(config)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started.append(server)
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        d = Dunst(env)

        def ready() -> bool:
            probe = subprocess.run(["dunstctl", "is-paused"], env=env, capture_output=True, timeout=20)
            return probe.returncode == 0

        qtbot.waitUntil(ready, timeout=15_000)
        yield d
    finally:
        for process in reversed(started):
            process.terminate()
            process.wait(timeout=20)
            if process.stdout is not None:
                process.stdout.close()


@needs_dunst
def test_an_exercise_reminder_appears_on_a_real_server_and_its_action_opens_exercises(home, dunst, qtbot):
    """Ensure a reminder set a minute ahead appears in dunst, and clicking it shows the Exercises tab."""
    window, _store, settings, clock, attach = home
    notifier = DBusNotifier()
    controller = attach(notifier=notifier)
    controller.set_rules(exercise_rules(time(9, 1)))
    assert controller.tick() == []
    window.navigate("advice")
    window.hide()  # closed to the tray
    clock.now += timedelta(minutes=1)
    shown = controller.tick()
    assert [r.kind for r in shown] == ["exercise"]
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=10_000)

    with qtbot.waitSignal(notifier.action_invoked, timeout=10_000):
        dunst.ctl("action", "0")  # what a click on the notification does
    qtbot.waitUntil(lambda: window.isVisible() and window.tabs.currentWidget() is window.exercise_tab)

    dunst.ctl("close-all")
    history = dunst.history()
    assert [item["summary"] for item in history] == ["Time for your back exercises"]
    assert "About" in history[0]["body"] and "minutes" in history[0]["body"]
    assert history[0]["appname"] == "Back Pain Companion"
    stored = load_settings(Path(os.environ["BACKPAIN_DATA_DIR"]) / "config" / "settings.json").settings
    assert stored.reminders["handled_slot"].startswith("2026-03-02T09:01")  # never shown again


@needs_dunst
def test_snooze_from_the_notification_shows_it_again_ten_minutes_later(home, dunst, qtbot):
    """Ensure choosing Snooze in the server's own menu brings the reminder back after 10 minutes, once."""
    _window, _store, settings, clock, attach = home
    notifier = DBusNotifier()
    controller = attach(notifier=notifier)
    controller.set_rules(exercise_rules(time(9, 0)))
    clock.now += timedelta(seconds=30)
    controller.set_rules(exercise_rules(time(9, 1)))
    clock.now += timedelta(seconds=30)
    controller.tick()
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=10_000)
    with qtbot.waitSignal(notifier.action_invoked, timeout=10_000) as invoked:
        dunst.ctl("context")  # the menu lists the actions; the test's dmenu picks "Snooze 10 minutes"
    assert invoked.args[1] == "snooze"
    dunst.ctl("close-all")
    assert settings.reminders["snoozed_until"].startswith("2026-03-02T09:11")
    clock.now += timedelta(minutes=9)
    assert controller.tick() == []
    clock.now += timedelta(minutes=1)
    assert [r.snoozed for r in controller.tick()] == [True]
    clock.now += timedelta(minutes=10)
    assert controller.tick() == []
    qtbot.waitUntil(lambda: dunst.displayed() >= 1, timeout=10_000)
    dunst.ctl("close-all")
    assert [item["summary"] for item in dunst.history()] == ["Time for your back exercises"] * 2


# -- without a notification server ---------------------------------------------------------------------------

def test_a_reminder_missed_while_asleep_is_said_once_on_waking(home):
    _window, _store, _settings, clock, attach = home
    controller = attach()
    controller.set_rules(exercise_rules(time(10, 0)))
    controller.tick()
    clock.now = START + timedelta(hours=1, minutes=40)  # asleep from 09:00 to 10:40
    controller.tick()
    clock.now += timedelta(seconds=30)
    controller.tick()
    assert [title for title, _ in controller.shown] == ["Time for your back exercises"]
    assert controller.shown[0][1].startswith("This reminder was for 10:00, while the computer was asleep.")


def test_a_sitting_plan_gives_position_breaks_at_its_minutes(home):
    """Ensure a plan of sitting for 25 minutes at a time reminds after 25 minutes of use, in plain words."""
    _window, store, _settings, clock, attach = home
    store.set_baseline(Baseline("Sitting", 25, "min", "manual", 10, START - timedelta(days=1), {}))
    controller = attach()
    controller.set_rules(ReminderRules(enabled=True, position_breaks=True, position_activity="Sitting"))
    for _ in range(2 * 25 + 1):
        controller.tick()
        clock.now += timedelta(seconds=30)
    assert controller.shown == [("Time to change position",
                                 "Your pacing plan: sitting for about 25 minutes at a time. "
                                 "Change position for a while, then carry on.")]


def test_closing_with_reminders_on_keeps_the_app_and_says_so_once(home, qtbot):
    window, _store, settings, _clock, attach = home
    controller = attach()
    controller.set_rules(exercise_rules(time(18, 0)))
    assert not QApplication.instance().quitOnLastWindowClosed()
    window.close()
    assert not window.isVisible() and settings.tray_note_shown
    window.bring_back()
    window.close()
    notes = [t for t, _ in controller.shown if "still running" in t]
    assert notes == ["Back Pain Companion is still running"]
    assert "start the app again" in controller.shown[0][1]  # no tray here: says how to come back


def test_closing_with_reminders_off_closes_as_before(home):
    window, _store, _settings, _clock, attach = home
    controller = attach()
    controller.set_rules(ReminderRules(enabled=False))
    assert QApplication.instance().quitOnLastWindowClosed()
    window.close()
    assert not window.isVisible() and controller.shown == []


# The offscreen test platform has no tray of its own; Qt says so when the icon is shown.
@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_the_tray_menu_opens_tabs_pauses_and_quits(home, qtbot):
    window, _store, settings, clock, attach = home
    controller = attach(tray=True)
    controller.set_rules(exercise_rules(time(9, 30)))
    assert isinstance(controller.tray, QSystemTrayIcon) and controller.tray.isVisible()
    texts = [a.text() for a in controller.menu.actions() if a.text()]
    assert texts == ["Open", "Start today's exercises", "Log an activity", "Pause reminders for an hour",
                     "No reminders today", "Resume reminders", "Reminder settings…", "Quit"]
    window.hide()
    controller.menu_actions["log"].trigger()
    assert window.isVisible() and window.tabs.currentWidget() is window.pacing_tab
    controller.menu_actions["exercises"].trigger()
    assert window.tabs.currentWidget() is window.exercise_tab
    controller.menu_actions["pause"].trigger()
    assert controller.status_text() == "Reminders are paused until 10:00."
    assert controller.menu_actions["resume"].isVisible()
    clock.now += timedelta(minutes=30)
    assert controller.tick() == []  # 09:30 fell in the pause
    controller.menu_actions["resume"].trigger()
    controller.menu_actions["today"].trigger()
    assert controller.status_text() == "No more reminders today."
    assert settings.reminders["off_day"] == "2026-03-02"
    controller.menu_actions["quit"].trigger()
    assert not window.isVisible()


def test_the_settings_dialog_saves_days_times_quiet_hours_and_exports_a_calendar(home, qtbot, tmp_path,
                                                                                  dialogs):
    import vobject

    window, store, settings, _clock, attach = home
    store.set_baseline(Baseline("Sitting", 25, "min", "manual", 10, START - timedelta(days=1), {}))
    controller = attach()
    dialogs.save_path = tmp_path / "back.ics"
    dialog = ReminderSettingsDialog(controller, ui_reminders.position_plans(store, START.date()), window)
    qtbot.addWidget(dialog)
    assert dialog.position_note.text().startswith("Your plan today: sitting for 25 minutes at a time.")
    dialog.enabled.setChecked(True)
    for d in (0, 3):
        dialog.day_buttons[d].click()
    dialog.time_combos[0].setCurrentIndex(dialog.time_combos[0].findText("08:30"))
    dialog.quiet.setChecked(True)
    dialog.position.setChecked(True)
    dialog.calendar_button.click()
    assert f"Saved {tmp_path / 'back.ics'}" in dialog.message.text()
    assert dialogs.asked == [("save", "back-exercises.ics")]
    event = vobject.readOne((tmp_path / "back.ics").read_text(encoding="utf-8")).vevent
    assert event.summary.value == "Back exercises" and "BYDAY=MO,TH" in event.rrule.value
    assert dialog.apply() == ""
    assert settings.reminders["exercise_days"] == [0, 3]
    assert settings.reminders["exercise_times"] == ["08:30"]
    assert (settings.reminders["quiet_start"], settings.reminders["quiet_end"]) == ("21:00", "08:00")
    assert settings.reminders["position_breaks"] is True and controller.rules.enabled


def test_position_breaks_cannot_be_chosen_without_a_plan(home, qtbot):
    window, store, _settings, _clock, attach = home
    controller = attach()
    dialog = ReminderSettingsDialog(controller, ui_reminders.position_plans(store, START.date()), window)
    qtbot.addWidget(dialog)
    assert not dialog.position.isEnabled()
    assert dialog.position_note.text().startswith(
        "Set a starting amount for sitting or standing on the Pacing tab first")


def test_start_at_login_writes_and_removes_the_entry(home, qtbot, tmp_path):
    from backpain_desktop.ui.autostart import Autostart

    window, store, _settings, _clock, attach = home
    controller = attach()
    controller.autostart = Autostart(["backpain-desktop", "--autostart"], system="linux",
                                     environ={"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    dialog = ReminderSettingsDialog(controller, {}, window)
    qtbot.addWidget(dialog)
    assert not dialog.autostart.isChecked()
    dialog.autostart.setChecked(True)
    assert dialog.apply() == ""
    entry = tmp_path / "cfg" / "autostart" / "backpain-desktop.desktop"
    assert "Exec=backpain-desktop --autostart" in entry.read_text()
    dialog.autostart.setChecked(False)
    dialog.apply()
    assert not entry.exists()


@pytest.mark.parametrize("kiosk", [False, True])
def test_a_kiosk_never_has_reminders_or_a_tray(tmp_path, qapp, monkeypatch, kiosk, quit_on_close_restored,
                                               restore_app_look):
    """Ensure the home app attaches reminders and a kiosk does not, even with reminders on in its settings."""
    from backpain_desktop import app as app_module
    from backpain_desktop import startup
    from backpain_desktop.paths import AppPaths

    data = tmp_path / "d"
    paths = AppPaths.resolve(data)
    paths.ensure()
    save_settings(paths.settings_file, Settings(reminders={"enabled": True, "exercise_days": [0],
                                                           "exercise_times": ["09:00"]}))
    attached = []
    monkeypatch.setattr(ui_reminders, "attach", lambda window, *a, **k: attached.append(window))
    monkeypatch.setattr(startup, "FIRST_PAINT_FALLBACK_MS", 0)
    args = ["--smoke-test", "--data-dir", str(data)] + (["--kiosk"] if kiosk else [])
    assert app_module.main(args) == 0
    assert len(attached) == (0 if kiosk else 1)
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    try:
        assert all(not w.findChildren(QSystemTrayIcon) for w in windows if w.kiosk is not None)
    finally:  # the app's own windows outlive main() in this process: close them for the tests after
        for window in windows:
            window._quitting = True
            window.close()
            window.deleteLater()


@needs_dunst
def test_idle_cannot_be_told_on_a_bus_without_a_screen_saver(dunst):
    """Ensure a session with no screen-saver service and no logind counts as "cannot tell", not as idle."""
    watcher = IdleWatcher(session_address=os.environ["DBUS_SESSION_BUS_ADDRESS"],
                          system_address="unix:path=/nonexistent/system_bus_socket")
    try:
        assert watcher.active() is None
        assert watcher.active() is None  # asked again: the missing services are not asked twice
    finally:
        watcher.close()
