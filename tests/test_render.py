"""kg.render: every entry of the format table rendered from the example graph and read back
(a real parser where the format has one), the table's own rules, and the text the commands print."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from kg.api import KnowledgeGraph
from kg.cli.main import cli
from kg.errors import FormatMismatch
from kg.render import FORMATS, check_result_format, find, formats, render, render_result, to_bytes

C = "https://w3id.org/kg-notes/concept/"
SELECT = "SELECT ?c ?label WHERE { ?c kg:uses c:BatchNorm ; skos:prefLabel ?label } ORDER BY ?c ?label"
CONSTRUCT = "CONSTRUCT { ?s kg:uses ?o } WHERE { ?s kg:uses ?o }"


@pytest.fixture(scope="module")
def graph(example) -> KnowledgeGraph:
    return KnowledgeGraph(example)


def _rows(graph, fmt, out):
    parse = {"json": "JSON", "xml": "XML", "tsv": "TSV"}
    if fmt == "csv":  # lossy by the spec (no term types): pyoxigraph will not read it; the csv module does
        assert list(csv.reader(io.StringIO(out))) == [
            ["c", "label"],
            [C + "ResNet", "ResNet"],
            [C + "ResNet", "残差网络"],
        ]
        return
    if fmt == "table":
        lines = out.splitlines()
        assert lines[0].split() == ["c", "label"] and lines[-1] == "(2 rows)"
        assert "c:ResNet" in out and "批归一化" not in out  # ResNet's labels, not BN's
        return
    parsed = list(ox.parse_query_results(out.encode(), format=getattr(ox.QueryResultsFormat, parse[fmt])))
    assert {str(getattr(s["c"], "value", s["c"])) for s in parsed} == {C + "ResNet"}
    assert len(parsed) == 2


def _triples(value, fmt, data):
    syntax = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig", "xml": "xml", "nquads": "nquads"}[fmt]
    quads = fmt in ("trig", "nquads")
    g = rdflib.Dataset() if quads else rdflib.Graph()
    g.parse(data=to_bytes(data).decode("utf-8"), format=syntax)
    return sum(1 for _ in g.quads((None, None, None, None))) if quads else len(g)


CHECKS = {}


def check(kind, *names):
    def register(func):
        for name in names:
            CHECKS[(kind, name)] = func
        return func

    return register


@check("rows", "table", "csv", "tsv", "json", "xml")
def _check_rows(graph, fmt):
    out = render("rows", graph.query(SELECT), fmt)
    _rows(graph, fmt, out)
    ask = render("rows", graph.query("ASK { c:ResNet kg:uses c:BatchNorm }"), fmt)
    assert "true" in ask


@check("triples", "turtle", "nt", "jsonld", "trig", "xml", "nquads")
def _check_triples(graph, fmt):
    result = graph.query(CONSTRUCT)
    assert _triples(result, fmt, render("triples", result, fmt)) == len(result.triples) > 10


@check("graph", "turtle", "nt", "jsonld", "trig", "xml", "nquads")
def _check_graph(graph, fmt):
    assert _triples(graph.backend, fmt, render("graph", graph.backend, fmt)) == len(graph.backend.raw)


@check("graph", "graphml", "gexf", "cytoscape")
def _check_concept_graph(graph, fmt):
    data = to_bytes(render("graph", graph.backend, fmt))
    if fmt == "cytoscape":
        read = nx.cytoscape_graph(json.loads(data))
    else:
        read = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}[fmt](io.BytesIO(data))
    assert read.has_edge(C + "ResNet", C + "BatchNorm")


@check("network", "html")
def _check_html(graph, fmt):
    from kg.viz import ViewOptions

    page = render("network", graph.view(ViewOptions(focus="ResNet", depth=1)), fmt, title="around ResNet")
    assert page.startswith("<!DOCTYPE html>") and "<title>around ResNet</title>" in page
    assert C + "ResNet" in page


@check("plan", "text", "markdown", "json")
def _check_plan(graph, fmt):
    out = render("plan", graph.prereqs("ResNet", questions=True), fmt, lang="en")
    if fmt == "json":
        data = json.loads(out)
        assert data["target"]["iri"] == C + "ResNet" and data["plan"][0]["why"]
    elif fmt == "markdown":
        assert out.startswith("# Study plan for ResNet (残差网络)") and "1. **" in out and "(goal)" in out
    else:
        assert out.startswith("Study plan for ResNet (残差网络)\n") and "  1. " in out and "\n     why: " in out


@check("next", "text", "json")
def _check_next(graph, fmt):
    out = render("next", graph.next(["ReLU"], 3, ["ResNet"]), fmt, lang="en")
    if fmt == "json":
        steps = json.loads(out)
        assert 0 < len(steps) <= 3 and all(C + "ResNet" in s["goals"] for s in steps)
    else:
        assert out.startswith("  1. ") and "on the way to ResNet" in out
    assert render("next", [], fmt).startswith("Nothing new" if fmt == "text" else "[]")


@check("card", "text", "json")
def _check_card(graph, fmt):
    out = render("card", graph.show("BN"), fmt, lang="zh")
    if fmt == "json":
        assert json.loads(out)["out"]["conflictsWith"][0]["iri"] == C + "Dropout"
    else:
        assert out.startswith("批归一化  [Normalization]") and "→ conflictsWith  Dropout" in out


@check("search", "text", "json")
def _check_search(graph, fmt):
    out = render("search", graph.search("norm", 5), fmt, lang="en", text="norm")
    if fmt == "json":
        hits = json.loads(out)
        assert len(hits) == 5 and any(h["iri"] == C + "BatchNorm" and h["matched"] == "BatchNorm" for h in hits)
    else:
        assert "Batch Normalization              Normalization      BatchNorm  (matched “BatchNorm”)" in out
        assert render("search", [], fmt, text="zzz") == "No concept label matches 'zzz'."


@check("route", "text")
def _check_route(graph, fmt):
    out = render("route", graph.path("Dropout", "Transformer"), fmt)
    assert out == "Dropout ←conflictsWith— Batch Normalization ←doesNotUse— Transformer\n(2 hops)"


@check("explanation", "text")
def _check_explanation(graph, fmt):
    out = render("explanation", graph.explain("ResNet", "uses", "BN"), fmt)
    assert out.startswith("ResNet uses Batch Normalization: ") and "cue “" in out and "id fact/" in out
    assert render("explanation", graph.explain("ResNet", "uses", "Transformer"), fmt) == (
        "The graph has no fact “ResNet uses Transformer”."
    )


@check("stats", "text")
def _check_stats(graph, fmt):
    out = render("stats", graph.stats(), fmt)
    assert "triples from 1 note file: 55 questions" in out and "facts by relation" in out


@check("check", "text", "json")
def _check_check(graph, fmt):
    from kg.check import CheckReport, Violation

    report = CheckReport(False, "/x/shapes.ttl", 12, [Violation("c:X", "skos:prefLabel", "two labels", "Violation")])
    out = render("check", report, fmt)
    if fmt == "json":
        assert json.loads(out)["violations"][0]["focus"] == "c:X"
    else:
        assert out == "c:X skos:prefLabel: Violation: two labels\n12 triples checked against shapes.ttl: " + (
            "does not conform: 1 violations"
        )


@check("findings", "text", "json")
def _check_findings(graph, fmt):
    from kg.lint import Finding

    found = [Finding("unanswered", "a.md:3", "no answer")]
    out = render("findings", found, fmt)
    assert (json.loads(out)[0]["where"] == "a.md:3") if fmt == "json" else out == "a.md:3: unanswered: no answer"


@check("corrections", "text", "json")
def _check_corrections(graph, fmt):
    from pathlib import Path

    from kg.model import CorrectionsListing, ListedCorrection

    listing = CorrectionsListing(
        Path("notes/kg-corrections.toml"),
        [ListedCorrection("reject", "reject “ResNet uses ReLU”", 3, "2026-11-30", "ann", "not in the paper")],
        ["kg-corrections.toml:7: merge “BN” into X: no concept X in the graph"],
    )
    out = render("corrections", listing, fmt)
    if fmt == "json":
        data = json.loads(out)
        assert data["file"] == "notes/kg-corrections.toml" and data["corrections"][0]["line"] == 3
        assert data["not_applied"] == listing.not_applied
    else:
        assert out.splitlines() == [
            "1 correction in notes/kg-corrections.toml:",
            "  kg-corrections.toml:3  reject “ResNet uses ReLU”  (2026-11-30  ann  “not in the paper”)",
            "Not applied by the last build (1):",
            "  kg-corrections.toml:7: merge “BN” into X: no concept X in the graph",
        ]
    empty = render("corrections", CorrectionsListing(Path("k.toml")), fmt)
    assert json.loads(empty)["corrections"] == [] if fmt == "json" else empty == "No corrections yet (k.toml)."


@check("recorded", "text", "json")
def _check_recorded(graph, fmt):
    from pathlib import Path

    from kg.model import BuildReport, Correction, Recorded

    fix = Correction("reject", C + "ResNet", "https://w3id.org/kg-notes/ns#uses", C + "ReLU", name="ResNet uses ReLU")
    report = BuildReport(store=".kg", mode="incremental", seconds=0.5, corrections=1, unmatched=["k.toml:7: no X"])
    done = Recorded([fix], Path("k.toml"), True, report, action="reject")
    out = render("recorded", done, fmt)
    if fmt == "json":
        data = json.loads(out)
        assert data["action"] == "reject" and data["recorded"] == ["ResNet uses ReLU"] and data["changed"]
        assert data["rebuilt"]["corrections_applied"] == 1 and data["rebuilt"]["not_applied"] == ["k.toml:7: no X"]
    else:
        assert out.splitlines() == [
            "Rejected “ResNet uses ReLU”: recorded in k.toml",
            "Rebuilt .kg/ (incremental) in 0.50 s: 1 correction applied",
            "  not applied: k.toml:7: no X",
        ]
    again = render("recorded", Recorded([fix], Path("k.toml"), False, action="reject"), fmt)
    if fmt == "json":
        assert json.loads(again)["changed"] is False and json.loads(again)["rebuilt"] is None
    else:
        assert again == "Already recorded in k.toml: “ResNet uses ReLU”"
    split = Recorded([Correction("split", labels=("SN",), into=("A", "B"))], Path("k.toml"), True, action="split")
    assert "SN" in render("recorded", split, fmt)


@check("review", "text", "json")
def _check_review(graph, fmt):
    from kg.model import ReviewSummary

    out = render("review", ReviewSummary(shown=3, accepted=1, rejected=1, skipped=1, left=1), fmt)
    if fmt == "json":
        assert json.loads(out) == {"shown": 3, "accepted": 1, "rejected": 1, "skipped": 1, "left": 1, "rebuilt": None}
    else:
        assert out == "\nReviewed 3: 1 accepted, 1 rejected, 1 skipped; 1 left"
        assert render("review", ReviewSummary(), fmt).startswith("Nothing to review")


@check("learner", "text", "json")
def _check_learner(graph, fmt):
    from kg.learner import LearnerState

    state = LearnerState({C + "ReLU": "ReLU"}, {})
    out = render("learner", state, fmt)
    if fmt == "json":
        assert json.loads(out) == {"known": {C + "ReLU": "ReLU"}, "goals": {}}
    else:
        assert out == "Known (1): ReLU\nGoals (0): none"


@check("build", "text")
def _check_build(graph, fmt):
    from kg.model import BuildReport

    report = BuildReport(files=2, store=".kg", facts=3, facts_by_relation={"uses": 2, "partOf": 1}, held_back=1)
    out = render("build", report, fmt)
    assert out.startswith("Built .kg/ from 2 files (0 re-read)") and "facts: 2 uses, 1 partOf" in out
    assert "1 reading below confidence 0.5 kept as kg:Fact records only" in out


ENTRIES = [(kind, entry.name) for entry in FORMATS for kind in entry.kinds]


@pytest.mark.parametrize("kind,name", ENTRIES, ids=[f"{k}-{n}" for k, n in ENTRIES])
def test_every_entry_renders_what_a_reader_reads_back(graph, kind, name):
    CHECKS[(kind, name)](graph, name)


def test_every_check_is_an_entry_and_every_entry_is_checked():
    assert set(CHECKS) == set(ENTRIES)


def test_kg_serve_negotiates_from_the_table():
    """kg serve offers what the table marks served, in its order, under each entry's media types."""
    from kg.render import served
    from kg.serve import choose_format, parse_accept

    assert [e.name for e in served("rows")] == ["json", "xml", "csv", "tsv"]
    assert [e.variant for e in served("triples")] == ["TURTLE", "N_TRIPLES", "RDF_XML", "JSON_LD", "N_QUADS", "TRIG"]
    assert choose_format(parse_accept(None), graph=False) == ("JSON", "application/sparql-results+json")
    assert choose_format(parse_accept("text/csv"), graph=False) == ("CSV", "text/csv")
    assert choose_format(parse_accept("application/json"), graph=True) == ("JSON_LD", "application/ld+json")
    assert choose_format(parse_accept("text/plain;q=0.5, text/turtle"), graph=True) == ("TURTLE", "text/turtle")
    assert choose_format(parse_accept("text/xml"), graph=False) == ("XML", "application/sparql-results+xml")
    assert choose_format(parse_accept("image/png"), graph=True) is None


