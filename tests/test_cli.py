"""The command line: query formats parsed back with real parsers, errors, export, stats, help."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from kg.cli.main import cli

README = Path(__file__).parent.parent / "README.md"
SELECT = "SELECT ?c ?label WHERE { ?c kg:uses c:BatchNorm ; skos:prefLabel ?label } ORDER BY ?c"


def _rdflib_csv(text):
    """pyoxigraph does not read CSV results (lossy); rdflib's parser does."""
    from rdflib.query import Result

    result = Result.parse(io.StringIO(text), format="csv")
    return [{"c": row[0], "label": row[1]} for row in result]


@pytest.fixture()
def kg(example_store):
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(
            cli,
            [*args, "--store", str(example_store.root)] if args[0] != "--help" else list(args),
            input=input,
            catch_exceptions=False,
        )

    return invoke


def test_select_as_an_aligned_table_with_prefixed_names(kg):
    result = kg("query", SELECT)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["c", "label"]
    assert "c:ResNet" in result.output and "残差网络" in result.output
    assert lines[-1] == f"({len(lines) - 3} rows)"
    # CJK characters are two columns wide: the label column starts at the same screen column
    from unicodedata import east_asian_width

    def columns(text):
        return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)

    label_starts = {columns(line[: line.rindex(line.split()[-1])]) for line in lines[2:-1]}
    assert len(label_starts) == 1


@pytest.mark.parametrize(
    "fmt,parse",
    [
        ("json", lambda out: ox.parse_query_results(out.encode(), format=ox.QueryResultsFormat.JSON)),
        ("xml", lambda out: ox.parse_query_results(out.encode(), format=ox.QueryResultsFormat.XML)),
        ("tsv", lambda out: ox.parse_query_results(out.encode(), format=ox.QueryResultsFormat.TSV)),
        ("csv", lambda out: _rdflib_csv(out)),
    ],
)
def test_result_formats_parse_back_with_a_real_parser(kg, example, fmt, parse):
    result = kg("query", "--format", fmt, SELECT)
    assert result.exit_code == 0
    expected = example.query(SELECT)
    parsed = list(parse(result.output))
    assert len(parsed) == len(expected.rows) > 0
    got = [
        (str(getattr(sol["c"], "value", sol["c"])), str(getattr(sol["label"], "value", sol["label"]))) for sol in parsed
    ]
    assert got == [(row[0].value, row[1].value) for row in expected.rows]
    if fmt in ("json", "xml", "tsv"):  # these keep language tags
        assert {sol["label"].language for sol in parsed} >= {"zh"}


def test_json_results_also_parse_with_rdflib(kg):
    from rdflib.query import Result

    result = kg("query", "--format", "json", SELECT)
    parsed = Result.parse(io.StringIO(result.output), format="json")
    assert any(str(row[0]).endswith("/ResNet") for row in parsed)


def test_ask_from_stdin_and_file(kg, tmp_path):
    assert kg("query", "-", input="ASK { ?a kg:conflictsWith ?b }").output.strip() == "true"
    assert kg("query", "ASK { c:VGG kg:uses c:LRN }").output.strip() == "false"
    query = tmp_path / "q.rq"
    query.write_text("# comment\nASK { c:ResNet kg:uses c:BatchNorm }\n", "utf-8")
    assert kg("query", "-f", str(query)).output.strip() == "true"
    assert json.loads(kg("query", "--format", "json", "ASK { ?a kg:conflictsWith ?b }").output)["boolean"] is True


def test_construct_prints_turtle_that_rdflib_reads(kg):
    result = kg("query", "CONSTRUCT { ?a kg:conflictsWith ?b } WHERE { ?a kg:conflictsWith ?b }")
    graph = rdflib.Graph().parse(data=result.output, format="turtle")
    assert len(graph) == 1
    nt = kg("query", "--format", "nt", "DESCRIBE c:LRN")
    assert len(rdflib.Graph().parse(data=nt.output, format="nt")) > 3


def test_syntax_error_is_one_line_with_position_and_exit_2(kg):
    result = kg("query", "SELECT ?x WHERE {\n  ?x kg:uses }")
    assert result.exit_code == 2
    assert re.fullmatch(r"kg: error: SPARQL syntax error at line 2, column \d+: .+\n", result.output)
    unknown = kg("query", "SELECT ?x WHERE { ?x nope:uses ?y }")
    assert unknown.exit_code == 2 and "line 1, column" in unknown.output


