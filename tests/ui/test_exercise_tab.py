"""The Exercises tab as a person uses it: pick, read, change numbers, run the timer on a fake clock, log."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from backpain_desktop.domain.poses import POSES
from backpain_desktop.settings import Settings, load_settings, save_settings
from backpain_desktop.store import Store
from backpain_desktop.ui import cues as tones
from backpain_desktop.ui import exercise_sheet
from backpain_desktop.ui.exercises import ExerciseTab
from backpain_desktop.ui.exercises.details import STEP_PICTURE_MAX_W
from backpain_desktop.ui.figure import render_image


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


class RecordingCues:
    """Stands in for ui/cues.Cues: records what would be heard."""

    def __init__(self, speech: bool = True) -> None:
        self.muted = False
        self.voice = True
        self.played: list[str] = []
        self.said: list[str] = []
        self.stopped = 0
        self._speech = speech

    def speech_available(self) -> bool:
        return self._speech

    def play(self, tone: str) -> None:
        if not self.muted:
            self.played.append(tone)

    def say(self, text: str) -> None:
        if not self.muted and self.voice:
            self.said.append(text)

    def cue(self, tone: str | None, words: str, until_ms: float | None = None) -> None:
        if tone:
            self.play(tone)
        self.say(words)

    def stop(self) -> None:
        self.stopped += 1


@pytest.fixture
def clock_m():
    return FakeMonotonic()


@pytest.fixture
def make_tab(qtbot, pack, store, paths, clock_m, clock):
    def make(settings: Settings | None = None, cues=None, kiosk: bool = False) -> ExerciseTab:
        settings = settings or Settings()
        tab = ExerciseTab(pack, store, settings, lambda s: save_settings(paths.settings_file, s), kiosk=kiosk,
                          cues=cues if cues is not None else RecordingCues(), monotonic=clock_m, now=clock)
        qtbot.addWidget(tab)
        tab.resize(1100, 760)
        tab.show()
        qtbot.waitExposed(tab)
        tab.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
        return tab
    return make


def advance(tab: ExerciseTab, clock_m: FakeMonotonic, seconds: float, step: float = 0.25) -> None:
    """Move the fake clock on, letting the tab's QTimer-driven tick run as it would."""
    end = clock_m.now + seconds
    while clock_m.now < end - 1e-9:
        clock_m.now = min(end, clock_m.now + step)
        tab.runner.tick()


def select(tab: ExerciseTab, exercise_id: str) -> None:
    listed = tab.exercise_list
    rows = [listed.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listed.count())]
    tab.exercise_list.setCurrentRow(rows.index(exercise_id))


def test_shows_how_to_do_each_exercise_with_a_picture_per_step(make_tab, pack):
    tab = make_tab()
    for row, exercise in enumerate(pack.exercises):
        tab.exercise_list.setCurrentRow(row)
        assert tab.details.title.text() == exercise.name
        assert exercise.starting_position in tab.details.start_position.text()
        assert exercise.take_care in tab.details.take_care.text()
        assert ("A suggested starting point — check with your physiotherapist"
                in tab.numbers_panel.prescription.text())
        assert len(tab.details.step_pictures) == len(exercise.steps)
        assert all(not p.pixmap().isNull() for p in tab.details.step_pictures)


def test_every_step_picture_is_drawn_and_steps_differ(qapp, pack):
    """Ensure each step of each exercise has a real picture, and one exercise's different steps differ."""
    palette = qapp.palette()
    size = QSize(200, 120)
    blank = render_image(POSES["squat-stand"], size, palette).copy()
    blank.fill(palette.color(QPalette.ColorRole.Window))
    for exercise in pack.exercises:
        frame = [POSES[s.pose] for s in exercise.steps]
        images = {}
        for step in exercise.steps:
            image = render_image(POSES[step.pose], size, palette, frame)
            assert image != blank, f"{exercise.id}: {step.pose} draws nothing"
            images[step.pose] = image
        distinct = list(images.values())
        for i, a in enumerate(distinct):
            for b in distinct[i + 1:]:
                assert a != b, f"{exercise.id}: two different poses draw the same picture"
        assert len(images) >= 2, f"{exercise.id} needs at least two different pictures"


