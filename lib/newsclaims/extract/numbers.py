"""The value of a number expression: digits with separators, decimals, fractions and scale
words; runs of English number words ("two hundred and fifty", "two dozen", "half a
dozen"); Arabic number words, compounds, duals and construct forms ("ثلاثة آلاف",
"خمسة وعشرون", "ألفي"). The expressions themselves are found by the patterns of
:mod:`newsclaims.extract.patterns`.
"""

from __future__ import annotations

import re
import unicodedata

from newsclaims.extract.words import (
    AR_NUMBER_WORDS,
    AR_PLURAL_SCALES,
    AR_TEEN_HEADS,
    AR_TENS,
    AR_UNITS,
    DIGIT_SCALES,
    EN_NUMBER_WORDS,
    EN_SCALES,
    EN_TEENS,
    EN_TENS,
    EN_UNITS,
)

_WORD = re.compile(r"[a-z]+")
_AR_WORD = re.compile(r"[\u0621-\u064a]+")


def plain_number(text: str) -> float:
    """``"1,700"`` -> 1700.0, ``"2.5"`` -> 2.5 (folded digits)."""
    return float(text.replace(",", ""))


def fraction(text: str) -> float:
    """The value of a fraction written as a glyph (``½``) or as ``1/2``."""
    text = text.strip()
    if "/" in text:
        top, bottom = text.split("/")
        return int(top) / int(bottom)
    return unicodedata.numeric(text)


def digits_value(number: str, frac: str | None = None, scale: str | None = None) -> float:
    """A number in digits with its optional fraction (``2½``, ``2 1/2``) and scale word
    (``2.5 million``, ``20 ألف``)."""
    value = plain_number(number)
    if frac:
        value += fraction(frac)
    if scale:
        value *= DIGIT_SCALES[re.sub(r"\s+", " ", scale)]
    return value


def _can_follow(previous: str, word: str) -> bool:
    if previous in EN_UNITS or previous in EN_TEENS:
        return word in EN_SCALES
    if previous in EN_TENS:
        return word in EN_UNITS or word in EN_SCALES
    if previous == "hundred":
        return word != "hundred" and word != "dozen"
    if previous == "dozen":
        return word in ("hundred", "thousand", "million", "billion")
    return word not in EN_SCALES or EN_SCALES[word] > EN_SCALES.get(previous, 0)


def _english_value(words: list[str]) -> float:
    total, current = 0, 0
    for word in words:
        if word in EN_SCALES:
            scale = EN_SCALES[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            current += EN_NUMBER_WORDS[word]
    return float(total + current)


def english_groups(folded: str, start: int, end: int) -> list[tuple[int, int, float]]:
    """The numbers in a run of English number words ``folded[start:end]``, split where
    the words cannot follow each other ("two three" is two numbers): folded
    ``(start, end, value)`` of each."""
    words = [m for m in _WORD.finditer(folded, start, end) if m.group() != "and"]
    groups: list[tuple[int, int, float]] = []
    current: list[re.Match] = []
    for word in words:
        if current and not _can_follow(current[-1].group(), word.group()):
            groups.append(_group(current))
            current = []
        current.append(word)
    if current:
        groups.append(_group(current))
    return groups


def _group(words: list[re.Match]) -> tuple[int, int, float]:
    return words[0].start(), words[-1].end(), _english_value([w.group() for w in words])


def _strip_and(word: str) -> str:
    if word not in AR_NUMBER_WORDS and word.startswith("و") and word[1:] in AR_NUMBER_WORDS:
        return word[1:]
    return word


def arabic_groups(folded: str, start: int, end: int) -> list[tuple[int, int, float]]:
    """The numbers in a run of Arabic number words ``folded[start:end]``: a unit and
    عشر/عشرة (a teen), a unit and آلاف/ملايين (thousands), a unit and و + tens
    (خمسة وعشرون), a hundred and و + more, or a single word (duals and construct forms
    included). Folded ``(start, end, value)`` of each."""
    words = list(_AR_WORD.finditer(folded, start, end))
    groups: list[tuple[int, int, float]] = []
    i = 0
    while i < len(words):
        word = _strip_and(words[i].group())
        nxt = words[i + 1].group() if i + 1 < len(words) else ""
        first, value, last = words[i].start(), None, i
        teen_head = word in AR_TEEN_HEADS or (word in AR_UNITS and AR_UNITS[word] < 10)
        if teen_head and nxt in ("عشر", "عشرة"):
            value, last = (AR_TEEN_HEADS.get(word) or AR_UNITS[word]) + 10, i + 1
        if value is None and word in AR_UNITS and nxt in AR_PLURAL_SCALES and AR_UNITS[word] >= 3:
            value, last = AR_UNITS[word] * AR_PLURAL_SCALES[nxt], i + 1
        if value is None and word in AR_UNITS and nxt.startswith("و") and nxt[1:] in AR_TENS:
            value, last = AR_UNITS[word] + AR_TENS[nxt[1:]], i + 1
        if value is None and word in AR_NUMBER_WORDS:
            value = AR_NUMBER_WORDS[word]
        if value is None:
            i += 1
            continue
        if word != words[i].group():
            first += 1  # the conjunction و is not part of the number
        groups.append((first, words[last].end(), float(value)))
        i = last + 1
    return groups
