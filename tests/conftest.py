"""Shared fixtures: graphs built once per session from the bundled example and
from small notes written for the tests (tests/notes/)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.chromium import CHROMIUM, launch
from bench.procs import free_port, wait_for_port  # noqa: F401 - the tests import them from here
from kg.pipeline import build
from kg.query import LocalBackend
from kg.store import GraphStore
from kg.vocab import default_vocabulary

NOTES = Path(__file__).parent / "notes"


@pytest.fixture(scope="session")
def vocab():
    return default_vocabulary()


@pytest.fixture(scope="session")
def example_store(tmp_path_factory) -> GraphStore:
    store = GraphStore(tmp_path_factory.mktemp("example") / ".kg")
    build(None, store)
    return store


@pytest.fixture(scope="session")
def example(example_store) -> LocalBackend:
    return LocalBackend(example_store)


@pytest.fixture(scope="session")
def forms_store(tmp_path_factory) -> GraphStore:
    store = GraphStore(tmp_path_factory.mktemp("forms") / ".kg")
    build([NOTES], store)
    return store


@pytest.fixture(scope="session")
def forms(forms_store) -> LocalBackend:
    return LocalBackend(forms_store)


def run_kg(
    *args: str, cwd: Path | None = None, input: str | None = None, env: dict | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    """Run the real `kg` program in a new process (no shared state with the test)."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("KG_STORE", None) if env is None or "KG_STORE" not in env else None
    return subprocess.run(
        [sys.executable, "-m", "kg.cli.main", *args],
        cwd=cwd,
        input=input,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
    )


def build_notes(tmp_path, notes: dict[str, str]):
    """Build the given note files (name → text) into a fresh store under ``tmp_path``; the store's LocalBackend."""
    from kg.pipeline import build
    from kg.query import LocalBackend
    from kg.store import GraphStore

    folder = tmp_path / "notes"
    folder.mkdir()
    for name, text in notes.items():
        (folder / name).write_text(text, "utf-8")
    store = GraphStore(tmp_path / ".kg")
    build([folder], store)
    return LocalBackend(store)


def facts(backend, relation: str | None = None) -> set[tuple[str, str, str]]:
    """Direct relation triples as (subject, relation, object) local names."""
    rows = backend.select("SELECT ?s ?p ?o WHERE { ?p a kg:ConceptRelation . ?s ?p ?o FILTER(?p != kg:dependsOn) }")
    out = set()
    for r in rows:
        triple = tuple(r[k].value.rsplit("/", 1)[-1].rsplit("#", 1)[-1] for k in ("s", "p", "o"))
        if relation is None or triple[1] == relation:
            out.add(triple)
    return out


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by playwright; never a browser download.

    Skipped where Chromium is not installed, except in CI (CI=true), where a
    missing browser is a failure: .ci/run installs it.
    """
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing; .ci/run should install Debian's chromium")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = launch(p)
        yield instance
        instance.close()


class OfflinePage:
    """A page with every non-file request blocked and recorded, and console errors collected."""

    def __init__(self, browser, path: Path, width: int = 1400, height: int = 900, color_scheme: str = "light"):
        self.context = browser.new_context(
            viewport={"width": width, "height": height}, color_scheme=color_scheme, accept_downloads=True
        )
        self.requests: list[str] = []
        self.errors: list[str] = []

        def route(r):
            if r.request.url.startswith("file://"):
                r.continue_()
            else:
                self.requests.append(r.request.url)
                r.abort()

        self.context.route("**/*", route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: None if r.url.startswith("file://") else self.requests.append(r.url))
        self.page.goto(path.resolve().as_uri())

    def wait_ready(self, timeout_ms: int = 600_000) -> None:
        self.page.wait_for_function("window.kgReady === true", timeout=timeout_ms)

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """A real Oxigraph SPARQL server (read-write) on a free loopback port, for the session."""
    from kg.remote import oxigraph_executable

    try:
        exe = oxigraph_executable()
    except Exception:
        if os.environ.get("CI"):
            pytest.fail("the oxigraph server is missing; the test extra installs it (pip install oxigraph)")
        pytest.skip("oxigraph server not installed (pip install oxigraph)")
    port = free_port()
    data = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen(
        [exe, "serve", "--location", str(data), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_port(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def lexicon_file_concepts(path: Path) -> set[str]:
    """The IRIs a lexicon file gives a class to (its own concepts, not the labels it adds to known ones)."""
    text = path.read_text(encoding="utf-8")
    return {"https://w3id.org/kg-notes/concept/" + m for m in re.findall(r"^c:(\w+) a kg:", text, re.M)}


def assert_lexicon_entries(vocab, own: set[str], classes: set[str]) -> None:
    """Each of a lexicon file's concepts has one of ``classes``, an English preferred name, and no label that another
    concept of the whole lexicon has (distinct concepts stay distinct)."""
    from kg.extraction.mentions import fold_key

    owner: dict[str, set[str]] = {}
    for entry in vocab.concepts.values():
        for lab in entry.all_labels:
            owner.setdefault(fold_key(lab.text), set()).add(entry.iri)
    for iri in own:
        entry = vocab.concepts[iri]
        assert entry.cls in classes, iri
        assert [lab for lab in entry.pref if lab.lang == "en"], iri
        for lab in entry.all_labels:
            assert owner[fold_key(lab.text)] == {iri}, (iri, lab.text)