def test_pictures_follow_a_dark_palette(qapp):
    from backpain_desktop.ui.theme import dark_palette

    light = render_image(POSES["knee-rolls-start"], QSize(120, 80), qapp.palette())
    dark = render_image(POSES["knee-rolls-start"], QSize(120, 80), dark_palette())
    assert dark.pixelColor(2, 2) == dark_palette().color(QPalette.ColorRole.Window)
    assert light != dark


def test_own_numbers_are_checked_saved_and_reset(make_tab, store, pack):
    """Ensure the steppers save the person's numbers, keep them within sane bounds, and go back to the
    suggested starting point on one press."""
    tab = make_tab()
    select(tab, "knee-hugs")
    reps = tab.numbers_panel.steppers["reps"]
    reps.set_value(12)
    assert store.prescription("knee-hugs").reps == 12
    assert "own numbers" in tab.numbers_panel.note.text()
    assert tab.numbers_panel.summary.text().startswith("Your numbers: 12 reps")
    tab.numbers_panel.steppers["hold_s"].set_value(500)  # beyond the sane bound: the highest allowed
    assert tab.numbers_panel.steppers["hold_s"].value() == 120
    assert store.prescription("knee-hugs").hold_s == 120
    tab.numbers_panel.reset_button.click()
    assert store.prescription("knee-hugs") is None
    assert reps.value() == pack.exercise("knee-hugs").prescription.reps
    assert not tab.numbers_panel.reset_button.isEnabled()


def test_numbers_are_one_tap_away_and_say_per_side(make_tab, qtbot):
    """Ensure the steps stay in view with the numbers folded, and alternating sides read "on each side"."""
    tab = make_tab()
    select(tab, "knee-rolls")
    panel = tab.numbers_panel
    assert not panel.steppers["reps"].isVisible()
    assert "10 reps on each side" in panel.summary.text()
    assert "A suggested starting point — check with your physiotherapist" in panel.prescription.text()
    assert tab.timer_panel.rep_label.text() == "10 reps on each side"
    qtbot.mouseClick(panel.change_button, Qt.MouseButton.LeftButton)
    assert panel.steppers["reps"].isVisible()
    qtbot.mouseClick(panel.steppers["reps"].plus, Qt.MouseButton.LeftButton)
    assert "11 reps on each side" in panel.summary.text()
    assert tab.timer_panel.rep_label.text() == "11 reps on each side"


def test_own_numbers_survive_a_restart(make_tab, paths, pack):
    tab = make_tab()
    select(tab, "mini-squats")
    tab.numbers_panel.steppers["sets"].set_value(3)
    tab.close()
    with Store.open(paths.database) as reopened:
        again = ExerciseTab(pack, reopened, Settings(), lambda s: None, cues=RecordingCues())
        select(again, "mini-squats")
        assert again.numbers_panel.steppers["sets"].value() == 3
        assert again.numbers(pack.exercise("mini-squats")).sets == 3
        again.deleteLater()


