"""viz: the concept graph as one offline, interactive HTML file, made for studying.

``concept_view`` returns a ``pyvis.network.Network`` (tests inspect its nodes
and edges) carrying everything the page shows: each concept's labels and
aliases in both languages, its questions, each relation with the sentences it
was read from (file, line, confidence), and the study plan of every concept
(``kg.prereqs.study_plans``: the same plans as ``kg prereqs``, with the
learner's known concepts left out). ``write_html`` renders it through kg's own
template with vis-network (shipped inside the pyvis package) and the page's
script (``kg/static/graph.js``) inlined, so the page makes no network request.
pyvis's own HTML writer is not used: it loads Bootstrap and tom-select from
CDNs, writes with the locale's encoding, and renders headings and ids unescaped.

Why plans are computed here and not in the page: they come out of the same
code as ``kg prereqs`` (cycles broken by evidence, context-only relations,
broader-before-narrower, the same tie-breaks), so a page can never disagree
with the command line; stored as node indices they cost a few bytes a step
(about 50 KB for 2,000 concepts).

Note text never reaches the page as HTML: the template is autoescaped, the
data travels as JSON inside a ``<script type="application/json">`` block
with ``<``, ``>`` and ``&`` escaped, and the page builds every panel with
``textContent``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.concepts import resolve
from kg.errors import KgError
from kg.model import noisy_or
from kg.query import Backend
from kg.terms import local_name

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
# How each relation is drawn; the page draws its legend with the same code from the same table.
# arrows: "to" (A → B reads "A uses B"), "both" (symmetric), "none", "bar" (a negative: A ⊣ B).
RELATION_STYLES: dict[str, dict[str, Any]] = {
    "uses": {"color": "#4e79a7"},
    "partOf": {"color": "#f28e2b"},
    "replaces": {"color": "#8cd17d"},
    "mitigates": {"color": "#59a14f"},
    "causes": {"color": "#b6992d"},
    "improvesOn": {"color": "#499894"},
    "relatedTo": {"color": "#bab0ac", "arrows": "none"},
    "conflictsWith": {"color": "#e15759", "dashes": [8, 6], "width": 2.5, "arrows": "both"},
    "doesNotUse": {"color": "#7f7f7f", "dashes": [2, 5], "arrows": "bar"},
    "comparedWith": {"color": "#6a5acd", "dashes": [10, 4, 2, 4], "arrows": "none"},
    "dependsOn": {"color": "#4e79a7"},
}
DEFAULT_STYLE: dict[str, Any] = {"color": "#999999"}
# A relation whose sentences together are less sure than this is drawn faint (and can be hidden).
LOW_CONFIDENCE = 0.6
SENTENCES_PER_RELATION = 3
QUESTIONS_PER_CONCEPT = 8


@dataclass
class ViewOptions:
    focus: str | None = None
    depth: int = 2
    relations: list[str] | None = None
    lang: str = "en"
    prereqs: str | None = None
    include_isolated: bool = False
    known: list[str] = field(default_factory=list)  # the learner's known concepts: left out of the plans
    plans: bool = True  # a study plan for every concept drawn


@dataclass
class PageExtras:
    """What the page needs beyond nodes and edges."""

    plans: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # target IRI → steps in order
    known: list[dict[str, str]] = field(default_factory=list)  # iri, label
    sources: dict[str, str] = field(default_factory=dict)  # file as recorded → file:// URI ("" when not local)
    offstage: list[dict[str, Any]] = field(default_factory=list)  # in a plan, not drawn (a focused view)
    focus: str | None = None
    hierarchical: bool = False


def _node(
    iri: str, label: str, other: str, cls: str, degree: int, questions: list[dict[str, Any]], **extra: Any
) -> dict[str, Any]:
    return {
        "id": iri,
        "label": label,
        "other": other,
        "cls": cls,
        "color": CLASS_COLORS.get(cls, CLASS_COLORS["Concept"]),
        "size": round(12 + 5 * math.sqrt(degree), 1),
        "degree": degree,
        "aliases": [],
        "questions": questions,
        **extra,
    }


def _values(iris: list[str]) -> list[str]:
    return [" ".join(f"<{i}>" for i in iris[start : start + 500]) for start in range(0, len(iris), 500)]


def _questions(
    backend: Backend, iris: list[str], per_node: int = QUESTIONS_PER_CONCEPT
) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for values in _values(iris):
        for r in backend.select(f"""
            SELECT ?c ?text ?file ?line WHERE {{ VALUES ?c {{ {values} }}
              ?q a schema:Question ; schema:text ?text ; kg:sourceFile ?file ; kg:line ?line .
              {{ ?q schema:about ?c }} UNION {{ ?q schema:acceptedAnswer/schema:about ?c }}
            }} ORDER BY ?file ?line"""):
            bucket = out.setdefault(r["c"].value, [])
            entry = {
                "text": r["text"].value,
                "source": f"{r['file'].value}:{r['line'].value}",
                "file": r["file"].value,
                "line": int(r["line"].value),
            }
            if len(bucket) < per_node and entry not in bucket:
                bucket.append(entry)
    return out


def _aliases(backend: Backend, iris: list[str]) -> dict[str, list[str]]:
    """Every label and alias of each concept, any language (search finds a concept by any of them)."""
    out: dict[str, list[str]] = {}
    for values in _values(iris):
        for r in backend.select(f"""
            SELECT ?c ?l WHERE {{ VALUES ?c {{ {values} }} {{ ?c skos:prefLabel ?l }} UNION {{ ?c skos:altLabel ?l }} }}"""):
            bucket = out.setdefault(r["c"].value, [])
            if r["l"].value not in bucket:
                bucket.append(r["l"].value)
    return {c: sorted(labels) for c, labels in out.items()}


def _sentences(
    backend: Backend, subjects: list[str]
) -> tuple[dict[tuple[str, str, str], list[dict[str, Any]]], dict[tuple[str, str, str], float]]:
    """(subject, relation local name, object) → the sentences it was read from, first in the notes
    first; and its confidence: every reading of it together (noisy-or, as kg.prereqs weighs links).

    Two plain queries joined here: an OPTIONAL confidence on fact records made Oxigraph
    exhaust memory on large graphs (see kg.prereqs.load_links).
    """
    facts: dict[str, dict[str, Any]] = {}
    confidence: dict[str, float] = {}
    for values in _values(subjects):
        for r in backend.select(f"""
            SELECT ?f ?s ?p ?o ?sentence ?file ?line WHERE {{ VALUES ?s {{ {values} }}
              ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?from .
              ?from schema:text ?sentence ; kg:sourceFile ?file ; kg:line ?line }}"""):
            facts[r["f"].value] = {
                "triple": (r["s"].value, local_name(r["p"].value), r["o"].value),
                "text": r["sentence"].value,
                "file": r["file"].value,
                "line": int(r["line"].value),
            }
        for r in backend.select(f"""
            SELECT ?f ?conf WHERE {{ VALUES ?s {{ {values} }} ?f rdf:subject ?s ; kg:confidence ?conf }}"""):
            confidence[r["f"].value] = float(r["conf"].value)
    # one entry per sentence (two cues in one sentence are two readings of it: the surer one shows)
    best: dict[tuple[tuple[str, str, str], str, int, str], dict[str, Any]] = {}
    for iri, fact in facts.items():
        key = (fact["triple"], fact["file"], fact["line"], fact["text"])
        reading = {k: fact[k] for k in ("text", "file", "line")} | {"confidence": confidence.get(iri)}
        old = best.get(key)
        if old is None or (reading["confidence"] or 0) > (old["confidence"] or 0):
            best[key] = reading
    readings: dict[tuple[str, str, str], list[float]] = {}
    for iri, fact in facts.items():
        if iri in confidence:
            readings.setdefault(fact["triple"], []).append(confidence[iri])
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for key in sorted(best, key=lambda k: (k[1], k[2], k[3])):
        out.setdefault(key[0], []).append(best[key])
    return out, {triple: noisy_or(sorted(values)) for triple, values in readings.items()}


def _source_uris(backend: Backend, files: set[str]) -> dict[str, str]:
    """file:// URIs of the note files, when the graph was built here from files that still exist."""
    store = getattr(backend, "graph_store", None)
    roots = [Path(p) for p in (store.meta().get("notes", []) if store is not None else [])]
    out: dict[str, str] = {}
    for name in sorted(files):
        out[name] = ""
        for root in roots:
            candidate = root if root.is_file() and root.name == name else root / name
            try:
                if candidate.is_file():
                    out[name] = candidate.resolve().as_uri()
                    break
            except (OSError, ValueError):
                continue
    return out


