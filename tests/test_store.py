"""The on-disk store: persistence across processes, atomic swap, failures lose nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.pipeline import build
from kg.query import LocalBackend
from kg.store import GraphStore

from conftest import NOTES, run_kg


def test_a_graph_built_in_one_process_is_queried_from_another(tmp_path):
    built = run_kg("build", "--store", str(tmp_path / "g"), str(NOTES))
    assert built.returncode == 0, built.stderr
    asked = run_kg(
        "query",
        "--store",
        str(tmp_path / "g"),
        "--format",
        "csv",
        "SELECT ?o WHERE { c:BatchNorm kg:conflictsWith ?o }",
    )
    assert asked.returncode == 0, asked.stderr
    assert asked.stdout.splitlines() == ["o", "https://w3id.org/kg-notes/concept/Dropout"]


def test_kg_store_environment_variable_and_default_folder(tmp_path):
    run_kg("build", "-q", str(NOTES), cwd=tmp_path)
    assert (tmp_path / ".kg" / "current").is_symlink()
    env_store = tmp_path / "elsewhere"
    assert run_kg("build", "-q", str(NOTES), env={"KG_STORE": str(env_store)}).returncode == 0
    assert GraphStore(env_store).exists()


def test_reopening_finds_the_same_triples(tmp_path):
    store = GraphStore(tmp_path / "g")
    build([NOTES], store)
    first = len(store.open())
    assert first > 1000 and len(store.open()) == first


def test_incremental_rebuild_rereads_only_the_changed_file(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    for i in range(5):
        (notes / f"n{i}.md").write_text(f"## ResNet\n\nQ: 问题 {i}？\nA: ResNet 使用 BN。\n", "utf-8")
    store = GraphStore(tmp_path / "g")
    assert build([notes], store).reextracted == 5
    assert build([notes], store).reextracted == 0
    (notes / "n3.md").write_text("## VGG\n\nQ: 问题？\nA: VGG 不使用 LRN。\n", "utf-8")
    report = build([notes], store)
    assert report.reextracted == 1
    backend = LocalBackend(store)
    assert backend.query("ASK { c:VGG kg:doesNotUse c:LRN }").boolean
    (notes / "n3.md").unlink()
    build([notes], store)
    assert not LocalBackend(store).query("ASK { c:VGG kg:doesNotUse c:LRN }").boolean


def test_a_failed_build_leaves_the_previous_graph_intact(tmp_path):
    store = tmp_path / "g"
    assert run_kg("build", "--store", str(store), str(NOTES)).returncode == 0
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "ok.md").write_text("Q: a?\nA: b\n", "utf-8")
    (bad / "broken.md").write_bytes(b"# title\n\nline two\n\xff\xfe\n")
    failed = run_kg("build", "--store", str(store), str(bad))
    assert failed.returncode == 1
    assert failed.stderr.strip() == f"kg: error: {bad / 'broken.md'}:4: not UTF-8 text (byte 18)"
    assert "Traceback" not in failed.stderr
    still = run_kg("query", "--store", str(store), "ASK { c:BatchNorm kg:conflictsWith c:Dropout }")
    assert still.stdout.strip() == "true"


def test_a_bug_while_reading_a_file_names_the_file_and_keeps_the_graph(tmp_path, monkeypatch):
    # a bug (not a user's mistake) keeps its traceback, but the traceback must say which note set it off
    import pytest

    from kg.extraction.facts import Relator

    store = GraphStore(tmp_path / "g")
    build([NOTES], store)
    before = os.readlink(tmp_path / "g" / "current")
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "odd.md").write_text("Q: what does ResNet use?\nA: ResNet uses BN.\n", "utf-8")

    def broken(self, doc, topics):  # stands in for any rule that trips on an odd sentence
        raise IndexError("list index out of range")

    monkeypatch.setattr(Relator, "relate", broken)
    with pytest.raises(IndexError) as raised:
        build([notes], store)
    assert any(str(notes / "odd.md") in note for note in getattr(raised.value, "__notes__", []))
    assert os.readlink(tmp_path / "g" / "current") == before


def test_a_killed_build_leaves_the_previous_graph_intact(tmp_path):
    store = tmp_path / "g"
    assert run_kg("build", "--store", str(store), str(NOTES)).returncode == 0
    before = os.readlink(store / "current")
    big = tmp_path / "big"
    big.mkdir()
    text = "".join(f"## Model{i}\n\nQ: Model{i} 使用什么？\nA: Model{i} 使用 BN 和 Dropout。\n\n" for i in range(400))
    for i in range(300):
        (big / f"{i:03}.md").write_text(text, "utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli.main", "build", "--store", str(store), str(big)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list((store / "cache").glob("x*.json")):
        time.sleep(0.01)  # wait until it is writing extraction results
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert os.readlink(store / "current") == before
    asked = run_kg("query", "--store", str(store), "ASK { c:BatchNorm kg:conflictsWith c:Dropout }")
    assert asked.returncode == 0 and asked.stdout.strip() == "true"
    # the next build finishes the job and sweeps what the killed one left
    assert run_kg("build", "--store", str(store), str(NOTES)).returncode == 0
    assert len(list(store.glob("graph-*"))) == 1 and not list(store.glob("build-*.nt"))


def test_no_graph_yet_is_a_clear_error(tmp_path):
    asked = run_kg("query", "--store", str(tmp_path / "none"), "ASK {}")
    assert asked.returncode == 1
    assert (
        asked.stderr.strip()
        == f"kg: error: no graph in {tmp_path / 'none'}/ yet: run `kg build` first (or pass --store)"
    )


def test_a_second_build_at_the_same_time_is_refused(tmp_path):
    store = GraphStore(tmp_path / "g")
    with store.lock():
        result = run_kg("build", "--store", str(store.root), str(NOTES))
    assert result.returncode == 1 and "another kg build is writing" in result.stderr


def _triples(store: GraphStore) -> set[str]:
    from kg.export import export

    return set(export(LocalBackend(store), "nt").decode("utf-8").splitlines())


def test_incremental_store_update_equals_a_full_rebuild(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    texts = {
        "a.md": "## ResNet\n\nQ: ResNet 用什么？\nA: ResNet 使用 BN 和 Dropout。\n",
        "b.md": "## VGG\n\nVGG uses BatchNorm. VGG does not use LRN.\n",
        "c.md": "## Transformer\n\nQ: Why LayerNorm?\nA: The Transformer uses LayerNorm instead of BatchNorm.\n",
        # a concept the notes make (a heading), with a fact, in a file that does not change
        "e.md": "## QuuxNet\n\nQuuxNet uses BatchNorm and Dropout.\n",
    }
    for name, text in texts.items():
        (notes / name).write_text(text, "utf-8")
    store = GraphStore(tmp_path / "inc")
    assert build([notes], store).mode == "full"
    # edits: one file changes (dropping a fact another file also states), one goes, one arrives
    (notes / "a.md").write_text("## ResNet\n\nQ: ResNet 用什么？\nA: ResNet 使用 残差连接。\n", "utf-8")
    (notes / "b.md").unlink()
    (notes / "d.md").write_text("## ResNet\n\nResNet uses BN.\n", "utf-8")
    report = build([notes], store)
    assert report.mode == "incremental" and report.reextracted == 2
    quux = LocalBackend(store).select("SELECT ?o WHERE { c:QuuxNet kg:uses ?o }")
    assert len(quux) == 2  # an incremental build once dropped discovered concepts' facts
    full = GraphStore(tmp_path / "full")
    assert build([notes], full, incremental=False).mode == "full"
    assert _triples(store) == _triples(full)
    assert build([notes], store).mode == "unchanged"


def test_parallel_extraction_gives_the_same_graph_as_serial(tmp_path, monkeypatch):
    """Big builds extract in forked workers; forcing that path on small notes must change nothing."""
    import kg.pipeline as pipeline
    from kg.query import LocalBackend

    from conftest import NOTES, facts

    serial = GraphStore(tmp_path / "serial")
    build([NOTES, pipeline.example_notes_dir()], serial)
    monkeypatch.setattr(pipeline, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(pipeline, "_KEEP_PARSED_BYTES", 0)
    parallel = GraphStore(tmp_path / "parallel")
    report = build([NOTES, pipeline.example_notes_dir()], parallel)
    assert report.reextracted == report.files > 1
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    a, b = LocalBackend(serial), LocalBackend(parallel)
    assert a.query(count).rows[0][0].value == b.query(count).rows[0][0].value
    assert facts(a) == facts(b)


def test_workers_for_big_builds_never_more_than_files(tmp_path, monkeypatch):
    """A build above PARALLEL_BYTES gets a worker a core, never more than it has files: one big file
    gets one (its parse and facts then stay out of the process that loads the store); a small
    build gets none."""
    import kg.pipeline as pipeline

    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)

    def states(*sizes):
        return [pipeline._FileState(tmp_path / f"{i}.md", f"{i}.md", b"x" * n, "") for i, n in enumerate(sizes)]

    big = pipeline.PARALLEL_BYTES
    assert pipeline._workers(states(big, big)) == 2
    assert pipeline._workers(states(big // 4, big // 4)) == 0
    assert pipeline._workers(states(4 * big)) == 1


def test_a_build_loads_its_own_triples_leniently_and_reads_them_back(tmp_path):
    """kg's N-Triples go into the store without pyoxigraph's IRI checks (they are kg's own); what the
    store holds must read back the same, literals with quotes, backslashes and line breaks included."""
    import pyoxigraph as ox

    text = "# Q\n\n## 什么是 BN？\n\nBN 使用 \"mini-batch\" 统计量 C:\\path 反斜杠\n第二行。\n"
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a b%.md").write_text(text, "utf-8")
    store = GraphStore(tmp_path / "kg")
    build([notes], store)
    texts = {q.object.value for q in store.open().quads_for_pattern(None, ox.NamedNode("https://schema.org/text"), None)}
    assert "BN 使用 \"mini-batch\" 统计量 C:\\path 反斜杠\n第二行。" in texts
    files = {q.subject.value for q in store.open().quads_for_pattern(None, ox.NamedNode("https://w3id.org/kg-notes/ns#sourceFile"), ox.Literal("a b%.md"))}
    assert any(f.endswith("file/a%20b%25.md") for f in files)


def test_the_cache_key_covers_every_extraction_module_in_subpackages_too():
    # a change to kg/extraction/facts/guards.py must not reuse output read by the old rules
    import kg.pipeline as pipeline

    names = {p.relative_to(Path(pipeline.__file__).parent).as_posix() for p in pipeline._code_sources()}
    assert {"extraction/facts/guards.py", "extraction/facts/__init__.py", "extraction/mentions.py"} <= names



def test_queries_share_one_worker_thread_and_a_stopped_query_does_not_block_the_next(example_store):
    # kg.query.run_with_timeout: a worker with a large stack runs one query after another (starting a thread per
    # query cost more than a small query); one still running past its timeout is left alone and the next query
    # gets another worker
    import threading

    from kg.errors import QueryTimeout
    from kg.query import QUERY_THREAD, LocalBackend, query_running, run_with_timeout

    backend = LocalBackend(example_store)

    def workers() -> set[int]:
        return {t.ident for t in threading.enumerate() if t.name == QUERY_THREAD and t.ident is not None}

    assert backend.query("ASK { ?a kg:uses ?b }").boolean is True
    before = workers()
    for _ in range(20):
        assert backend.query("SELECT ?c WHERE { ?c kg:uses c:BatchNorm }").rows
    assert workers() == before and not query_running()
    release = threading.Event()
    try:
        with pytest.raises(QueryTimeout):
            run_with_timeout(lambda: release.wait(30), timeout=0.2)
        assert query_running()  # the stopped one's thread cannot be interrupted: still busy
        assert backend.query("ASK { ?a kg:uses ?b }", timeout=5).boolean is True
        assert workers() - before  # the next query ran on another worker
    finally:
        release.set()
