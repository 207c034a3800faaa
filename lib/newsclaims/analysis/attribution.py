"""Who each outlet relies on: the attribution graph and independent origins.

Every claim names the inner source it rests on (``attributed_to``: an officer, a statement,
activists, another outlet) or the outlet itself. Each inner source belongs to an *origin
group* (``actors.csv``): sources of one group are not independent of each other, so
corroboration is counted in groups, not in outlets.
"""

from __future__ import annotations

import networkx as nx
import pandas as pd


def cited_sources(claims: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Claims per outlet and inner source, with the inner source's name, kind and origin group."""
    counts = (
        claims.groupby(["source_id", "attributed_to"], sort=True)
        .size()
        .rename("claims")
        .reset_index()
    )
    info = actors.set_index("actor_id")[["name_en", "kind", "origin_group"]]
    table = counts.join(info, on="attributed_to")
    table["own_reporting"] = table["attributed_to"] == table["source_id"]
    return table.sort_values(
        ["source_id", "claims", "attributed_to"], ascending=[True, False, True], ignore_index=True
    )


def origin_of(claims: pd.DataFrame, actors: pd.DataFrame) -> pd.Series:
    """The origin group of each claim: the group of its inner source. A claim the outlet
    makes itself is its own origin (the outlet's id)."""
    groups = actors.set_index("actor_id")["origin_group"]
    return claims["attributed_to"].map(groups).fillna(claims["attributed_to"]).rename("origin")


def attribution_graph(claims: pd.DataFrame, actors: pd.DataFrame) -> nx.DiGraph:
    """Outlets point to the inner sources they cite, weighted by the number of claims;
    inner sources point to their origin group."""
    graph = nx.DiGraph()
    names = actors.set_index("actor_id")["name_en"]
    groups = actors.set_index("actor_id")["origin_group"]
    for row in cited_sources(claims, actors).itertuples(index=False):
        graph.add_node(row.source_id, layer="outlet", label=row.source_id)
        if row.own_reporting:
            graph.nodes[row.source_id]["own_claims"] = row.claims
            continue
        graph.add_node(
            row.attributed_to,
            layer="inner_source",
            label=names.get(row.attributed_to, row.attributed_to),
        )
        graph.add_edge(row.source_id, row.attributed_to, weight=int(row.claims))
        group = groups.get(row.attributed_to, row.attributed_to)
        graph.add_node(f"origin:{group}", layer="origin", label=group)
        graph.add_edge(row.attributed_to, f"origin:{group}", weight=0)
    return graph
