"""viz: the concept graph as one offline, interactive HTML file.

``concept_view`` returns a ``pyvis.network.Network`` (tests inspect its nodes
and edges); ``write_html`` renders it through kg's own template, with the
vis-network script that ships inside the pyvis package inlined, so the page
makes no network request at all. pyvis's own HTML writer is not used: it
loads Bootstrap and tom-select from CDNs, writes with the locale's encoding,
and renders headings and node ids unescaped.

Note text never reaches the page as HTML: the template is autoescaped, the
data travels as JSON inside a ``<script type="application/json">`` block
with ``<``, ``>`` and ``&`` escaped, and the page builds every panel with
``textContent``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.concepts import resolve
from kg.query import Backend

if TYPE_CHECKING:
    from pyvis.network import Network

CLASS_COLORS = {
    "Model": "#4e79a7",
    "Component": "#f28e2b",
    "ActivationFunction": "#edc948",
    "Normalization": "#59a14f",
    "Regularization": "#76b7b2",
    "Initialization": "#b07aa1",
    "Optimization": "#9c755f",
    "Technique": "#ff9da7",
    "Problem": "#e15759",
    "Dataset": "#bab0ac",
    "Task": "#86bcb6",
    "Concept": "#a0a0a0",
}
RELATION_STYLES: dict[str, dict[str, Any]] = {
    "uses": {"color": "#4e79a7"},
    "partOf": {"color": "#f28e2b"},
    "replaces": {"color": "#8cd17d"},
    "mitigates": {"color": "#59a14f"},
    "causes": {"color": "#b6992d"},
    "improvesOn": {"color": "#499894"},
    "relatedTo": {"color": "#bab0ac"},
    "conflictsWith": {
        "color": "#e15759",
        "dashes": [8, 6],
        "width": 2.5,
        "arrows": {"to": {"enabled": True}, "from": {"enabled": True}},
    },
    "doesNotUse": {"color": "#7f7f7f", "dashes": [2, 5], "arrows": {"to": {"enabled": True, "type": "bar"}}},
    "comparedWith": {"color": "#6a5acd", "dashes": [10, 4, 2, 4], "arrows": {"to": {"enabled": False}}},
    "dependsOn": {"color": "#4e79a7"},
}


@dataclass
class ViewOptions:
    focus: str | None = None
    depth: int = 2
    relations: list[str] | None = None
    lang: str = "en"
    prereqs: str | None = None
    include_isolated: bool = False


def _node(
    iri: str, label: str, other: str, cls: str, degree: int, questions: list[dict[str, str]], **extra: Any
) -> dict[str, Any]:
    return {
        "id": iri,
        "label": label,
        "other": other,
        "cls": cls,
        "color": CLASS_COLORS.get(cls, CLASS_COLORS["Concept"]),
        "size": round(12 + 5 * math.sqrt(degree), 1),
        "questions": questions,
        **extra,
    }


def _questions(backend: Backend, iris: list[str], per_node: int = 8) -> dict[str, list[dict[str, str]]]:
    if not iris:
        return {}
    out: dict[str, list[dict[str, str]]] = {}
    for start in range(0, len(iris), 500):
        values = " ".join(f"<{i}>" for i in iris[start : start + 500])
        for r in backend.select(f"""
            SELECT ?c ?text ?file ?line WHERE {{ VALUES ?c {{ {values} }}
              ?q a schema:Question ; schema:text ?text ; kg:sourceFile ?file ; kg:line ?line .
              {{ ?q schema:about ?c }} UNION {{ ?q schema:acceptedAnswer/schema:about ?c }}
            }} ORDER BY ?file ?line"""):
            bucket = out.setdefault(r["c"].value, [])
            entry = {"text": r["text"].value, "source": f"{r['file'].value}:{r['line'].value}"}
            if len(bucket) < per_node and entry not in bucket:
                bucket.append(entry)
    return out


def concept_view(backend: Backend, options: ViewOptions | None = None) -> Network:
    """The graph to draw, cut by focus/depth and relations before drawing."""
    import networkx as nx
    from pyvis.network import Network

    from kg.network import concept_network

    options = options or ViewOptions()
    other_lang = "zh" if options.lang == "en" else "en"
    net = Network(directed=True, height="100%", width="100%")
    if options.prereqs:
        return _prereq_view(backend, options, net)
    graph = concept_network(backend, options.lang)
    if options.relations:
        wanted = set(options.relations)
        graph.remove_edges_from(
            [(s, o, k) for s, o, k, d in graph.edges(keys=True, data=True) if d["relation"] not in wanted]
        )
    keep = set(graph)
    center = resolve(backend, options.focus).iri if options.focus else None
    if center:
        undirected = nx.Graph(graph)
        keep = (
            set(nx.single_source_shortest_path_length(undirected, center, cutoff=options.depth))
            if center in graph
            else {center}
        )
        if center not in graph:
            graph.add_node(center, label=options.focus, label_en="", label_zh="", cls="Concept", items=0)
    elif not options.include_isolated:
        keep = {n for n in graph if graph.degree(n) > 0}
    graph = graph.subgraph(keep)
    questions = _questions(backend, sorted(graph))
    for iri, data in graph.nodes(data=True):
        label = data.get(f"label_{options.lang}") or data.get("label") or iri.rsplit("/", 1)[-1]
        other = data.get(f"label_{other_lang}", "")
        net.nodes.append(
            _node(
                iri,
                label,
                other if other != label else "",
                data.get("cls", "Concept"),
                graph.degree(iri),
                questions.get(iri, []),
                **({"borderWidth": 4} if iri == center else {}),
            )
        )
    for s, o, data in graph.edges(data=True):
        net.edges.append(
            {
                "from": s,
                "to": o,
                "relation": data["relation"],
                "label": data["relation"],
                "source": f"{data['source']}:{data['line']}" if data.get("source") else "",
                **RELATION_STYLES.get(data["relation"], {}),
            }
        )
    net.node_ids = [n["id"] for n in net.nodes]
    net.node_map = {n["id"]: n for n in net.nodes}
    return net


def _prereq_view(backend: Backend, options: ViewOptions, net: Network) -> Network:
    from kg.prereqs import study_plan

    plan = study_plan(backend, options.prereqs or "", lang=options.lang)
    from kg.prereqs import dependency_graph, load_links

    order = [s.concept for s in plan.steps] + [plan.target]
    deps = dependency_graph(load_links(backend, plan.target.iri))
    # column = length of the longest chain of prerequisites below a step (plan order is topological)
    level: dict[str, int] = {}
    for c in order:
        below = [level[p] for p in (deps.successors(c.iri) if c.iri in deps else []) if p in level]
        level[c.iri] = 1 + max(below) if below else 0
    questions = _questions(backend, [c.iri for c in order])
    other_lang = "zh" if options.lang == "en" else "en"
    for index, c in enumerate(order):
        degree = deps.degree(c.iri) if c.iri in deps else 0
        label = f"{index + 1}. {c.label(options.lang)}" if c is not plan.target else f"★ {c.label(options.lang)}"
        net.nodes.append(
            _node(
                c.iri,
                label,
                c.pref.get(other_lang, ""),
                c.class_name,
                degree,
                questions.get(c.iri, []),
                level=level[c.iri],
            )
        )
    for a, b, data in deps.edges(data=True):
        if a in level and b in level:
            link = data["link"]
            # drawn in study order: the prerequisite points at what it unlocks
            net.edges.append(
                {
                    "from": b,
                    "to": a,
                    "relation": link.relation,
                    "label": link.relation,
                    "source": link.where,
                    **RELATION_STYLES.get(link.relation, {}),
                }
            )
    net.node_ids = [n["id"] for n in net.nodes]
    net.node_map = {n["id"]: n for n in net.nodes}
    net.kg_hierarchical = True  # type: ignore[attr-defined]
    return net


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib"
    folder = sorted(lib.glob("vis-*"))[-1]
    return (folder / "vis-network.min.js").read_text("utf-8"), (folder / "vis-network.css").read_text("utf-8")


def _json_for_script(value: Any) -> str:
    """JSON that cannot close its <script> element or open a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def render_html(net: Network, title: str = "kg: concept graph", subtitle: str = "") -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(default=True))
    script, css = _vis_assets()
    hierarchical = bool(getattr(net, "kg_hierarchical", False))
    classes = sorted({n["cls"] for n in net.nodes})
    relations = sorted({e["relation"] for e in net.edges})
    data = {
        "nodes": net.nodes,
        "edges": net.edges,
        "hierarchical": hierarchical,
        "classes": [{"name": c, "color": CLASS_COLORS.get(c, CLASS_COLORS["Concept"])} for c in classes],
        "relations": [{"name": r, "color": RELATION_STYLES.get(r, {}).get("color", "#999")} for r in relations],
    }
    return env.get_template("graph.html").render(
        title=title,
        subtitle=subtitle or f"{len(net.nodes)} concepts, {len(net.edges)} relations",
        vis_script=script,
        vis_css=css,
        data_json=_json_for_script(data),
        classes=data["classes"],
        relations=data["relations"],
    )


def write_html(net: Network, path: Path, title: str = "kg: concept graph", subtitle: str = "") -> Path:
    """Write the page as UTF-8 (pyvis would use the locale's encoding)."""
    path.write_text(render_html(net, title, subtitle), encoding="utf-8")
    return path
