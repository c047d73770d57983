"""Every tab in the pseudo language (each string bracketed and ~40 % longer): a string without brackets
never went through a translation, and a label or button narrower than its words cuts them off."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from backpain_desktop.domain.content import ContentPack
from backpain_desktop.settings import Settings
from backpain_desktop.store import Store
from backpain_desktop.ui import reminders as ui_reminders
from backpain_desktop.ui.i18n import PSEUDO, Languages
from backpain_desktop.ui.main_window import MainWindow
from tests.pseudo_sweep import clipped, untranslated_in_pseudo

SIZES = [(1366, 728), (1920, 1080)]


def content_words(pack: ContentPack) -> set[str]:
    """Words from the content pack: translated by a pack in the same language, not by Qt."""
    words = {pack.title, pack.exercises_intro, pack.contacts.physiotherapy_phone, pack.contacts.pals}
    words |= {p.title for p in pack.pages}
    for e in pack.exercises:
        words |= {e.name, e.starting_position, e.take_care, *(s.text for s in e.steps)}
    return {w.strip() for w in words if w}


@pytest.fixture
def pseudo(qapp, tmp_path):
    languages = Languages(tmp_path)
    languages.install(PSEUDO)
    yield languages
    languages.install("en")


@pytest.fixture
def window(qtbot, paths, pack, clock, pseudo, restore_app_look):
    store = Store.open(paths.database)
    win = MainWindow(store, pack, Settings(), lambda s: None, now=clock)
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.reminders is not None:
        win.reminders.close()
    win.close()
    store.close()


def sweep(window, pack) -> tuple[list[str], list[str]]:
    QApplication.processEvents()
    return untranslated_in_pseudo(window, content_words(pack)), clipped(window)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_tab_is_translated_and_nothing_is_clipped(window, pack, size):
    window.resize(*size)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        untranslated, cut = sweep(window, pack)
        assert untranslated == [], f"tab {index}: not translated"
        assert cut == [], f"tab {index}: clipped"


def test_the_urgent_page_and_a_running_timer(window, pack):
    window.resize(*SIZES[0])
    window.navigate("urgent")
    assert sweep(window, pack) == ([], [])
    window.navigate("exercises")
    window.exercise_tab.toggle()  # the timer starts
    assert window.exercise_tab.running()
    try:
        assert sweep(window, pack) == ([], [])
    finally:
        window.exercise_tab.stop_all()


def test_the_reminders_dialog(window, pack, clock, qtbot):
    controller = ui_reminders.ReminderController({}, lambda _stored: None, now=clock,
                                                 tray_available=lambda: False, parent=window)
    window.attach_reminders(controller, lambda: None)
    assert sweep(window, pack) == ([], [])
    dialog = ui_reminders.ReminderSettingsDialog(controller, {}, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert untranslated_in_pseudo(dialog, set()) == []
    assert clipped(dialog) == []


def test_the_sweep_finds_clipped_and_untranslated_words(qtbot, pseudo):
    """The checks above can fail: a plain label and a too-narrow one are both caught."""
    label = QLabel("Not through tr at all")
    qtbot.addWidget(label)
    label.setFixedWidth(30)
    label.show()
    assert untranslated_in_pseudo(label, set()) and clipped(label)
    assert Path(__file__).parents[1].joinpath("pseudo_sweep.py").exists()
