"""Maps of the places the sources name, drawn with matplotlib alone (no tiles, nothing
downloaded): country outlines from the shipped GeoJSON, one point per place, and beside
the map one row per place showing, in a fixed column per source, which sources name it."""

from __future__ import annotations

import math
from collections.abc import Mapping

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import ConnectionPatch, PathPatch, Rectangle
from matplotlib.path import Path as MplPath

from newsclaims.analysis.places import great_circle_km, is_approximate, label_point

SYRIA_FILL = "#efe9dc"
OTHER_FILL = "#f7f7f7"
EDGE = "#8c8c8c"


def _draw_countries(
    ax,
    countries: list[dict],
    frame: Mapping[str, tuple[float, float]],
    avoid: list[tuple[float, float]],
) -> None:
    for country in countries:
        fill = SYRIA_FILL if country["iso_a3"] == "SYR" else OTHER_FILL
        for poly in country["polygons"]:
            vertices, codes = [], []
            for ring in poly:
                vertices += ring
                codes += [MplPath.MOVETO] + [MplPath.LINETO] * (len(ring) - 2) + [MplPath.CLOSEPOLY]
            ax.add_patch(
                PathPatch(
                    MplPath(vertices, codes), facecolor=fill, edgecolor=EDGE, lw=0.8, zorder=0
                )
            )
        # Names go where they fit; a country with too little room in the frame stays unnamed.
        spot = label_point(
            country, frame, avoid, min_room=0.04 * (frame["lat"][1] - frame["lat"][0])
        )
        if spot is not None:
            ax.text(
                *spot,
                country["name"].upper(),
                ha="center",
                va="center",
                fontsize=7,
                color="#6e6e6e",
                style="italic",
                zorder=1,
            )


def _scale_bar_ends(
    frame: Mapping[str, tuple[float, float]], km: float
) -> tuple[float, float, float]:
    """Longitudes of both ends and the latitude of a bar ``km`` long in the lower left
    corner, its length computed at that latitude."""
    (x0, x1), (y0, y1) = frame["lon"], frame["lat"]
    lat = y0 + 0.06 * (y1 - y0)
    lon = x0 + 0.04 * (x1 - x0)
    return lon, lon + km / great_circle_km(lat, lon, lat, lon + 1.0), lat


def _scale_bar(ax, frame: Mapping[str, tuple[float, float]], km: float) -> None:
    (y0, y1) = frame["lat"]
    lon, end, lat = _scale_bar_ends(frame, km)
    degrees = end - lon
    ax.plot([lon, lon + degrees], [lat, lat], color="black", lw=2, solid_capstyle="butt", zorder=5)
    ax.text(
        lon + degrees / 2,
        lat + 0.015 * (y1 - y0),
        f"{km:g} km",
        ha="center",
        va="bottom",
        fontsize=7,
    )


def _row_y(k: int, n: int) -> float:
    """Height of the k-th of n rows beside the map (axes fraction, top row first)."""
    return 0.5 if n == 1 else 0.97 - 0.94 * k / (n - 1)


def _crossings(order: list[tuple[float, float]]) -> int:
    """Leader lines that cross when the points (x, y in frame fractions) are joined, in
    this order, to rows at the right edge."""
    n = len(order)
    segments = [((x, y), (1.0, _row_y(k, n))) for k, (x, y) in enumerate(order)]

    def side(p, q, r) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            (a, b), (c, d) = segments[i], segments[j]
            if side(a, b, c) * side(a, b, d) < 0 and side(c, d, a) * side(c, d, b) < 0:
                count += 1
    return count


def _untangle(rows: pd.DataFrame, frame: Mapping[str, tuple[float, float]]) -> pd.DataFrame:
    """Rows ordered from north to south, then swapped pairwise while a swap lowers the
    number of crossing leader lines."""
    (x0, x1), (y0, y1) = frame["lon"], frame["lat"]
    rows = rows.sort_values(["latitude", "place_id"], ascending=[False, True]).reset_index(
        drop=True
    )
    points = [
        ((lon - x0) / (x1 - x0), (lat - y0) / (y1 - y0))
        for lon, lat in zip(rows["longitude"], rows["latitude"], strict=True)
    ]
    order = list(range(len(rows)))
    best = _crossings([points[i] for i in order])
    improved = True
    while improved and best:
        improved = False
        for i in range(len(order)):
            for j in range(i + 1, len(order)):
                trial = order.copy()
                trial[i], trial[j] = trial[j], trial[i]
                score = _crossings([points[k] for k in trial])
                if score < best:
                    order, best, improved = trial, score, True
    return rows.iloc[order]


