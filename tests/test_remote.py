"""The remote path against a real Oxigraph server: push, and every read command remote = local."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli.main import cli
from kg.concepts import search
from kg.explore import card_json, concept_card, concept_path
from kg.pipeline import build
from kg.prereqs import next_steps, plan_json, study_plan
from kg.query import LocalBackend
from kg.remote import RemoteBackend
from kg.stats import graph_stats
from kg.store import GraphStore

from conftest import NOTES, free_port, run_kg, wait_for_port

pytestmark = pytest.mark.remote


@pytest.fixture(scope="module")
def pushed(oxigraph_server, example_store):
    result = CliRunner().invoke(
        cli, ["push", "--endpoint", oxigraph_server, "--replace", "--store", str(example_store.root)]
    )
    assert result.exit_code == 0, result.output
    return RemoteBackend(oxigraph_server)


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_push_sends_every_triple(pushed, example):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert pushed.query(count).rows[0][0].value == example.query(count).rows[0][0].value


def test_push_with_replace_gives_the_same_graph_not_more(oxigraph_server, tmp_path, example_store, pushed, example):
    other = GraphStore(tmp_path / "other")
    build([NOTES], other)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    for _ in range(2):
        assert run("push", "--endpoint", oxigraph_server, "--replace", "--store", str(other.root)).exit_code == 0
        assert pushed.query(count).rows[0][0].value == LocalBackend(other).query(count).rows[0][0].value
    # without --replace the graphs add up; --replace puts the example back exactly
    assert run("push", "--endpoint", oxigraph_server, "--store", str(example_store.root)).exit_code == 0
    assert int(pushed.query(count).rows[0][0].value) > int(example.query(count).rows[0][0].value)
    assert (
        run(
            "push", "--endpoint", oxigraph_server, "--replace", "--batch", "1000", "--store", str(example_store.root)
        ).exit_code
        == 0
    )
    assert pushed.query(count).rows[0][0].value == example.query(count).rows[0][0].value


QUERIES = [
    'SELECT ?x WHERE { ?x kg:uses ?bn . ?bn skos:altLabel "BN" }',
    "SELECT ?s ?p ?o WHERE { ?p a kg:ConceptRelation . ?s ?p ?o } ORDER BY ?s ?p ?o",
    "SELECT ?q ?text ?line WHERE { ?q a schema:Question ; schema:text ?text ; kg:line ?line } ORDER BY ?line",
    "ASK { c:BatchNorm kg:conflictsWith c:Dropout }",
    "CONSTRUCT { ?a kg:dependsOn ?b } WHERE { ?a kg:dependsOn ?b }",
]


@pytest.mark.parametrize("query", QUERIES)
def test_queries_answer_the_same_remote_and_local(pushed, example, query):
    remote, local = pushed.query(query), example.query(query)
    assert remote.form == local.form
    assert remote.boolean == local.boolean
    assert sorted(map(str, remote.rows)) == sorted(map(str, local.rows))
    assert sorted(map(str, remote.triples)) == sorted(map(str, local.triples))


def test_commands_answer_the_same_remote_and_local(pushed, example):
    for name in ("Transformer", "ResNet", "批归一化"):
        assert plan_json(study_plan(pushed, name)) == plan_json(study_plan(example, name))
    assert card_json(concept_card(pushed, "BN")) == card_json(concept_card(example, "BN"))
    assert [h.iri for h in search(pushed, "norm")] == [h.iri for h in search(example, "norm")]
    assert str(concept_path(pushed, "Dropout", "Transformer")) == str(concept_path(example, "Dropout", "Transformer"))
    assert [s.concept.iri for s in next_steps(pushed, ["ReLU"])] == [
        s.concept.iri for s in next_steps(example, ["ReLU"])
    ]
    assert graph_stats(pushed) == graph_stats(example)


def test_cli_reads_through_the_endpoint(pushed, oxigraph_server, example_store, tmp_path):
    remote = run("prereqs", "Transformer", "--format", "json", "--endpoint", oxigraph_server)
    local = run("prereqs", "Transformer", "--format", "json", "--store", str(example_store.root))
    assert remote.exit_code == 0 and json.loads(remote.output) == json.loads(local.output)
    table = run(
        "query", "--endpoint", oxigraph_server + "/query", 'SELECT ?x WHERE { ?x kg:uses ?bn . ?bn skos:altLabel "BN" }'
    )
    assert "c:ResNet" in table.output
    out = tmp_path / "remote.html"
    assert run("viz", "-o", str(out), "--endpoint", oxigraph_server).exit_code == 0 and out.stat().st_size > 100_000


def test_errors_from_servers_are_one_line(pushed, oxigraph_server):
    bad = run("query", "--endpoint", oxigraph_server, "SELECT ?x WHERE { ?x kg:uses }")
    assert bad.exit_code == 2 and bad.output.startswith("kg: error: the endpoint rejected the query (HTTP 400)")
    port = free_port()
    down = run_kg("query", "--endpoint", f"http://127.0.0.1:{port}/query", "ASK {}")
    assert down.returncode == 1 and down.stderr.startswith(f"kg: error: cannot reach http://127.0.0.1:{port}/query")
    assert down.stderr.count("\n") == 1
    refused = run_kg("push", "--endpoint", f"http://127.0.0.1:{port}", "--store", "/nonexistent")
    assert refused.returncode == 1 and "no graph" in refused.stderr


def test_kg_serve_answers_sparql_clients(example_store):
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli.main", "serve", "--port", str(port), "--store", str(example_store.root)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_port(port)
        served = RemoteBackend(f"http://127.0.0.1:{port}")
        assert served.query("ASK { c:ResNet kg:uses c:BatchNorm }").boolean
        refused = run_kg("push", "--endpoint", f"http://127.0.0.1:{port}", "--store", str(example_store.root))
        assert refused.returncode == 1 and "HTTP" in refused.stderr  # read-only: a push is refused
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_replace_that_fails_half_way_leaves_the_previous_remote_graph(pushed, oxigraph_server, example):
    from kg.errors import EndpointError
    from kg.remote import push

    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = pushed.query(count).rows[0][0].value
    good = b"<urn:a> <urn:b> <urn:c> .\n" * 3
    broken = good + b"<urn:a> <urn:b> this is not N-Triples .\n"
    with pytest.raises(EndpointError) as err:
        push(broken, oxigraph_server, replace=True, batch_triples=3)  # the second batch fails
    assert "the endpoint still holds its previous graph" in str(err.value)
    assert pushed.query(count).rows[0][0].value == before
    assert pushed.query("ASK { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'urn:kg:staging')) }").boolean is False
