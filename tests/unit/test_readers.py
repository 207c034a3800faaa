"""The scan for ids and codes in what a reader sees (``support/readers.py``) finds them
where a reader would, and only there: it can fail."""

from __future__ import annotations

from support.readers import code_pattern, codes_in, package_codes, visible_text

from newsclaims.paths import project_root

PAGE = """<html><body><main>
<p>SouthFront reports 37 tanks, citing <a href="../sources/southfront.html#claim-southfront-006"
 title="number of tanks handed over: 37 tanks">an officer</a>; see eldorar.com/node/5815.</p>
<div class="cell_input"><pre>slots[slots["slot_id"] == "eq_handover:recipient"]</pre></div>
<p class="cc-download"><a href="../results/tables/03_counts.csv">southfront.csv</a></p>
<script>var id = "anapress-016";</script>
%s
</main></body></html>"""


def found(page: str) -> list[str]:
    codes = package_codes(project_root() / "data")
    return [code for code, _ in codes_in(visible_text(page), code_pattern(codes))]


def test_a_clean_page_passes():
    assert found(PAGE % "") == []


def test_every_kind_of_id_or_code_in_the_text_is_found():
    shown = [
        "<p>southfront contributes the most</p>",  # a source id
        '<td>"join pro government forces" [most]</td><td>anapress-016</td>',  # a claim id
        "<h3>eq_handover — fighters destination</h3>",  # an event id
        "<li>weapon_condition</li><li>join_pro_government_forces</li>",  # codes
        '<img alt="legend: zamanalwasl, smart" src="x.png">',  # alternative text
        '<a class="cc-claim" title="courier: government_side">x</a>',  # hover text
        "<td>more_than</td><td>anti_tank_missiles</td>",  # a qualifier, a weapon family
    ]
    assert found(PAGE % "\n".join(shown)) == [
        "southfront",
        "anapress-016",
        "eq_handover",
        "weapon_condition",
        "join_pro_government_forces",
        "more_than",
        "anti_tank_missiles",
        "government_side",  # hover text, then alternative text
        "zamanalwasl",
        "smart",
    ]


def test_literals_are_left_out_only_where_the_format_is_taught():
    page = PAGE % '<p>Write <code class="docutils literal">more_than</code> for "over".</p>'
    codes = code_pattern(package_codes(project_root() / "data"))
    assert [c for c, _ in codes_in(visible_text(page), codes)] == ["more_than"]
    assert codes_in(visible_text(page, literals=False), codes) == []
