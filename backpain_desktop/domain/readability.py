"""Readability scores for the advice pages: Flesch reading ease and Flesch-Kincaid grade, computed here.

We count syllables ourselves (a vowel-group counter with the common English silent-e and suffix rules)
rather than depend on ``textstat``, whose recent releases fetch a dictionary at run time and fail offline.
The counter is tested against hand-counted words and the formulas against worked examples.

Text is Markdown: headings, list items and table cells count as sentences of their own even without a
full stop, because a reader takes them in as separate pieces. Numbers count one syllable per digit, which
errs towards a harder score ("020" is read "oh two oh").
"""

from __future__ import annotations

import math
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


# --------------------------------------------------------------------------------------------------
# Polish: Pisarek's index


_PL_VOWELS = frozenset("aąeęioóuy")
_PL_WORD = re.compile(r"[^\W\d_]+(?:[-&'’][^\W\d_]+)*|\d+(?:[.,:]\d+)*")
# A prefix ending in a vowel before "u" keeps the two apart (na-u-ka, za-u-fa-nie); elsewhere "au" and
# "eu" are one sound (au-to, te-ra-peu-ta, far-ma-ceu-ta).
_PL_PREFIX_HIATUS = re.compile(r"^(?:na|za|prze|po|do)u")
PISAREK_HARD_SYLLABLES = 4  # Pisarek: a word of four or more syllables is a hard word in Polish


def count_syllables_pl(word: str) -> int:
    """Syllables in one Polish word (at least 1 for a word with letters): one per vowel letter.

    Vowel letters are a ą e ę i o ó u y. Polish says neighbouring vowels apart (na-u-ka, po-e-ta), so
    each vowel letter is its own syllable, except that "i" before a vowel only softens the consonant
    before it (nie, się, ćwi-cze-nia, hi-sto-rii) and "u" after "a" or "e" makes one sound with it
    (au-to, te-ra-peu-ta) unless a prefix ends there (na-u-ka)."""
    w = word.lower()
    count = 0
    for i, ch in enumerate(w):
        if ch not in _PL_VOWELS:
            continue
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if ch == "i" and nxt in _PL_VOWELS:
            continue
        prefix_ends_here = bool(_PL_PREFIX_HIATUS.match(w)) and i == w.index("u")
        if ch == "u" and i > 0 and w[i - 1] in "ae" and not prefix_ends_here:
            continue
        count += 1
    return max(1, count) if any(c.isalpha() for c in w) else 0


def is_hard_word_pl(word: str) -> bool:
    """A hard word for Pisarek's index: four or more syllables. Numbers and abbreviations written in
    capitals (GP, A&E, NHS, PALS, SOR) are read as symbols and are never hard."""
    if not word[0].isalpha():
        return False
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return False
    return count_syllables_pl(word) >= PISAREK_HARD_SYLLABLES


@dataclass(frozen=True)
class PolishCounts:
    words: int
    sentences: int
    hard_words: int

    def __add__(self, other: PolishCounts) -> PolishCounts:
        return PolishCounts(self.words + other.words, self.sentences + other.sentences,
                            self.hard_words + other.hard_words)

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def hard_percent(self) -> float:
        return 100.0 * self.hard_words / self.words if self.words else 0.0

    @property
    def pisarek(self) -> float:
        return pisarek_nonlinear(self.words, self.sentences, self.hard_words)

    @property
    def pisarek_linear(self) -> float:
        return pisarek_linear(self.words, self.sentences, self.hard_words)


def pisarek_nonlinear(words: int, sentences: int, hard_words: int) -> float:
    """Pisarek's index of text difficulty for Polish (W. Pisarek, "Jak mierzyć zrozumiałość tekstu?",
    Zeszyty Prasoznawcze 1969), in the non-linear form Jasnopis and Broda et al. (LREC 2014, "Measuring
    readability of Polish texts: baseline experiments") compute:

        P = ½ · √(S² + N²)

    S is the mean sentence length in words and N the percentage of hard words (four or more syllables).
    The result reads roughly as years of schooling needed; it is not a Flesch score (lower is easier)."""
    if not words or not sentences:
        return 0.0
    s = words / sentences
    n = 100.0 * hard_words / words
    return 0.5 * math.sqrt(s * s + n * n)


def pisarek_linear(words: int, sentences: int, hard_words: int) -> float:
    """Pisarek's linear formula, same S and N as :func:`pisarek_nonlinear`: P = S/3 + N/3 + 1."""
    if not words or not sentences:
        return 0.0
    return (words / sentences) / 3 + (100.0 * hard_words / words) / 3 + 1


def count_text_pl(text: str) -> PolishCounts:
    """Words, sentences and hard words of one block of plain Polish text."""
    words = _PL_WORD.findall(text)
    if not words:
        return PolishCounts(0, 0, 0)
    stripped = text.strip()
    sentences = len(_SENTENCE_END.findall(stripped))
    if not re.search(r"[.!?:;]$", stripped):
        sentences += 1  # a heading or list item ends without a full stop
    return PolishCounts(len(words), max(1, sentences), sum(is_hard_word_pl(w) for w in words))


def count_markdown_pl(markdown: str) -> PolishCounts:
    """Pisarek counts for a Markdown page: headings, list items and paragraphs as in the English count."""
    total = PolishCounts(0, 0, 0)
    for unit in plain_text_units(markdown):
        total = total + count_text_pl(unit)
    return total