def test_a_full_set_runs_on_the_clock_is_heard_and_is_logged(make_tab, clock_m, store, qtbot):
    """Ensure a person can press Space and do a whole set guided by tones and voice, and it is logged."""
    cues = RecordingCues()
    tab = make_tab(cues=cues)
    select(tab, "knee-rolls")
    tab.numbers_panel.steppers["reps"].set_value(2)
    tab.numbers_panel.steppers["hold_s"].set_value(4)
    tab.numbers_panel.steppers["rest_s"].set_value(2)
    tab.timer_panel.pain_before.set_value(3)
    tab.exercise_list.setFocus()
    logged = []
    tab.session_logged.connect(logged.append)
    qtbot.keyClick(tab.exercise_list, Qt.Key.Key_Space)
    assert tab.timer is not None and tab.timer.running
    assert tab.timer_panel.phase_label.text() == "Get ready" and tab.timer_panel.seconds_label.text() == "5"
    assert cues.played == [tones.GET_READY] and cues.said == ["Knee rolls. Get ready."]

    advance(tab, clock_m, 5.0)
    assert tab.timer_panel.phase_label.text() == "Move slowly"
    assert tab.timer_panel.rep_label.text() == "Rep 1 of 2 on each side · Left side"
    advance(tab, clock_m, 1.5)
    mid_move = tab.timer_panel.figure.pose()
    assert mid_move not in (POSES["knee-rolls-start"], POSES["knee-rolls-left"])  # the figure moves
    assert 0 < tab.timer_panel.phase_bar.value() < 1000
    advance(tab, clock_m, 1.5)
    assert tab.timer_panel.phase_label.text() == "Hold" and tab.timer_panel.seconds_label.text() == "4"
    assert tab.timer_panel.figure.pose() == POSES["knee-rolls-left"]
    advance(tab, clock_m, 4.0)
    assert tab.timer_panel.phase_label.text() == "And relax"
    assert cues.played.count(tones.TICK) == 3 and tones.HOLD_END in cues.played
    assert "Hold" in cues.said and "And relax" in cues.said
    advance(tab, clock_m, 5.0)  # release 3 + rest 2
    assert tab.timer_panel.rep_label.text() == "Rep 1 of 2 on each side · Right side"
    advance(tab, clock_m, 200.0)
    assert tab.timer_panel.phase_label.text() == "Done"
    assert tab.card.isVisible() and "Knee rolls: 2 of 2 reps on each side" in tab.card.summary.text()
    assert tones.SET_DONE in cues.played

    sessions = store.list_exercise_sessions()
    assert len(sessions) == 1 and logged == [sessions[0].id]
    s = sessions[0]
    assert (s.exercise_id, s.reps_done, s.reps_planned, s.outcome, s.pain_before) == (
        "knee-rolls", 2, 2, "completed", 3)
    plan_total = 5 + 2 * 2 * (3 + 4 + 3) + 3 * 2  # get ready, 2 reps x 2 sides, 3 rests between sides/reps
    assert s.duration_s == pytest.approx(plan_total)
    entries = store.list_entries()
    assert [(e.activity, e.source) for e in entries] == [("Exercises", "exercise")]


def test_pain_rising_by_two_offers_pacing(make_tab, clock_m, store, qtbot):
    tab = make_tab()
    select(tab, "mini-squats")
    tab.numbers_panel.steppers["reps"].set_value(1)
    tab.timer_panel.pain_before.set_value(4)
    tab.toggle()
    advance(tab, clock_m, 60)
    assert tab.card.isVisible()
    tab.card.pain_after.set_value(6)
    tab.card.save_button.click()
    session = store.list_exercise_sessions()[0]
    assert session.pain_after == 6 and store.list_entries()[0].pain_after == 6
    assert "hurt does not equal harm" in tab.card.message.text()
    assert tab.card.pacing_button.isVisible()
    with qtbot.waitSignal(tab.navigate_requested) as signal:
        tab.card.pacing_button.click()
    assert signal.args == ["pacing"]


def test_small_pain_change_does_not_warn(make_tab, clock_m):
    tab = make_tab()
    select(tab, "mini-squats")
    tab.numbers_panel.steppers["reps"].set_value(1)
    tab.timer_panel.pain_before.set_value(4)
    tab.toggle()
    advance(tab, clock_m, 60)
    tab.card.pain_after.set_value(5)
    tab.card.save_button.click()
    assert tab.card.message.text() == "Saved." and not tab.card.pacing_button.isVisible()


