"""Readability scores computed by our own code, and the shipped advice measured against our targets."""

from __future__ import annotations

from datetime import date

import pytest

from backpain_desktop.domain.content import render_markdown
from backpain_desktop.domain.readability import (
    TextCounts,
    count_markdown,
    count_syllables,
    count_text,
    flesch_kincaid_grade,
    flesch_reading_ease,
)

# Hand-counted against a dictionary's syllable breaks.
KNOWN_SYLLABLES = {
    "the": 1, "cat": 1, "back": 1, "pain": 1, "make": 1, "cake": 1, "time": 1, "helped": 1, "moved": 1,
    "asked": 1, "makes": 1, "hopes": 1, "while": 1, "whole": 1, "stretch": 1, "knees": 1, "strength": 1,
    "water": 2, "table": 2, "people": 2, "simple": 2, "little": 2, "agreed": 2, "active": 2, "damage": 2,
    "tingling": 2, "numbness": 2, "swelling": 2, "slowly": 2, "between": 2, "tension": 2, "because": 2,
    "advice": 2, "patient": 2, "leaflet": 2, "bladder": 2, "bowel": 2, "needed": 2, "wanted": 2,
    "beautiful": 3, "syllable": 3, "exercise": 3, "medicine": 3, "serious": 3, "created": 3, "usual": 3,
    "naproxen": 3, "tolerate": 3, "pharmacist": 3, "accident": 3, "confidence": 3, "genitals": 3,
    "department": 3, "appointment": 3, "liaison": 3, "examine": 3, "practical": 3, "reassure": 3,
    "ibuprofen": 4, "activity": 4, "information": 4, "emergency": 4, "exercises": 4, "experience": 4,
    "diagnosis": 4, "temperature": 4, "readability": 5, "physiotherapist": 6,
}


@pytest.mark.parametrize(("word", "syllables"), sorted(KNOWN_SYLLABLES.items()))
def test_syllable_counter_matches_hand_counts(word, syllables):
    assert count_syllables(word) == syllables


def test_formulas_match_worked_examples():
    """Ensure the two published formulas are applied exactly (values worked by hand)."""
    assert flesch_reading_ease(100, 5, 130) == pytest.approx(206.835 - 1.015 * 20 - 84.6 * 1.3)
    assert flesch_reading_ease(100, 5, 130) == pytest.approx(76.555)
    assert flesch_kincaid_grade(100, 5, 130) == pytest.approx(0.39 * 20 + 11.8 * 1.3 - 15.59)
    assert flesch_kincaid_grade(100, 5, 130) == pytest.approx(7.55)
    # "The cat sat on the mat.": 6 words, 1 sentence, 6 syllables.
    counts = count_text("The cat sat on the mat.")
    assert counts == TextCounts(words=6, sentences=1, syllables=6)
    assert counts.reading_ease == pytest.approx(116.145)
    assert counts.grade == pytest.approx(-1.45)
    assert flesch_reading_ease(0, 0, 0) == 0.0


def test_harder_text_scores_harder():
    easy = count_text("Keep moving. It helps. Rest a bit. Then go on.")
    hard = count_text("Physiotherapy interventions demonstrate considerable effectiveness regarding "
                      "functional rehabilitation outcomes.")
    assert easy.grade < 2 < 12 < hard.grade
    assert easy.reading_ease > 90 > 0 > hard.reading_ease


def test_markdown_headings_and_list_items_are_sentences_and_times_do_not_split():
    counts = count_markdown("# Keep active\n\nWe are open 8.30am to 5pm.\n\n- get fitter\n- sleep well\n")
    assert counts.sentences == 4
    assert counts.words == 2 + 6 + 2 + 2


def test_links_count_their_words_not_their_targets():
    assert count_markdown("Read [Keep active](page:keep-active).") == count_text("Read Keep active.")


def _page_scores(pack, today):
    return {page.id: count_markdown(render_markdown(pack, page, today)) for page in pack.pages}


@pytest.mark.parametrize("today", [date(2026, 11, 23), date(2021, 1, 1)], ids=["overdue", "in-date"])
def test_every_shipped_page_is_at_most_grade_6_and_the_pack_reads_easily(pack, today):
    """Ensure the advice stays at a reading age of about 9 to 11 (the source leaflet scores grade 6.0)."""
    scores = _page_scores(pack, today)
    too_hard = {pid: round(c.grade, 2) for pid, c in scores.items() if c.grade > 6.0}
    assert too_hard == {}
    total = sum(scores.values(), TextCounts(0, 0, 0))
    assert total.reading_ease >= 80
    assert all(c.words >= 40 for c in scores.values())  # each page really says something


def test_a_card_mark_is_not_read():
    assert count_markdown("## Call 999 now {.emergency}\n") == count_markdown("## Call 999 now\n")
