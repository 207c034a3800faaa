"""The whole book built on the second, fictional case study (examples/wadi-harsan): nothing
in it speaks of the project's own study.

The project's own study is identified by what only it says: its settings (book.yml), the
names of its outlets, actors, places, weapons and events, its document titles, its
multi-word lexicon terms, its longer quotes and its bibliography's titles. Any of these
that also occurs anywhere in the second package (a common word, a shared term) is left out,
so that what remains can only have come from the seed study. The same search over the seed
study's own book must find them: that is what shows the check can fail.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
import yaml
from bs4 import BeautifulSoup
from support.books import declare
from support.pages import require_book_html
from support.worked_example import make_worked_example

pytestmark = pytest.mark.book
ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data"
CASE = ROOT / "examples" / "wadi-harsan" / "package"
MIN_QUOTE = 25
CASE_BOOK = declare("wadi-harsan", data=str(CASE.relative_to(ROOT)), weight=15)


def _worked_example(copy: Path) -> None:
    make_worked_example(copy / "worked-example")


WORKED = declare("worked-example", data="worked-example", prepare=_worked_example, weight=5)


def _short(name: str) -> str:
    return name.split(" (", 1)[0].strip()


def seed_strings() -> set[str]:
    """What only the seed study says (module docstring), each at least two words long or a
    name of six letters or more."""
    settings = yaml.safe_load((SEED / "book.yml").read_text(encoding="utf-8"))
    found = {settings[k] for k in ("title", "subtitle", "citation_note") if settings.get(k)}
    for key in ("introduction", "corpus"):
        found |= {s.strip() for s in re.split(r"(?<=[.?!])\s+", settings.get(key, "")) if s.strip()}
    found |= {why for _, _, why in settings["places"]["distance_pairs"]}
    found.add(settings["places"]["detail"]["name"])

    def table(name: str) -> pd.DataFrame:
        return pd.read_csv(SEED / name, dtype=str, keep_default_na=False)

    sources = table("sources.csv")
    found |= {_short(o) for o in sources["outlet"]} | set(sources["title"])
    found |= {_short(n) for n in table("actors.csv")["name_en"]}
    found |= {_short(n) for n in table("places.csv")["name_en"]}
    found |= {_short(n) for n in table("weapons.csv")["name"]}
    found |= set(table("events.csv")["name"])
    found |= {t for t in table("lexicon.csv")["term"] if " " in t}
    found |= {q for q in table("claims.csv")["quote"] if len(q) >= MIN_QUOTE}
    bib = (SEED / "references.bib").read_text(encoding="utf-8")
    found |= {t.strip("{}") for t in re.findall(r"title\s*=\s*\{\{(.+?)\}\}", bib)}
    case_text = " ".join(
        p.read_text(encoding="utf-8")
        for p in CASE.rglob("*")
        if p.is_file() and p.suffix in (".csv", ".txt", ".yml", ".bib", ".md", ".json")
    ).casefold()
    return {s for s in found if (" " in s.strip() or len(s) >= 6) and s.casefold() not in case_text}


def page_text(page: Path) -> str:
    """What a reader of the page sees: its text, alternative texts and titles."""
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    for hidden in soup(["script", "style"]):
        hidden.decompose()
    extra = [tag.get("alt", "") for tag in soup.find_all(alt=True)]
    extra += [tag.get("title", "") for tag in soup.find_all(title=True)]
    return " ".join([soup.get_text(" "), *extra])


def seed_sentences_in(html: Path) -> dict[str, list[str]]:
    """The seed strings found in each page of a built book (pages without any are left out)."""
    strings = seed_strings()
    hits = {}
    for page in sorted(html.rglob("*.html")):
        text = " ".join(page_text(page).split())
        found = sorted(s for s in strings if " ".join(s.split()) in text)
        if found:
            hits[str(page.relative_to(html))] = found
    return hits


@pytest.fixture(scope="module")
def case_book(books) -> Path:
    """The second case's book, built in the shared pool (:mod:`support.books`)."""
    return books.result(CASE_BOOK).check().html


def test_the_seed_strings_are_many_and_specific():
    strings = seed_strings()
    assert len(strings) > 100
    assert "SouthFront" in strings and "Eastern Qalamoun" in strings
    assert "Nadiran" not in strings and "tanks" not in strings


def test_no_sentence_of_the_seed_study_in_the_second_case_book(case_book):
    assert (case_book / "index.html").is_file()
    assert seed_sentences_in(case_book) == {}


def test_the_search_finds_the_seed_study_in_its_own_book():
    """The check can fail: the same search over the seed study's book finds it everywhere."""
    hits = seed_sentences_in(require_book_html())
    assert {"index.html", "chapters/how_to_cite.html", "chapters/07_places.html"} <= set(hits)


def test_the_second_case_book_speaks_of_its_own_corpus(case_book):
    index = page_text(case_book / "index.html")
    assert "The Wadi Harsan handover and evacuation, April 2031" in index
    assert "Every name, place and number in them is fictional." in index
    places = " ".join(page_text(case_book / "chapters" / "07_places.html").split())
    assert "in and around Nadiran" in places
    assert "The second enlarges" not in places  # the package asks for no enlarged map
    html = (case_book / "chapters" / "07_places.html").read_text(encoding="utf-8")
    assert 'id="fig-map"' in html and 'id="fig-map-detail"' not in html
    extraction = " ".join(page_text(case_book / "chapters" / "09_extraction.html").split())
    assert "gold standard of 203 expected proposals" in extraction
    cite = page_text(case_book / "chapters" / "how_to_cite.html")
    assert "Two convoys, three counts" in cite
    sources = " ".join(page_text(case_book / "chapters" / "01_sources.html").split())
    assert "its 3 reader comments make up" in sources
    assert "0 reader comments" not in sources and "(1 documents)" not in sources


def test_a_new_users_first_package_builds_a_book(books):
    """The scaffold README's worked example (three claims, no places and no lexicon terms
    yet) builds the whole book: whatever validation accepts builds."""
    html = books.result(WORKED).check().html
    for page in ("index.html", "chapters/06_language.html", "chapters/07_places.html"):
        assert (html / page).is_file(), page