def concept_view(backend: Backend, options: ViewOptions | None = None) -> Network:
    """The graph to draw, cut by focus/depth and relations before drawing, with its evidence and plans."""
    import networkx as nx
    from pyvis.network import Network

    from kg.network import concept_network

    options = options or ViewOptions()
    other_lang = "zh" if options.lang == "en" else "en"
    net = Network(directed=True, height="100%", width="100%")
    if options.prereqs:
        net = _prereq_view(backend, options, net)
        _add_evidence(backend, net, options)
        return net
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
        label = data.get(f"label_{options.lang}") or data.get("label") or local_name(iri)
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
    net.kg_extras = PageExtras(focus=center)  # type: ignore[attr-defined]
    _add_evidence(backend, net, options)
    return net


def _add_evidence(backend: Backend, net: Network, options: ViewOptions) -> None:
    """Aliases, each relation's sentences and confidence, source links and the study plans."""
    extras: PageExtras = getattr(net, "kg_extras", None) or PageExtras()
    iris = [n["id"] for n in net.nodes]
    aliases = _aliases(backend, sorted(iris))
    for node in net.nodes:
        node["aliases"] = [a for a in aliases.get(node["id"], []) if a not in (node["label"], node["other"])]
    sentences, confidences = _sentences(backend, sorted({e["from"] for e in net.edges} | {e["to"] for e in net.edges}))
    for edge in net.edges:
        readings = sentences.get((edge["from"], edge["relation"], edge["to"]), [])
        edge["confidence"] = confidences.get((edge["from"], edge["relation"], edge["to"]))
        edge["support"] = len(readings)
        edge["sentences"] = readings[:SENTENCES_PER_RELATION]
    files = {q["file"] for n in net.nodes for q in n["questions"]}
    files |= {r["file"] for e in net.edges for r in e["sentences"]}
    extras.sources = _source_uris(backend, files)
    if options.plans and iris:
        _add_plans(backend, net, extras, options)
    net.kg_extras = extras  # type: ignore[attr-defined]


