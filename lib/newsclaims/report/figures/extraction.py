"""The figure of the appendix on proposing candidate claims: precision and recall of the
extractor per source."""

from __future__ import annotations

from collections.abc import Mapping

import matplotlib.pyplot as plt
import pandas as pd

from newsclaims.report.style import OKABE_ITO, source_styles


def precision_recall_chart(
    per_source: pd.DataFrame, source_ids: list[str], outlets: Mapping[str, str] | None = None
):
    """Two panels of horizontal bars, precision and recall per source (named by
    ``outlets``, source id to outlet), in the sources' colours and hatches, each bar
    labelled with its fraction (matched / total). With more sources than the palette can
    tell apart, one bar pools them all."""
    if len(source_ids) <= len(OKABE_ITO):
        styles = source_styles(source_ids, outlets)
    else:
        styles = {"all sources": {"color": "#777777", "hatch": ""}}
    rows = per_source[per_source["source_id"].isin(styles)].reset_index(drop=True)
    fig, axes = plt.subplots(
        1, 2, sharey=True, figsize=(7.5, 0.45 * max(len(rows), 1) + 1.4), layout="constrained"
    )
    panels = (
        (
            "precision",
            "matched_candidates",
            "candidates",
            "precision: proposals that match a claim",
        ),
        ("recall", "matched_claims", "number_claims", "recall: number claims found"),
    )
    for ax, (metric, hit, total, label) in zip(axes, panels, strict=True):
        for y, row in rows.iterrows():
            style = styles[row["source_id"]]
            value = 0.0 if pd.isna(row[metric]) else row[metric]
            ax.barh(
                y,
                value,
                color=style["color"],
                hatch=style["hatch"],
                edgecolor="black",
                linewidth=0.5,
            )
            shown = "n/a" if pd.isna(row[metric]) else f"{row[hit]}/{row[total]}"
            ax.text(min(value, 1.0) + 0.02, y, shown, va="center", fontsize=8)
        ax.set_xlim(0, 1.25)
        ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.set_xlabel(label)
    axes[0].set_yticks(range(len(rows)), [styles[s].get("label", s) for s in rows["source_id"]])
    axes[0].invert_yaxis()
    return fig
