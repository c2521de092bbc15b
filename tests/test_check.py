"""The graph as an rdflib.Graph over the store, and `kg check` against the SHACL shapes."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg
from kg.cli.main import cli
from kg.pipeline import build
from kg.store import GraphStore

from conftest import run_kg


def test_the_rdflib_graph_reads_the_store_itself(example_store, example):
    import rdflib

    graph = kg.open(store=example_store.root).rdflib()
    count = int(example.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"].value)
    assert len(graph) == count > 1000
    uses_bn = {str(r[0]) for r in graph.query("PREFIX kg: <https://w3id.org/kg-notes/ns#> "
                                               "SELECT ?x WHERE { ?x kg:uses <https://w3id.org/kg-notes/concept/BatchNorm> }")}
    expected = {r["x"].value for r in example.select("SELECT ?x WHERE { ?x kg:uses c:BatchNorm }")}
    assert uses_bn == expected and uses_bn
    again = rdflib.Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert len(again) == count


def test_the_rdflib_graph_of_an_endpoint(pushed_endpoint):
    graph = kg.open(endpoint=pushed_endpoint).rdflib()
    rows = list(graph.query("SELECT ?x WHERE { ?x <https://w3id.org/kg-notes/ns#uses> ?y } LIMIT 3"))
    assert len(rows) == 3


@pytest.fixture(scope="module")
def pushed_endpoint(oxigraph_server, example_store):
    result = CliRunner().invoke(cli, ["push", "--endpoint", oxigraph_server, "--replace", "--store", str(example_store.root)])
    assert result.exit_code == 0, result.output
    return oxigraph_server


def test_check_passes_on_a_built_graph(example_store):
    result = run_kg("check", "--store", str(example_store.root))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "conforms" in result.stdout and "does not" not in result.stdout


def test_check_reports_each_violation_and_exits_1(tmp_path):
    store = GraphStore(tmp_path / ".kg")
    build(None, store)
    raw = ox.Store(str(store.current.resolve() / "oxigraph"))
    concept = ox.NamedNode("https://w3id.org/kg-notes/concept/Unnamed")
    raw.add(ox.Quad(concept, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                    ox.NamedNode("http://www.w3.org/2004/02/skos/core#Concept")))
    raw.flush()
    del raw
    result = run_kg("check", "--store", str(store.root), "--format", "json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["conforms"] is False
    assert [(v["focus"], v["path"]) for v in report["violations"]] == [("c:Unnamed", "skos:prefLabel")]


def test_check_with_unreadable_shapes_is_one_line(example_store, tmp_path):
    bad = tmp_path / "shapes.ttl"
    bad.write_text("this is not turtle", "utf-8")
    result = run_kg("check", "--store", str(example_store.root), "--shapes", str(bad))
    assert result.returncode == 1
    assert "shapes.ttl" in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_the_graph_of_real_notes_by_other_authors_conforms(tmp_path):
    """Real notes reach shapes the example never does: built from bench's 150 real note files, the graph still conforms
    (a discovered name that minted a lexicon concept's IRI once gave that concept two English prefLabels)."""
    from pathlib import Path

    from kg.check import check
    from kg.query import LocalBackend

    corpus = Path(__file__).resolve().parent.parent / "bench" / "corpus"
    store = GraphStore(tmp_path / ".kg")
    build([corpus / "dev", corpus / "seen-p"], store)
    report = check(LocalBackend(store))
    assert report.conforms, [v.as_dict() for v in report.violations[:5]]
