"""Domain messages stay English text for anyone who reads them as strings, and the UI words them in the
language in use, numbers included."""

from __future__ import annotations

import copy
import pickle

from PySide6.QtCore import QLocale

from backpain_desktop.domain.entries import UNITS, parse_amount
from backpain_desktop.domain.messages import Message, fill, message
from backpain_desktop.ui.i18n import isolate, number, say


def test_a_message_is_its_english_words():
    shown = message("entries", "That is more %1 than one entry can hold (at most %2).").args("minutes", 1440)
    assert shown == "That is more minutes than one entry can hold (at most 1440)."
    assert isinstance(shown, str) and shown.source.startswith("That is more %1")
    assert pickle.loads(pickle.dumps(shown)).values == ("minutes", 1440)
    assert copy.copy(shown) == shown


def test_fill_replaces_each_marker_once_and_leaves_others():
    assert fill("%1 and %2, 100%", ("a", "%2")) == "a and %2, 100%"
    assert fill("%n day(s)", n=3) == "3 day(s)"


def test_say_words_numbers_in_the_locale(qapp):
    QLocale.setDefault(QLocale("pl"))
    try:
        _, problem = parse_amount("99999", "min")
        assert isinstance(problem, Message)
        assert "1440" in say(problem).replace("\xa0", "").replace(" ", "")
        assert number(2.5) == "2,5"
        assert number(20.0) == "20"
    finally:
        QLocale.setDefault(QLocale("en_GB"))
    assert say(UNITS["min"]) == "minutes"
    assert say("plain") == "plain"


def test_isolate_wraps_in_first_strong_isolates():
    assert isolate("0300 123 4567") == "\u20680300 123 4567\u2069"
