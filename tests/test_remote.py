"""The remote path against a real Oxigraph server: push, and every read command remote = local."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli.main import cli
from kg.concepts import search
from kg.explore import concept_card, concept_path
from kg.pipeline import build
from kg.prereqs import next_steps, study_plan
from kg.query import LocalBackend
from kg.remote import RemoteBackend
from kg.render.data import card_dict as card_json
from kg.render.data import plan_dict as plan_json
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


class _NoStoreProtocol:
    """A front that answers 405 on /store (no Graph Store Protocol) and passes the rest to a real server."""

    def __init__(self, upstream: str):
        import http.server
        import threading
        import urllib.request

        class Handler(http.server.BaseHTTPRequestHandler):
            def _relay(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                if self.path.startswith("/store"):
                    if self.headers.get("Transfer-Encoding") == "chunked":
                        self.close_connection = True
                    self.send_error(405, "no graph store protocol here")
                    return
                request = urllib.request.Request(upstream + self.path, data=body, method=self.command)
                for name in ("Content-Type", "Accept"):
                    if self.headers.get(name):
                        request.add_header(name, self.headers[name])
                with urllib.request.urlopen(request) as answer:
                    data = answer.read()
                    self.send_response(answer.status)
                    self.send_header("Content-Type", answer.headers.get("Content-Type", "text/plain"))
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)

            do_GET = do_POST = do_PUT = _relay

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def test_a_server_without_the_store_protocol_gets_a_staged_replace(oxigraph_server, example_store, example, pushed):
    front = _NoStoreProtocol(oxigraph_server)
    try:
        result = run_kg("push", "--endpoint", front.url, "--replace", "--store", str(example_store.root))
    finally:
        front.close()
    assert result.returncode == 0, result.stderr
    assert "(update protocol, staged and moved, replacing)" in result.stdout
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert pushed.query(count).rows[0][0].value == example.query(count).rows[0][0].value
    assert pushed.query("ASK { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'urn:kg:staging')) }").boolean is False


@pytest.fixture(scope="module")
def big_store(tmp_path_factory) -> GraphStore:
    """A synthetic graph of ~420,000 triples: a push of it takes seconds, time enough to cut it."""
    from bench.synth import build_synthetic_store

    return GraphStore(build_synthetic_store(tmp_path_factory.mktemp("big") / ".kg", 15_000))


class _Server:
    """An Oxigraph server of our own, on a folder that outlives it (to kill and restart it)."""

    def __init__(self, location):
        from kg.remote import oxigraph_executable

        self.location, self.exe, self.port = location, oxigraph_executable(), free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.start()

    def start(self):
        self.proc = subprocess.Popen(
            [self.exe, "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port)

    def count(self) -> int:
        return int(RemoteBackend(self.url).query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0].value)

    def stop(self):
        self.proc.kill()
        self.proc.wait(timeout=10)


def _push_and_cut(big_store, server, cut) -> subprocess.CompletedProcess:
    import time

    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli.main", "push", "--replace", "--store", str(big_store.root), "--endpoint", server.url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.0)
    assert proc.poll() is None, "the push ended before it could be cut; use a bigger graph"
    cut(proc)
    out, err = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.mark.slow
def test_a_replace_cut_off_by_killing_kg_leaves_the_previous_remote_graph(tmp_path, example_store, example, big_store):
    server = _Server(tmp_path / "data")
    try:
        assert run_kg("push", "--endpoint", server.url, "--replace", "--store", str(example_store.root)).returncode == 0
        before = server.count()
        _push_and_cut(big_store, server, lambda proc: proc.kill())
        assert server.count() == before  # all or nothing: the server dropped the half-sent graph
    finally:
        server.stop()


@pytest.mark.slow
def test_a_replace_cut_off_by_killing_the_server_leaves_the_previous_remote_graph(tmp_path, example_store, big_store):
    server = _Server(tmp_path / "data")
    try:
        assert run_kg("push", "--endpoint", server.url, "--replace", "--store", str(example_store.root)).returncode == 0
        before = server.count()
        result = _push_and_cut(big_store, server, lambda proc: server.stop())
        assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
        assert "nothing was replaced: the endpoint still holds its previous graph" in result.stderr
        server.start()  # the same data folder, after a kill -9
        assert server.count() == before
    finally:
        server.stop()
