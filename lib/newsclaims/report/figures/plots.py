"""The book's figures, one function per kind of chart; each returns its figure."""

from __future__ import annotations

from collections.abc import Mapping

import matplotlib.patches as mpl_patches
import numpy as np
import pandas as pd

from newsclaims.data.corpus import SECTION_KINDS
from newsclaims.report.style import SECTION_COLOURS, SECTION_HATCHES, new_figure
from newsclaims.vocabulary import GRADES, KIND_WORDS, KINDS


def composition_chart(parts: pd.DataFrame, order: list[str]):
    """Stacked horizontal bars: each source's share of body, chrome and comments."""
    shares = parts.pivot(index="source_id", columns="section", values="share").reindex(order)
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
            label=kind,
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
    _count_grid(ax, counts, "Greys", list(counts.columns), list(counts.index))
    for label in ax.get_xticklabels():
        label.set_color(styles[label.get_text()]["color"])
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
    for label in ax.get_yticklabels():
        label.set_color(styles[label.get_text()]["color"])
    ax.legend(ncols=3, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.18), frameon=False)
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
                label=row.source_id
                if row.source_id not in ax.get_legend_handles_labels()[1]
                else None,
            )
            if not np.isfinite(row.high):
                ax.annotate(
                    "",
                    xy=(right + 0.5, y + offset),
                    xytext=(right, y + offset),
                    arrowprops={"arrowstyle": "->", "color": style["color"]},
                )
    ax.set_yticks(range(len(slot_ids)), [_slot_title(s, titles) for s in slot_ids])
    ax.invert_yaxis()
    ax.set_xlabel(
        "number claimed (marker) and what the wording allows (line; dashed = no upper bound)"
    )
    ax.set_xlim(left=0)
    ax.legend(loc="lower right", fontsize=8)
    return fig


def timeline_chart(
    events: pd.DataFrame, published: pd.DataFrame, styles: dict[str, dict[str, str]]
):
    """Claimed occurrences (lines for ranges, markers for days) and publication dates
    (vertical ticks), one row per source; plans and forecasts (``modality``) are drawn
    hollow, or dashed for a range, so that no reader takes them for what happened."""
    sources = list(styles)
    fig, ax = new_figure(7.5, 0.55 * len(sources) + 2.0)
    for row in events.itertuples(index=False):
        y = sources.index(row.source_id)
        style = styles[row.source_id]
        intended = getattr(row, "modality", "outcome") in ("plan", "forecast")
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
    for row in published.itertuples(index=False):
        y = sources.index(row.source_id)
        ax.plot([row.date, row.date], [y - 0.4, y + 0.4], color="black", lw=1.5)
        ax.annotate(
            "published" if row.basis != "earliest" else "not before",
            (row.date, y - 0.42),
            fontsize=7,
            ha="center",
            va="bottom",
        )
    ax.set_yticks(range(len(sources)), sources)
    for label in ax.get_yticklabels():
        label.set_color(styles[label.get_text()]["color"])
    ax.invert_yaxis()
    fig.autofmt_xdate()
    return fig


def attribution_chart(graph, styles: dict[str, dict[str, str]]):
    """The attribution graph in three columns: outlets, the inner sources they cite,
    and the origin groups those belong to. Edge width follows the number of claims."""
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
        if data["layer"] == "outlet":
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


def _slot_title(slot_id: str, titles: Mapping[str, str] | None) -> str:
    if titles and slot_id in titles:
        return titles[slot_id]
    return slot_id.split(":", 1)[-1].replace("_", " ")


def value_grid_chart(
    rows: pd.DataFrame,
    source_ids: list[str],
    styles: dict[str, dict[str, str]],
    titles: Mapping[str, str] | None = None,
):
    """What each source says in each slot (rows: slots, labelled by ``titles``; columns:
    sources), the cell's text being the source's value; the row's shading and hatch give
    the slot's kind."""
    slots = list(dict.fromkeys(rows["slot_id"]))
    sources = [s for s in source_ids if s in set(rows["source_id"])]
    fig, ax = new_figure(7.5, 0.42 * len(slots) + 1.6)
    for y, slot in enumerate(slots):
        inside = rows[rows["slot_id"] == slot]
        colour, hatch = KIND_SHADES[inside["kind"].iloc[0]]
        ax.add_patch(
            mpl_patches.Rectangle(
                (-0.5, y - 0.5),
                len(sources),
                1,
                facecolor=colour,
                alpha=0.35,
                hatch=hatch,
                edgecolor="white",
                lw=0,
            )
        )
        for row in inside.itertuples(index=False):
            x = sources.index(row.source_id)
            text = row.value if len(row.value) <= 34 else row.value[:32] + "…"
            ax.text(x, y, text.replace("_", " "), ha="center", va="center", fontsize=7)
    ax.set_xlim(-0.5, len(sources) - 0.5)
    ax.set_ylim(len(slots) - 0.5, -0.5)
    ax.set_xticks(range(len(sources)), sources)
    for label in ax.get_xticklabels():
        label.set_color(styles[label.get_text()]["color"])
        label.set_fontweight("bold")
    ax.set_yticks(range(len(slots)), [_slot_title(s, titles) for s in slots], fontsize=8)
    handles = [
        mpl_patches.Patch(facecolor=c, alpha=0.35, hatch=h, label=KIND_WORDS[k])
        for k, (c, h) in KIND_SHADES.items()
        if k in set(rows["kind"])
    ]
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.08),
        ncols=3,
        fontsize=8,
        frameon=False,
    )
    ax.tick_params(length=0)
    return fig


def grades_chart(slots: pd.DataFrame):
    """Slots counted by main kind (rows: the kinds that occur) and credibility grade
    (columns), counts printed."""
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
        [KIND_WORDS[k] for k in kinds],
    )
    return fig
