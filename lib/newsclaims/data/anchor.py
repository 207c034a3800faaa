"""Find a claim's quote in its raw document, and say why when it is not there.

A quote is anchored the way the W3C Web Annotation model's TextQuoteSelector anchors one:
by its exact text, with an optional ``prefix`` (the text just before it) to pick one of
several occurrences. Offsets count characters (code points) of the raw file decoded as
UTF-8, so that ``text[start:end] == quote``.

When the exact text is missing, a *loose* search tries again on both texts folded the same
way (:func:`loose_fold`): Unicode compatibility decomposition with combining marks dropped
(NFC against NFD, Arabic hamza carriers and alef variants, diacritics), apostrophes,
quotation marks and dashes unified, bidi and zero-width marks dropped, runs of white space
(no-break spaces included) as one space, case folded. A loose match is reported with its
offsets, the first character that differs and what kind of difference it is ("the quote is
NFC, the raw text is NFD"); without one, the nearest stretch of the text by rapidfuzz's
partial alignment is reported instead. :func:`describe_missing` words this for the
validator; :mod:`newsclaims.data.anchor_ledger` (``make anchor``) fills the offsets of a
whole ledger.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

APOSTROPHES = "'\u2019\u2018\u02bc\u02bb\u02bf\u02be\u2032\u00b4`\u201b"
QUOTATION_MARKS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033'
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
# Marks that change nothing a reader sees: bidi controls, zero-width characters, tatweel.
INVISIBLE = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\u200b\u200c\u200d\ufeff\u0640\u00ad"
)
# Arabic letters a writer may type one for another: alef maqsura and ya, ta marbuta and ha.
ARABIC_LOOSE = {"\u0649": "\u064a", "\u0629": "\u0647"}
# A loose match that the nearest search finds must resemble the quote at least this much
# (rapidfuzz partial ratio, 0-100) to be shown.
MIN_NEAREST_SCORE = 60.0


def _loose_char(c: str) -> str:
    if c in INVISIBLE:
        return ""
    if c in APOSTROPHES:
        return "'"
    if c in QUOTATION_MARKS:
        return '"'
    if c in DASHES:
        return "-"
    if c.isspace():
        return " "
    out = []
    for d in unicodedata.normalize("NFKD", c):
        if unicodedata.combining(d) or d in INVISIBLE:
            continue
        out.append(ARABIC_LOOSE.get(d, d))
    return "".join(out).casefold()


def loose_fold(text: str) -> tuple[str, list[int]]:
    """``text`` folded for the loose search (module docstring) and, for each folded
    character, the offset of the raw character it came from. White space runs become
    one space; nothing else is reordered."""
    chars: list[str] = []
    origin: list[int] = []
    for index, c in enumerate(text):
        for f in _loose_char(c):
            if f == " " and chars and chars[-1] == " ":
                continue
            chars.append(f)
            origin.append(index)
    return "".join(chars), origin


def occurrences(text: str, quote: str) -> list[int]:
    """Every offset where ``quote`` occurs verbatim in ``text`` (overlaps included)."""
    found, at = [], text.find(quote)
    while quote and at >= 0:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


@dataclass(frozen=True)
class Anchor:
    """Where a quote lies. ``status``: ``kept`` (the given offsets were right), ``found``
    (one occurrence), ``prefix`` (one occurrence after the prefix), ``ambiguous`` (several,
    none chosen), ``loose`` (no exact occurrence; a loose match at ``start``-``end``),
    ``missing`` (nothing close enough). ``start``/``end`` are ``None`` unless the quote
    was found exactly; ``detail`` says what a reader should do."""

    status: str
    start: int | None
    end: int | None
    occurrences: tuple[int, ...] = ()
    detail: str = ""

    @property
    def found(self) -> bool:
        """Whether the quote was anchored exactly."""
        return self.start is not None


def locate(
    text: str, quote: str, prefix: str = "", start: int | None = None, name: str = "the text"
) -> Anchor:
    """Anchor ``quote`` in ``text`` (the whole raw document). Offsets already right
    (``text[start:start + len(quote)] == quote``) are kept; otherwise the only occurrence,
    or the only one preceded by ``prefix``, is taken. Several occurrences without a
    deciding prefix give ``ambiguous`` with every offset; none gives ``loose`` or
    ``missing`` with :func:`describe_missing`'s words. ``name`` names the file in messages."""
    if not quote:
        return Anchor("missing", None, None, (), "the quote is empty")
    if start is not None and text[start : start + len(quote)] == quote:
        return Anchor("kept", start, start + len(quote), (start,))
    found = occurrences(text, quote)
    if len(found) == 1:
        return Anchor("found", found[0], found[0] + len(quote), tuple(found))
    if found:
        chosen = [at for at in found if prefix and text[:at].endswith(prefix)]
        if len(chosen) == 1:
            return Anchor("prefix", chosen[0], chosen[0] + len(quote), tuple(found))
        shown = "; ".join(f"{at} (after {text[max(0, at - 20) : at]!r})" for at in found)
        why = (
            f"the prefix {prefix!r} precedes {len(chosen)} of them"
            if prefix
            else "set start to the offset of the one meant, or give a prefix (the text just"
            " before the quote) in a prefix column"
        )
        return Anchor(
            "ambiguous", None, None, tuple(found), f"{len(found)} occurrences at {shown}; {why}"
        )
    loose = loose_match(text, quote)
    status = "loose" if loose and loose[2] == 100.0 else "missing"
    return Anchor(status, None, None, (), describe_missing(quote, text, name))