def test_a_graph_format_for_a_select_is_a_clear_error(kg):
    result = kg("query", "--format", "turtle", "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    assert result.exit_code == 2
    assert (
        result.output
        == "kg: error: --format turtle is for CONSTRUCT and DESCRIBE; SELECT prints table, csv, tsv, json, xml\n"
    )


def test_updates_are_refused(kg):
    result = kg("query", "PREFIX x: <urn:x:>\nDELETE WHERE { ?s ?p ?o }")
    assert result.exit_code == 2 and "read-only" in result.output
    assert kg("query", "ASK { ?s ?p ?o }").output.strip() == "true"


def test_runaway_query_is_stopped_by_timeout(example_store):
    from conftest import run_kg

    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    result = run_kg("query", "--store", str(example_store.root), "--timeout", "0.5", heavy)
    assert result.returncode == 3
    assert result.stderr.strip() == "kg: error: query still running after 0.5 s (--timeout); stopped"


@pytest.mark.parametrize(
    "fmt,rdflib_format",
    [
        ("turtle", "turtle"),
        ("nt", "nt"),
        ("jsonld", "json-ld"),
        ("trig", "trig"),
        ("xml", "xml"),
    ],
)
def test_export_formats_parse_back_to_the_same_graph(kg, example, tmp_path, fmt, rdflib_format):
    out = tmp_path / f"g.{fmt}"
    result = kg("export", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0
    graph = rdflib.Dataset() if fmt == "trig" else rdflib.Graph()
    graph.parse(out, format=rdflib_format)
    triples = len(graph) if fmt != "trig" else sum(1 for _ in graph.quads((None, None, None, None)))
    assert triples == len(example.raw)


def test_stats_counts_concepts_and_facts(kg):
    result = kg("stats")
    assert result.exit_code == 0
    assert re.search(r"55 questions, \d+ concepts", result.output)
    assert re.search(r"^  conflictsWith\s+1\s+1$", result.output, re.M)
    assert re.search(r"^  Model\s+\d+$", result.output, re.M)


def test_every_command_has_help_with_an_example_and_is_in_the_readme():
    readme = README.read_text("utf-8")
    runner = CliRunner()
    names = cli.list_commands(None)  # type: ignore[arg-type]
    assert {"review", "reject", "lint", "query", "check"} <= set(names)
    for name in names:
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.output, name
        assert f"kg {name}" in readme, name


def test_usage_and_path_errors_are_one_line(example_store, tmp_path):
    from conftest import run_kg

    missing = run_kg("prereqs", "--store", str(example_store.root))
    assert missing.returncode == 2
    assert missing.stderr == "kg: error: kg prereqs: Missing argument 'CONCEPT' (see `kg prereqs --help`)\n"
    unwritable = run_kg("export", "-o", str(tmp_path / "no" / "such" / "dir.ttl"), "--store", str(example_store.root))
    assert unwritable.returncode == 1 and unwritable.stderr.count("\n") == 1
    assert unwritable.stderr.startswith("kg: error: cannot use ") and "Traceback" not in unwritable.stderr


# `kg query` in its plain form skips click (cli/entry.py); it must print exactly what click prints.
FAST_QUERY_CASES = [
    ['SELECT ?x WHERE { ?x kg:uses ?bn . ?bn skos:altLabel "BN" }'],
    ["--format", "csv", "SELECT ?s ?o WHERE { ?s kg:uses ?o } ORDER BY ?s ?o"],
    ["--format=json", "ASK { ?a kg:conflictsWith ?b }"],
    ["--format", "nt", "CONSTRUCT { ?s kg:uses ?o } WHERE { ?s kg:uses ?o }"],
    ["CONSTRUCT { ?s kg:uses ?o } WHERE { ?s kg:uses ?o }"],
    ["SELECT ?x WHERE { ?x kg:uses "],  # a syntax error, with its position
    ["--format", "csv", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"],  # a format that cannot print it
    ["--format", "yaml", "ASK {}"],  # click refuses the choice
    ["INSERT DATA { c:A kg:uses c:B }"],  # an update is refused
    ["ASK {}", "extra"],  # two queries: click's usage error
]


@pytest.mark.parametrize("args", FAST_QUERY_CASES, ids=range(len(FAST_QUERY_CASES)))
def test_the_fast_query_path_prints_what_click_prints(example_store, args):
    import subprocess
    import sys

    from tests.conftest import run_kg

    store = ["--store", str(example_store.root)]
    fast = subprocess.run(
        [sys.executable, "-m", "kg.cli.entry", "query", *store, *args], capture_output=True, text=True, timeout=60
    )
    slow = run_kg("query", *store, *args)
    assert (fast.returncode, fast.stdout, fast.stderr) == (slow.returncode, slow.stdout, slow.stderr)


def test_the_fast_query_path_runs_without_click(example_store, tmp_path):
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from kg.cli.entry import main\n"
        f"sys.argv = ['kg', 'query', '--store', {str(example_store.root)!r}, 'ASK {{ ?a kg:uses ?b }}']\n"
        "main()\n"
        "print('click' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines() == ["true", "False"], done.stderr
    missing = subprocess.run(
        [sys.executable, "-m", "kg.cli.entry", "query", "--store", str(tmp_path / "none"), "ASK {}"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 1 and missing.stderr.startswith("kg: error: no graph in") and "Traceback" not in missing.stderr