def test_keyboard_pause_resume_skip_and_stop(make_tab, clock_m, store, qtbot):
    """Ensure Space pauses and resumes exactly, arrows skip, and Esc stops and logs what was done."""
    tab = make_tab()
    select(tab, "back-extensions")
    tab.exercise_list.setFocus()
    qtbot.keyClick(tab.exercise_list, Qt.Key.Key_Space)
    advance(tab, clock_m, 2.0)
    qtbot.keyClick(tab.exercise_list, Qt.Key.Key_Space)
    assert tab.timer.paused and tab.timer_panel.phase_label.text() == "Paused: Get ready"
    advance(tab, clock_m, 100.0)
    assert tab.timer_panel.seconds_label.text() == "3"
    qtbot.keyClick(tab.exercise_list, Qt.Key.Key_Space)
    assert tab.timer.running and tab.timer_panel.start_button.text() == "Pause"
    qtbot.keyClick(tab.exercise_list, Qt.Key.Key_Right)
    assert tab.timer_panel.phase_label.text() == "Move slowly"
    for _ in range(3):
        qtbot.keyClick(tab.exercise_list, Qt.Key.Key_Right)
    assert tab.timer_panel.phase_label.text() == "Rest" and tab.timer.reps_done == [1]
    qtbot.keyClick(tab.exercise_list, Qt.Key.Key_Left)
    assert tab.timer_panel.phase_label.text() == "And relax"
    qtbot.keyClick(tab.exercise_list, Qt.Key.Key_Right)
    qtbot.keyClick(tab.exercise_list, Qt.Key.Key_Escape)
    assert tab.timer_panel.phase_label.text() == "Stopped"
    s = store.list_exercise_sessions()[0]
    assert (s.outcome, s.reps_done, s.reps_planned) == ("stopped", 1, 8)


def test_stopping_before_the_first_rep_logs_nothing(make_tab, clock_m, store):
    tab = make_tab()
    tab.toggle()
    advance(tab, clock_m, 2.0)
    tab.stop()
    assert store.list_exercise_sessions() == []
    assert "Nothing was added" in tab.card.summary.text()


def test_space_on_another_button_presses_that_button(make_tab, qtbot, store):
    tab = make_tab()
    tab.numbers_panel.steppers["reps"].set_value(7)
    tab.numbers_panel.reset_button.setFocus()
    qtbot.keyClick(tab.numbers_panel.reset_button, Qt.Key.Key_Space)
    assert store.prescription("knee-rolls") is None and tab.timer is None


def test_do_all_five_rests_between_and_announces_the_next(make_tab, clock_m, store, pack):
    cues = RecordingCues()
    tab = make_tab(cues=cues)
    for row in range(len(pack.exercises)):
        tab.exercise_list.setCurrentRow(row)
        tab.numbers_panel.steppers["reps"].set_value(1)
        tab.numbers_panel.steppers["hold_s"].set_value(1)
    tab.chooser.all_button.click()
    advance(tab, clock_m, 5 + (3 + 1 + 3) + 3 + (3 + 1 + 3))  # knee rolls: left, rest, right
    assert tab.timer_panel.phase_label.text() == "Rest. Next: Knee hugs"
    assert "Rest. Next: Knee hugs." in cues.said
    advance(tab, clock_m, 30)
    assert cues.said[-1] == "Knee hugs. Rep 1. One knee or both."
    advance(tab, clock_m, 1000, step=0.5)
    assert tab.timer_panel.phase_label.text() == "Done"
    names = [s.exercise_name for s in reversed(store.list_exercise_sessions())]
    assert names == [e.name for e in pack.exercises]


def test_mute_is_one_click_and_remembered(make_tab, paths, clock_m):
    cues = RecordingCues()
    tab = make_tab(cues=cues)
    tab.timer_panel.mute_button.click()
    assert cues.muted and tab.timer_panel.mute_button.text() == "Sound off"
    assert load_settings(paths.settings_file).settings.muted is True
    tab.toggle()
    assert cues.played == [] and tab.timer_panel.phase_label.text() == "Get ready"  # the screen still says it


