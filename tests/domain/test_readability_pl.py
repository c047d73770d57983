"""Readability of the Polish content pack by Pisarek's index, a formula made for Polish, with our own
syllable counter; and the Polish pack kept in step with the English one (same pages, links and marks)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from backpain_desktop.domain.content import load_pack, render_markdown
from backpain_desktop.domain.readability import (
    PolishCounts,
    count_markdown_pl,
    count_syllables_pl,
    count_text_pl,
    is_hard_word_pl,
    pisarek_linear,
    pisarek_nonlinear,
)
from backpain_desktop.paths import resource_path

# The band we chose for the Polish pack. Pisarek's score reads roughly as the years of school a reader
# needs (lower is easier): 7 is still primary school, near the English pack's Flesch-Kincaid grade 6.
PAGE_MAX = 7.0
PACK_MAX = 5.0

# Hand-counted syllable breaks.
KNOWN_SYLLABLES = {
    "ból": 1, "nie": 1, "się": 1, "plecy": 2, "ciebie": 2, "ruszaj": 2, "pięć": 1, "dzień": 1,
    "kolano": 3, "ćwiczenia": 3, "ćwiczeń": 2, "zdrowia": 2, "pośladki": 3, "historii": 3, "nauka": 3,
    "zauważ": 3, "auto": 2, "Europa": 3, "naproksen": 3, "przeciwbólowe": 5, "fizjoterapeuta": 6,
    "farmaceutę": 4, "aplikacja": 4, "uszkodzenia": 4, "możliwościach": 4, "ibuprofen": 4,
    "poniedziałku": 4, "pęcherzem": 3, "gorączka": 3, "ratunkowy": 4,
}


@pytest.mark.parametrize(("word", "syllables"), sorted(KNOWN_SYLLABLES.items()))
def test_polish_syllable_counter_matches_hand_counts(word, syllables):
    assert count_syllables_pl(word) == syllables


def test_hard_words_are_four_syllables_but_never_numbers_or_capital_abbreviations():
    assert is_hard_word_pl("fizjoterapeuta") and is_hard_word_pl("uszkodzenia")
    assert not is_hard_word_pl("gorączka")
    for symbol in ("999", "111", "GP", "A&E", "NHS", "PALS", "SOR"):
        assert not is_hard_word_pl(symbol)


def test_pisarek_formulas_match_worked_examples():
    """Ensure both of Pisarek's formulas are applied exactly (values worked by hand)."""
    # 100 words in 10 sentences, 10 hard words: S = 10, N = 10.
    assert pisarek_nonlinear(100, 10, 10) == pytest.approx(0.5 * 200 ** 0.5)
    assert pisarek_linear(100, 10, 10) == pytest.approx(10 / 3 + 10 / 3 + 1)
    # 150 words in 25 sentences, 12 hard words: S = 6, N = 8, so ½·√(36 + 64) = 5 and 2 + 8/3 + 1.
    assert pisarek_nonlinear(150, 25, 12) == pytest.approx(5.0)
    assert pisarek_linear(150, 25, 12) == pytest.approx(2 + 8 / 3 + 1)
    assert pisarek_nonlinear(0, 0, 0) == pisarek_linear(0, 0, 0) == 0.0
    counts = count_text_pl("Ból nie oznacza uszkodzenia. Ruszaj się.")
    assert counts == PolishCounts(words=6, sentences=2, hard_words=1)
    assert counts.pisarek == pytest.approx(0.5 * (3 ** 2 + (100 / 6) ** 2) ** 0.5)


def test_harder_polish_text_scores_harder():
    easy = count_text_pl("Ruszaj się. To pomaga. Odpocznij. Potem znowu idź.")
    hard = count_text_pl("Interwencje fizjoterapeutyczne wykazują znaczącą skuteczność w rehabilitacji "
                         "funkcjonalnej pacjentów z przewlekłymi dolegliwościami kręgosłupa.")
    assert easy.pisarek < 3 < 12 < hard.pisarek


def test_headings_and_list_items_are_sentences_and_times_do_not_split():
    markdown = "# Ruszaj się\n\nOdbieramy od 8:30 do 17:00.\n\n- mniej stresu\n- lepszy sen\n"
    counts = count_markdown_pl(markdown)
    assert counts.sentences == 4
    assert counts.words == 2 + 5 + 2 + 2


