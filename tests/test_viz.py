"""kg viz: the network object, the offline page, and the page in a real headless browser."""

from __future__ import annotations

import re
import time
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli.main import cli
from kg.network import concept_network
from kg.pipeline import build
from kg.query import LocalBackend
from kg.store import GraphStore
from kg.viz import ViewOptions, concept_view, render_html, write_html

from conftest import OfflinePage

C = "https://w3id.org/kg-notes/concept/"
SHOTS = Path(__file__).parent.parent / "docs"

HOSTILE = """## `<img src=x onerror=window.pwned=1>`

Q: What does this do `<script>window.pwned=2</script>`?
A: It uses BN. Say "href" <b onmouseover="window.pwned=3">x</b> `<a href="javascript:window.pwned=4">link</a>`.
"""


def test_view_holds_every_related_concept_and_relation(example):
    net = concept_view(example)
    graph = concept_network(example)
    related = {n for n in graph if graph.degree(n) > 0}
    assert {n["id"] for n in net.nodes} == related
    assert len(net.edges) == graph.number_of_edges()
    bn = next(n for n in net.nodes if n["id"] == C + "BatchNorm")
    assert bn["label"] == "Batch Normalization" and bn["other"] == "批归一化" and bn["cls"] == "Normalization"
    assert any(q["source"].endswith(":219") for q in bn["questions"])
    conflict = next(e for e in net.edges if e["relation"] == "conflictsWith")
    assert conflict["dashes"] and conflict["color"] == "#e15759"


def test_focus_depth_relations_and_language_cut_the_graph(example):
    full = concept_network(example)
    net = concept_view(example, ViewOptions(focus="ResNet", depth=1))
    expected = set(nx.ego_graph(nx.Graph(full), C + "ResNet", radius=1))
    assert {n["id"] for n in net.nodes} == expected
    only = concept_view(example, ViewOptions(relations=["conflictsWith", "uses"]))
    assert {e["relation"] for e in only.edges} == {"conflictsWith", "uses"}
    zh = concept_view(example, ViewOptions(lang="zh"))
    assert next(n for n in zh.nodes if n["id"] == C + "BatchNorm")["label"] == "批归一化"


def test_prereq_view_is_a_dag_in_study_order(example):
    from kg.prereqs import study_plan

    net = concept_view(example, ViewOptions(prereqs="Transformer"))
    plan = study_plan(example, "Transformer")
    assert [n["id"] for n in net.nodes] == [s.concept.iri for s in plan.steps] + [plan.target.iri]
    level = {n["id"]: n["level"] for n in net.nodes}
    for e in net.edges:
        assert level[e["from"]] < level[e["to"]]  # prerequisite left of what it unlocks


def test_page_is_self_contained_utf8_and_escaped(example, tmp_path):
    out = write_html(concept_view(example), tmp_path / "g.html")
    html = out.read_bytes().decode("utf-8")
    assert "批归一化" in html
    assert not re.search(r"""<(script|link|img)[^>]+(src|href)=["']?https?:""", html)
    assert not re.search(r"""(src|href)=["']?//""", html)  # no protocol-relative loads either


def test_hostile_notes_are_data_not_markup(tmp_path):
    from kg.resources import ontology_files
    from kg.vocab import load_vocabulary

    # a vocabulary entry whose label is markup: the page must show it as text wherever it appears
    evil = tmp_path / "evil.ttl"
    evil.write_text(
        """@prefix kg: <https://w3id.org/kg-notes/ns#> . @prefix c: <https://w3id.org/kg-notes/concept/> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        c:Evil a kg:Model ; skos:prefLabel "<img src=x onerror=window.pwned=1>"@en .""",
        "utf-8",
    )
    notes = tmp_path / "evil.md"
    notes.write_text(HOSTILE, "utf-8")
    store = GraphStore(tmp_path / "g")
    build([notes], store, load_vocabulary(ontology_files() + [evil]))
    html = render_html(concept_view(LocalBackend(store)), title="<script>window.pwned=5</script>")
    assert "<script>window.pwned" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.pwned=5&lt;/script&gt;" in html


def test_graph_exports_open_with_networkx_readers(example_store, tmp_path):
    runner = CliRunner()
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"g.{fmt}"
        result = runner.invoke(cli, ["export", "--format", fmt, "-o", str(out), "--store", str(example_store.root)])
        assert result.exit_code == 0, result.output
        graph = reader(out)
        assert graph.has_edge(C + "BatchNorm", C + "Dropout")
        assert graph.nodes[C + "BatchNorm"]["label_zh"] == "批归一化"
    out = tmp_path / "g.json"
    runner.invoke(cli, ["export", "--format", "cytoscape", "-o", str(out), "--store", str(example_store.root)])
    import json

    graph = nx.cytoscape_graph(json.loads(out.read_text("utf-8")))
    assert graph.has_edge(C + "ResNet", C + "BatchNorm")


# ----------------------------------------------------------------------------- in a real browser