def _add_plans(backend: Backend, net: Network, extras: PageExtras, options: ViewOptions) -> None:
    from kg.concepts import describe
    from kg.network import mentioned_concepts
    from kg.prereqs import study_plans

    mentioned = mentioned_concepts(backend)
    known = []
    for name in options.known:  # a concept the learner knew may be gone since (a rebuild): skip it
        try:
            known.append(resolve(backend, name).iri)
        except KgError:
            continue
    plans = study_plans(backend, [n["id"] for n in net.nodes if n["id"] in mentioned], known, options.lang)
    stated = {(e["from"], e["relation"], e["to"]) for e in net.edges}
    extras.known = []
    for plan in plans.values():
        extras.known = [{"iri": c.iri, "label": c.label(options.lang)} for c in plan.known]
        break
    drawn = {n["id"] for n in net.nodes}
    offstage: set[str] = set()
    for target, plan in plans.items():
        steps = []
        for step in plan.steps:
            entry: dict[str, Any] = {"iri": step.concept.iri}
            if step.chain:
                link = step.chain[0]
                s, o = (link.prerequisite, link.dependent) if link.inverted else (link.dependent, link.prerequisite)
                entry["for"] = link.dependent
                entry["relation"] = link.relation
                if (s, link.relation, o) in stated:
                    entry["edge"] = (s, link.relation, o)
            if step.cycle:
                entry["cycle"] = [c.iri for c in step.cycle]
            steps.append(entry)
            offstage |= {step.concept.iri} - drawn
        extras.plans[target] = steps
    # concepts a plan needs that this view does not draw (a focused view): listed, never drawn
    other_lang = "zh" if options.lang == "en" else "en"
    described = {}
    for start in range(0, len(offstage), 1000):
        described.update(describe(backend, sorted(offstage)[start : start + 1000]))
    for iri, c in sorted(described.items()):
        other = c.pref.get(other_lang, "")
        node = _node(iri, c.label(options.lang), other if other != c.label(options.lang) else "", c.class_name, 0, [])
        node["offstage"] = True
        extras.offstage.append(node)


