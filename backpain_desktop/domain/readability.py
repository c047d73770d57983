"""Readability scores for the advice pages: Flesch reading ease and Flesch-Kincaid grade, computed here.

We count syllables ourselves (a vowel-group counter with the common English silent-e and suffix rules)
rather than depend on ``textstat``, whose recent releases fetch a dictionary at run time and fail offline.
The counter is tested against hand-counted words and the formulas against worked examples.

Text is Markdown: headings, list items and table cells count as sentences of their own even without a
full stop, because a reader takes them in as separate pieces. Numbers count one syllable per digit, which
errs towards a harder score ("020" is read "oh two oh").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,:]\d+)*(?:am|pm)?")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|[:;](?=\s*$)")

# Words the vowel-group rules get wrong and that our pages use. Keep this short: a word belongs here
# only when the rules miscount it.
_EXCEPTIONS = {
    "people": 2, "every": 2, "everyone": 3, "everything": 3, "business": 2, "area": 3, "idea": 3,
    "being": 2, "doing": 2, "going": 2, "seeing": 2, "create": 2, "created": 3, "creates": 2,
    "liaison": 3, "naproxen": 3, "ibuprofen": 4, "anti": 2, "inflammatory": 5, "physiotherapy": 6,
    "physiotherapist": 6, "physiotherapists": 6, "someone": 2, "sometimes": 2, "somewhere": 2,
    "whatever": 3, "however": 3, "toward": 2, "towards": 2, "poem": 2, "quiet": 2, "diet": 2,
    "science": 2, "via": 2, "real": 1, "really": 2, "whole": 1, "once": 1, "here": 1, "there": 1,
    "where": 1, "more": 1, "before": 2, "themselves": 2, "yourself": 2, "ourselves": 2, "fire": 1,
    "tired": 1, "our": 1, "hour": 1, "hours": 1, "aged": 1, "used": 1, "naked": 2, "wicked": 2,
    "diagnosis": 4, "genitals": 3, "leaflet": 2, "lately": 2, "safely": 2, "likely": 2, "lonely": 2,
    "wednesday": 2, "anxious": 2, "million": 2, "experience": 4, "reassure": 3, "reassures": 3,
    "am": 2, "pm": 2, "pals": 1, "gp": 2, "nhs": 3,
}

# Two vowels said apart (pi-a-no, u-su-al), except in endings where they make one sound (na-tion).
_HIATUS = re.compile(r"ia|io|ua|uo|eo")
_NO_HIATUS = re.compile(r"tion|sion|cial|tial|cious|tious|gion|qu|gua")

# Suffixes after which a final "e" or "ed"/"es" is silent.
_SILENT_ED = re.compile(r"[^tdaeiouy]ed$")
_SILENT_ES = re.compile(r"[^aeiouyscxzgh]es$|[^aeiouy]ches$")


def count_syllables(word: str) -> int:
    """Estimated syllables in one English word (at least 1)."""
    w = word.lower().strip("'’")
    if not w:
        return 0
    if w in _EXCEPTIONS:
        return _EXCEPTIONS[w]
    if w.isdigit():
        return len(w)
    if "'" in w or "’" in w:  # don't, you're, it's: the apostrophe adds no syllable
        w = re.sub(r"['’]", "", w)
    count = len(_VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1  # silent final e: make, have, home
    elif w.endswith("le") and len(w) > 2 and w[-3] in "aeiouy" and count > 1:
        count -= 1  # while, smile, whole
    elif _SILENT_ED.search(w) and count > 1:
        count -= 1  # helped, moved, asked
    elif _SILENT_ES.search(w) and count > 1 and not w.endswith(("les",)):
        count -= 1  # makes, hopes, times
    if re.search(r"[aeiou]y[aeiou]", w):
        count += 1  # layer, buying: y between vowels splits the group
    if _HIATUS.search(w) and not _NO_HIATUS.search(w):
        count += 1  # piano, usual, area-like hiatus
    return max(1, count)


@dataclass(frozen=True)
class TextCounts:
    words: int
    sentences: int
    syllables: int

    def __add__(self, other: TextCounts) -> TextCounts:
        return TextCounts(self.words + other.words, self.sentences + other.sentences,
                          self.syllables + other.syllables)

    @property
    def reading_ease(self) -> float:
        return flesch_reading_ease(self.words, self.sentences, self.syllables)

    @property
    def grade(self) -> float:
        return flesch_kincaid_grade(self.words, self.sentences, self.syllables)


def flesch_reading_ease(words: int, sentences: int, syllables: int) -> float:
    if not words or not sentences:
        return 0.0
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)


def flesch_kincaid_grade(words: int, sentences: int, syllables: int) -> float:
    if not words or not sentences:
        return 0.0
    return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"[*_`#>|]")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_CARD_MARK = re.compile(r"\s*\{\.[A-Za-z0-9_-]+\}\s*$")  # "## Call 999 {.emergency}": the mark is not read


def plain_text_units(markdown: str) -> list[str]:
    """The Markdown as pieces of plain text, each ending a sentence: paragraphs, headings, list items."""
    units: list[str] = []
    paragraph: list[str] = []
    for raw in markdown.splitlines():
        line = raw.strip()
        is_block_start = line.startswith("#") or bool(_LIST_MARK.match(raw)) or line.startswith("|")
        if (not line or is_block_start) and paragraph:
            units.append(" ".join(paragraph))
            paragraph = []
        if not line:
            continue
        line = _LIST_MARK.sub("", line)
        line = _CARD_MARK.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_MARKS.sub(" ", line).strip()
        if not line or set(line) <= set("-: "):
            continue
        if is_block_start:
            units.append(line)
        else:
            paragraph.append(line)
    if paragraph:
        units.append(" ".join(paragraph))
    return units


def count_text(text: str) -> TextCounts:
    """Words, sentences and syllables of one block of plain text (at least one sentence if it has words)."""
    words = _WORD.findall(text)
    if not words:
        return TextCounts(0, 0, 0)
    stripped = text.strip()
    sentences = len(_SENTENCE_END.findall(stripped))
    if not re.search(r"[.!?:;]$", stripped):
        sentences += 1  # the last piece ends without a full stop (a heading or list item)
    syllables = 0
    for word in words:
        if word[0].isdigit():
            syllables += sum(max(1, len(part)) if part.isdigit() else count_syllables(part)
                             for part in re.findall(r"\d+|[a-z]+", word))
        else:
            syllables += count_syllables(word)
    return TextCounts(len(words), max(1, sentences), syllables)


def count_markdown(markdown: str) -> TextCounts:
    total = TextCounts(0, 0, 0)
    for unit in plain_text_units(markdown):
        total = total + count_text(unit)
    return total
