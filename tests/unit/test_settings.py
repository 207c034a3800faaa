"""Package settings (book.yml): defaults, every problem named with its line, the region the
validator checks places against, and the pages written from the settings, escaped."""

from __future__ import annotations

import json
import re
import shutil

import pandas as pd
import pytest
import yaml

from newsclaims.data.migrate import NEUTRAL_TITLE, migrate, plan
from newsclaims.data.settings import (
    SettingsError,
    load_settings,
    map_frame,
    read_settings,
    scale_km,
    settings_problems,
)
from newsclaims.data.validate import validate
from newsclaims.report import corpus_text
from newsclaims.report.front import (
    block_html,
    citation_bibtex,
    front_files,
    lead_html,
    restricted_markdown,
    with_corpus_bibliography,
)


@pytest.fixture
def package(minipackage, tmp_path):
    folder = tmp_path / "package"
    shutil.copytree(minipackage, folder)
    return folder


def test_without_book_yml_every_key_has_a_default(package):
    settings, problems = read_settings(package)
    assert problems == []
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    assert settings.title == descriptor["title"]
    assert settings.region_bounds is None and settings.distance_pairs == ()


def test_every_problem_names_its_line_and_key(package):
    (package / "book.yml").write_text(
        "title: A study\n"
        "colour: blue\n"
        "region:\n"
        "  name: Somewhere\n"
        "  bounds: {lat: [40, 30], lon: [1, 2]}\n"
        "timeline:\n"
        "  window: [2030-02-01, 2030-01-01]\n"
        "places:\n"
        "  distance_pairs:\n"
        "    - [a, b]\n"
        "    - [lake_vesper, nowhere, why]\n"
        "weapons: {event: no_event}\n"
        "bibliography: missing.bib\n",
        encoding="utf-8",
    )
    _, problems = read_settings(package)
    where = {(p.line, p.field) for p in problems}
    assert (2, "colour") in where
    assert (5, "region.bounds.lat") in where
    assert (7, "timeline.window") in where
    assert (10, "places.distance_pairs[0]") in where
    assert (13, "bibliography") in where
    messages = " ".join(p.message for p in problems)
    assert "unknown key; expected one of title" in messages
    with pytest.raises(SettingsError):
        load_settings(package)
    # Ids are checked against the tables when the validator passes them.
    report = validate(package)
    fields = {p.field for p in report.problems if p.file == "book.yml"}
    assert {"places.distance_pairs (lake_vesper to nowhere)", "weapons.event"} <= fields


def test_not_yaml_is_one_problem(package):
    (package / "book.yml").write_text("title: [unclosed\n", encoding="utf-8")
    _, problems = read_settings(package)
    assert len(problems) == 1 and problems[0].message.startswith("not valid YAML")


def test_the_region_check_comes_from_the_settings(package):
    # The test package's place lies at (0.5, 0.5): outside a region set far away.
    (package / "book.yml").write_text(
        "title: x\nregion: {name: Northland, bounds: {lat: [60, 70], lon: [10, 20]}}\n",
        encoding="utf-8",
    )
    problems = [p for p in validate(package).problems if p.file == "places.csv"]
    assert len(problems) == 1 and "lies outside Northland" in problems[0].message
    (package / "book.yml").write_text("title: x\n", encoding="utf-8")
    assert validate(package).ok  # without a region, no bounds are imposed


def test_map_frame_and_scale():
    settings = read_settings("tests/support/minipackage")[0]
    frame = map_frame(settings, pd.Series([-31.0, -30.0]), pd.Series([-18.0, -17.0]))
    assert frame == {"lat": (-31.5, -29.5), "lon": (-18.5, -16.5)}
    assert map_frame(settings, pd.Series([None]), pd.Series([None])) is None
    assert scale_km({"lat": (31.9, 37.6), "lon": (34.8, 42.6)}) == 100


def test_restricted_markdown_escapes_everything():
    html = restricted_markdown(
        "A *fine* **bold** <script>alert(1)</script> [link](http://x) `code`\n\n- one\n- two"
    )
    assert "<em>fine</em>" in html and "<strong>bold</strong>" in html
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "<a " not in html and "<code>" not in html
    assert "<ul><li>one</li><li>two</li></ul>" in html
    assert "&lt;b&gt;" in lead_html(
        load_settings("tests/support/minipackage").__class__(title="<b>T</b>")
    )
    assert (
        block_html("", "A <fallback>")
        == '<div class="cc-settings">\n<p>A &lt;fallback&gt;</p>\n</div>\n'
    )


def test_front_files_and_config(root):
    files = front_files(root / "data", root)
    assert set(files) == {
        f"_generated/{n}"
        for n in (
            "lead.html",
            "introduction.html",
            "corpus.html",
            "citation.html",
            "citation.bib",
            "CITATION.cff",
            "corpus.bib",
        )
    }
    assert b"@misc{zamanalwasl2018" in files["_generated/corpus.bib"]
    config = with_corpus_bibliography(b"bibtex_bibfiles:\n  - references.bib\ntitle: X\n")
    assert b"- references.bib\n- _generated/corpus.bib" in config
    settings = load_settings(root / "data")
    bib = citation_bibtex(
        settings.__class__(title="T {x}", authors=("A\\B",)), {"date-released": "2026-01-02"}
    )
    assert "{Contested Counts: T (x)}" in bib and "\\" not in bib


