"""api: kg as a Python library — build or open a graph, then ask it things.

    >>> import kg
    >>> graph = kg.build(store=tmp / ".kg")          # the bundled example
    >>> [r["x"] for r in graph.select("SELECT ?x WHERE { ?x kg:uses c:BatchNorm }")]
    >>> graph.prereqs("ResNet").steps

Every method returns plain data classes (Plan, Card, Stats …), never printed
text; ``kg.render`` turns them into text or JSON. The command line is a thin
layer over these same calls.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import rdflib
    from pyvis.network import Network

    from kg.check import CheckReport
    from kg.concepts import Concept, SearchHit
    from kg.explore import Card, Explanation, Route
    from kg.learner import LearnerState
    from kg.lint import Finding
    from kg.model import BuildReport, Recorded
    from kg.prereqs import NextStep, Plan
    from kg.query import Backend, Result
    from kg.remote import PushReport
    from kg.serve import ServeOptions
    from kg.stats import Stats
    from kg.store import GraphStore
    from kg.viz import ViewOptions


def _paths(paths: str | Path | Iterable[str | Path] | None) -> list[Path] | None:
    if paths is None:
        return None
    if isinstance(paths, (str, Path)):
        return [Path(paths)]
    return [Path(p) for p in paths]


def build(
    notes: str | Path | Iterable[str | Path] | None = None,
    store: str | Path | None = None,
    *,
    min_confidence: float | None = None,
    incremental: bool = True,
    corrections: str | Path | None = None,
) -> KnowledgeGraph:
    """Build the graph of ``notes`` (files or folders; ``None``: the bundled example) into ``store``
    (default ``.kg/`` or ``$KG_STORE``) and open it. The previous graph stays until the new one is
    complete; a bad file raises ``kg.NotesError`` naming it and its line."""
    report = build_report(
        notes, store, min_confidence=min_confidence, incremental=incremental, corrections=corrections
    )
    graph = open(store=report.store)
    graph.report = report
    return graph


def build_report(
    notes: str | Path | Iterable[str | Path] | None = None,
    store: str | Path | None = None,
    *,
    min_confidence: float | None = None,
    incremental: bool = True,
    corrections: str | Path | None = None,
) -> BuildReport:
    """``build`` without opening the graph afterwards: what the build read and wrote (``kg build``)."""
    from kg.extraction.confidence import DEFAULT_THRESHOLD
    from kg.pipeline import build as run_build
    from kg.store import GraphStore

    target = GraphStore(Path(store) if store is not None else None)
    threshold = DEFAULT_THRESHOLD if min_confidence is None else min_confidence
    fixes = Path(corrections) if corrections is not None else None
    return run_build(_paths(notes), target, min_confidence=threshold, incremental=incremental, corrections=fixes)


def built_store(store: str | Path | None = None) -> GraphStore:
    """The local store (default ``.kg/`` or ``$KG_STORE``), which must hold a built graph (else StoreError)."""
    from kg.errors import StoreError
    from kg.store import GraphStore

    graph_store = GraphStore(Path(store) if store is not None else None)
    if not graph_store.exists():
        raise StoreError(f"no graph in {graph_store.root}/ yet: run `kg build` first (or pass --store)")
    return graph_store


def learner(store: str | Path | None = None, path: str | Path | None = None) -> LearnerState:
    """What the learner knows and aims at (``kg know``, ``kg goal``): ``learner.json`` in the store
    folder, or ``path``."""
    from kg.learner import LearnerState, learner_path
    from kg.store import GraphStore

    root = GraphStore(Path(store) if store is not None else None).root
    return LearnerState.load(learner_path(root, Path(path) if path is not None else None))


def push(
    endpoint: str,
    store: str | Path | None = None,
    graph: str | None = None,
    replace: bool = False,
    batch: int = 50_000,
    timeout: float | None = None,
) -> PushReport:
    """Send the local graph to a SPARQL 1.1 server, streamed one batch at a time (see ``kg push``)."""
    from kg.export import stream_triples
    from kg.query import LocalBackend
    from kg.remote import push as run_push
    from kg.store import GraphStore

    local = LocalBackend(GraphStore(Path(store) if store is not None else None))
    return run_push(lambda: stream_triples(local), endpoint, graph, replace, batch, timeout)


def serve(store: str | Path | None, options: ServeOptions, log: Callable[[str], None]) -> int:
    """Serve the local graph read-only over the SPARQL 1.1 Protocol until a signal; the exit code."""
    from kg.serve import serve as run_serve
    from kg.store import GraphStore

    return run_serve(GraphStore(Path(store) if store is not None else None), options, log)


def open(  # noqa: A001 - kg.open(...) reads as the verb it is
    store: str | Path | None = None, endpoint: str | None = None, timeout: float | None = None
) -> KnowledgeGraph:
    """Open a built graph: the on-disk store (default ``.kg/``) or a SPARQL 1.1 endpoint."""
    from kg.connect import open_backend

    return KnowledgeGraph(open_backend(Path(store) if store is not None else None, endpoint, timeout))


class KnowledgeGraph:
    """A built graph and what you can ask it."""

    def __init__(self, backend: Backend, report: BuildReport | None = None) -> None:
        self.backend = backend
        self.report = report  # set by kg.build

    def __repr__(self) -> str:
        return f"KnowledgeGraph({self.backend!r})"

    # ------------------------------------------------------------ SPARQL

    def query(
        self, sparql: str, timeout: float | None = None, allow_service: bool = False, max_memory: float | None = None
    ) -> Result:
        """Run a read-only SPARQL query (the kg, c, skos, schema … prefixes are predeclared); ``SERVICE``
        only with ``allow_service``; a local query past ``max_memory`` MB is stopped (``kg.QueryTooLarge``).
        ``kg.render.render_result(result, "csv")`` prints it in any of ``kg query``'s formats."""
        if max_memory is not None and hasattr(self.backend, "max_memory_mb"):
            self.backend.max_memory_mb = max_memory
        return self.backend.query(sparql, timeout, allow_service)

    def select(self, sparql: str, timeout: float | None = None) -> list[dict[str, str | None]]:
        """A SELECT query's rows as dicts of plain strings (IRIs and literal values)."""
        return [
            {k: (v.value if v is not None else None) for k, v in row.items()}
            for row in self.backend.select(sparql, timeout)
        ]

    # ------------------------------------------------------------ concepts

    def concept(self, name: str) -> Concept:
        """The concept a label or alias names, in any case and either language (``BN``)."""
        from kg.concepts import resolve

        return resolve(self.backend, name)

    def search(self, text: str, limit: int = 10) -> list[SearchHit]:
        """Concepts whose labels match ``text``, best first (fuzzy)."""
        from kg.concepts import search

        return search(self.backend, text, limit)

    def show(self, name: str) -> Card:
        """A concept's card: labels, class, its relations each way with evidence, its questions."""
        from kg.explore import concept_card

        return concept_card(self.backend, name)

    def explain(self, subject: str, relation: str, obj: str) -> Explanation:
        """The sentences (file, line, cue) that state ``subject relation obj``: ``.evidence``, empty
        when the graph has no such fact."""
        from kg.explore import explain

        return explain(self.backend, subject, relation, obj)

    def path(self, start: str, end: str) -> Route:
        """The shortest chain of relations from one concept to another: ``.hops`` (``None``: not connected)."""
        from kg.explore import concept_path

        return concept_path(self.backend, start, end)

    # ------------------------------------------------------------ study

    def prereqs(
        self,
        name: str,
        known: Sequence[str] = (),
        depth: int | None = 2,
        questions: bool = False,
        lang: str = "en",
        max_steps: int | None = None,
    ) -> Plan:
        """What to study before ``name``, in order, each step with why; ``depth`` links back at most
        (default 2, ``None``: every prerequisite however far); ``questions`` adds the notes' questions
        and answers to each step; ``max_steps`` keeps the best supported."""
        from kg.prereqs import study_plan

        return study_plan(self.backend, name, known, depth, questions, lang, max_steps)

    def next(self, known: Sequence[str] = (), limit: int = 10, goals: Sequence[str] = ()) -> list[NextStep]:
        """What the learner can study now, given what they know; with ``goals``, what leads there first."""
        from kg.prereqs import next_steps

        return next_steps(self.backend, known, limit, goals)

    # ------------------------------------------------------------ corrections (local store only)

    def _local_store(self):  # type: ignore[no-untyped-def]
        from kg.errors import KgError
        from kg.query import LocalBackend

        if not isinstance(self.backend, LocalBackend):
            raise KgError("corrections are kept with a local store; open it with kg.open(store=…)")
        return self.backend.graph_store

    def _reopened(self, recorded: Recorded) -> Recorded:
        from kg.query import LocalBackend

        self.backend = LocalBackend(self._local_store())  # the rebuilt graph
        return recorded

    def reject(self, *facts: str, note: str = "") -> Recorded:
        """Leave facts ("ResNet uses Moving average") out of the graph on every build; rebuilds now."""
        from kg.correct import reject

        return self._reopened(reject(self._local_store(), facts, note))

    def accept(self, *facts: str, note: str = "") -> Recorded:
        """Mark facts as checked (review does not ask again)."""
        from kg.correct import accept

        return self._reopened(accept(self._local_store(), facts, note))

    def assert_fact(self, fact: str, note: str = "") -> Recorded:
        """Add a fact the notes do not state, attributed to the user with ``note``; rebuilds now."""
        from kg.correct import assert_fact

        return self._reopened(assert_fact(self._local_store(), fact, note))

    def merge(self, *names: str, into: str, note: str = "") -> Recorded:
        """Make concepts one: ``names`` merged into ``into``, every label kept as an alias."""
        from kg.correct import merge

        return self._reopened(merge(self._local_store(), names, into, note))

    def alias(self, name: str, *labels: str, note: str = "") -> Recorded:
        """More names for a concept, recognised in the notes from now on."""
        from kg.correct import alias

        return self._reopened(alias(self._local_store(), name, labels, note))

    def lint(self) -> list[Finding]:
        """The notes' health: unanswered questions, concepts named once, likely duplicates, broken links …"""
        from kg.lint import lint

        return lint(self.backend, self._local_store().meta())

    # ------------------------------------------------------------ whole graph

    def rdflib(self) -> rdflib.Graph:
        """The graph as an ``rdflib.Graph`` backed by the store (not loaded into memory): for pyshacl,
        owlrl, rdflib's serializers and SPARQL engine. Read-only."""
        from kg.rdfgraph import as_rdflib

        return as_rdflib(self.backend)

    def check(self, shapes: str | Path | None = None) -> CheckReport:
        """Validate the graph against the SHACL shapes (``ontology/shapes.ttl`` by default)."""
        from kg.check import check

        return check(self.backend, Path(shapes) if shapes is not None else None)

    def stats(self) -> Stats:
        """Counts: triples, concepts by class, facts by relation, questions, files."""
        from kg.stats import graph_stats

        return graph_stats(self.backend)

    def export(self, fmt: str = "turtle") -> bytes:
        """The graph serialised: turtle, nt, jsonld, trig, xml; or the concept graph as graphml, gexf,
        cytoscape (kg.render's ``graph`` formats)."""
        from kg.export import export

        return export(self.backend, fmt)

    def view(self, options: ViewOptions | None = None) -> Network:
        """The concepts and relations to draw (a ``pyvis.Network``; ``kg viz``'s options), not yet a page."""
        from kg.viz import concept_view

        return concept_view(self.backend, options)

    def viz(
        self, path: str | Path = "kg-graph.html", focus: str | None = None, depth: int = 2, known: Sequence[str] = ()
    ) -> Path:
        """Write the offline interactive HTML page (every concept's study plan in it, ``known`` left out)."""
        from kg.render import render
        from kg.viz import ViewOptions

        net = self.view(ViewOptions(focus=focus, depth=depth, known=list(known)))
        target = Path(path)
        target.write_text(str(render("network", net, "html")), encoding="utf-8")
        return target

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