def _prereq_view(backend: Backend, options: ViewOptions, net: Network) -> Network:
    from kg.prereqs import dependency_graph, load_links, study_plan

    plan = study_plan(backend, options.prereqs or "", known=options.known, lang=options.lang)
    order = [s.concept for s in plan.steps] + [plan.target]
    deps = dependency_graph(load_links(backend, plan.target.iri))
    # column = length of the longest chain of prerequisites below a step (plan order is topological)
    level: dict[str, int] = {}
    for c in order:
        below = [level[p] for p in (deps.successors(c.iri) if c.iri in deps else []) if p in level]
        level[c.iri] = 1 + max(below) if below else 0
    questions = _questions(backend, [c.iri for c in order])
    other_lang = "zh" if options.lang == "en" else "en"
    rows: dict[int, int] = {}
    for index, c in enumerate(order):
        degree = deps.degree(c.iri) if c.iri in deps else 0
        label = f"{index + 1}. {c.label(options.lang)}" if c is not plan.target else f"★ {c.label(options.lang)}"
        row = rows.get(level[c.iri], 0)
        rows[level[c.iri]] = row + 1
        net.nodes.append(
            _node(
                c.iri,
                label,
                c.pref.get(other_lang, ""),
                c.class_name,
                degree,
                questions.get(c.iri, []),
                level=level[c.iri],
                x=level[c.iri] * 260,
                y=row * 80,
            )
        )
    for a, b, data in deps.edges(data=True):
        if a in level and b in level:
            link = data["link"]
            # drawn as the notes state it ("ResNet uses BN": ResNet → BN); the columns give the study order
            s, o = (b, a) if link.inverted else (a, b)
            net.edges.append(
                {
                    "from": s,
                    "to": o,
                    "relation": link.relation,
                    "label": link.relation,
                    "source": link.where,
                    **RELATION_STYLES.get(link.relation, {}),
                }
            )
    net.node_ids = [n["id"] for n in net.nodes]
    net.node_map = {n["id"]: n for n in net.nodes}
    net.kg_hierarchical = True  # type: ignore[attr-defined]
    net.kg_extras = PageExtras(focus=plan.target.iri, hierarchical=True)  # type: ignore[attr-defined]
    return net


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib"
    folder = sorted(lib.glob("vis-*"))[-1]
    return (folder / "vis-network.min.js").read_text("utf-8"), (folder / "vis-network.css").read_text("utf-8")


def _static(name: str) -> str:
    text = (Path(__file__).parent / "static" / name).read_text("utf-8")
    assert "</script" not in text.lower() and "</style" not in text.lower(), name
    return text


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


