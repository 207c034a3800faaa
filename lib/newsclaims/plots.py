"""The book's figures, one function per kind of chart; each returns its figure."""

from __future__ import annotations

import pandas as pd

from newsclaims.corpus import SECTION_KINDS
from newsclaims.style import SECTION_COLOURS, SECTION_HATCHES, new_figure


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