def test_voice_toggle_is_remembered_and_hidden_without_an_engine(make_tab, paths):
    tab = make_tab(cues=RecordingCues(speech=True))
    assert tab.timer_panel.voice_button.isVisible()
    tab.timer_panel.voice_button.click()
    assert load_settings(paths.settings_file).settings.voice is True
    quiet = make_tab(cues=RecordingCues(speech=False))
    assert not quiet.timer_panel.voice_button.isVisible()


def test_real_cues_offscreen_are_silent_and_warn_nothing(make_tab, clock_m, qtbot):
    """Ensure the real cues service on a machine with no audio device or speech engine plays and speaks
    nothing, raises nothing, and logs no Qt warning (pytest-qt fails the test on one)."""
    real = tones.Cues(muted=False, voice=True)
    tab = make_tab(cues=real)
    assert tab.timer_panel.voice_button.isVisible() == real.speech_available()  # hidden where no engine works
    qtbot.waitUntil(lambda: real._sound_checked, timeout=10_000)  # tones preloaded once the tab showed
    if real._speech is not None:
        assert real._speech.engine() != tones.MOCK_ENGINE
    tab.toggle()
    advance(tab, clock_m, 30)
    real.play(tones.START)
    real.say("Hold")
    real.stop()
    assert tab.timer.started


def test_stop_all_silences_and_forgets_the_timer(make_tab, clock_m, store):
    cues = RecordingCues()
    tab = make_tab(cues=cues)
    tab.toggle()
    advance(tab, clock_m, 10)
    tab.stop_all()
    assert tab.timer is None and cues.stopped >= 1
    assert not tab.runner.qtimer.isActive()
    assert store.list_exercise_sessions() == []


def test_the_timer_uses_one_qtimer_and_the_injected_clock(make_tab, clock_m, qtbot):
    tab = make_tab()
    tab.toggle()
    assert tab.runner.qtimer.isActive()
    clock_m.now += 5.0
    qtbot.waitUntil(lambda: tab.timer_panel.phase_label.text() == "Move slowly")


def test_exercise_sheet_renders_a_one_page_pdf(qapp, pack, tmp_path):
    from PySide6.QtGui import QPdfWriter

    from backpain_desktop.domain.reptimer import TimerPlan

    out = tmp_path / "sheet.pdf"
    writer = QPdfWriter(str(out))
    items = [(e, TimerPlan(name=e.name, reps=e.prescription.reps, hold_s=e.prescription.hold_s,
                           rest_s=e.prescription.rest_s, sets=e.prescription.sets,
                           sides=e.prescription.sides))
             for e in pack.exercises]
    exercise_sheet.render_sheet(writer, items)
    del writer
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") \
        + data.count(b"/Type /Page/") + data.count(b"/Type/Page") >= 1
    assert len(data) > 10_000  # pictures and text, not an empty page


def test_kiosk_print_with_no_printer_asks_nothing_and_says_so(make_tab, dialogs):
    tab = make_tab(kiosk=True)
    tab.chooser.print_button.click()
    assert dialogs.asked == []  # a kiosk never opens the print dialog
    assert tab.chooser.print_message.text() == "No printer is set up here. Ask a member of staff."


def test_space_works_straight_after_switching_to_the_tab(make_window_tab, qtbot):
    """Ensure Space starts the timer when the person has just moved to the Exercises tab by keyboard."""
    window, tab = make_window_tab
    window.tabs.setCurrentWidget(tab)
    window.tabs.tabBar().setFocus()
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Space)
    assert tab.timer is not None and tab.timer.running
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Escape)
    assert tab.timer.finished


def test_arrows_move_between_tabs_when_no_set_is_running(make_window_tab, qtbot):
    window, tab = make_window_tab
    window.tabs.setCurrentWidget(tab)
    window.tabs.tabBar().setFocus()
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Right)
    assert window.tabs.currentWidget() is window.pacing_tab


