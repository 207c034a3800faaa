"""One look for every figure: a fixed colour and marker per source, captions and alt text.

Colours come from the Okabe-Ito palette, which stays distinguishable with the common forms
of colour blindness; each source also has its own marker and hatch, so colour is never the
only channel.
"""

from __future__ import annotations

from collections.abc import Mapping

import matplotlib as mpl
import matplotlib.pyplot as plt

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00", "#F0E442", "#000000"]
MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]
HATCHES = ["", "//", "..", "xx", "\\\\", "++", "--", "oo"]
SECTION_COLOURS = {"body": "#0072B2", "chrome": "#BBBBBB", "comments": "#E69F00"}
SECTION_HATCHES = {"body": "", "chrome": "//", "comments": ".."}


def source_styles(
    source_ids: list[str], outlets: Mapping[str, str] | None = None
) -> dict[str, dict[str, str]]:
    """Colour, marker, hatch and ``label`` per source, fixed by the source's position in
    ``sources.csv`` so that every figure agrees. ``label`` is what a legend or an axis
    shows: the outlet's name from ``outlets`` (source id to outlet, without its
    parenthesised detail), or the source id when none is given."""
    if len(source_ids) > len(OKABE_ITO):
        raise ValueError(
            f"{len(source_ids)} sources; the palette distinguishes {len(OKABE_ITO)} at most"
        )
    outlets = outlets or {}
    return {
        sid: {
            "color": OKABE_ITO[i],
            "marker": MARKERS[i],
            "hatch": HATCHES[i],
            "label": outlets.get(sid, sid).split(" (", 1)[0],
        }
        for i, sid in enumerate(source_ids)
    }


def source_labels(styles: Mapping[str, Mapping[str, str]], source_ids) -> list[str]:
    """The labels of ``source_ids`` in order (:func:`source_styles`)."""
    return [styles[s].get("label", s) for s in source_ids]


def use_book_style() -> None:
    """Matplotlib settings shared by every chapter: readable sizes, no metadata that
    changes between runs, and no mathtext: labels come from the data, and a ``$`` in a
    name (``$\\x$``) is shown as written instead of being parsed as TeX."""
    mpl.rcParams.update(
        {
            "figure.dpi": 100,
            "savefig.dpi": 100,
            "font.size": 10,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.titlesize": 11,
            "svg.hashsalt": "contested-counts",
            "figure.max_open_warning": 0,
            "text.parse_math": False,
        }
    )


def new_figure(width: float = 7.5, height: float = 3.5):
    """A figure of the book's width (inches) with one set of axes, laid out to fit."""
    return plt.subplots(figsize=(width, height), layout="constrained")
