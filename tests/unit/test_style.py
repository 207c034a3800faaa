"""Colour is never the only channel: every source has its own colour, marker and hatch."""

from __future__ import annotations

import pytest
from matplotlib.colors import to_hex

from newsclaims.report.style import HATCHES, MARKERS, source_styles

# The eight colours of Okabe and Ito's palette for colour-blind readers, written out here
# rather than imported so that a change to the module's palette cannot pass unnoticed.
OKABE_ITO = {
    "#000000",  # black
    "#e69f00",  # orange
    "#56b4e9",  # sky blue
    "#009e73",  # bluish green
    "#f0e442",  # yellow
    "#0072b2",  # blue
    "#d55e00",  # vermillion
    "#cc79a7",  # reddish purple
}


@pytest.fixture(scope="module")
def source_ids() -> list[str]:
    # As many invented sources as the palette distinguishes.
    return [f"outlet_{i}" for i in range(len(OKABE_ITO))]


def test_every_source_has_a_style(source_ids):
    styles = source_styles(source_ids)
    assert list(styles) == source_ids
    for sid, style in styles.items():
        assert {"color", "marker", "hatch"} <= style.keys(), sid


def test_colours_are_distinct_and_from_okabe_ito(source_ids):
    colours = [to_hex(s["color"]) for s in source_styles(source_ids).values()]
    assert len(set(colours)) == len(colours), colours
    assert set(colours) <= OKABE_ITO, set(colours) - OKABE_ITO


def test_markers_are_distinct(source_ids):
    # Colour is never the only channel: two sources never share a marker either.
    markers = [s["marker"] for s in source_styles(source_ids).values()]
    assert len(set(markers)) == len(markers), markers
    assert all(markers), markers


def test_hatches_are_distinct(source_ids):
    # Bars and areas carry hatching instead of markers; those must differ too.
    hatches = [s["hatch"] for s in source_styles(source_ids).values()]
    assert len(set(hatches)) == len(hatches), hatches


def test_a_style_follows_the_position_in_sources_csv(source_ids):
    """Every figure agrees because a source's style depends on its position alone: the
    first source is orange with circles, a source added at the end leaves the others'
    styles as they were, and one moved up takes the style of its new place."""
    styles = source_styles(source_ids[:3])
    assert styles["outlet_0"] == {
        "color": "#E69F00",
        "marker": MARKERS[0],
        "hatch": HATCHES[0],
        "label": "outlet_0",
    }
    longer = source_styles(source_ids[:4])
    assert {s: longer[s] for s in source_ids[:3]} == styles
    reordered = source_styles([source_ids[2], source_ids[0], source_ids[1]])

    def look(style: dict) -> tuple:
        return style["color"], style["marker"], style["hatch"]

    assert look(reordered[source_ids[2]]) == look(styles[source_ids[0]])
    assert look(reordered[source_ids[0]]) == look(styles[source_ids[1]])


def test_a_legend_names_the_outlet_not_the_id(source_ids):
    """Legends and axes read a source's ``label``: its outlet without the parenthesis."""
    styles = source_styles(source_ids[:2], {"outlet_0": "The North Post (English edition)"})
    assert styles["outlet_0"]["label"] == "The North Post"
    assert styles["outlet_1"]["label"] == "outlet_1"  # no name given: the id


def test_styles_do_not_share_mutable_state(source_ids):
    # A chapter that adjusts one figure's style must not change the next figure's.
    styles = source_styles(source_ids)
    styles[source_ids[0]]["color"] = "#123456"
    assert to_hex(source_styles(source_ids)[source_ids[0]]["color"]) in OKABE_ITO


def test_too_many_sources_is_an_error():
    with pytest.raises(ValueError, match="palette"):
        source_styles([f"s{i}" for i in range(len(OKABE_ITO) + 1)])


def test_dollar_signs_in_names_are_text_not_tex():
    """A name from the data such as ``$\\x$`` is drawn as written: mathtext would fail on
    the unknown command (or typeset a formula)."""
    import io

    import matplotlib.pyplot as plt

    from newsclaims.report.style import use_book_style

    use_book_style()
    fig, ax = plt.subplots()
    ax.set_title("$\\x$ and $50 {download}`x`")
    ax.set_xticks([0, 1], ["$\\frac{1}{0}$", "10 $ 25 $"])
    fig.savefig(io.BytesIO(), format="png")
    plt.close(fig)


def test_the_terms_chart_of_a_corpus_without_such_terms():
    """A package whose bodies hold no term of the chosen categories gets empty panels (the
    mutation test found the chart failing on NaN)."""
    import matplotlib.pyplot as plt
    import pandas as pd

    from newsclaims.report.figures.plots_language import terms_chart
    from newsclaims.report.style import source_styles

    counts = pd.DataFrame(columns=["source_id", "term", "language", "category", "count"])
    fig = terms_chart(counts, source_styles(["a", "b", "c"]), ["government_forces"])
    assert len(fig.axes) == 4
    plt.close(fig)
