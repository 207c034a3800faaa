"""The book's figures, one function per kind of chart; each returns its figure."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from newsclaims.data.corpus import SECTION_KINDS
from newsclaims.report.figures.plots_slots import wrap
from newsclaims.report.style import SECTION_COLOURS, SECTION_HATCHES, new_figure, source_labels
from newsclaims.vocabulary import GRADES, KIND_WORDS, KINDS

SECTION_WORDS = {"body": "article body", "chrome": "page chrome", "comments": "reader comments"}


def composition_chart(
    parts: pd.DataFrame, order: list[str], names: Mapping[str, str] | None = None
):
    """Stacked horizontal bars: each source's share of body, chrome and comments; the bars
    are labelled by ``names`` (source id to outlet)."""
    shares = parts.pivot(index="source_id", columns="section", values="share").reindex(order)
    shares.index = [(names or {}).get(s, s) for s in shares.index]
    fig, ax = new_figure(7.5, 0.55 * len(order) + 1.2)
    left = pd.Series(0.0, index=shares.index)
    for kind in SECTION_KINDS:
        ax.barh(
            shares.index,
            shares[kind],
            left=left,
            color=SECTION_COLOURS[kind],
            hatch=SECTION_HATCHES[kind],
            edgecolor="white",
            label=SECTION_WORDS.get(kind, kind),
        )
        for y, (start, width) in enumerate(zip(left, shares[kind], strict=True)):
            if width >= 0.08:
                ax.text(
                    start + width / 2,
                    y,
                    f"{width:.0%}",
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="white" if kind == "body" else "black",
                )
        left = left + shares[kind]
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    ax.set_xlabel("share of the raw document's characters")
    ax.legend(ncols=3, loc="upper center", bbox_to_anchor=(0.5, -0.25), frameon=False)
    return fig


def _count_grid(ax, table: pd.DataFrame, cmap: str, xlabels: list[str], ylabels: list[str]) -> None:
    """A grid of counts: cells shaded by count and every non-zero count printed, so that
    shade is never the only channel."""
    values = table.to_numpy()
    ax.imshow(values, aspect="auto", cmap=cmap, vmin=0, vmax=max(1, values.max()) * 1.5)
    for (i, j), value in np.ndenumerate(values):
        if value:
            ax.text(j, i, str(value), ha="center", va="center", fontsize=8)
    ax.set_xticks(range(len(xlabels)), xlabels, fontsize=8)
    ax.set_yticks(range(len(ylabels)), ylabels, fontsize=8)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)


def claims_matrix_chart(counts: pd.DataFrame, styles: dict[str, dict[str, str]]):
    """Claims per attribute (rows) and source (columns) as a grid of counts; the source
    names carry their colours."""
    fig, ax = new_figure(7.5, 0.26 * len(counts) + 1.4)
    sources = list(counts.columns)
    heads = [wrap(label, 12) for label in source_labels(styles, sources)]
    _count_grid(ax, counts, "Greys", heads, list(counts.index))
    for label, source in zip(ax.get_xticklabels(), sources, strict=True):
        label.set_color(styles[source]["color"])
        label.set_fontweight("bold")
    return fig


def origins_chart(shares: pd.DataFrame, styles: dict[str, dict[str, str]]):
    """For each source, how its claims divide among origin groups (horizontal bars)."""
    fig, ax = new_figure(7.5, 0.5 * len(shares.columns) + 1.8)
    left = np.zeros(len(shares.columns))
    palette = [
        "#0072B2",
        "#E69F00",
        "#009E73",
        "#CC79A7",
        "#56B4E9",
        "#D55E00",
        "#999999",
        "#F0E442",
        "#000000",
        "#88CCEE",
        "#AA4499",
        "#44AA99",
    ]
    hatches = ["", "//", "..", "xx", "\\\\", "++", "--", "oo", "**", "||", "O", "."]
    for k, (group, row) in enumerate(shares.iterrows()):
        ax.barh(
            shares.columns,
            row.to_numpy(),
            left=left,
            color=palette[k % len(palette)],
            hatch=hatches[k % len(hatches)],
            edgecolor="white",
            label=group,
        )
        left += row.to_numpy()
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    ax.set_xlabel("share of the source's claims")
    ax.set_yticks(range(len(shares.columns)), source_labels(styles, shares.columns))
    for label, source in zip(ax.get_yticklabels(), shares.columns, strict=True):
        label.set_color(styles[source]["color"])
    ax.legend(ncols=2, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.18), frameon=False)
    return fig


def ranges_chart(
    rows: pd.DataFrame,
    slots: pd.DataFrame,
    styles: dict[str, dict[str, str]],
    titles: Mapping[str, str] | None = None,
):
    """Every source's figure and the interval its wording allows, per numeric slot, over
    the slot's low-high band (grey, open to the right when a claim sets no high) with its
    best estimate (black bar, absent when withheld); ``titles`` label the slots."""
    slot_ids = list(slots["slot_id"])
    fig, ax = new_figure(7.5, 0.9 * len(slot_ids) + 1.4)
    sources = sorted(rows["source_id"].unique(), key=list(styles).index)
    for y, slot in enumerate(slots.itertuples(index=False)):
        if slot.low == slot.low:
            # A slot with no high: the band runs as far as the dashed lines of its claims.
            high = slot.high if slot.high == slot.high else slot.low * 1.35 + 1
            ax.barh(y, high - slot.low, left=slot.low, height=0.7, color="#e6e6e6", zorder=0)
            if slot.best == slot.best:
                ax.plot([slot.best, slot.best], [y - 0.38, y + 0.38], color="black", lw=2, zorder=1)
        inside = rows[rows["slot_id"] == slot.slot_id]
        for row in inside.itertuples(index=False):
            offset = (sources.index(row.source_id) - (len(sources) - 1) / 2) * 0.12
            style = styles[row.source_id]
            right = row.high if np.isfinite(row.high) else row.low * 1.35 + 1
            ax.plot(
                [row.low, right],
                [y + offset] * 2,
                color=style["color"],
                lw=1.5,
                linestyle="-" if np.isfinite(row.high) else (0, (3, 2)),
                zorder=2,
            )
            ax.plot(
                row.point,
                y + offset,
                marker=style["marker"],
                color=style["color"],
                markersize=8,
                markeredgecolor="black",
                linestyle="none",
                zorder=3,
                label=style["label"]
                if style["label"] not in ax.get_legend_handles_labels()[1]
                else None,
            )
            if not np.isfinite(row.high):
                ax.annotate(
                    "",
                    xy=(right + 0.5, y + offset),
                    xytext=(right, y + offset),
                    arrowprops={"arrowstyle": "->", "color": style["color"]},
                )
    ax.set_yticks(range(len(slot_ids)), [wrap((titles or {}).get(s, s), 34) for s in slot_ids])
    ax.invert_yaxis()
    ax.set_xlabel(
        "number claimed (marker) and what the wording allows (line; dashed = no upper bound)"
    )
    # Room to the right of the largest figure, so that no marker is cut at the edge.
    ax.set_xlim(0, ax.get_xlim()[1] * 1.06 + 0.5)
    ax.legend(loc="lower right", fontsize=8)
    return fig


def attribution_chart(
    graph, styles: dict[str, dict[str, str]], origins: Mapping[str, str] | None = None
):
    """The attribution graph in three columns: outlets (named by the styles' labels), the
    inner sources they cite, and the origin groups those belong to (worded by
    ``origins``, group code to words). Edge width follows the number of claims."""
    origins = origins or {}
    layers = {"outlet": 0, "inner_source": 1, "origin": 2}
    columns: dict[int, list[str]] = {0: [], 1: [], 2: []}
    for node, data in sorted(graph.nodes(data=True)):
        columns[layers[data["layer"]]].append(node)
    height = max(len(v) for v in columns.values())
    fig, ax = new_figure(7.5, 0.32 * height + 1.2)
    positions = {}
    for x, nodes in columns.items():
        for i, node in enumerate(nodes):
            share = i / (len(nodes) - 1) if len(nodes) > 1 else 0.5
            positions[node] = (x, (height - 1) * (1 - share))
    for a, b, data in sorted(graph.edges(data=True)):
        (x0, y0), (x1, y1) = positions[a], positions[b]
        colour = styles[a]["color"] if a in styles else "#999999"
        ax.plot(
            [x0 + 0.05, x1 - 0.05],
            [y0, y1],
            color=colour,
            lw=0.8 + 0.5 * data.get("weight", 0) ** 0.5,
            alpha=0.8,
            zorder=1,
        )
    for node, (x, y) in positions.items():
        data = graph.nodes[node]
        label = data.get("label", node)
        if data["layer"] == "origin":
            label = origins.get(label, label)
        if data["layer"] == "outlet":
            label = styles[node].get("label", label)
            own = data.get("own_claims", 0)
            ax.plot(
                x,
                y,
                marker=styles[node]["marker"],
                color=styles[node]["color"],
                markersize=10,
                markeredgecolor="black",
                zorder=2,
            )
            ax.text(x - 0.08, y, f"{label}\n(own: {own})", ha="right", va="center", fontsize=8)
        else:
            ax.plot(
                x,
                y,
                marker="o" if data["layer"] == "inner_source" else "s",
                color="white",
                markeredgecolor="black",
                markersize=7,
                zorder=2,
            )
            ax.text(x + 0.08, y, label, ha="left", va="center", fontsize=7)
    ax.set_xlim(-0.9, 2.9)
    ax.set_xticks([0, 1, 2], ["outlet", "inner source", "origin group"])
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    return fig


def grades_chart(slots: pd.DataFrame, kind_words: Mapping[str, str] | None = None):
    """Slots counted by main kind (rows: the kinds that occur, worded by ``kind_words``)
    and credibility grade (columns), counts printed."""
    kind_words = kind_words or KIND_WORDS
    kinds = [k for k in KINDS if k in set(slots["kind"])]
    table = pd.crosstab(slots["kind"], slots["credibility"]).reindex(
        index=kinds, columns=list(GRADES), fill_value=0
    )
    fig, ax = new_figure(7.5, 0.32 * len(kinds) + 1.6)
    _count_grid(
        ax,
        table,
        "Blues",
        [f"{g}\n{GRADES[g]}" for g in GRADES],
        [kind_words.get(k, KIND_WORDS[k]) for k in kinds],
    )
    return fig
