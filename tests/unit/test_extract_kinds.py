"""The kinds of input the extractor used to get wrong, one test per kind: dates in every
numeric order and with abbreviated months, dozens, ranges, "tens", Arabic duals and
construct forms, invisible marks, fractions, times of day, scale words, durations,
calibres, nouns after adjectives; then mentions, drafts and the gold score."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from newsclaims.extract.candidates import candidates_frame
from newsclaims.extract.gold import read_gold, score
from newsclaims.extract.mentions import MentionFinder
from newsclaims.extract.propose import draft_rows
from newsclaims.extract.rules import extract_text
from newsclaims.extract.scan import fold_span


def kinds(text: str, published: str | None = "2018-04-30") -> list[tuple]:
    """``(text, kind, value, resolved)`` of every candidate, in text order."""
    return [(c.text, c.kind, c.value, c.resolved) for c in extract_text(text, published=published)]


def one(text: str, kind: str, published: str | None = "2018-04-30"):
    found = [c for c in extract_text(text, published=published) if c.kind == kind]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "killed 5 people on 22-04-2018",
        "killed 5 people on 22.04.2018",
        "killed 5 people on 2018/04/22",
        "killed 5 people on 22 Apr 2018",
        "killed 5 people on 22 Apr. 2018",
        "killed 5 people on April 22, 2018",
    ],
)
def test_dates_in_every_order_are_one_date_not_counts(text):
    assert kinds(text) == [
        ("5", "count", 5.0, None),
        (text.removeprefix("killed 5 people on "), "date", None, "2018-04-22"),
    ]


def test_a_date_without_a_year_takes_the_publication_year():
    assert one("On 14 Apr the deal was signed", "date", "2031-04-14").resolved == "2031-04-14"
    # A date well after publication belongs to the year before.
    assert one("since 20 December", "date", "2031-01-05").resolved == "2030-12-20"
    assert one("في 21 آذار/مارس الماضي", "date", "2031-04-20").resolved == "2031-03-21"
    assert one("14 نيسان/أبريل الجاري", "date", "2031-04-20").resolved == "2031-04-14"
    # "may" is the month only with a capital.
    assert kinds("they may 5 times") == [("5", "count", 5.0, None)]


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("the convoy leaves tomorrow", "2031-04-17"),
        ("the deal of next Saturday", "2031-04-19"),
        ("it began on Wednesday afternoon", "2031-04-16"),
        ("said so last Monday", "2031-04-14"),
        ("انطلقت اليوم السبت", "2031-04-16"),
        ("خرجت مساء أمس السبت", "2031-04-15"),
        ("يوم الأربعاء", "2031-04-16"),
        ("وصباح اليوم", "2031-04-16"),
    ],
)
def test_relative_dates_resolve_against_publication(text, resolved):
    # Published on Wednesday 16 April 2031.
    assert one(text, "date", "2031-04-16").resolved == resolved


def test_a_weekday_spoken_of_in_the_future_lies_ahead():
    # Published on Wednesday 16 April 2031.
    assert (
        one("talks would produce a deal on Thursday", "date", "2031-04-16").resolved == "2031-04-17"
    )
    assert one("talks produced a deal on Thursday", "date", "2031-04-16").resolved == "2031-04-10"
    assert (
        one("On the first of April the terms were offered", "date", "2031-04-16").resolved
        == "2031-04-01"
    )


def test_the_next_day_follows_the_date_named_before_it():
    found = extract_text(
        "Signed on 14 April, it was to start the next day.", published="2031-04-21"
    )
    assert [(c.text, c.resolved) for c in found] == [
        ("14 April", "2031-04-14"),
        ("the next day", "2031-04-15"),
    ]


def test_dozens():
    c = one("Nearly two dozen tanks were handed over", "count")
    assert (c.text, c.value, c.qualifier, c.noun) == ("two dozen", 24.0, "about", "tanks")
    c = one("Half a dozen tanks", "count")
    assert (c.text, c.value, c.noun) == ("Half a dozen", 6.0, "tanks")
    assert one("a dozen rockets", "count").value == 12.0
    assert one("dozens of rockets", "vague").qualifier == "dozens"


def test_a_range_has_both_figures_and_the_right_noun():
    c = one("Clashes killed 20 to 30 fighters", "range")
    assert (c.text, c.value, c.high, c.noun) == ("20 to 30", 20.0, 30.0, "fighters")
    assert [k for _, k, _, _ in kinds("Clashes killed 20 to 30 fighters")] == ["range"]
    assert one("بين 20 و30 مقاتلا", "range").high == 30.0


def test_tens_is_vague_and_coded_as_acled_codes_it():
    c = one("Shelling wounded tens of civilians", "vague")
    assert (c.text, c.value, c.qualifier, c.noun) == ("tens", 10, "dozens", "civilians")
    assert one("tens of thousands of people", "vague").qualifier == "tens_of_thousands"


@pytest.mark.parametrize(
    ("text", "number", "value", "noun"),
    [
        ("أسر مئتي مقاتل", "مئتي", 200.0, "مقاتل"),
        ("خرج ألفي مقاتل", "ألفي", 2000.0, "مقاتل"),
        ("وصل ألفان من المقاتلين", "ألفان", 2000.0, "المقاتلين"),
        ("غادرت القافلتين", "القافلتين", 2.0, "القافلتين"),
        ("سلّم ثلاثة عشر دبابة", "ثلاثة عشر", 13.0, "دبابة"),
    ],
)
def test_arabic_duals_and_construct_forms(text, number, value, noun):
    c = one(text, "count")
    assert (c.text, c.value, c.noun) == (number, value, noun)


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u200c", "\u061c"])
def test_invisible_marks_next_to_a_number_keep_its_noun(mark):
    for text in (f"بلغ العدد {mark}6094 شخصاً", f"handed over {mark}37{mark} tanks"):
        c = one(text, "count")
        assert c.noun in ("شخصاً", "tanks")
        assert c.text in ("6094", "37")


def test_fractions():
    assert one("a 2½ km front", "count").value == 2.5
    assert one("a 2 1/2 km front", "count").value == 2.5
    assert math.isclose(one("⅓ of the fighters", "count").value, 1 / 3)
    assert [k for _, k, _, _ in kinds("a 2½ km front")] == ["count"]


def test_times_of_day_are_not_counts():
    for text, span in (("at 2 pm", "2 pm"), ("at 2.13 am", "2.13 am"), ("at 14:30", "14:30")):
        c = one(text, "not_a_count")
        assert (c.text, c.rule) == (span, "time of day")
        assert not [c for c in extract_text(text) if c.kind == "count"]


def test_billion():
    assert one("one billion dollars in aid", "count").value == 1e9
    assert one("2.5 billion", "count").value == 2.5e9


def test_durations_within_and_dual():
    english = one("to leave within three days", "duration")
    arabic = one("على الخروج خلال ثلاثة أيام", "duration")
    assert (english.qualifier, english.value, english.unit) == ("up_to", 3.0, "days")
    assert (arabic.qualifier, arabic.value, arabic.unit) == ("up_to", 3.0, "days")
    assert (one("استغرق يومين", "duration").value, one("استغرق يومين", "duration").unit) == (
        2.0,
        "days",
    )
    assert one("arrived 36\u00a0hours later", "duration").value == 36.0
    c = one("حصار استمر أكثر من عام", "duration")
    assert (c.text, c.value, c.unit, c.qualifier) == ("عام", 1.0, "years", "more_than")
    vague = one("began within hours of the signing", "vague")
    assert (vague.text, vague.qualifier, vague.unit) == ("within hours", "several", "hours")


def test_calibres_and_model_codes_are_not_counts():
    text = "half a dozen KZ-57 anti-aircraft guns of 57 mm calibre and 23 mm guns, عيار 57 ملم"
    found = extract_text(text)
    assert [(c.text, c.kind) for c in found if c.kind != "count"] == [
        ("KZ-57", "not_a_count"),
        ("57 mm", "not_a_count"),
        ("23 mm", "not_a_count"),
        ("57 ملم", "not_a_count"),
    ]
    assert [(c.text, c.value) for c in found if c.kind == "count"] == [("half a dozen", 6.0)]


def test_the_counted_noun_skips_an_adjective():
    assert one("3391 civilian evacuees left", "count").noun == "evacuees"
    assert one("12 Tarvin-9 ballistic missiles", "count").noun == "missiles"
    assert one("2,803 people left", "count").noun == "people"


def test_the_three_towns_named_are_not_a_count():
    found = extract_text("The army entered the three towns of Rastan, Talbiseh and Houla.")
    assert [(c.text, c.kind) for c in found] == [("three", "not_a_count")]
    assert one("The army took 14 villages", "count").value == 14.0


# --- mentions, drafts, the gold score ---------------------------------------------------------

ACTORS = pd.DataFrame(
    {
        "actor_id": ["nusra", "army", "civilians"],
        "name_en": ["Jabhat an-Nusra", "Syrian Army", "Civilians of Douma"],
        "name_ar": ["جبهة النصرة", "الجيش السوري", ""],
        "aliases": ["Jabhat al-Nusra | النصرة", "the army", "civilians"],
    }
)
PLACES = pd.DataFrame(
    {"place_id": ["douma"], "name_en": ["Douma"], "name_ar": ["دوما"], "aliases": ["Duma"]}
)
WEAPONS = pd.DataFrame({"weapon_id": ["t72"], "name": ["T-72"], "aliases": ["T-72s | دبابات"]})


def test_mentions_are_found_longest_first_with_arabic_proclitics():
    finder = MentionFinder.from_tables(ACTORS, PLACES, WEAPONS)
    text = "Jabhat al-Nusra left Duma; the army took 5 T-72s. قال ناشطون والنصرة إن الجيش السوري سلّم دبابات"
    found = finder.find(fold_span(text), "a")
    assert [(c.text, c.kind, c.resolved) for c in found] == [
        ("Jabhat al-Nusra", "actor", "nusra"),
        ("Duma", "place", "douma"),
        ("the army", "actor", "army"),
        ("T-72s", "weapon", "t72"),
        ("النصرة", "actor", "nusra"),
        ("الجيش السوري", "actor", "army"),
        ("دبابات", "weapon", "t72"),
    ]
    assert text[found[4].start - 1] == "و"  # the proclitic stays outside the span


def test_draft_rows_in_the_claims_format():
    text = "On 22 Apr 2018 about 20 to 30 fighters and 12 tanks left Duma within three days."
    found = candidates_frame(extract_text(text, source_id="a", published="2018-04-30"))
    rows = draft_rows(found, {"a": text}, {"a": "2018-04-30"})
    shown = [
        (r["claim_id"], r["quote"], r.get("value"), r.get("qualifier"), r.get("unit"))
        for r in rows[1:]
    ]
    assert shown == [
        ("a-p002", "about 20 to 30 fighters", "20", "at_least", "fighters"),
        ("a-p003", "about 20 to 30 fighters", "30", "up_to", "fighters"),
        ("a-p004", "12 tanks", "12", "exact", "tanks"),
        ("a-p005", "within three days", "3", "up_to", "days"),
    ]
    date = rows[0]
    assert (date["occurred_start"], date["occurred_precision"]) == ("2018-04-22", "day")
    for row in rows:
        assert text[int(row["start"]) : int(row["end"])] == row["quote"]


def test_gold_score_per_kind(tmp_path):
    text = "On 22 Apr 2018 about 20 fighters and 12 tanks left."
    gold = tmp_path / "gold.csv"
    gold.write_text(
        "source_id,start,end,text,kind,value,unit_or_noun,qualifier,notes\n"
        "a,3,14,22 Apr 2018,date,2018-04-22,,,\n"
        "a,21,23,20,count,20,fighters,about,\n"
        "a,37,39,12,count,13,tanks,exact,a wrong value on purpose\n",
        encoding="utf-8",
    )
    found = candidates_frame(extract_text(text, source_id="a", published="2018-04-30"))
    table = score(found, read_gold(gold)).set_index("kind")
    assert table.loc["date", ["gold", "proposed", "found", "right"]].tolist() == [1, 1, 1, 1]
    assert table.loc["count", ["gold", "proposed", "found", "right"]].tolist() == [2, 2, 1, 1]
    assert table.loc["count", "precision"] == 0.5 and table.loc["count", "recall"] == 0.5
    assert math.isnan(table.loc["weapon", "precision"])
    gold.write_text(
        "source_id,start,end,text,kind,value,unit_or_noun,qualifier\na,0,1,x,guess,,,\n"
    )
    with pytest.raises(ValueError, match="line 2: kind 'guess'"):
        read_gold(gold)