@pytest.fixture(scope="module")
def pl_pack():
    return load_pack(resource_path("content", "pl"))


def _page_scores(pack, today):
    return {page.id: count_markdown_pl(render_markdown(pack, page, today)) for page in pack.pages}


@pytest.mark.parametrize("today", [date(2026, 11, 23), date(2021, 1, 1)], ids=["overdue", "in-date"])
def test_every_polish_page_stays_in_the_easy_band(pl_pack, today):
    """Ensure each Polish page reads as easily as the English one: Pisarek at most 7 on every page and
    at most 5 over the pack, in both the non-linear and the linear form."""
    scores = _page_scores(pl_pack, today)
    too_hard = {pid: (round(c.pisarek, 2), round(c.pisarek_linear, 2)) for pid, c in scores.items()
                if c.pisarek > PAGE_MAX or c.pisarek_linear > PAGE_MAX}
    assert too_hard == {}
    total = sum(scores.values(), PolishCounts(0, 0, 0))
    assert total.pisarek <= PACK_MAX
    assert all(c.words >= 40 for c in scores.values())  # each page really says something


def test_polish_exercise_words_stay_in_the_easy_band(pl_pack):
    texts = [pl_pack.exercises_intro]
    for exercise in pl_pack.exercises:
        texts += [exercise.name, exercise.starting_position, exercise.take_care]
        texts += [step.text for step in exercise.steps]
    total = sum((count_text_pl(t) for t in texts), PolishCounts(0, 0, 0))
    assert total.pisarek <= PACK_MAX


# Links to the English original (page:X@en) are the translation's own.
_LINK = re.compile(r"\]\((page:[^)@]*)\)")
_MARK = re.compile(r"\{\.[a-z]+\}")
_BOLD_NUMBER = re.compile(r"\*\*(\d+)\*\*")


def test_polish_pack_keeps_the_english_pages_links_marks_and_numbers(pack, pl_pack):
    """Ensure the translation drops no page, link, card mark, emergency number or exercise pose."""
    assert pl_pack.locale == "pl"
    assert [p.id for p in pl_pack.pages] == [p.id for p in pack.pages]
    assert [p.opens for p in pl_pack.pages] == [p.opens for p in pack.pages]
    assert pl_pack.contacts.physiotherapy_phone == pack.contacts.physiotherapy_phone
    for en, pl in zip(pack.pages, pl_pack.pages, strict=True):
        assert pl.title != en.title
        assert sorted(_LINK.findall(pl.markdown)) == sorted(_LINK.findall(en.markdown)), en.id
        assert _MARK.findall(pl.markdown) == _MARK.findall(en.markdown), en.id
        assert sorted(_BOLD_NUMBER.findall(pl.markdown)) == sorted(_BOLD_NUMBER.findall(en.markdown)), en.id
    for en, pl in zip(pack.exercises, pl_pack.exercises, strict=True):
        assert (pl.id, pl.poses) == (en.id, en.poses)
        assert pl.prescription == en.prescription
        assert pl.name != en.name and len(pl.steps) == len(en.steps)


def test_polish_about_page_says_the_translation_is_not_yet_checked(pl_pack):
    about = pl_pack.page("about").markdown
    assert "nie jest jeszcze sprawdzone" in about
    assert "lekarz" in about and "tłumacz" in about


def test_the_app_shows_every_polish_page_and_exercise_with_no_english_fallback():
    """Ensure the Polish pack, laid over the English one as the app does, replaces every part cleanly."""
    from backpain_desktop.domain.content import load_pack_in

    english = load_pack(resource_path("content", "en-GB"))
    polish = load_pack_in(resource_path("content", "en-GB"), "pl")
    assert polish.warnings == ()
    for en, pl in zip(english.pages, polish.pages, strict=True):
        assert pl.title != en.title and pl.markdown != en.markdown, en.id
    for en, pl in zip(english.exercises, polish.exercises, strict=True):
        assert pl.name != en.name and pl.take_care != en.take_care, en.id
        assert all(a.text != b.text for a, b in zip(en.steps, pl.steps, strict=True)), en.id
    assert polish.exercises_intro != english.exercises_intro
    assert polish.contacts.physiotherapy_hours != english.contacts.physiotherapy_hours