@pytest.mark.browser
def test_example_page_offline_in_chromium(browser, example, tmp_path):
    net = concept_view(example)
    path = write_html(net, tmp_path / "example.html")
    page = OfflinePage(browser, path)
    try:
        page.wait_ready(60_000)
        drawn = page.page.evaluate("window.kgNetwork.body.nodeIndices.length")
        edges = page.page.evaluate("window.kgNetwork.body.edgeIndices.length")
        assert drawn == len(net.nodes) and edges == len(net.edges)
        page.page.fill("#search", "批归一化")
        page.page.press("#search", "Enter")
        assert page.page.evaluate("window.kgFocused") == C + "BatchNorm"
        assert page.page.evaluate("window.kgNetwork.getSelectedNodes()") == [C + "BatchNorm"]
        assert "为什么不能同时使用 bn 和 dropout" in page.page.inner_text("#details")
        # its neighbourhood is highlighted, the rest dimmed
        highlighted = set(page.page.evaluate("window.kgHighlighted"))
        assert {C + "BatchNorm", C + "Dropout", C + "ResNet"} <= highlighted
        assert C + "GoogLeNet" not in highlighted
        page.page.uncheck("input[data-class='Model']")
        assert page.page.evaluate("window.kgNetwork.body.nodeIndices.length") < drawn
        page.page.check("input[data-class='Model']")
        page.page.uncheck("input[data-relation='uses']")
        assert page.page.evaluate("window.kgNetwork.body.edgeIndices.length") < edges
        SHOTS.mkdir(exist_ok=True)
        shot = tmp_path / "example.png"
        page.page.fill("#search", "")
        page.page.check("input[data-relation='uses']")
        page.page.evaluate("window.kgNetwork.unselectAll(); window.kgNetwork.fit()")
        page.page.screenshot(path=str(shot))
        assert shot.stat().st_size > 20_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert page.errors == [] and page.requests == []
    finally:
        page.close()


@pytest.mark.browser
def test_hostile_note_executes_nothing(browser, tmp_path):
    from kg.resources import ontology_files
    from kg.vocab import load_vocabulary

    # a vocabulary entry whose label is markup: the page must show it as text wherever it appears
    evil = tmp_path / "evil.ttl"
    evil.write_text(
        """@prefix kg: <https://w3id.org/kg-notes/ns#> . @prefix c: <https://w3id.org/kg-notes/concept/> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        c:Evil a kg:Model ; skos:prefLabel "<img src=x onerror=window.pwned=1>"@en .""",
        "utf-8",
    )
    notes = tmp_path / "evil.md"
    notes.write_text(HOSTILE, "utf-8")
    store = GraphStore(tmp_path / "g")
    build([notes], store, load_vocabulary(ontology_files() + [evil]))
    path = write_html(
        concept_view(LocalBackend(store)), tmp_path / "evil.html", title="<script>window.pwned=5</script>"
    )
    page = OfflinePage(browser, path)
    try:
        page.wait_ready(60_000)
        page.page.fill("#search", "<img src=x onerror=window.pwned=1>")
        page.page.press("#search", "Enter")
        assert page.page.inner_text("#details h2") == "<img src=x onerror=window.pwned=1>"
        page.page.fill("#search", "Batch Normalization")
        page.page.press("#search", "Enter")
        page.page.hover("#details")
        details = page.page.inner_text("#details")
        assert "<script>window.pwned=2</script>" in details  # shown as text
        assert page.page.evaluate("typeof window.pwned") == "undefined"
        assert page.page.evaluate("document.querySelectorAll('#details img, #details script, #details a').length") == 0
        assert page.errors == [] and page.requests == []
    finally:
        page.close()


@pytest.mark.browser
@pytest.mark.slow
def test_two_thousand_nodes_render_and_stabilise(browser, tmp_path, capsys):
    from bench.synth import build_synthetic_store

    root = build_synthetic_store(tmp_path / "big", 2000, edges_per_concept=1.5)
    net = concept_view(LocalBackend(GraphStore(root)), ViewOptions(include_isolated=True))
    path = write_html(net, tmp_path / "big.html")
    started = time.monotonic()
    page = OfflinePage(browser, path)
    try:
        page.wait_ready()
        seconds = time.monotonic() - started
        assert page.page.evaluate("window.kgNetwork.body.nodeIndices.length") == len(net.nodes)
        assert len(net.nodes) == 2000
        assert page.page.evaluate("window.kgNetwork.physics.options.enabled") is False  # stopped after stabilising
        assert page.errors == [] and page.requests == []
        with capsys.disabled():
            print(
                f"\n[viz] {len(net.nodes)} nodes, {len(net.edges)} edges: stabilised in {seconds:.1f} s "
                f"(page {page.page.evaluate('window.kgStabilizedMs') / 1000:.1f} s), file {path.stat().st_size / 1e6:.2f} MB"
            )
    finally:
        page.close()


def test_viz_command_writes_the_file(example_store, tmp_path):
    out = tmp_path / "resnet.html"
    result = CliRunner().invoke(
        cli, ["viz", "-o", str(out), "--focus", "ResNet", "--depth", "2", "--store", str(example_store.root)]
    )
    assert result.exit_code == 0 and out.exists()
    assert re.match(r"Wrote .*resnet\.html \(\d+ concepts, \d+ relations", result.output)