@pytest.fixture
def make_window_tab(qtbot, paths, pack, clock, clock_m):
    from backpain_desktop.ui.main_window import MainWindow

    store = Store.open(paths.database)
    window = MainWindow(store, pack, Settings(), lambda s: None, now=clock, monotonic=clock_m)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window, window.exercise_tab
    window.exercise_tab.stop_all()
    store.close()


def test_space_on_a_toggle_button_changes_it_once(make_tab, qtbot, paths):
    cues = RecordingCues()
    tab = make_tab(cues=cues)
    tab.timer_panel.mute_button.setFocus()
    qtbot.keyClick(tab.timer_panel.mute_button, Qt.Key.Key_Space)
    assert tab.timer_panel.mute_button.isChecked() and cues.muted
    assert not tab.timer_panel.mute_button.isDown()  # no second, delayed click pending


def test_a_finished_set_shows_in_the_pacing_log(make_window_tab, clock_m):
    """Ensure the session appears in the Pacing tab's log as exercise activity without a restart."""
    window, tab = make_window_tab
    select(tab, "mini-squats")
    tab.numbers_panel.steppers["reps"].set_value(1)
    tab.toggle()
    advance(tab, clock_m, 60)
    model = window.pacing_tab.model
    assert model.rowCount() == 1
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "Exercises" in texts


def test_a_new_kiosk_visit_stops_the_timer(qtbot, pack, clock, clock_m, restore_app_look):
    from backpain_desktop.domain.kiosk_config import KioskConfig
    from backpain_desktop.ui.main_window import MainWindow

    store = Store.open(None)
    window = MainWindow(store, pack, Settings(), lambda s: None, now=clock, kiosk=KioskConfig(enabled=True),
                        monotonic=clock_m)
    qtbot.addWidget(window)
    old = window.exercise_tab
    old.toggle()
    assert old.runner.qtimer.isActive()
    window.new_visit()
    assert not old.runner.qtimer.isActive() and old.timer is None
    assert window.exercise_tab is not old and window.exercise_tab.timer is None
    store.close()


def test_step_pictures_grow_with_the_text(make_tab):
    tab = make_tab()
    font = tab.font()
    font.setPointSizeF(6)
    tab.setFont(font)
    before = tab.details.step_pictures[0].pixmap().size()
    font.setPointSizeF(9)
    tab.setFont(font)
    after = tab.details.step_pictures[0].pixmap().size()
    assert after.width() > before.width() and after.height() > before.height()
    font.setPointSizeF(40)
    tab.setFont(font)
    assert tab.details.step_pictures[0].pixmap().width() <= STEP_PICTURE_MAX_W  # the words beside keep room


def test_choosing_another_exercise_mid_set_does_not_end_it(make_tab, clock_m, qtbot):
    tab = make_tab()
    tab.toggle()
    advance(tab, clock_m, 6)
    tab.exercise_list.setFocus()
    qtbot.keyClick(tab.exercise_list, Qt.Key.Key_Down)
    assert tab.details.title.text() == "Knee hugs"
    assert tab.timer.running and tab.timer_panel.timer_name.text() == "Knee rolls"
    tab.stop()
    assert tab.card.isVisible()
    qtbot.keyClick(tab.exercise_list, Qt.Key.Key_Down)
    assert tab.timer is None and not tab.card.isVisible()
    assert tab.timer_panel.timer_name.text() == "Back extensions"
    assert tab.timer_panel.phase_label.text() == "Ready when you are"


def test_real_cues_probe_quietly_and_load_every_tone_or_none(qtbot):
    """Ensure the audio probe (run on first use, not at start-up) logs no Qt warning, and either every tone
    is ready to play or the service is silent; never half."""
    real = tones.Cues()
    assert not real._sound_checked  # nothing loaded while the window is being built
    real.prepare()  # on two later turns of the event loop
    qtbot.waitUntil(lambda: real._sound_checked, timeout=10_000)
    available = real.sound_available
    assert sorted(real._effects) == (sorted(tones.TONES) if available else [])
    real.play(tones.TICK)