def test_names_and_aliases_are_unique_within_a_kind():
    for kind in {k for e in FORMATS for k in e.kinds}:
        keys = [key for e in FORMATS if kind in e.kinds for key in (e.name, *e.aliases)]
        assert len(keys) == len(set(keys)), kind


def test_aliases_and_unknown_formats():
    assert find("graph", "ttl").name == "turtle" and find("triples", "JSON").name == "jsonld"
    assert find("rows", "json").function.endswith(":to_json")  # a query's json is the W3C results format
    with pytest.raises(FormatMismatch, match="no format 'png' for plan; formats: text, markdown, json"):
        render("plan", None, "png")
    assert formats("graph") == ["turtle", "nt", "jsonld", "trig", "xml", "nquads", "graphml", "gexf", "cytoscape"]


def test_a_query_answer_picks_its_kind(graph):
    select, construct = graph.query(SELECT), graph.query(CONSTRUCT)
    assert render_result(select, "table") == render("rows", select, "table")
    assert render_result(construct, "table") == render("triples", construct, "turtle")  # a query's default
    with pytest.raises(FormatMismatch, match="use --format turtle, nt, jsonld, trig, xml or nquads"):
        check_result_format("CONSTRUCT", "csv")
    with pytest.raises(FormatMismatch, match="SELECT prints table, csv, tsv, json, xml"):
        check_result_format("SELECT", "nt")


