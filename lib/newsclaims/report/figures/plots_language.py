"""Figures for the chapter on language: term rates by category and the terms themselves."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from newsclaims.report.style import new_figure
from newsclaims.vocabulary import CATEGORY_WORDS

CATEGORY_HATCHES = {
    "government_forces": "",
    "armed_groups": "//",
    "foreign_forces": "..",
    "agreement": "xx",
    "handover": "\\\\",
    "framing": "++",
}


def category_rates_chart(rates: pd.DataFrame, styles: dict[str, dict[str, str]]):
    """Grouped horizontal bars: terms per 1,000 body words, one group per category, one bar
    per source (its colour and hatch), the rate printed at the end of every bar."""
    categories = list(dict.fromkeys(rates["category"]))
    sources = list(styles)
    table = rates.pivot(index="category", columns="source_id", values="per_1000_words").reindex(
        index=categories, columns=sources
    )
    fig, ax = new_figure(7.5, 0.75 * len(categories) * len(sources) / 5 + 1.6)
    height = 0.8 / len(sources)
    for i, source_id in enumerate(sources):
        y = np.arange(len(categories)) + (i - (len(sources) - 1) / 2) * height
        values = table[source_id].to_numpy()
        ax.barh(
            y,
            values,
            height=height * 0.92,
            color=styles[source_id]["color"],
            hatch=styles[source_id]["hatch"],
            edgecolor="black",
            linewidth=0.4,
            label=styles[source_id].get("label", source_id),
        )
        for yy, value in zip(y, values, strict=True):
            ax.text(value + 0.4, yy, f"{value:.1f}", va="center", ha="left", fontsize=6.5)
    ax.set_yticks(range(len(categories)), [CATEGORY_WORDS.get(c, c) for c in categories])
    ax.invert_yaxis()
    ax.set_xlabel("lexicon terms per 1,000 words of article body")
    values = table.to_numpy(dtype=float)
    top = np.nanmax(values) if values.size and not np.isnan(values).all() else 0.0
    ax.set_xlim(0, max(top, 1.0) * 1.12)
    ax.legend(
        ncols=min(len(sources), 3),
        fontsize=8,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.14),
        frameon=False,
    )
    return fig


def terms_chart(counts: pd.DataFrame, styles: dict[str, dict[str, str]], categories: list[str]):
    """One panel per source: how often it uses each term of the given categories
    (horizontal bars, hatched by category); Arabic terms are drawn as written."""
    sources = list(styles)
    chosen = counts[counts["category"].isin(categories)]
    sizes = chosen.groupby("source_id").size().reindex(sources, fill_value=0)
    rows = (len(sources) + 1) // 2
    # Each row of panels is as tall as its longest list, so bars keep one thickness.
    per_row = [max(1, int(sizes.iloc[2 * r : 2 * r + 2].max())) for r in range(rows)]
    fig, axes = plt.subplots(
        rows,
        2,
        figsize=(7.5, sum(0.22 * n + 0.6 for n in per_row) + 0.5),
        layout="constrained",
        gridspec_kw={"height_ratios": [0.22 * n + 0.6 for n in per_row]},
    )
    axes = axes.ravel()
    # No term of these categories at all (a corpus may have none): empty panels, not NaN.
    top = max(1, int(chosen["count"].max())) if not chosen.empty else 1
    for k, (ax, source_id) in enumerate(zip(axes, sources, strict=False)):
        longest = per_row[k // 2]
        own = chosen[chosen["source_id"] == source_id].sort_values(
            ["category", "count", "term"],
            ascending=[True, False, True],
            key=lambda col: col.map(categories.index) if col.name == "category" else col,
        )
        y = np.arange(len(own))
        ax.barh(
            y,
            own["count"],
            color=styles[source_id]["color"],
            edgecolor="black",
            linewidth=0.4,
            hatch=[CATEGORY_HATCHES.get(c, "") for c in own["category"]],
        )
        ax.set_yticks(y, own["term"], fontsize=8)
        ax.set_ylim(longest - 0.5, -0.5)
        ax.set_xlim(0, top + 0.5)
        ax.xaxis.set_major_locator(plt.MaxNLocator(integer=True))
        ax.tick_params(axis="x", labelsize=7)
        ax.set_title(
            styles[source_id].get("label", source_id), color="black", fontsize=9, loc="left"
        )
        if own.empty:
            ax.text(
                0.5,
                0.5,
                "no term of these categories",
                transform=ax.transAxes,
                ha="center",
                fontsize=8,
                color="#666666",
            )
    for ax in axes[len(sources) :]:
        ax.axis("off")
    legend_ax = axes[-1] if len(axes) > len(sources) else axes[len(sources) - 1]
    handles = [
        plt.Rectangle(
            (0, 0),
            1,
            1,
            facecolor="white",
            edgecolor="black",
            hatch=CATEGORY_HATCHES.get(c, ""),
            label=CATEGORY_WORDS.get(c, c),
        )
        for c in categories
    ]
    legend_ax.legend(
        handles=handles, loc="center", fontsize=8, frameon=False, title="category", title_fontsize=8
    )
    fig.supxlabel("occurrences in the article body", fontsize=8)
    return fig
