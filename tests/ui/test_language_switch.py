"""Changing the language in the window: the picker names each language in itself, the whole window
changes at once without a restart, the choice is remembered, and Arabic turns the layout right to left."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from backpain_desktop.devtools.translations import tool
from backpain_desktop.domain.content import load_pack_in
from backpain_desktop.settings import load_settings, save_settings
from backpain_desktop.store import Store
from backpain_desktop.ui.i18n import Languages
from backpain_desktop.ui.main_window import MainWindow

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "content" / "en-GB"
WORDS = {"pl": ("Uzyskaj pilną pomoc", "Ćwiczenia"), "ar": ("اطلب المساعدة العاجلة", "التمارين")}


def _qm(folder: Path, code: str) -> None:
    urgent, exercises = WORDS[code]
    ts = folder / f"backpain_{code}.ts"
    ts.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="{code}">
<context><name>MainWindow</name>
<message><source>Get help &amp;urgently</source><translation>{urgent}</translation></message>
<message><source>&amp;Exercises</source><translation>{exercises}</translation></message>
</context></TS>""", encoding="utf-8")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True)


@pytest.fixture
def languages(tmp_path):
    folder = tmp_path / "translations"
    folder.mkdir()
    for code in WORDS:
        _qm(folder, code)
    chosen = Languages(folder)
    yield chosen
    chosen.install("en")


@pytest.fixture
def window(qtbot, paths, clock, languages):
    store = Store.open(paths.database)
    settings = load_settings(paths.settings_file).settings
    win = MainWindow(store, load_pack_in(SHIPPED, "en"), settings,
                     lambda s: save_settings(paths.settings_file, s), now=clock)
    win.attach_languages(languages, lambda code: load_pack_in(SHIPPED, code))
    qtbot.addWidget(win)
    win.show()
    yield win
    store.close()


def test_the_picker_names_each_language_in_itself(window):
    picker = window.language_picker
    assert [picker.itemText(i) for i in range(picker.count())] == ["English", "العربية", "Polski"]
    assert picker.currentText() == "English"
    assert picker.accessibleName() == "Language"
    assert picker.minimumHeight() >= 44


def test_switching_changes_the_whole_window_at_once_and_is_remembered(window, paths):
    window.tabs.setCurrentIndex(2)
    window.switch_language("pl")
    assert window.urgent_button.text() == "Uzyskaj pilną pomoc"
    assert window.tabs.tabText(1) == "Ćwiczenia"
    assert window.tabs.currentIndex() == 2  # the person stays where they were
    assert load_settings(paths.settings_file).settings.language == "pl"
    assert QLocale().language() == QLocale.Language.Polish
    window.switch_language("en")
    assert window.urgent_button.text().replace("&", "") == "Get help urgently"
    assert window.tabs.tabText(1).replace("&", "") == "Exercises"


def test_arabic_lays_the_window_out_right_to_left(window):
    window.switch_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.exercise_tab.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.switch_language("en")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_kiosk_goes_back_to_its_own_language_for_the_next_person(qtbot, paths, clock, languages,
                                                                      restore_app_look):
    from backpain_desktop.domain.kiosk_config import KioskConfig

    store = Store.open(paths.database)
    settings = load_settings(paths.settings_file).settings
    win = MainWindow(store, load_pack_in(SHIPPED, "en"), settings, lambda s: None, now=clock,
                     kiosk=KioskConfig(enabled=True))
    win.attach_languages(languages, lambda code: load_pack_in(SHIPPED, code))
    qtbot.addWidget(win)
    try:
        win.switch_language("ar")
        assert win.urgent_button.text() == "اطلب المساعدة العاجلة"
        win.new_visit()
        assert languages.current == "en"
        assert win.urgent_button.text().replace("&", "") == "Get help urgently"
        assert win.language_picker.currentText() == "English"
        assert win.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert settings.language == ""  # a kiosk remembers nobody's choice
    finally:
        if win.kiosk is not None:
            win.kiosk.stop() if hasattr(win.kiosk, "stop") else None
        store.close()


def test_a_translated_about_page_links_to_the_english_original(window, qtbot):
    """Ensure the Polish About page's link opens the same page in English, in one tap."""
    from PySide6.QtCore import QUrl

    window.switch_language("pl")
    window.navigate("advice:about")
    assert "page:about@en" in window.advice_tab.browser.toHtml()
    window.advice_tab.browser.anchorClicked.emit(QUrl("page:about@en"))
    qtbot.waitUntil(lambda: window.languages.current == "en")
    assert window.advice_tab.current_page_id() == "about"
    assert window.urgent_button.text().replace("&", "") == "Get help urgently"