def test_corpus_words_have_the_right_number():
    assert corpus_text.count(0, "document") == "no documents"
    assert corpus_text.count(1, "document") == "1 document"
    assert corpus_text.count(2, "reader comment") == "2 reader comments"
    assert corpus_text.listing(["a", "b", "c"]) == "a, b and c"
    sources = pd.DataFrame(
        {
            "source_id": ["a"],
            "outlet": ["Outlet A (detail)"],
            "language": ["ar"],
            "kind": ["news report"],
            "translator": [""],
            "published_basis": ["inferred"],
        }
    )
    assert (
        corpus_text.corpus_sentence(sources)
        == "The corpus holds 1 document from 1 outlet, in 1 language."
    )
    assert (
        corpus_text.dating_sentence(sources)
        == "Publication dates are inferred from the text (1 document)."
    )
    assert corpus_text.undated_sentence(sources).startswith(
        "Outlet A prints no publication date of its own"
    )
    parts = pd.DataFrame(
        {
            "source_id": ["a", "a", "a"],
            "section": ["body", "chrome", "comments"],
            "share": [0.8, 0.2, 0.0],
            "spans": [1, 1, 0],
        }
    )
    sentence = corpus_text.comments_sentence(parts, sources)
    assert sentence.startswith("No page carries reader comments.")
    assert "0 reader comments" not in sentence and not re.search(r"\b0%", sentence)
    assert corpus_text.translation_sentence(sources).startswith(
        "Of the documents, none is a translation and one is written in Arabic"
    )
    assert corpus_text.map_sentence(0, None, None, 0).startswith("No place of the gazetteer")


def test_migrate_adds_a_missing_column_and_keeps_a_backup(package):
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    claims = next(r for r in descriptor["resources"] if r["name"] == "claims")
    claims["schema"]["fields"] = [f for f in claims["schema"]["fields"] if f["name"] != "notes"]
    (package / "datapackage.json").write_text(json.dumps(descriptor, indent=2), encoding="utf-8")
    lines = (package / "claims.csv").read_text(encoding="utf-8").splitlines()
    frame = pd.read_csv(package / "claims.csv", dtype=str, keep_default_na=False).drop(
        columns="notes"
    )
    frame.to_csv(package / "claims.csv", index=False, lineterminator="\n")
    assert validate(package).ok  # an older package is valid as it is
    report, files = plan(package)
    assert "claims.csv: column notes added, blank (optional)" in report
    assert "book.yml" in files
    old_claims = (package / "claims.csv").read_bytes()
    report, backup = migrate(package)
    assert (backup / "claims.csv").read_bytes() == old_claims
    assert validate(package).ok
    assert len((package / "claims.csv").read_text(encoding="utf-8").splitlines()) == len(lines)
    assert plan(package) == ([], {})  # a second run has nothing to do
    assert NEUTRAL_TITLE not in (package / "datapackage.json").read_text(encoding="utf-8")


def test_settings_problems_without_tables(package):
    (package / "book.yml").write_text("title: x\nweapons: {event: anything}\n", encoding="utf-8")
    assert settings_problems(package) == []


def test_the_bibliography_is_parsed_as_the_book_parses_it(tmp_path):
    from newsclaims.data.settings import bibliography_problems

    bib = tmp_path / "references.bib"
    # An example entry "commented out" with % is still an entry to BibTeX, and a broken one.
    bib.write_text("% @misc{a,\n%   title = {{A}},\n% }\n", encoding="utf-8")
    (problem,) = bibliography_problems(bib)
    assert problem.file == "references.bib" and problem.line is not None
    assert "not valid BibTeX" in problem.message
    bib.write_text(
        "@misc{a, title = {A}, url = {javascript:alert(1)}}\n"
        "@misc{b, title = {B}, url = {https://example.org/b}}\n",
        encoding="utf-8",
    )
    (problem,) = bibliography_problems(bib)
    assert (problem.key, problem.field) == ("a", "url")
    bib.write_text("@misc{a, title = {A}}\n@misc{a, title = {B}}\n", encoding="utf-8")
    assert "repeated bibliography entry" in bibliography_problems(bib)[0].message


def test_the_scaffolds_bibliography_parses(tmp_path):
    from newsclaims.data.scaffold import scaffold
    from newsclaims.data.settings import bibliography_problems

    assert bibliography_problems(scaffold(tmp_path / "new") / "references.bib") == []


def test_the_books_author_and_footer_come_from_the_package_escaped(package):
    """Another package's book is signed by its authors and states its own licence (or that
    it states none); both reach pages the theme does not escape, so they are escaped."""
    import json

    from newsclaims.report.front import with_package_settings

    config = b"author: The Contested Counts authors\nhtml:\n  use_issues_button: false\n"
    (package / "book.yml").write_text('authors: ["Ana <b>B</b>", "C & D"]\n', encoding="utf-8")
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["licenses"] = [{"name": "<script>x</script>"}]
    (package / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    data = yaml.safe_load(with_package_settings(config, package))
    assert data["author"] == "Ana &lt;b&gt;B&lt;/b&gt;, C &amp; D"
    assert "Annotations under &lt;script&gt;x&lt;/script&gt;" in data["html"]["extra_footer"]
    assert data["html"]["use_issues_button"] is False
    descriptor.pop("licenses")
    (package / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    (package / "book.yml").unlink()
    data = yaml.safe_load(with_package_settings(config, package))
    assert data["author"] == "The Contested Counts authors"
    assert "No licence stated for the annotations" in data["html"]["extra_footer"]
