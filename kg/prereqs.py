"""prereqs: "what should I study before X?" as an ordered, explained plan.

The dependency graph comes from the relations the ontology declares
prerequisite-implying (``rdfs:subPropertyOf kg:dependsOn``, or the inverse of
one), read from the graph itself, so a remote endpoint answers the same.
An edge A → B means "study B before A". A plan for X holds everything X
transitively depends on, in an order where every step comes after its own
prerequisites; ties follow the order in which the notes introduce things.
Cycles are condensed into one step and reported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg.concepts import Concept, describe, resolve
from kg.query import Backend

if TYPE_CHECKING:
    import networkx as nx

RULES = """
SELECT DISTINCT ?p ?inv WHERE {
  { ?p rdfs:subPropertyOf+ kg:dependsOn . FILTER NOT EXISTS { ?p owl:inverseOf ?x } FILTER NOT EXISTS { ?x owl:inverseOf ?p } BIND(false AS ?inv) }
  UNION { ?q rdfs:subPropertyOf+ kg:dependsOn ; owl:inverseOf ?p . BIND(true AS ?inv) }
  UNION { ?q rdfs:subPropertyOf+ kg:dependsOn . ?p owl:inverseOf ?q . BIND(true AS ?inv) }
}"""


@dataclass(frozen=True)
class Link:
    """One reason to study ``prerequisite`` before ``dependent``."""

    dependent: str
    prerequisite: str
    relation: str  # local name of the relation as stated in the notes
    inverted: bool  # stated as "prerequisite relation dependent" (partOf)
    source: str = ""
    line: int = 0
    sentence: str = ""

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.source else ""

    def stated(self, names: dict[str, str]) -> str:
        """The link as the notes state it: 'ResNet uses Batch Normalization'."""
        s, o = (self.prerequisite, self.dependent) if self.inverted else (self.dependent, self.prerequisite)
        return f"{names.get(s, s)} {self.relation} {names.get(o, o)}"


def dependency_rules(backend: Backend) -> list[tuple[str, bool]]:
    return sorted({(r["p"].value, r["inv"].value == "true") for r in backend.select(RULES)})


def load_links(backend: Backend, root: str | None = None, sources: bool = True) -> list[Link]:
    """Every prerequisite link (or only those reachable from ``root``), with where each was read.

    Written around Oxigraph's planner: a predicate variable (VALUES ?p, a
    UNION over predicates) or a constant predicate on a fact record makes it
    scan every such triple first (50 s and 2 s at 100k concepts), so edges
    come one relation at a time from a VALUES list of nodes, and sources
    from the fact records of those subjects, filtered here.
    """
    rules = dependency_rules(backend)
    if root:
        nodes = [r["a"].value for r in backend.select(f"SELECT DISTINCT ?a WHERE {{ <{root}> kg:dependsOn* ?a }}")]
        scopes = [
            f"VALUES ?a {{ {' '.join(f'<{n}>' for n in nodes[i : i + 2000])} }}" for i in range(0, len(nodes), 2000)
        ]
    else:
        scopes = [""]
    edges: set[tuple[str, str, str, bool]] = set()
    for predicate, inverted in rules:
        pattern = f"?b <{predicate}> ?a" if inverted else f"?a <{predicate}> ?b"
        for scope in scopes:
            for r in backend.select(f"SELECT ?a ?b WHERE {{ {scope} {pattern} . FILTER(?a != ?b) }}"):
                edges.add((r["a"].value, r["b"].value, predicate, inverted))
    best: dict[tuple[str, str, str], tuple[str, int, str]] = {}
    if sources and edges:
        stated = {(b, p, a) if inv else (a, p, b) for a, b, p, inv in edges}
        subjects = sorted({s for s, _, _ in stated})
        for i in range(0, len(subjects), 2000):
            values = " ".join(f"<{s}>" for s in subjects[i : i + 2000])
            for r in backend.select(f"""
                SELECT ?s ?p ?o ?file ?line ?sentence WHERE {{ VALUES ?s {{ {values} }}
                  ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:sourceFile ?file ; kg:line ?line ;
                     kg:sentence ?sentence }}"""):  # no OPTIONAL here: it made Oxigraph exhaust 24 GB
                key = (r["s"].value, r["p"].value, r["o"].value)
                if key not in stated:
                    continue
                found = (
                    r["file"].value,
                    int(r["line"].value),
                    r["sentence"].value if r.get("sentence") is not None else "",
                )
                if key not in best or found[:2] < best[key][:2]:
                    best[key] = found
    links = []
    for a, b, p, inv in edges:
        source, line, sentence = best.get((b, p, a) if inv else (a, p, b), ("", 0, ""))
        links.append(Link(a, b, p.rsplit("#", 1)[-1], inv, source, line, sentence))
    links.sort(key=lambda k: (k.dependent, k.prerequisite, k.source, k.line, k.relation))
    return links


def dependency_graph(links: Iterable[Link]) -> nx.DiGraph:
    """A → B for "A depends on B"; each edge keeps its first link (by file, line) as ``link``."""
    import networkx as nx

    graph = nx.DiGraph()
    for link in links:
        if graph.has_edge(link.dependent, link.prerequisite):
            old = graph.edges[link.dependent, link.prerequisite]["link"]
            if (link.source, link.line) >= (old.source, old.line) and old.source:
                continue
        graph.add_edge(link.dependent, link.prerequisite, link=link)
    return graph


def introduction_order(backend: Backend, iris: Iterable[str]) -> dict[str, tuple[str, int]]:
    """Where the notes first mention each concept: (file, line); unmentioned ones sort last."""
    iris = list(iris)
    if not iris:
        return {}
    values = " ".join(f"<{i}>" for i in iris)
    rows = backend.select(f"""
        SELECT ?c (MIN(CONCAT(?file, "\\u0000", STR(1000000000 + ?line))) AS ?first) WHERE {{
          VALUES ?c {{ {values} }}
          ?item schema:about ?c ; kg:sourceFile ?file ; kg:line ?line .
        }} GROUP BY ?c""")
    out: dict[str, tuple[str, int]] = {}
    for r in rows:
        if r.get("first") is None:
            continue
        file, _, line = r["first"].value.partition("\u0000")
        out[r["c"].value] = (file, int(line) - 1000000000)
    return out


@dataclass
class Step:
    concept: Concept
    depth: int  # shortest distance from the target
    chain: list[Link]  # from this step up to the target: the reason it is in the plan
    cycle: list[Concept] = field(default_factory=list)  # other members, when notes contradict themselves
    questions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Plan:
    target: Concept
    steps: list[Step]
    known: list[Concept]
    cycles: list[list[Concept]]
    names: dict[str, str]

    def why(self, step: Step) -> str:
        if not step.chain:
            return ""
        first = step.chain[0]
        text = first.stated(self.names)
        if first.where:
            text += f" ({first.where})"
        rest = " → ".join(link.stated(self.names) for link in step.chain[1:])
        return f"{text} → {rest}" if rest else text


@dataclass
class Order:
    """The pure-graph part of a plan: groups of nodes in study order (a group > 1 is a cycle)."""

    groups: list[list[str]]
    distance: dict[str, int]
    paths: dict[str, list[str]]  # target → … → node


def plan_order(
    graph: nx.DiGraph,
    target: str,
    known: Iterable[str] = (),
    depth: int | None = None,
    intro: dict[str, tuple[str, int]] | None = None,
    label: dict[str, str] | None = None,
) -> Order:
    """Order everything ``target`` depends on so that each node follows all of its prerequisites.

    Known nodes, and whatever is needed only through them, drop out; cycles
    are condensed into one group; ties go to what the notes introduce first.
    """
    import networkx as nx

    known_set = set(known) - {target}
    intro = intro or {}
    label = label or {}
    if target not in graph:
        graph = graph.copy()
        graph.add_node(target)
    pruned = graph.subgraph(n for n in graph if n not in known_set)
    distance = nx.single_source_shortest_path_length(pruned, target, cutoff=depth)
    sub = pruned.subgraph(distance)
    condensed = nx.condensation(sub)
    far = ("\uffff", 0)

    def order_key(scc: int) -> tuple[tuple[str, int], str]:
        nodes = condensed.nodes[scc]["members"]
        return min(intro.get(n, far) for n in nodes), min(str(label.get(n, n)).lower() for n in nodes)

    # prerequisites are successors: study order is a topological order of the reversed condensation
    order = nx.lexicographical_topological_sort(condensed.reverse(copy=False), key=order_key)
    groups = [sorted(condensed.nodes[scc]["members"], key=lambda n: (intro.get(n, far), str(n))) for scc in order]
    return Order(groups, dict(distance), nx.single_source_shortest_path(sub, target))


def study_plan(
    backend: Backend,
    name: str,
    known: Iterable[str] = (),
    depth: int | None = None,
    with_questions: bool = False,
    lang: str = "en",
) -> Plan:
    """The ordered plan for ``name``: every prerequisite, first to study first, each with why."""
    target = resolve(backend, name)
    known_concepts = [resolve(backend, k) for k in known if k.strip()]
    graph = dependency_graph(load_links(backend, target.iri))
    nodes = set(graph) | {target.iri}
    described = describe(backend, sorted(nodes))
    intro = introduction_order(backend, nodes)
    names = {iri: c.label(lang) for iri, c in described.items()}
    order = plan_order(graph, target.iri, (k.iri for k in known_concepts), depth, intro, names)
    steps: list[Step] = []
    cycles: list[list[Concept]] = []
    for group in order.groups:
        if group == [target.iri]:
            continue
        head = group[0]
        path = order.paths.get(head, [target.iri])
        # path runs target → … → head; the chain reads from the step up to the target
        chain = [graph.edges[path[i], path[i + 1]]["link"] for i in reversed(range(len(path) - 1))]
        if len(group) > 1:
            cycles.append([described[n] for n in group])
        for node in group:
            if node != target.iri:
                steps.append(
                    Step(
                        described[node],
                        order.distance.get(node, 0),
                        chain if node == head else [],
                        [described[n] for n in group if n != node],
                    )
                )
    if with_questions:
        attach_questions(backend, steps + [Step(target, 0, [])])
    return Plan(target, steps, known_concepts, cycles, names)


def attach_questions(backend: Backend, steps: list[Step]) -> None:
    if not steps:
        return
    values = " ".join(f"<{s.concept.iri}>" for s in steps)
    rows = backend.select(f"""
        SELECT ?c ?q ?text ?answer ?file ?line WHERE {{
          VALUES ?c {{ {values} }}
          ?q a schema:Question ; schema:about ?c ; schema:text ?text ; kg:sourceFile ?file ; kg:line ?line .
          OPTIONAL {{ ?q schema:acceptedAnswer/schema:text ?answer }}
        }} ORDER BY ?file ?line""")
    by_concept: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_concept.setdefault(r["c"].value, []).append(
            {
                "question": r["text"].value,
                "answer": r["answer"].value if r.get("answer") is not None else "",
                "source": f"{r['file'].value}:{r['line'].value}",
            }
        )
    for step in steps:
        step.questions = by_concept.get(step.concept.iri, [])


def plan_json(plan: Plan) -> dict[str, Any]:
    def concept(c: Concept) -> dict[str, Any]:
        return {"iri": c.iri, "label": c.label(), "labels": c.labels(), "class": c.class_name}

    def link(k: Link) -> dict[str, Any]:
        return {
            "dependent": k.dependent,
            "prerequisite": k.prerequisite,
            "relation": k.relation,
            "stated": k.stated(plan.names),
            "source": k.where,
            "sentence": k.sentence,
        }

    return {
        "target": concept(plan.target),
        "plan": [
            {
                **concept(s.concept),
                "depth": s.depth,
                "why": plan.why(s),
                "chain": [link(k) for k in s.chain],
                **({"cycle": [c.iri for c in s.cycle]} if s.cycle else {}),
                **({"questions": s.questions} if s.questions else {}),
            }
            for s in plan.steps
        ],
        "known": [concept(c) for c in plan.known],
        "cycles": [[c.iri for c in cycle] for cycle in plan.cycles],
    }


def plan_text(plan: Plan, lang: str = "en", markdown: bool = False) -> str:
    target = plan.target
    other = "zh" if lang == "en" else "en"
    title = f"Study plan for {target.label(lang)}"
    if target.pref.get(other) and target.pref.get(other) != target.label(lang):
        title += f" ({target.pref[other]})"
    count = f"{len(plan.steps)} step{'s' if len(plan.steps) != 1 else ''}"
    skipped = f", {len(plan.known)} known skipped" if plan.known else ""
    lines = [f"# {title}" if markdown else title, "", f"{count}{skipped}; study from the top."]
    if not plan.steps:
        lines.append(f"Nothing in your notes is a prerequisite of {target.label(lang)}.")
    lines.append("")
    for index, step in enumerate(plan.steps, 1):
        c = step.concept
        alt = c.pref.get(other)
        label = c.label(lang) + (f" / {alt}" if alt and alt != c.label(lang) else "")
        if markdown:
            lines.append(f"{index}. **{label}** ({c.class_name})")
        else:
            lines.append(f"{index:>3}. {label}  [{c.class_name}]")
        pad = "   " if markdown else "     "
        why = plan.why(step)
        if why:
            lines.append(f"{pad}why: {why}")
        if step.cycle:
            lines.append(f"{pad}cycle: studied together with {', '.join(o.label(lang) for o in step.cycle)}")
        for q in step.questions:
            lines.append(f"{pad}Q ({q['source']}): {q['question']}")
            if q["answer"]:
                lines.append(f"{pad}A: {' '.join(q['answer'].split())}")
    goal = f"{len(plan.steps) + 1:>3}. {target.label(lang)}  [{target.class_name}]  (goal)"
    lines.append(f"{len(plan.steps) + 1}. **{target.label(lang)}** (goal)" if markdown else goal)
    if plan.cycles:
        lines += ["", "Cycles in the notes (each studied as one step):"]
        lines += ["  " + " ↔ ".join(c.label(lang) for c in cycle) for cycle in plan.cycles]
    return "\n".join(lines)


@dataclass
class NextStep:
    concept: Concept
    unlocks: int  # how many concepts (transitively) depend on it and are not known
    prerequisites: list[Concept]


def next_steps(backend: Backend, known: Iterable[str], limit: int = 10) -> list[NextStep]:
    """Concepts not yet known whose prerequisites are all known, ranked by how much they unlock."""
    import networkx as nx

    known_concepts = [resolve(backend, k) for k in known if k.strip()]
    known_iris = {k.iri for k in known_concepts}
    graph = dependency_graph(load_links(backend, sources=False))
    candidates = []
    for node in graph:
        if node in known_iris:
            continue
        prereqs = set(graph.successors(node))
        if prereqs <= known_iris:
            unlocks = len(nx.ancestors(graph, node) - known_iris)
            candidates.append((node, unlocks, sorted(prereqs)))
    intro = introduction_order(backend, [c[0] for c in candidates])
    far = ("\uffff", 0)
    candidates.sort(key=lambda c: (-c[1], -len(c[2]), intro.get(c[0], far), c[0]))
    candidates = candidates[:limit]
    described = describe(backend, sorted({c[0] for c in candidates} | {p for c in candidates for p in c[2]}))
    return [NextStep(described[n], u, [described[p] for p in ps]) for n, u, ps in candidates]
