"""The import graph of kg/ (DESIGN.md's layers): read from the code's own imports, not by grepping names.

- model and text import nothing of kg; vocabulary only model/text/terms/errors/resources;
- extraction imports model, text, terms, errors, resources and vocabulary only;
- the read side (query, concepts, prereqs, explore, stats, export, viz, network, remote, serve) and
  the render layer (kg.render and its renderers) never import extraction or the pipeline;
- no import cycle among modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).parent.parent / "kg"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    modules = {module_name(p): p for p in ROOT.rglob("*.py")}
    for name, path in modules.items():
        graph.add_node(name)
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            for target in targets:
                if target in modules and target != name:
                    graph.add_edge(name, target)
    return graph


GRAPH = import_graph()
READ_SIDE = [
    "kg.query", "kg.concepts", "kg.prereqs", "kg.explore", "kg.stats", "kg.export", "kg.viz", "kg.network", "kg.remote",
    "kg.serve", "kg.review", "kg.lint", "kg.check", "kg.rdfgraph", "kg.corrections",
    "kg.render", "kg.render.results", "kg.render.rdf", "kg.render.graphs", "kg.render.text", "kg.render.data",
]
EXTRACTION = {n for n in GRAPH if n.startswith("kg.extraction")} | {"kg.pipeline"}


def test_the_graph_is_read_from_real_imports():
    assert GRAPH.has_edge("kg.pipeline", "kg.extraction.facts")
    assert GRAPH.has_edge("kg.extraction.facts", "kg.model")
    assert len(GRAPH) >= 25


def test_model_and_text_import_nothing_of_kg():
    assert list(GRAPH.successors("kg.model")) == []
    assert list(GRAPH.successors("kg.text")) == []


def test_extraction_imports_only_model_text_and_vocabulary():
    allowed = {"kg.model", "kg.text", "kg.terms", "kg.errors", "kg.resources", "kg.vocab"} | EXTRACTION
    for name in EXTRACTION - {"kg.pipeline"}:
        assert set(GRAPH.successors(name)) <= allowed, name


def test_the_read_side_never_reaches_extraction():
    for name in READ_SIDE:
        reached = nx.descendants(GRAPH, name)
        assert not reached & EXTRACTION, (name, reached & EXTRACTION)


def test_the_render_table_imports_no_renderer():
    """kg.render names its renderers as strings: rendering a table does not import networkx or jinja2."""
    assert set(GRAPH.successors("kg.render")) == {"kg.errors", "kg.query"}
    assert "kg.render" not in nx.descendants(GRAPH, "kg.query")  # render sits above the read side


def test_no_import_cycle():
    assert list(nx.simple_cycles(GRAPH)) == []


def test_every_package_of_kg_is_installed():
    """A non-editable install ships only the packages setup.cfg lists: a new kg/ subpackage left out of
    it works in the checkout and breaks `pip install .` (it happened to kg.render)."""
    import configparser

    config = configparser.ConfigParser()
    config.read(ROOT.parent / "setup.cfg")
    listed = set(config["options"]["packages"].split())
    on_disk = {module_name(p.parent / "__init__.py") for p in ROOT.rglob("__init__.py")}
    assert on_disk <= listed, f"add to setup.cfg [options] packages: {sorted(on_disk - listed)}"