def loose_match(text: str, quote: str) -> tuple[int, int, float] | None:
    """The raw span ``(start, end, score)`` of the stretch of ``text`` that matches
    ``quote`` loosely: score 100 when the folded quote occurs in the folded text (the first
    occurrence), else the nearest stretch by rapidfuzz's partial alignment when it scores
    at least :data:`MIN_NEAREST_SCORE`; ``None`` otherwise."""
    folded_text, origin = loose_fold(text)
    folded_quote = loose_fold(quote)[0].strip()
    if not folded_quote or not folded_text:
        return None
    at = folded_text.find(folded_quote)
    if at >= 0:
        return (*_raw_span(text, origin, at, at + len(folded_quote)), 100.0)
    alignment = fuzz.partial_ratio_alignment(folded_quote, folded_text)
    if alignment is None or alignment.score < MIN_NEAREST_SCORE:
        return None
    # The alignment's window has the quote's length; a letter typed too many or too few
    # shifts it, so the edges are moved a few characters to fit the quote best.
    best = (-1.0, alignment.dest_start, alignment.dest_end)
    for fs in range(max(alignment.dest_start - 3, 0), alignment.dest_start + 4):
        for fe in range(
            max(alignment.dest_end - 3, fs + 1), min(alignment.dest_end + 4, len(folded_text) + 1)
        ):
            score = fuzz.ratio(folded_quote, folded_text[fs:fe])
            if score > best[0]:
                best = (score, fs, fe)
    start, end = _raw_span(text, origin, best[1], best[2])
    return start, end, round(best[0], 1)


def _raw_span(text: str, origin: list[int], fs: int, fe: int) -> tuple[int, int]:
    start, end = origin[fs], origin[min(fe, len(origin)) - 1] + 1
    # Combining marks and invisible characters after the last letter belong to it.
    while end < len(text) and (unicodedata.combining(text[end]) or text[end] in INVISIBLE):
        end += 1
    return start, end


def first_difference(a: str, b: str) -> int | None:
    """The index of the first character where ``a`` and ``b`` differ (the length of the
    shorter one when one is a prefix of the other); ``None`` when they are equal."""
    if a == b:
        return None
    for index, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return index
    return min(len(a), len(b))


def _char(c: str) -> str:
    name = unicodedata.name(c, "unnamed character")
    shown = c if c.isprintable() and not c.isspace() else ""
    return f"{shown!r} (U+{ord(c):04X} {name})" if shown else f"U+{ord(c):04X} {name}"


def _form(text: str) -> str | None:
    for form in ("NFC", "NFD"):
        if unicodedata.is_normalized(form, text) and not unicodedata.is_normalized(
            "NFD" if form == "NFC" else "NFC", text
        ):
            return form
    return None


def difference_hints(quote: str, raw: str) -> list[str]:
    """What kinds of difference separate a quote from the raw stretch it loosely matches,
    in words ("the quote is NFC, the raw text is NFD", "apostrophes differ"...)."""
    hints = []
    if quote != raw and unicodedata.normalize("NFC", quote) == unicodedata.normalize("NFC", raw):
        hints.append(
            f"the quote is {_form(quote) or 'mixed'}, the raw text is {_form(raw) or 'mixed'}"
        )
    for label, group in (
        ("apostrophes", APOSTROPHES),
        ("quotation marks", QUOTATION_MARKS),
        ("dashes", DASHES),
    ):
        if [c for c in quote if c in group] != [c for c in raw if c in group]:
            hints.append(f"{label} differ")
    if [c for c in quote if c in INVISIBLE] != [c for c in raw if c in INVISIBLE]:
        hints.append("invisible marks differ (bidi marks, zero-width characters, tatweel)")
    if [c for c in quote if c.isspace()] != [c for c in raw if c.isspace()]:
        hints.append("spaces differ: a no-break space, a tab or a line break is not a space")
    hamza = "\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0671\u0649\u064a\u0629\u0647"
    if [c for c in quote if c in hamza] != [c for c in raw if c in hamza]:
        hints.append("hamza, alef or ya/ta marbuta forms differ")
    if _diacritics(quote) != _diacritics(raw):
        hints.append("diacritics differ")
    if quote.casefold() == raw.casefold() and quote != raw:
        hints.append("capitals differ")
    return hints


def _diacritics(text: str) -> list[str]:
    """Combining marks other than the hamza and madda that Arabic letters decompose into."""
    return [
        c
        for c in unicodedata.normalize("NFD", text)
        if unicodedata.combining(c) and c not in "\u0653\u0654\u0655"
    ]


def describe_missing(quote: str, text: str, name: str = "the raw document") -> str:
    """Why ``quote`` is not verbatim in ``text``, in one message: the loose match or the
    nearest stretch with its offsets, the first differing character of each, and the kind
    of difference (:func:`difference_hints`); or that nothing close was found."""
    match = loose_match(text, quote)
    if match is None:
        return (
            f"not found in {name}: expected verbatim text of the raw document, and nothing"
            " in it resembles the quote (is it from another document?)"
        )
    start, end, score = match
    raw = text[start:end]
    at = first_difference(quote, raw)
    where = "loosely matches" if score == 100.0 else f"is nearest ({score:g}/100)"
    message = (
        f"not found in {name}: expected verbatim text of the raw document;"
        f" text[{start}:{end}] {where}: {raw!r}"
    )
    if at is not None:
        theirs = _char(quote[at]) if at < len(quote) else "its end"
        ours = _char(raw[at]) if at < len(raw) else "its end"
        message += (
            f"; first difference at character {at}: the quote has {theirs}, the raw text {ours}"
        )
    hints = difference_hints(quote, raw)
    if hints:
        message += f" ({'; '.join(hints)})"
    return message + "; copy the quote from the raw file, or run make anchor"
