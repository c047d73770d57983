"""In Polish and in Arabic no visible string is still the English one (names such as PALS, numbers and the
language names excepted). Skips while a language's .qm is not there yet (its translator has not
delivered); strict once it is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from backpain_desktop.domain.content import load_pack, load_pack_in
from backpain_desktop.settings import Settings
from backpain_desktop.store import Store
from backpain_desktop.ui.i18n import Languages
from backpain_desktop.ui.main_window import MainWindow
from tests.pseudo_sweep import plain, same_everywhere, visible_texts

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SHIPPED = ROOT / "resources" / "content" / "en-GB"


def english_words(code: str) -> set[str]:
    """Every English source string the app can show, and the English pack's words."""
    text = (TRANSLATIONS / f"backpain_{code}.ts").read_text(encoding="utf-8")
    sources = {plain(re.sub(r"&amp;", "&", s)).replace("&lt;", "<").replace("&gt;", ">")
               for s in re.findall(r"<source>(.*?)</source>", text, re.S)}
    pack = load_pack(SHIPPED)
    sources |= {p.title for p in pack.pages} | {pack.title, pack.exercises_intro}
    for e in pack.exercises:
        sources |= {e.name, e.starting_position, e.take_care, *(s.text for s in e.steps)}
    return {s.strip() for s in sources if s.strip()}


@pytest.fixture(params=["pl", "ar"])
def translated(request, qapp, qtbot, paths, clock, restore_app_look):
    code = request.param
    if not (TRANSLATIONS / f"backpain_{code}.qm").exists():
        pytest.skip(f"resources/translations/backpain_{code}.qm is not there yet")
    languages = Languages(TRANSLATIONS)
    assert languages.install(code) == code
    store = Store.open(paths.database)
    window = MainWindow(store, load_pack_in(SHIPPED, code), Settings(), lambda s: None, now=clock)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    yield code, window
    window.close()
    store.close()
    languages.install("en")


def test_no_visible_string_is_left_in_english(translated):
    code, window = translated
    english = english_words(code)
    left = set()
    for index in [*range(window.tabs.count()), "urgent"]:
        if index == "urgent":
            window.navigate("urgent")
        else:
            window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        left |= {f"{type(w).__name__}: {t!r}" for w, t in visible_texts(window)
                 if plain(t) in english and not same_everywhere(t)}
    assert sorted(left) == []


def test_arabic_mirrors_the_window(translated):
    code, window = translated
    expected = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == expected