def places_map(
    places: pd.DataFrame,
    mentions: pd.DataFrame,
    countries: list[dict],
    styles: dict[str, dict[str, str]],
    frame: Mapping[str, tuple[float, float]],
    labelled: list[str] | None = None,
    detail: Mapping[str, tuple[float, float]] | None = None,
    scale_km: float = 100,
    height: float = 5.0,
):
    """A map of the places inside ``frame`` (degrees, ``{"lon": (min, max), "lat": (min,
    max)}``). Each place is a dot, hollow when its coordinate is approximate, joined by a
    leader line (dashed when approximate) to a row beside the map: one column per source,
    holding that source's marker if it names the place (``mentions``: place_id,
    source_id), then the place's name. ``labelled`` limits the rows to these place ids
    (others are drawn as small dots); ``detail`` outlines the frame of a closer map."""
    (x0, x1), (y0, y1) = frame["lon"], frame["lat"]
    inside = places[places["longitude"].between(x0, x1) & places["latitude"].between(y0, y1)].copy()
    inside["approximate"] = is_approximate(inside).astype(bool).to_numpy()
    shown = set(inside["place_id"] if labelled is None else labelled)
    sources = list(styles)

    fig = plt.figure(figsize=(7.5, height))
    ax = fig.add_axes((0.07, 0.15, 0.52, 0.71))
    table = fig.add_axes((0.61, 0.15, 0.38, 0.71))
    table.set_xlim(0, 1)
    table.set_ylim(0, 1)
    table.axis("off")

    points = list(zip(inside["longitude"], inside["latitude"], strict=True))
    bar_start, bar_end, bar_lat = _scale_bar_ends(frame, scale_km)
    # Keep country names off the places and the scale bar.
    points += [(bar_start + (bar_end - bar_start) * t / 4, bar_lat) for t in range(5)]
    _draw_countries(ax, countries, frame, points)
    # Equirectangular view: one degree of longitude is cos(latitude) degrees of latitude.
    ax.set_aspect(1 / math.cos(math.radians((y0 + y1) / 2)), anchor="E")
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:g}°E")
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:g}°N")
    ax.tick_params(labelsize=7)
    for spine in ax.spines.values():
        spine.set_visible(True)
        spine.set_color(EDGE)
    if detail is not None:
        (dx0, dx1), (dy0, dy1) = detail["lon"], detail["lat"]
        ax.add_patch(
            Rectangle(
                (dx0, dy0), dx1 - dx0, dy1 - dy0, fill=False, ec="black", lw=0.9, ls=":", zorder=3
            )
        )
    for row in inside.itertuples(index=False):
        big = row.place_id in shown
        ax.plot(
            row.longitude,
            row.latitude,
            marker="o",
            markersize=5 if big else 3,
            markerfacecolor="white" if row.approximate else "black",
            markeredgecolor="black",
            markeredgewidth=1,
            linestyle="none",
            zorder=6,
        )

    # Beside the map: a header naming each source's column, then one row per place.
    column = 0.075
    names_x = len(sources) * column + 0.03
    for i, source_id in enumerate(sources):
        table.text(
            (i + 0.5) * column,
            1.0,
            styles[source_id].get("label", source_id),
            rotation=90,
            ha="center",
            va="bottom",
            fontsize=6.5,
            color="black",
        )
    rows = _untangle(inside[inside["place_id"].isin(shown)], frame)
    by_place = mentions.groupby("place_id")["source_id"].apply(set).to_dict()
    n = len(rows)
    for k, row in enumerate(rows.itertuples(index=False)):
        y = _row_y(k, n)
        fig.add_artist(
            ConnectionPatch(
                xyA=(row.longitude, row.latitude),
                coordsA=ax.transData,
                xyB=(-0.01, y),
                coordsB=table.transData,
                color="#555555",
                lw=0.6,
                linestyle=(0, (3, 2)) if row.approximate else "-",
                shrinkA=3,
                shrinkB=0,
                zorder=4,
            )
        )
        named_by = by_place.get(row.place_id, set())
        for i, source_id in enumerate(sources):
            style = styles[source_id]
            x = (i + 0.5) * column
            if source_id in named_by:
                table.plot(
                    x,
                    y,
                    marker=style["marker"],
                    color=style["color"],
                    markeredgecolor="black",
                    markeredgewidth=0.6,
                    markersize=6.5,
                    linestyle="none",
                    clip_on=False,
                )
            else:
                table.plot(
                    x, y, marker=".", color="#c8c8c8", markersize=3, linestyle="none", clip_on=False
                )
        name = row.name_en.replace(" (", "\n(") if len(row.name_en) > 28 else row.name_en
        table.text(
            names_x, y, name, ha="left", va="center", fontsize=7.5, linespacing=1.0, clip_on=False
        )
    _scale_bar(ax, frame, scale_km)
    handles = [
        Line2D(
            [],
            [],
            marker=styles[s]["marker"],
            color=styles[s]["color"],
            markeredgecolor="black",
            markeredgewidth=0.6,
            linestyle="none",
            markersize=6.5,
            label=styles[s].get("label", s),
        )
        for s in sources
    ] + [
        Line2D(
            [],
            [],
            marker="o",
            markerfacecolor="black",
            markeredgecolor="black",
            linestyle="-",
            color="#555555",
            lw=0.6,
            label="coordinate from a reference",
        ),
        Line2D(
            [],
            [],
            marker="o",
            markerfacecolor="white",
            markeredgecolor="black",
            linestyle=(0, (3, 2)),
            color="#555555",
            lw=0.6,
            label="approximate coordinate",
        ),
    ]
    fig.legend(
        handles=handles,
        loc="lower center",
        bbox_to_anchor=(0.5, 0.0),
        ncols=4,
        fontsize=7.5,
        frameon=False,
    )
    return fig