def test_a_full_disk_is_explained_and_the_timer_still_finishes(make_tab, clock_m, store, monkeypatch,
                                                               shown_errors):
    from backpain_desktop.store import DiskFull

    def full(*_args, **_kw):
        raise DiskFull("database or disk is full")

    monkeypatch.setattr(store, "add_exercise_session", full)
    monkeypatch.setattr(store, "set_prescription", full)
    tab = make_tab()
    select(tab, "mini-squats")
    tab.numbers_panel.steppers["reps"].set_value(1)
    assert tab.numbers_panel.note.text() == "Not saved."
    assert tab.numbers_panel.steppers["reps"].value() == 1  # what was typed stays
    tab.toggle()
    advance(tab, clock_m, 60)
    assert tab.timer_panel.phase_label.text() == "Done"
    assert "could not be added to your log" in tab.card.summary.text()
    assert [t for t, _ in shown_errors] == ["Your numbers were not saved", "Session not saved"]
    assert "disk is full" in shown_errors[-1][1]


def test_the_timer_uses_the_numbers_on_screen(make_tab):
    tab = make_tab()
    tab.numbers_panel.steppers["reps"].set_value(4)
    assert tab.timer_panel.rep_label.text() == "4 reps on each side"
    tab.toggle()
    assert tab.timer.plan.reps == 4


def test_the_app_never_speaks_through_the_mock_engine(qapp, monkeypatch):
    """Ensure Qt's test-only "mock" speech engine, which works everywhere, is never taken as a real voice."""
    with tones._qt_messages_to_debug_log():  # the first import probes for audio libraries, noisily
        from PySide6.QtTextToSpeech import QTextToSpeech

    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    real = tones.Cues(voice=True)
    assert real.speech_available() is False
    real.say("Hold")  # silently nothing


@pytest.mark.parametrize("size", [(1366, 580), (1280, 650)])
def test_after_stopping_the_card_asks_pain_now_where_the_timer_was(make_tab, clock_m, qtbot, store, size):
    """Ensure that after Stop the summary and the "Pain now" question are in view at once (a laptop's
    tab area), with keyboard focus on the scale, and a tap then Save stores the answer."""
    tab = make_tab()
    tab.resize(*size)
    select(tab, "back-extensions")
    tab.timer_panel.pain_before.set_value(3)
    tab.toggle()
    for _ in range(4):
        tab.skip_forward()
    tab.stop()
    assert not tab.timer_panel.isVisible() and tab.card.isVisible()
    assert tab.card.heading.text() == "Stopped"
    assert "Back extensions: 1 of 8 reps" in tab.card.summary.text()
    assert "Pain before you started: 3" in tab.card.summary.text()
    for widget in (tab.card.pain_after, tab.card.save_button):
        qtbot.waitUntil(lambda w=widget: w.visibleRegion().boundingRect().size() == w.size())
    assert tab.card.pain_after.buttons[0].hasFocus()
    qtbot.keyClick(tab.card.pain_after.buttons[0], Qt.Key.Key_Space)  # Space presses the number in focus
    assert tab.timer is not None and tab.timer.finished  # and does not start another set
    qtbot.mouseClick(tab.card.pain_after.buttons[4], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.card.save_button, Qt.MouseButton.LeftButton)
    assert tab.card.message.text() == "Saved."
    assert store.list_exercise_sessions()[0].pain_after == 4
    qtbot.mouseClick(tab.card.close_button, Qt.MouseButton.LeftButton)
    assert tab.timer_panel.isVisible() and tab.timer_panel.phase_label.text() == "Ready when you are"


