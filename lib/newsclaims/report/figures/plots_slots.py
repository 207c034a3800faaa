"""The figures that set events and slots out row by row: the timeline (one row per event)
and the grid of what each source says in each slot. Every label is a word given by the
chapter (event labels, slot titles, outlet names from the styles), wrapped, never cut."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

import matplotlib.patches as mpl_patches
import pandas as pd

from newsclaims.report.style import new_figure, source_labels
from newsclaims.vocabulary import INTENDED, KIND_WORDS

# Characters per line of a row's label and of a cell of the grid (at the book's width).
LABEL_CHARS = 34
CELL_CHARS = 18
HEAD_CHARS = 12


def wrap(text: str, width: int) -> str:
    """``text`` broken into lines of at most ``width`` characters at spaces (a longer word
    stays whole on its own line), never cut."""
    return "\n".join(textwrap.wrap(str(text), width, break_long_words=False)) or ""


def timeline_chart(
    events: pd.DataFrame,
    published: pd.DataFrame,
    styles: dict[str, dict[str, str]],
    event_labels: Mapping[str, str] | None = None,
):
    """One row per event (labelled by ``event_labels``, event id to words), in the order of
    its first date: each source's claimed dates on it, a marker for a day and a bar for a
    range, in the source's colour and marker; plans and forecasts (``modality``) hollow or
    dashed, so that no reader takes them for what happened. The last row holds the
    publication dates (a marker with a black edge; "not before" where the page prints
    none). The legend names the outlets."""
    event_labels = event_labels or {}
    order = list(dict.fromkeys(events.sort_values(["start", "event_id"])["event_id"]))
    rows = [wrap(event_labels.get(e, e), LABEL_CHARS) for e in order] + ["publication"]
    tall = [r.count("\n") + 1 for r in rows]
    fig, ax = new_figure(7.5, 0.34 * sum(tall) + 1.8)
    ys = {e: i for i, e in enumerate(order)}
    sources = list(styles)
    step = 0.5 / max(len(sources), 1)

    def offset(source_id: str) -> float:
        return (sources.index(source_id) - (len(sources) - 1) / 2) * step

    for row in events.itertuples(index=False):
        y = ys[row.event_id] + offset(row.source_id)
        style = styles[row.source_id]
        intended = getattr(row, "modality", "outcome") in INTENDED
        if row.start == row.end:
            ax.plot(
                row.start,
                y,
                marker=style["marker"],
                color=style["color"],
                markerfacecolor="white" if intended else style["color"],
                markeredgecolor=style["color"] if intended else "black",
                markersize=7,
                linestyle="none",
            )
        else:
            ax.plot(
                [row.start, row.end],
                [y, y],
                color=style["color"],
                lw=4,
                alpha=0.6,
                linestyle=(0, (2, 1)) if intended else "-",
                solid_capstyle="butt",
            )
    last = len(order)
    for row in published.itertuples(index=False):
        style = styles[row.source_id]
        ax.plot(
            row.date,
            last + offset(row.source_id),
            marker=style["marker"],
            color=style["color"] if row.basis != "earliest" else "white",
            markeredgecolor="black" if row.basis != "earliest" else style["color"],
            markersize=8,
            linestyle="none",
        )
    ax.axhline(last - 0.5, color="#999999", lw=0.6)
    ax.set_yticks(range(len(rows)), rows, fontsize=8)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    handles = [
        mpl_patches.Patch(color=styles[s]["color"], label=label)
        for s, label in zip(sources, source_labels(styles, sources), strict=True)
    ]
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12),
        ncols=3,
        fontsize=8,
        frameon=False,
    )
    fig.autofmt_xdate()
    return fig


# One shade and hatch per kind of slot (Okabe-Ito colours): reds where claims exclude each
# other, purples where they describe or explain differently, oranges and blues where they
# are not comparable, green for agreement.
KIND_SHADES = {
    "categorical_contradiction": ("#D55E00", "xx"),
    "numeric_disagreement": ("#D55E00", "\\\\"),
    "arithmetic_inconsistency": ("#D55E00", "++"),
    "misdescription": ("#CC79A7", "xx"),
    "competing_explanations": ("#CC79A7", "//"),
    "different_things": ("#E69F00", "//"),
    "different_units": ("#E69F00", ".."),
    "different_moments": ("#E69F00", "\\\\"),
    "part_and_whole": ("#56B4E9", ".."),
    "plan_against_outcome": ("#56B4E9", "//"),
    "different_modalities": ("#56B4E9", "\\\\"),
    "detail_difference": ("#0072B2", ".."),
    "naming_variant": ("#CCCCCC", ""),
    "agreement": ("#009E73", ""),
    "single_source": ("#FFFFFF", ""),
    "related_events": ("#F0E442", ""),
    "silence": ("#999999", ""),
}


def value_grid_chart(
    rows: pd.DataFrame,
    source_ids: list[str],
    styles: dict[str, dict[str, str]],
    titles: Mapping[str, str] | None = None,
    kind_words: Mapping[str, str] | None = None,
):
    """What each source says in each slot (rows: slots, labelled by ``titles``; columns:
    sources, labelled by the styles' outlet names), the cell's text being the source's
    value in words (the chapter gives ``rows["value"]`` worded); the row's shading and
    hatch give the slot's kind (worded by ``kind_words``). Labels and cells are wrapped,
    never cut; a row is as tall as its longest."""
    titles = titles or {}
    kind_words = kind_words or KIND_WORDS
    slots = list(dict.fromkeys(rows["slot_id"]))
    sources = [s for s in source_ids if s in set(rows["source_id"])]
    cells = {
        (r.slot_id, r.source_id): wrap(r.value, CELL_CHARS)
        for r in rows.groupby(["slot_id", "source_id"], sort=False)["value"]
        .agg(lambda v: "; ".join(dict.fromkeys(v)))
        .reset_index()
        .itertuples(index=False)
    }
    labels = [wrap(titles.get(s, s), LABEL_CHARS) for s in slots]
    heights = [
        max([labels[i].count("\n") + 1] + [cells.get((s, x), "").count("\n") + 1 for x in sources])
        for i, s in enumerate(slots)
    ]
    tops = [sum(heights[:i]) for i in range(len(slots))]
    fig, ax = new_figure(7.5, 0.17 * sum(heights) + 0.3 * len(slots) + 1.8)
    for i, slot in enumerate(slots):
        kind = rows.loc[rows["slot_id"] == slot, "kind"].iloc[0]
        colour, hatch = KIND_SHADES[kind]
        top, height = tops[i], heights[i]
        ax.add_patch(
            mpl_patches.Rectangle(
                (-0.5, top),
                len(sources),
                height,
                facecolor=colour,
                alpha=0.35,
                hatch=hatch,
                edgecolor="white",
                lw=1,
            )
        )
        for x, source in enumerate(sources):
            text = cells.get((slot, source), "")
            ax.text(x, top + height / 2, text, ha="center", va="center", fontsize=7)
    total = sum(heights)
    ax.set_xlim(-0.5, len(sources) - 0.5)
    ax.set_ylim(total, 0)
    heads = [wrap(label, HEAD_CHARS) for label in source_labels(styles, sources)]
    ax.set_xticks(range(len(sources)), heads, fontsize=8)
    ax.xaxis.tick_top()
    for label, source in zip(ax.get_xticklabels(), sources, strict=True):
        label.set_color(styles[source]["color"])
        label.set_fontweight("bold")
    ax.set_yticks([t + h / 2 for t, h in zip(tops, heights, strict=True)], labels, fontsize=7)
    handles = [
        mpl_patches.Patch(facecolor=c, alpha=0.35, hatch=h, label=kind_words.get(k, k))
        for k, (c, h) in KIND_SHADES.items()
        if k in set(rows["kind"])
    ]
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.02),
        ncols=2,
        fontsize=8,
        frameon=False,
    )
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    return fig