def page_data(net: Network) -> dict[str, Any]:
    """The page's data, compact: concepts, relations and plan steps refer to each other by index."""
    extras: PageExtras = getattr(net, "kg_extras", None) or PageExtras()
    nodes = list(net.nodes) + extras.offstage
    index = {n["id"]: i for i, n in enumerate(nodes)}
    classes = sorted({n["cls"] for n in nodes if not n.get("offstage")})
    class_index = {c: i for i, c in enumerate(classes)}
    for n in nodes:
        class_index.setdefault(n["cls"], len(class_index))
    relations = sorted({e["relation"] for e in net.edges})
    relation_index = {r: i for i, r in enumerate(relations)}
    files = sorted(extras.sources)
    file_index = {f: i for i, f in enumerate(files)}

    def where(file: str, line: int) -> list[int]:
        return [file_index.get(file, -1), line]

    def node(n: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"id": n["id"], "l": n["label"], "c": class_index[n["cls"]], "d": n.get("degree", 0)}
        if n.get("other"):
            out["o"] = n["other"]
        if n.get("aliases"):
            out["a"] = n["aliases"]
        if n.get("questions"):
            out["q"] = [[q["text"], *where(q.get("file", ""), q.get("line", 0))] for q in n["questions"]]
        if n.get("offstage"):
            out["off"] = 1
        if "x" in n:
            out["x"], out["y"] = n["x"], n["y"]
        return out

    edge_index: dict[tuple[str, str, str], int] = {}
    edges = []
    for i, e in enumerate(net.edges):
        edge_index[(e["from"], e["relation"], e["to"])] = i
        confidence = e.get("confidence")
        edges.append(
            [
                index[e["from"]],
                index[e["to"]],
                relation_index[e["relation"]],
                confidence,
                e.get("support", 0),
                [[s["text"], *where(s["file"], s["line"]), s["confidence"]] for s in e.get("sentences", [])],
            ]
        )
    plans: list[Any] = [None] * len(nodes)
    for target, steps in extras.plans.items():
        plans[index[target]] = [
            [
                index[s["iri"]],
                index.get(s.get("for", ""), -1),
                edge_index.get(s["edge"], -1) if "edge" in s else -1,
                *([[index[c] for c in s["cycle"] if c in index]] if s.get("cycle") else []),
            ]
            for s in steps
        ]

    def style(r: str) -> dict[str, Any]:
        return {"name": r, **DEFAULT_STYLE, **RELATION_STYLES.get(r, {})}

    return {
        "nodes": [node(n) for n in nodes],
        "edges": edges,
        "classes": [{"name": c, "color": CLASS_COLORS.get(c, CLASS_COLORS["Concept"])} for c in class_index],
        "classCount": len(classes),
        "relations": [style(r) for r in relations],
        "sources": [[f, extras.sources[f]] for f in files],
        "plans": plans,
        "hasPlans": bool(extras.plans),
        "known": [{"id": k["iri"], "l": k["label"]} for k in extras.known],
        "focus": index.get(extras.focus or "", -1),
        "hierarchical": extras.hierarchical or bool(getattr(net, "kg_hierarchical", False)),
        "lowConfidence": LOW_CONFIDENCE,
    }


def render_html(net: Network, title: str = "kg: concept graph", subtitle: str = "") -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(default=True))
    script, css = _vis_assets()
    data = page_data(net)
    drawn = len(net.nodes)
    return env.get_template("graph.html").render(
        title=title,
        subtitle=subtitle or f"{drawn} concepts, {len(net.edges)} relations",
        vis_script=script,
        vis_css=css,
        page_script=_static("graph.js"),
        page_css=_static("graph.css"),
        data_json=_json_for_script(data),
    )


def write_html(net: Network, path: Path, title: str = "kg: concept graph", subtitle: str = "") -> Path:
    """Write the page as UTF-8 (pyvis would use the locale's encoding)."""
    path.write_text(render_html(net, title, subtitle), encoding="utf-8")
    return path