def test_idle_progress_bars_are_hidden_and_shown_while_a_set_runs(make_tab, clock_m):
    tab = make_tab()
    assert not tab.timer_panel.phase_bar.isVisible() and not tab.timer_panel.set_bar.isVisible()
    assert tab.timer_panel.pain_before.isVisible()
    tab.toggle()
    advance(tab, clock_m, 1)
    assert tab.timer_panel.phase_bar.isVisible() and tab.timer_panel.set_bar.isVisible()
    assert not tab.timer_panel.pain_before.isVisible()  # asked before the set, out of the way during it


def test_saving_pain_now_without_a_number_asks_for_one(make_tab, clock_m, store):
    tab = make_tab()
    select(tab, "mini-squats")
    tab.numbers_panel.steppers["reps"].set_value(1)
    tab.toggle()
    advance(tab, clock_m, 60)
    tab.card.save_button.click()
    assert tab.card.message.text() == "Choose a number from 0 (no pain) to 10 first."
    assert store.list_exercise_sessions()[0].pain_after is None


def test_space_in_a_number_box_does_not_start_the_timer(make_tab, qtbot):
    tab = make_tab()
    tab.numbers_panel.change_button.click()
    tab.numbers_panel.steppers["reps"].field.setFocus()
    qtbot.keyClick(tab.numbers_panel.steppers["reps"].field, Qt.Key.Key_Space)
    assert tab.timer is None


def test_reduced_motion_shows_positions_without_the_movement(make_tab, clock_m, qapp):
    tab = make_tab()
    qapp.setProperty("backpainReducedMotion", True)
    try:
        tab.toggle()
        advance(tab, clock_m, 5.5)  # half a second into the first move
        assert tab.timer_panel.phase_label.text() == "Move slowly"
        assert tab.timer_panel.figure.pose() == POSES["knee-rolls-left"]
    finally:
        qapp.setProperty("backpainReducedMotion", None)


def test_a_running_set_keeps_the_kiosk_from_resetting(qtbot, pack, clock, clock_m, restore_app_look):
    """Ensure a kiosk never asks "Are you still there?" (and then wipes the visit) while the rep timer is
    guiding someone who is lying on the floor; once paused, the usual idle rules apply again."""
    from backpain_desktop.domain.kiosk_config import KioskConfig
    from backpain_desktop.ui.main_window import MainWindow

    store = Store.open(None)
    config = KioskConfig(enabled=True)
    window = MainWindow(store, pack, Settings(), lambda s: None, now=clock, kiosk=config, monotonic=clock_m)
    qtbot.addWidget(window)
    window.kiosk.start()
    qtbot.waitExposed(window)
    tab = window.exercise_tab
    tab.numbers_panel.steppers["reps"].set_value(50)
    tab.toggle()
    for _ in range(int(config.idle_seconds * 3)):
        clock_m.now += 1
        tab.runner.tick()
        window.kiosk.poll()
    assert not window.kiosk.idle_prompt.isVisible() and tab.timer.running
    tab.toggle()  # paused, then walked away
    for _ in range(int(config.idle_seconds) + 2):
        clock_m.now += 1
        window.kiosk.poll()
    assert window.kiosk.idle_prompt.isVisible()
    window.kiosk.stop()
    window.exercise_tab.stop_all()
    store.close()


def test_space_on_a_step_picture_opens_it_bigger_and_starts_nothing(make_tab, qtbot):
    """Ensure a step picture in the tab still opens full size from the keyboard, and Space there does not
    start a set (the tab's Space shortcut would otherwise take the key first)."""
    from backpain_desktop.ui.figure import FigureViewer

    tab = make_tab()
    select(tab, "knee-hugs")
    picture = tab.details.step_pictures[1]
    picture.setFocus()
    qtbot.waitUntil(picture.hasFocus)
    qtbot.keyClick(picture, Qt.Key.Key_Space)
    viewer = picture.findChild(FigureViewer)
    assert viewer is not None and viewer.isVisible()
    assert tab.timer is None
    viewer.close_button.click()
    qtbot.waitUntil(lambda: not viewer.isVisible())