def test_csv_rows_end_in_crlf(graph):
    out = render("rows", graph.query(SELECT), "csv")
    assert out.endswith("\r\n") and list(csv.reader(io.StringIO(out)))[0] == ["c", "label"]


def test_printing_a_table_imports_no_heavy_library(example_store):
    code = (
        "import sys; from kg.api import open; from kg.render import render_result;"
        f"print(render_result(open({str(example_store.root)!r}).query('SELECT ?x WHERE {{ ?x kg:uses ?y }}'), 'table'));"
        "heavy = sorted(m for m in ('rdflib', 'networkx', 'jinja2', 'pyvis', 'json', 'csv', 'kg.extraction') if m in sys.modules);"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "c:ResNet" in out and out.rstrip().endswith("[]")


# ---------------------------------------------------------------------- the commands' text, end to end


@pytest.fixture(scope="module")
def kg(example_store, tmp_path_factory):
    learner = tmp_path_factory.mktemp("learner") / "learner.json"

    def run(*args: str):
        result = CliRunner().invoke(
            cli, [*args, "--store", str(example_store.root)], env={"KG_LEARNER": str(learner)}, catch_exceptions=False
        )
        return result

    return run


def test_kg_prereqs_prints_a_numbered_plan_with_why(kg):
    result = kg("prereqs", "ResNet", "--known", "ReLU")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "Study plan for ResNet (残差网络)"
    assert lines[2].endswith("; study from the top.")
    assert lines[4].startswith("  1. ") and lines[5].startswith("     why: ") and "ReLU" not in result.output
    steps = [line for line in lines if line[:3].strip().isdigit()]
    assert lines[-1] == f"{len(steps):>3}. ResNet  [Model]  (goal)"


def test_kg_next_prints_what_can_be_learnt_now(kg):
    result = kg("next", "--known", "ReLU,Dropout,VGG", "--limit", "3")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == 3 and [line[:5] for line in lines] == ["  1. ", "  2. ", "  3. "]
    assert all("[" in line and "]" in line for line in lines)
    goal = kg("next", "--goal", "ResNet", "--limit", "2")
    assert "on the way to ResNet" in goal.output


def test_kg_search_prints_label_class_and_match(kg):
    result = kg("search", "norm", "--limit", "3")
    assert result.exit_code == 0 and len(result.output.splitlines()) == 3
    assert "(matched “" in result.output
    assert kg("search", "zzzzqqq").output == "No concept label matches 'zzzzqqq'.\n"
    hits = json.loads(kg("search", "批归一化", "--format", "json").output)
    assert hits[0]["iri"] == C + "BatchNorm"


def test_kg_explain_prints_each_source_sentence(kg):
    result = kg("explain", "ResNet", "uses", "BN")
    assert result.exit_code == 0
    assert result.output.startswith("ResNet uses Batch Normalization: ")
    assert "000_19bceac24f489592.md:" in result.output and "cue “" in result.output
    missing = kg("explain", "ResNet", "uses", "Transformer")
    assert missing.exit_code == 1 and missing.output == "The graph has no fact “ResNet uses Transformer”.\n"


def test_kg_show_prints_a_concept_card(kg):
    result = kg("show", "bn")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[:2] == ["Batch Normalization  [Normalization]", f"  {C}BatchNorm"]
    assert "  中文: 批归一化, BN 层, BN层, 批标准化, 批量归一化, 批量标准化" in lines
    assert "relations:" in lines and "related from:" in lines
    assert any(line.startswith("  ← uses           ResNet  (000_19bceac24f489592.md:") for line in lines)
    assert "questions about it (7):" in lines


def test_kg_path_and_stats_print_through_the_table(kg):
    assert kg("path", "Dropout", "Transformer").output == (
        "Dropout ←conflictsWith— Batch Normalization ←doesNotUse— Transformer\n(2 hops)\n"
    )
    assert kg("stats").output.splitlines()[2] == "concepts by class"


def test_kg_known_and_goals_round_trip(kg):
    assert kg("know", "ReLU").exit_code == 0
    assert kg("known").output.splitlines()[0] == "Known (1): ReLU"
    assert json.loads(kg("known", "--format", "json").output)["known"] == {C + "ReLU": "ReLU"}
    assert kg("forget", "ReLU").exit_code == 0
