"""Choosing the language and installing it: the environment's wish, Qt's own translations, direction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from backpain_desktop.ui.i18n import PSEUDO, Languages, available_languages, language_name, system_language

OFFERED = ["en", "pl", "ar"]


@pytest.mark.parametrize(("environ", "system", "expected"), [
    ({"LANGUAGE": "pl", "LANG": "en_GB.UTF-8"}, "en_GB", "pl"),
    ({"LANGUAGE": "fr:ar", "LANG": "fr_FR.UTF-8"}, "fr_FR", "ar"),
    ({"LANG": "pl_PL.UTF-8"}, "en_GB", "pl"),
    ({"LC_ALL": "ar_EG.UTF-8", "LANG": "pl_PL.UTF-8"}, "en_GB", "ar"),
    ({"LANG": "C"}, "pl_PL", "pl"),
    ({"LANG": "de_DE.UTF-8"}, "de_DE", "en"),
])
def test_the_environment_picks_the_first_offered_language(environ, system, expected):
    assert system_language(OFFERED, environ, system) == expected


def test_languages_are_named_in_themselves():
    assert [language_name(c) for c in OFFERED] == ["English", "Polski", "العربية"]


def test_a_language_is_offered_when_its_translation_file_is_there(tmp_path):
    (tmp_path / "backpain_pl.qm").write_bytes(b"")
    (tmp_path / "backpain_cy.qm").write_bytes(b"")
    assert available_languages(tmp_path) == ["en", "cy", "pl"]


def test_pseudo_language_brackets_and_lengthens_every_string(qapp, tmp_path):
    languages = Languages(tmp_path)
    try:
        assert languages.install(PSEUDO) == PSEUDO
        shown = QCoreApplication.translate("Window", "Get help urgently")
        assert shown.startswith("[Get help urgently") and shown.endswith("]")
        assert len(shown) >= len("Get help urgently") * 1.4
    finally:
        languages.install("en")
    assert QCoreApplication.translate("Window", "Get help urgently") == "Get help urgently"


def test_a_language_without_a_translation_falls_back_to_english(qapp, tmp_path):
    languages = Languages(tmp_path)
    assert languages.install("pl") == "en"
    assert QLocale().language() == QLocale.Language.English
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
