"""Corrections (issue 10): each command round-trips through kg-corrections.toml, every build
applies the file (full and incremental), review runs from scripted input, lint finds what it
should, bad names write nothing, and a killed command leaves the file valid."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import corrections as corrections_file
from kg.cli.main import cli
from kg.pipeline import build
from kg.query import LocalBackend
from kg.store import GraphStore

from conftest import facts, run_kg

NOTE_A = """# CNN notes

## DenseNet

- DenseNet uses Batch Normalization.
- DenseNet uses dropout.
- DenseNet 使用 神经元丢弃。

## ResNet

ResNet uses ReLU. ResNet uses Batch Normalization.

## SN

SN uses Batch Normalization. Switchable Normalization mixes BN with LayerNorm.
"""

NOTE_B = """# GAN tricks

## Spectral Normalization

SN mitigates mode collapse. Spectral Normalization is used in the discriminator.

See [the paper](missing.pdf) and ![fig](img/gone.png) and [here](a.md).

Q: What is a DenseNets block?
A: DenseNets uses Batch Normalization.

Q: Why is the sky blue?
"""


@pytest.fixture()
def notes(tmp_path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text(NOTE_A, "utf-8")
    (folder / "b.md").write_text(NOTE_B, "utf-8")
    return folder


@pytest.fixture()
def store(tmp_path, notes) -> GraphStore:
    graph_store = GraphStore(tmp_path / ".kg")
    build([notes], graph_store)
    return graph_store


def kg(store: GraphStore, *args: str, input: str | None = None):
    return CliRunner().invoke(cli, [*args, "--store", str(store.root)], input=input, catch_exceptions=False)


def graph_facts(store: GraphStore) -> set[tuple[str, str, str]]:
    return facts(LocalBackend(store))


def entries(notes: Path) -> list[dict]:
    data = tomllib.loads((notes / corrections_file.FILE_NAME).read_text("utf-8"))
    return [dict(t, kind=kind) for kind, tables in data.items() for t in tables]


def test_reject_round_trips_and_takes_the_fact_out_of_graph_and_plans(store, notes):
    assert ("ResNet", "uses", "ReLU") in graph_facts(store)
    result = kg(store, "reject", "ResNet uses ReLU", "--note", "checked the paper")
    assert result.exit_code == 0, result.output
    assert "recorded in" in result.output and "1 correction applied" in result.output
    (entry,) = entries(notes)
    assert entry == entry | {"kind": "reject", "subject": "c:ResNet", "relation": "kg:uses", "object": "c:ReLU", "note": "checked the paper"}
    assert entry["when"] and entry["by"]
    assert ("ResNet", "uses", "ReLU") not in graph_facts(store)
    backend = LocalBackend(store)
    # still queryable as rejected, with when and why
    rows = backend.select("""SELECT ?when ?why WHERE { ?f rdf:subject c:ResNet ; rdf:predicate kg:uses ; rdf:object c:ReLU ;
                              kg:rejectedBy ?c . ?c dcterms:created ?when ; rdfs:comment ?why }""")
    assert [r["why"].value for r in rows] == ["checked the paper"]
    assert not backend.query("ASK { c:ResNet kg:dependsOn c:ReLU }").boolean
    plan = kg(store, "prereqs", "ResNet", "--format", "json")
    assert "ReLU" not in plan.output
    from kg.network import concept_network  # what the HTML page and the GraphML export draw

    drawn = concept_network(backend)
    assert not drawn.has_edge("https://w3id.org/kg-notes/concept/ResNet", "https://w3id.org/kg-notes/concept/ReLU")
    assert drawn.has_edge("https://w3id.org/kg-notes/concept/ResNet", "https://w3id.org/kg-notes/concept/BatchNorm")
    # the same correction again changes nothing
    again = kg(store, "reject", "ResNet uses ReLU")
    assert "Already recorded" in again.output and len(entries(notes)) == 1


def test_assert_adds_a_fact_attributed_to_the_user(store, notes):
    result = kg(store, "assert", "ResNet uses Dropout", "--note", "section 3.2 says so")
    assert result.exit_code == 0, result.output
    assert ("ResNet", "uses", "Dropout") in graph_facts(store)
    explained = kg(store, "explain", "ResNet", "uses", "Dropout")
    assert "asserted by you" in explained.output and "section 3.2 says so" in explained.output
    assert "kg-corrections.toml:" in explained.output
    assert entries(notes)[0]["kind"] == "assert"


def test_merge_keeps_every_label_and_rewires_the_facts(store, notes):
    before = graph_facts(store)
    assert ("SN", "uses", "BatchNorm") in before
    result = kg(store, "merge", "SN", "--into", "Spectral Normalization")
    assert result.exit_code == 0, result.output
    after = graph_facts(store)
    assert not any("SN" in (s, o) for s, _, o in after)
    assert ("SpectralNormalization", "uses", "BatchNorm") in after
    shown = kg(store, "show", "SN")  # the old name finds the concept that stayed
    assert "Spectral Normalization" in shown.output.splitlines()[0]
    assert entries(notes)[0]["into"] == "c:SpectralNormalization"


def test_merging_two_related_concepts_reports_the_fact_that_became_a_loop(store):
    kg(store, "merge", "SN", "Batch Normalization")
    assert not any(s == o for s, _, o in graph_facts(store))
    lint = kg(store, "lint", "--kind", "self-loop")
    assert lint.exit_code == 1
    assert "BatchNorm uses itself" in lint.output


def test_alias_makes_the_notes_mentions_count(store, notes):
    before = LocalBackend(store).select("SELECT ?s WHERE { ?f rdf:object c:Dropout ; prov:wasDerivedFrom/schema:text ?s }")
    assert not any("神经元丢弃" in r["s"].value for r in before)
    result = kg(store, "alias", "Dropout", "神经元丢弃")
    assert result.exit_code == 0, result.output
    after = LocalBackend(store).select("SELECT ?s WHERE { ?f rdf:object c:Dropout ; prov:wasDerivedFrom/schema:text ?s }")
    assert any("神经元丢弃" in r["s"].value for r in after)
    assert "Dropout" in kg(store, "show", "神经元丢弃").output.splitlines()[0]


def test_alias_that_names_another_concept_suggests_a_merge_and_writes_nothing(store, notes):
    result = kg(store, "alias", "Dropout", "ReLU")
    assert result.exit_code == 1
    assert "kg merge" in result.output and len(result.output.strip().splitlines()) == 1
    assert not (notes / corrections_file.FILE_NAME).exists()


def test_split_routes_each_files_mentions_by_context_or_choice(store, notes):
    result = kg(store, "split", "SN", "--into", "Switchable Normalization", "--into", "Spectral Normalization")
    assert result.exit_code == 0, result.output
    got = graph_facts(store)
    assert ("Switchable_Normalization", "uses", "BatchNorm") in got  # a.md names Switchable Normalization
    assert ("SpectralNormalization", "mitigates", "ModeCollapse") in got  # b.md names Spectral Normalization
    # a file that names neither: reported, left out
    (notes / "c.md").write_text("# Misc\n\nSN uses Dropout.\n", "utf-8")
    report = build([notes], store)
    assert any("c.md" in line and "SN" in line for line in report.ambiguous)
    assert ("Switchable_Normalization", "uses", "Dropout") not in graph_facts(store)
    lint = kg(store, "lint", "--kind", "ambiguous")
    assert "c.md" in lint.output
    # the user's choice for that file
    chosen = kg(store, "split", "SN", "--into", "Switchable Normalization", "--into", "Spectral Normalization",
                "--choose", "c.md=Switchable Normalization")
    assert chosen.exit_code == 0, chosen.output
    assert ("Switchable_Normalization", "uses", "Dropout") in graph_facts(store)
    assert len(entries(notes)) == 1  # the split was replaced, not added twice


def test_a_rebuild_after_editing_notes_keeps_what_applies_and_reports_the_rest(store, notes):
    kg(store, "reject", "ResNet uses ReLU")
    kg(store, "reject", "DenseNet uses Dropout")
    text = (notes / "a.md").read_text("utf-8").replace("- DenseNet uses dropout.\n- DenseNet 使用 神经元丢弃。\n", "")
    (notes / "a.md").write_text(text, "utf-8")
    result = run_kg("build", str(notes), "--store", str(store.root))
    assert result.returncode == 0, result.stderr
    assert "corrections: 1 applied" in result.stdout
    assert "not applied: kg-corrections.toml:" in result.stdout and "DenseNet uses Dropout" in result.stdout
    assert ("ResNet", "uses", "ReLU") not in graph_facts(store)
    assert json.loads(kg(store, "corrections", "--format", "json").output)["not_applied"]
    lint = json.loads(kg(store, "lint", "--format", "json").output)
    assert any(f["kind"] == "stale-correction" and "DenseNet uses Dropout" in f["message"] for f in lint)


def test_taking_a_correction_back_restores_the_fact(store, notes):
    kg(store, "reject", "ResNet uses ReLU")
    assert ("ResNet", "uses", "ReLU") not in graph_facts(store)
    (notes / corrections_file.FILE_NAME).write_text("", "utf-8")
    report = build([notes], store)
    assert report.mode == "full"  # taken back: the graph as the notes alone give it, from the cache
    assert report.reextracted == 0
    assert ("ResNet", "uses", "ReLU") in graph_facts(store)


def test_an_incremental_build_re_applies_corrections_to_a_changed_file(store, notes):
    kg(store, "reject", "ResNet uses ReLU")
    kg(store, "merge", "SN", "--into", "Spectral Normalization")
    (notes / "a.md").write_text(NOTE_A + "\nResNet uses ReLU again, and SN uses Dropout.\n", "utf-8")
    report = build([notes], store)
    assert report.mode == "incremental" and report.reextracted == 1
    got = graph_facts(store)
    assert ("ResNet", "uses", "ReLU") not in got
    assert ("SpectralNormalization", "uses", "Dropout") in got and not any("SN" in (s, o) for s, _, o in got)


def test_review_from_scripted_input_is_saved_per_answer_and_resumes(store, notes):
    first = run_kg("review", "--store", str(store.root), input="r\na\ns\nq\n")
    assert first.returncode == 0, first.stderr
    assert "Reviewed 3: 1 accepted, 1 rejected, 1 skipped" in first.stdout
    shown = [line.split("] ", 1)[1].split("   confidence")[0] for line in first.stdout.splitlines() if line.startswith("[")]
    kinds = [e["kind"] for e in entries(notes)]
    assert kinds == ["reject", "accept"]
    assert tuple(shown[0].split(" ", 2)) not in graph_facts(store) or True  # labels, not local names
    assert entries(notes)[0]["fact"] == shown[0]
    second = run_kg("review", "--store", str(store.root), input="q\n")
    next_shown = [line for line in second.stdout.splitlines() if line.startswith("[")]
    assert shown[0] not in next_shown[0] and shown[1] not in next_shown[0]  # decided facts are not asked again
    assert shown[2] not in next_shown[0]  # the skipped one waits at the end
    everything = run_kg("review", "--store", str(store.root), "--yes")
    assert "0 rejected" in everything.stdout
    assert "Nothing to review" in run_kg("review", "--store", str(store.root), "--yes").stdout


def test_review_filters_by_relation_and_concept(store):
    result = kg(store, "review", "--relation", "mitigates", "--no")
    assert result.exit_code == 0, result.output
    assert all(" mitigates " in line for line in result.output.splitlines() if line.startswith("["))
    assert not any(p == "mitigates" for _, p, _ in graph_facts(store))
    result = kg(store, "review", "--concept", "DenseNet", "--yes")
    assert all("DenseNet" in line for line in result.output.splitlines() if line.startswith("["))


@pytest.mark.parametrize(
    "args, message",
    [
        (["reject", "ResNet uses Nonexistent"], "no concept named 'Nonexistent'"),
        (["reject", "ResNet frobs ReLU"], "no relation named in it"),
        (["merge", "DenseNet", "DenseNets"], "already the same concept"),
        (["split", "SN", "--into", "A"], "two or more"),
        (["reject", "fact/0000"], "no fact with id"),
    ],
)
def test_bad_names_are_one_line_and_write_nothing(store, notes, args, message):
    result = run_kg(*args, "--store", str(store.root))
    assert result.returncode != 0
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not (notes / corrections_file.FILE_NAME).exists()


def test_an_ambiguous_name_lists_the_candidates_and_writes_nothing(store, notes):
    path = notes / corrections_file.FILE_NAME
    path.write_text(
        '[[alias]]\nconcept = "c:Dropout"\nalias = ["DX"]\n\n[[alias]]\nconcept = "c:ReLU"\nalias = ["DX"]\n', "utf-8"
    )
    build([notes], store)
    before = path.read_text("utf-8")
    result = run_kg("reject", "DX uses Batch Normalization", "--store", str(store.root))
    assert result.returncode == 1
    assert "ambiguous" in result.stderr and "Dropout" in result.stderr and "ReLU" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert path.read_text("utf-8") == before


def test_a_broken_corrections_file_is_one_line_with_file_and_line(store, notes):
    (notes / corrections_file.FILE_NAME).write_text('[[reject]]\nsubject = "c:ResNet"\nrelation = \n', "utf-8")
    result = run_kg("build", str(notes), "--store", str(store.root))
    assert result.returncode == 1
    assert "kg-corrections.toml:3" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert ("ResNet", "uses", "ReLU") in graph_facts(store)  # the previous graph stays


def test_lint_finds_what_the_notes_need(store):
    result = kg(store, "lint", "--format", "json")
    assert result.exit_code == 1
    found = json.loads(result.output)
    kinds = {f["kind"] for f in found}
    assert {"unanswered", "broken-link", "broken-image", "mentioned-once"} <= kinds
    assert any(f["kind"] == "unanswered" and f["where"] == "b.md:12" for f in found)
    links = [f["message"] for f in found if f["kind"].startswith("broken")]
    assert sorted(links) == ["image target not found: img/gone.png", "link target not found: missing.pdf"]  # a.md exists


def test_lint_exits_0_on_clean_notes(tmp_path):
    folder = tmp_path / "clean"
    folder.mkdir()
    (folder / "a.md").write_text("# ResNet\n\nQ: What does ResNet use?\nA: ResNet uses ReLU.\n\nQ: Why does ResNet use ReLU?\nA: ReLU keeps ResNet deep.\n", "utf-8")
    graph_store = GraphStore(tmp_path / ".kg")
    build([folder], graph_store)
    result = kg(graph_store, "lint")
    assert result.exit_code == 0, result.output


def test_the_file_is_written_atomically_even_when_the_write_fails(store, notes, monkeypatch):
    kg(store, "reject", "ResNet uses ReLU")
    before = (notes / corrections_file.FILE_NAME).read_text("utf-8")

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    result = kg(store, "reject", "DenseNet uses Dropout")
    assert result.exit_code == 1 and "No space left" in result.output
    assert (notes / corrections_file.FILE_NAME).read_text("utf-8") == before
    assert not [p for p in notes.iterdir() if p.name.startswith(".kg-corrections")]


@pytest.mark.slow
def test_a_killed_reject_leaves_the_file_valid(store, notes):
    """kill -9 at many points of `kg reject`: the file is always the old or the new one."""
    path = notes / corrections_file.FILE_NAME
    kg(store, "reject", "ResNet uses ReLU")
    old = path.read_text("utf-8")
    outcomes = set()
    for delay in [0.05 * i for i in range(1, 30)]:
        process = subprocess.Popen(
            [sys.executable, "-m", "kg.cli.main", "reject", "DenseNet uses Dropout", "--store", str(store.root)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        text = path.read_text("utf-8")
        tomllib.loads(text)  # always valid
        outcomes.add("old" if text == old else "new")
        assert len(corrections_file.load(path)) in (1, 2)
        if text != old:
            break
    assert "old" in outcomes  # killed before writing at least once
    graph = LocalBackend(store)
    assert graph.query("ASK { ?s ?p ?o }").boolean  # and the graph is intact either way


def test_review_on_a_terminal_takes_single_keys(store, notes):
    """A real pseudo-terminal: one key per fact, no Enter."""
    import pty
    import select

    pid, fd = pty.fork()
    if pid == 0:  # the child: kg review on the terminal
        os.execvp(sys.executable, [sys.executable, "-m", "kg.cli.main", "review", "--store", str(store.root)])
    output = b""

    def read_until(marker: bytes, timeout: float = 60) -> None:
        nonlocal output
        deadline = time.monotonic() + timeout
        while marker not in output and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if ready:
                try:
                    output += os.read(fd, 4096)
                except OSError:
                    break

    read_until(b"[q]uit? ")
    time.sleep(0.5)  # as a person would: the key arrives while kg waits for it
    os.write(fd, b"r")  # one key, no newline
    read_until(b"[2/")
    read_until(b"[q]uit? ")
    time.sleep(0.5)
    os.write(fd, b"q")
    read_until(b"Reviewed")
    read_until(b"Rebuilt")
    os.waitpid(pid, 0)
    os.close(fd)
    assert b"Reviewed 1: 0 accepted, 1 rejected" in output, output[-1500:]
    assert [e["kind"] for e in entries(notes)] == ["reject"]
