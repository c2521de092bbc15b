"""build: run parse → link → relate → graph → store over a set of note files.

Incremental: each file's extraction is cached under the store, keyed by the
file's bytes, the ontology's fingerprint and the set of discovered terms; an
unchanged file is not parsed or extracted again. The graph is always written
whole into a new folder and swapped in (see kg.store).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg import __version__
from kg.errors import NotesError
from kg.graph import (
    Fact,
    depends_on_triples,
    discovered_triples,
    document_triples,
    lexicon_triples,
    ontology_triples,
    to_ntriples,
)
from kg.link import DiscoveredConcept, Matcher, discover, lexicon_matcher
from kg.parse import Document, find_note_files, parse_text
from kg.relate import Relator, section_topics
from kg.resources import example_notes_dir
from kg.store import GraphStore
from kg.terms import KG
from kg.vocab import Vocabulary, default_vocabulary

_CACHE_FORMAT = 3


@dataclass
class BuildReport:
    """What a build read and wrote."""

    files: int = 0
    reextracted: int = 0
    items: int = 0
    questions: int = 0
    facts: int = 0
    triples: int = 0
    discovered: int = 0
    seconds: float = 0.0
    store: str = ""
    facts_by_relation: dict[str, int] = field(default_factory=dict)


@dataclass
class _FileState:
    path: Path
    source: str
    data: bytes
    digest: str
    doc: Document | None = None
    discovered: list[DiscoveredConcept] = field(default_factory=list)


def _decode(state: _FileState) -> str:
    try:
        text = state.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = state.data[: exc.start].count(b"\n") + 1
        raise NotesError(f"not UTF-8 text (byte {exc.start})", str(state.path), line) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise NotesError("binary data in a Markdown file (NUL byte)", str(state.path), line)
    return text


def _doc(state: _FileState) -> Document:
    if state.doc is None:
        state.doc = parse_text(_decode(state), state.source, state.path)
    return state.doc


class _Cache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()

    def get(self, key: str) -> dict | None:  # type: ignore[type-arg]
        path = self.folder / f"{key}.json"
        try:
            value = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        self.used.add(path.name)
        return value  # type: ignore[no-any-return]

    def put(self, key: str, value: dict) -> None:  # type: ignore[type-arg]
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{key}.json"
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(json.dumps(value, ensure_ascii=False), "utf-8")
        os.replace(tmp, path)
        self.used.add(path.name)

    def prune(self) -> None:
        if not self.folder.is_dir():
            return
        for path in self.folder.glob("*.json"):
            if path.name not in self.used:
                path.unlink(missing_ok=True)


def build(
    notes: Sequence[Path] | None = None,
    store: GraphStore | None = None,
    vocab: Vocabulary | None = None,
    progress: Callable[[str], None] | None = None,
) -> BuildReport:
    """Build the graph of ``notes`` (files or folders; default: the bundled example) into ``store``."""
    started = time.perf_counter()
    store = store or GraphStore()
    vocab = vocab or default_vocabulary()
    roots = list(notes) if notes else [example_notes_dir()]
    files = find_note_files(roots)
    report = BuildReport(files=len(files), store=str(store.root))
    with store.lock():
        cache = _Cache(store.cache_dir)
        code = _code_fingerprint()
        states = []
        for path, source in files:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise NotesError(f"cannot read: {exc.strerror or exc}", str(path)) from None
            digest = hashlib.sha256(data).hexdigest()[:24]
            states.append(_FileState(path, source, data, digest))

        # Pass 1: terms each file makes concepts (cached by content + ontology).
        base_matcher: Matcher | None = None
        for state in states:
            key = f"d{_CACHE_FORMAT}-{code}-{state.digest}-{vocab.fingerprint}-{_hash(state.source)}"
            cached = cache.get(key)
            if cached is None:
                base_matcher = base_matcher or lexicon_matcher(vocab)
                found = discover(_doc(state), base_matcher, vocab)
                cache.put(key, {"discovered": [d.__dict__ for d in found]})
            else:
                found = [DiscoveredConcept(**d) for d in cached["discovered"]]
            state.discovered = found
        discovered_all = [d for s in states for d in s.discovered]
        discovered_terms = sorted({(d.label, d.iri) for d in discovered_all})
        matcher = lexicon_matcher(vocab, discovered_terms)
        terms_key = _hash("\n".join(f"{a}\t{b}" for a, b in discovered_terms))
        classes = {c.iri: c.cls for c in vocab.concepts.values()}
        classes.update({iri: KG.Concept for _, iri in discovered_terms if iri not in classes})
        relator = Relator(vocab, matcher, classes)

        # Pass 2: facts and triples per file (cached by content + ontology + terms).
        with tempfile.NamedTemporaryFile("wb", dir=store.root, prefix="build-", suffix=".nt", delete=False) as out:
            tmp_path = Path(out.name)
            try:
                facts: list[Fact] = []
                out.write(ontology_triples(vocab))
                out.write(to_ntriples(lexicon_triples(vocab)))
                out.write(to_ntriples(discovered_triples(discovered_all)))
                for state in states:
                    key = f"x{_CACHE_FORMAT}-{code}-{state.digest}-{vocab.fingerprint}-{terms_key}-{_hash(state.source)}"
                    cached = cache.get(key)
                    if cached is None:
                        report.reextracted += 1
                        doc = _doc(state)
                        topics = section_topics(doc, matcher, {}, classes)
                        assertions, links = relator.relate(doc, topics)
                        nt = to_ntriples(document_triples(doc, assertions, links)).decode("utf-8")
                        cached = {
                            "nt": nt,
                            "facts": [[a.subject, a.relation, a.object] for a in assertions],
                            "items": len(doc.items),
                            "questions": sum(1 for i in doc.items if i.kind == "qa"),
                        }
                        cache.put(key, cached)
                        if progress:
                            progress(f"extracted {state.source}: {len(assertions)} facts")
                    out.write(cached["nt"].encode("utf-8"))
                    report.items += cached["items"]
                    report.questions += cached["questions"]
                    for s, p, o in cached["facts"]:
                        facts.append(Fact(s, p, o))
                        name = p.rsplit("#", 1)[-1]
                        report.facts_by_relation[name] = report.facts_by_relation.get(name, 0) + 1
                out.write(to_ntriples(depends_on_triples(set(facts), vocab)))
                out.flush()
                report.facts = len(facts)
                report.discovered = len({d.iri for d in discovered_all})
                meta = {
                    "kg_version": __version__,
                    "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                    "notes": [str(p) for p in roots],
                    "files": len(states),
                    "items": report.items,
                    "questions": report.questions,
                    "facts": report.facts,
                    "ontology": vocab.fingerprint,
                }
                store.publish(tmp_path, meta)
            finally:
                tmp_path.unlink(missing_ok=True)
        cache.prune()
    report.seconds = time.perf_counter() - started
    return report


def _code_fingerprint() -> str:
    """Extraction code is part of every cache key: a new kg never reuses an old kg's output."""
    here = Path(__file__).parent
    digest = hashlib.sha256(__version__.encode())
    for name in ("parse.py", "link.py", "relate.py", "graph.py", "vocab.py", "build.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:12]


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def extract(text: str, source: str = "note.md", vocab: Vocabulary | None = None) -> list[tuple[str, str, str, bool]]:
    """Facts in one Markdown text, as (subject, relation, object, negated) local names.

    For notebooks and tests: the same parse → link → relate steps as a build,
    without a store.
    """
    vocab = vocab or default_vocabulary()
    doc = parse_text(text, source)
    found = discover(doc, lexicon_matcher(vocab), vocab)
    matcher = lexicon_matcher(vocab, [(d.label, d.iri) for d in found])
    classes = {c.iri: c.cls for c in vocab.concepts.values()}
    classes.update({d.iri: KG.Concept for d in found if d.iri not in classes})
    topics = section_topics(doc, matcher, {}, classes)
    assertions, _ = Relator(vocab, matcher, classes).relate(doc, topics)

    def name(iri: str) -> str:
        return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]

    return [(name(a.subject), name(a.relation), name(a.object), a.negated) for a in assertions]
