"""pipeline: run parse → link → relate → graph → store over a set of note files.

Incremental at two levels:

- extraction: each file's triples and facts are cached under the store,
  keyed by the file's bytes, the ontology, the set of discovered terms and
  the extractor's code; an unchanged file is not parsed or extracted again;
- the store: when only some files changed since the last build (same
  ontology, same discovered terms), the new graph is a copy of the previous
  one (a RocksDB checkpoint: hard links) with those files' triples swapped,
  instead of a reload of everything.

Either way the new graph is written into a new folder and swapped in (see
kg.store): a failed or killed build leaves the previous graph intact.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg import __version__
from kg import corrections as corrections_file
from kg.errors import NotesError
from kg.extraction.confidence import DEFAULT_THRESHOLD
from kg.extraction.corrections import (
    Outcome,
    apply_corrections,
    corrected_vocabulary,
    renamer,
    route_split,
    split_targets,
)
from kg.extraction.facts import Relator
from kg.extraction.mentions import (
    DATASET_MARK,
    DiscoveredConcept,
    HeadingReader,
    Matcher,
    abbreviation_files,
    activity_glosses,
    common_words,
    discover,
    everyday_name,
    file_senses,
    heading_only_concepts,
    lexicon_matcher,
    lexicon_terms,
    local_concepts,
    made_in,
    named_dataset,
    named_problem,
    plain_words,
    section_topics,
    short_acronym_files,
    singular_abbreviation_files,
    split_translations,
    title_case_names,
    unify,
    unsure_concepts,
)
from kg.extraction.rdf import (
    Fact,
    confident_triples,
    depends_on_triples,
    discovered_triples,
    document_ntriples,
    lexicon_triples,
    ontology_triples,
    to_ntriples,
)
from kg.extraction.structure import Document, find_note_files, parse_text
from kg.model import BuildReport, Correction
from kg.resources import example_notes_dir
from kg.store import ExtractionCache, GraphStore, is_disk_full, replace_triples
from kg.terms import DCTERMS, KG, NOTE_NS, RDF, SKOS, local_name
from kg.text import normalize
from kg.vocab import Vocabulary, default_vocabulary

_CACHE_FORMAT = 6  # 6: provenance through kg:Sentence nodes
_KEEP_PARSED_BYTES = 4 * 2**20  # above this, documents wait between the passes pickled, not as objects


def _summary(extracted: dict[str, Any]) -> dict[str, Any]:
    relations: dict[str, int] = {}
    for _, p, _ in extracted["facts"]:
        name = local_name(p)
        relations[name] = relations.get(name, 0) + 1
    return {
        "items": extracted["items"],
        "questions": extracted["questions"],
        "relations": relations,
        "held_back": extracted.get("held_back", 0),
        "ambiguous": extracted.get("ambiguous", []),
    }


@dataclass
class _FileState:
    path: Path
    source: str
    data: bytes
    digest: str
    doc: Document | None = None
    discovered: list[DiscoveredConcept] = field(default_factory=list)
    pickled: bytes | None = None  # pass 1's parse, kept for pass 2 (loading it is 4× faster than parsing)


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


@contextmanager
def _reading(state: _FileState) -> Iterator[None]:
    """Name the file in a bug's traceback: kg's own errors say where, anything else is a bug,
    and whoever reports it needs to know which of a thousand files set it off."""
    try:
        yield
    except Exception as exc:
        if not isinstance(exc, NotesError):
            exc.add_note(f"kg: raised while reading {state.path}; please report it with that file")
        raise


def _doc(state: _FileState) -> Document:
    if state.doc is None and state.pickled is not None:
        state.doc, state.pickled = pickle.loads(state.pickled), None
    if state.doc is None:
        text = _decode(state)
        with _reading(state):
            state.doc = parse_text(text, state.source, state.path)
    return state.doc


def _set_aside(state: _FileState) -> None:
    """Drop the live document between the passes, keeping it pickled: 1.9× the file's size
    instead of ~20× as objects, and 0.4 s to load per 2 MB where parsing again took 1.7 s."""
    if state.doc is not None:
        try:
            state.pickled = pickle.dumps(state.doc, protocol=pickle.HIGHEST_PROTOCOL)
        except (RecursionError, pickle.PicklingError):
            state.pickled = None  # parsed again in pass 2
        state.doc = None


@dataclass
class _Plan:
    """Everything pass 1 decided, shared by the full and the incremental writers."""

    states: list[_FileState]
    discovered: list[DiscoveredConcept]
    matcher: Matcher
    classes: dict[str, str]
    relator: Relator
    keys: dict[str, str]  # source → extraction cache key
    fingerprint: dict[str, str]  # what must match for an incremental store update
    negations: dict[str, str]  # relation → the relation that denies it
    corrections: list[Correction] = field(default_factory=list)
    split_targets: dict[str, str] = field(default_factory=dict)  # a split's names → their concepts


def build(
    notes: Sequence[Path] | None = None,
    store: GraphStore | None = None,
    vocab: Vocabulary | None = None,
    progress: Callable[[str], None] | None = None,
    incremental: bool = True,
    min_confidence: float = DEFAULT_THRESHOLD,
    corrections: Path | None = None,
) -> BuildReport:
    """Build the graph of ``notes`` (files or folders; default: the bundled example) into ``store``.

    Facts below ``min_confidence`` are kept as ``kg:Fact`` records only (see kg.extraction.confidence).
    The user's corrections (``corrections``, default ``kg-corrections.toml`` beside the notes) are
    applied on every build, full or incremental.
    """
    started = time.perf_counter()
    store = store or GraphStore()
    roots = list(notes) if notes else [example_notes_dir()]
    files = find_note_files(roots)
    corrections_path = corrections or corrections_file.default_path(roots, store.root)
    fixes = corrections_file.load(corrections_path)
    vocab = corrected_vocabulary(vocab or default_vocabulary(), fixes)
    report = BuildReport(
        files=len(files), store=str(store.root), corrections_file=str(corrections_path), skipped=skipped_folders(roots),
        min_confidence=min_confidence,
    )
    with store.lock(), _fewer_collections():
        try:
            _build_locked(store, vocab, roots, files, report, progress, incremental, min_confidence, fixes, corrections_path)
        except OSError as exc:
            if not is_disk_full(exc):
                raise
            raise store.write_error(exc) from None
    report.seconds = time.perf_counter() - started
    return report


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the garbage collector less often during a build, and never over what is loaded before it.

    A build makes millions of short-lived objects, nearly none in reference cycles, and holds large
    long-lived ones (the vocabulary, the word lists, the automata): with the default threshold (700
    allocations) the collector ran ~1,000 times per MB of notes, and each full collection walked all
    of the long-lived ones again (~5% of a serial build's CPU). Frozen objects are also left alone by
    forked workers' collections, so their pages stay shared instead of being copied.
    """
    import gc

    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(threshold[0], 50_000), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def skipped_folders(roots: Sequence[Path]) -> list[tuple[str, str]]:
    """Folders under ``roots`` that no search for notes went into, and why: unreadable ones, and
    links to folders (not followed: a link can loop back). Hidden folders (.git, .obsidian) are
    left out on purpose and not listed."""
    skipped: list[tuple[str, str]] = []

    def unreadable(error: OSError) -> None:
        skipped.append((str(error.filename), error.strerror or str(error)))

    for root in roots:
        if not root.is_dir():
            continue
        for folder, names, _ in os.walk(root, onerror=unreadable):
            names[:] = [n for n in names if not n.startswith(".")]
            for name in list(names):
                path = os.path.join(folder, name)
                if os.path.islink(path):
                    skipped.append((path, "a link to a folder, not followed"))
                    names.remove(name)
    return sorted(skipped)


def _build_locked(
    store: GraphStore,
    vocab: Vocabulary,
    roots: list[Path],
    files: list[tuple[Path, str]],
    report: BuildReport,
    progress: Callable[[str], None] | None,
    incremental: bool,
    min_confidence: float,
    fixes: list[Correction],
    corrections_path: Path,
) -> None:
    """The build proper, with the store's lock held (see ``build``)."""
    cache = ExtractionCache(store.cache_dir)
    plan = _plan(files, vocab, cache, min_confidence)
    plan.corrections = fixes
    plan.split_targets = split_targets(vocab, fixes)
    fix_keys = sorted({c.key for c in fixes})
    fix_digest = _hash(corrections_file.dumps(fixes) + str(corrections_path)) if fixes else ""
    outcome = Outcome()

    def correct(target: Any) -> None:
        nonlocal outcome
        if fixes:
            outcome = apply_corrections(target, fixes, vocab, corrections_path.name)
            refresh_depends_on(target, vocab)

    def meta() -> dict[str, Any]:
        report.corrections, report.unmatched = outcome.applied, outcome.unmatched
        return _meta(roots, plan, report) | {
            "min_confidence": min_confidence,
            "corrections": {"file": str(corrections_path), "keys": fix_keys, "digest": fix_digest, **outcome.as_dict()},
        }

    previous = store.meta() if store.exists() else {}
    facts: list[Fact] = []

    def account(state: _FileState, triples: bytes, cached: dict[str, Any], fresh: bool) -> bytes:
        cache.keep(plan.keys[state.source])
        if fresh:
            report.reextracted += 1
            if progress:
                progress(f"extracted {state.source}: {len(cached['facts'])} facts")
        state.doc = state.pickled = None  # documents are large; keep only what the graph needs
        report.count(state.source, _summary(cached))
        facts.extend(Fact(s, p, o) for s, p, o in cached["facts"])
        return triples

    def extraction(state: _FileState) -> tuple[bytes, dict[str, Any]]:
        triples, cached, fresh = _extract(state, plan, vocab, cache, min_confidence)
        return account(state, triples, cached, fresh), cached

    def extract_all(states: list[_FileState]) -> Iterator[bytes]:
        """Every file's triples, in order; on two cores or more, big builds extract in parallel."""
        for state, (triples, cached, fresh) in zip(states, _extract_many(states, plan, vocab, cache, min_confidence)):
            yield account(state, triples, cached, fresh)

    before = previous.get("corrections") or {}
    same_basis = (
        incremental
        and previous.get("fingerprint") == plan.fingerprint
        and isinstance(previous.get("files"), dict)
        # a correction taken back needs the graph as the notes alone give it: a full (cached) load
        and set(before.get("keys", [])) <= set(fix_keys)
    )
    if same_basis:
        old_files: dict[str, str] = previous["files"]
        changed = [s for s in plan.states if old_files.get(s.source) != plan.keys[s.source]]
        removed = {src: key for src, key in old_files.items() if src not in plan.keys}
        changed_sources = {s.source for s in changed}
        old = {s.source: old_files[s.source] for s in changed if s.source in old_files} | removed
        # a patch takes the old triples of what changed out of the graph: they must still be cached
        same_basis = all(cache.has_triples(key) for key in old.values())
        counts: dict[str, dict[str, Any]] = previous.get("counts") or {}
        for state in plan.states:  # the unchanged are counted from the last build, not re-read
            if not same_basis:
                break
            if state.source in changed_sources:
                continue
            if state.source not in counts:
                same_basis = False
                break
            cache.keep(plan.keys[state.source])
            report.count(state.source, counts[state.source])
    if same_basis:
        if not changed and not removed and before.get("digest", fix_digest) == fix_digest:
            report.mode = "unchanged"
            report.corrections, report.unmatched = before.get("applied", 0), before.get("unmatched", [])
        else:
            new = {s.source: extraction(s)[0] for s in changed}
            _update_store(store, old, new, cache, plan, vocab, meta, min_confidence, correct)
            report.mode = "incremental"
    else:
        report.items = report.questions = report.facts = report.held_back = 0
        report.per_file.clear()
        report.facts_by_relation.clear()

        def chunks() -> Iterator[bytes]:
            yield ontology_triples(vocab)
            yield to_ntriples(lexicon_triples(vocab))
            yield to_ntriples(discovered_triples(plan.discovered))
            yield from extract_all(plan.states)
            yield to_ntriples(depends_on_triples(set(facts), vocab))

        store.publish_stream(chunks(), meta, finish=correct, trusted=True)  # kg's own N-Triples
    cache.prune()
    report.discovered = len({d.iri for d in plan.discovered})


def _extract(
    state: _FileState, plan: _Plan, vocab: Vocabulary, cache: ExtractionCache, min_confidence: float
) -> tuple[bytes, dict[str, Any], bool]:
    """One file's triples and summary: from the cache, or extracted now (``fresh``)."""
    key = plan.keys[state.source]
    cached = cache.get(key)
    triples = cache.get_triples(key) if cached is not None else None
    if cached is not None and triples is not None:
        return triples, cached, False
    doc = _doc(state)
    with _reading(state):
        topics = section_topics(
            doc, plan.relator.file_matcher(doc.source), plan.classes, vocab.derived("headings", HeadingReader)
        )
        assertions, links = plan.relator.relate(doc, topics)
    assertions, links, ambiguous = route_split(plan.corrections, plan.split_targets, state.source, assertions, links)
    kept = confident_triples(assertions, min_confidence, plan.negations)
    triples = document_ntriples(doc, assertions, links, kept).encode("utf-8")
    cached = {
        "ambiguous": ambiguous,
        "facts": sorted([s, p, o] for s, p, o in kept),
        "held_back": sum(1 for a in assertions if (a.subject, a.relation, a.object) not in kept),
        "items": len(doc.items),
        "questions": sum(1 for i in doc.items if i.kind == "qa"),
    }
    cache.put_triples(key, triples)
    cache.put(key, cached)  # written last: its presence means the pair is complete
    return triples, cached, True


# below this, starting workers costs more than it saves: forked workers inherit the plan and the word
# lists, so starting two costs ~50 ms; bench's 1 MB set (100 files) took 6.5 s of CPU on one core
PARALLEL_BYTES = 256 * 2**10
_WORK: tuple[Any, ...] = ()  # what forked workers extract with (inherited, never pickled)


def _workers(states: list[_FileState]) -> int:
    """How many forked workers a pass over ``states`` gets: 0 (this process does it) for a small
    build, one core, or no fork; never more than there are files. A single big file still gets
    its worker: the parse and the extraction then never live in this process, which holds the
    store's load batches (3 MB one-paragraph file, largest process: 262 MB all in one, 242 MB
    split, before Mention and Assertion had slots)."""
    import multiprocessing

    workers = min(os.cpu_count() or 1, 8)
    size = sum(len(s.data) for s in states)
    if workers < 2 or size < PARALLEL_BYTES or "fork" not in multiprocessing.get_all_start_methods():
        return 0
    return min(workers, len(states))


def _extract_in_worker(index: int) -> tuple[bytes, dict[str, Any], bool]:
    states, plan, vocab, cache, min_confidence = _WORK
    return _extract(states[index], plan, vocab, cache, min_confidence)


def _extract_many(
    states: list[_FileState], plan: _Plan, vocab: Vocabulary, cache: ExtractionCache, min_confidence: float
) -> Iterator[tuple[bytes, dict[str, Any], bool]]:
    """Extraction of many files, in their order; forked workers on every core for a big build.

    The workers inherit the plan (matchers, automata) by fork instead of receiving it; each
    writes its cache entries atomically, the parent keeps the accounting.
    """
    import multiprocessing

    workers = _workers(states)
    if not workers:
        for state in states:
            yield _extract(state, plan, vocab, cache, min_confidence)
        return
    size = sum(len(s.data) for s in states)
    global _WORK
    _before_fork()
    _WORK = (states, plan, vocab, cache, min_confidence)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from _bounded(pool, _extract_in_worker, len(states), AHEAD_BYTES // max(1, size // len(states)))
    finally:
        _WORK = ()


def _before_fork() -> None:
    """Load what every worker would otherwise load for itself: the everyday-word lists (wordfreq,
    0.4 s of CPU per process), loaded once here and shared by every forked worker of both passes."""
    words = common_words()
    words.is_common("the")  # English
    words.is_common("的")  # Chinese


AHEAD_BYTES = 2**20  # of notes extracted ahead of the store load: their triples (~45× as many bytes) fill one load batch


def _bounded(pool: Any, work: Callable[[int], Any], count: int, ahead: int) -> Iterator[Any]:
    """``work(i)`` for i in range(count) on the pool's workers, in order, at most ``ahead`` files
    ahead of the consumer: ``imap`` would queue every finished result in this process while
    the consumer is busy loading the store (hundreds of MB of triples on a big build)."""
    from collections import deque

    ahead = max(ahead, 8)
    pending: deque[Any] = deque()
    for index in range(count):
        pending.append(pool.apply_async(work, (index,)))
        if len(pending) >= ahead:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def _discover_in_worker(index: int) -> tuple[list[DiscoveredConcept], bytes | None]:
    states, vocab = _WORK
    state = states[index]
    doc = _doc(state)
    with _reading(state):
        found = discover(doc, vocab.derived("lexicon-matcher", lexicon_matcher), vocab)
    _set_aside(state)
    return found, state.pickled


def _discover_many(states: list[_FileState], vocab: Vocabulary, keep_parsed: bool) -> Iterator[list[DiscoveredConcept]]:
    """Pass 1's discovery for the files not cached, in order; in forked workers whenever pass 2 has
    them too, which send each parse back pickled for pass 2 (``keep_parsed`` is for this process's
    own parses: whether they wait as objects or pickled)."""
    import multiprocessing

    workers = _workers(states)
    if not workers:
        for state in states:
            doc = _doc(state)
            with _reading(state):
                found = discover(doc, vocab.derived("lexicon-matcher", lexicon_matcher), vocab)
            if not keep_parsed:
                _set_aside(state)
            yield found
        return
    global _WORK
    vocab.derived("lexicon-matcher", lexicon_matcher)  # built once, before the fork
    _before_fork()
    _WORK = (states, vocab)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for state, (found, pickled) in zip(states, pool.imap(_discover_in_worker, range(len(states)), chunksize=8)):
                state.pickled = pickled  # the worker's parse, for pass 2 here or in its workers
                yield found
    finally:
        _WORK = ()


def _plan(files: list[tuple[Path, str]], vocab: Vocabulary, cache: ExtractionCache, min_confidence: float) -> _Plan:
    """Pass 1: read every file and find the terms it makes concepts (cached by content)."""
    code = f"{_code_fingerprint()}-{min_confidence:g}"
    states = []
    for path, source in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise NotesError(f"cannot read: {exc.strerror or exc}", str(path)) from None
        states.append(_FileState(path, source, data, hashlib.sha256(data).hexdigest()[:24]))
    keep_parsed = sum(len(s.data) for s in states) < _KEEP_PARSED_BYTES
    keys = {s.source: f"d{_CACHE_FORMAT}-{code}-{s.digest}-{vocab.fingerprint}-{_hash(s.source)}" for s in states}
    todo = []
    for state in states:
        cached = cache.get(keys[state.source])
        if cached is None:
            todo.append(state)
        else:
            state.discovered = [DiscoveredConcept(**d) for d in cached["discovered"]]
    for state, found in zip(todo, _discover_many(todo, vocab, keep_parsed)):
        cache.put(keys[state.source], {"discovered": [d.__dict__ for d in found]})
        state.discovered = found
    known_terms = lexicon_terms(vocab)
    data_sets = {normalize(d.label) for s in states for d in s.discovered if d.how == DATASET_MARK}
    raw = [d for s in states for d in s.discovered if d.how != DATASET_MARK]  # each file's own, before unify
    discovered = unify(
        raw,
        known_terms,
        vocab.cue_set("HeadNoun") + vocab.cue_set("KindWord"),
        vocab.cue_set("OperandPrefix"),
        vocab.cue_set("KindWord"),
        vocab.cue_set("MethodHead"),
        lambda label: everyday_name(label, common_words()),
        vocab.cue_set("AgentHead"),
        vocab.cue_set("AdjectiveEnding"),
        vocab.cue_set("GluedNameHead"),
    )
    terms = sorted({(d.label, d.iri) for d in discovered})
    matcher = lexicon_matcher(vocab, terms)
    lexicon_iris = frozenset(vocab.concepts)  # the lexicon's concepts, keyed by IRI
    local = local_concepts(
        discovered, common_words(), lexicon_iris, vocab.cue_set("HeadNoun") + vocab.cue_set("KindWord")
    )
    senses = file_senses(discovered, matcher.concept_of)
    titles = title_case_names(discovered, common_words(), lexicon_iris)
    abbreviations = abbreviation_files(
        discovered, (normalize(label) for label, _ in known_terms), lexicon_iris
    )
    texts = lambda: ((st.source, _decode(st)) for st in states)  # noqa: E731 (read only when an acronym is tied)
    for pair, sources in short_acronym_files(raw, (normalize(label) for label, _ in known_terms), lexicon_iris, texts).items():
        abbreviations[pair] = sources  # 'SD(Smart Deceivers)' in one note: another note's SD is not that
    for pair, sources in singular_abbreviation_files(discovered, known_terms).items():
        abbreviations.setdefault(pair, sources)  # 'GNN' where these notes wrote 'GNNs': the singular is theirs
    for pair, sources in activity_glosses(discovered, vocab.cue_set("GenericHeading"), vocab.cue_set("HeadNoun")).items():
        abbreviations.setdefault(pair, sources)  # '训练模型（policy model）': elsewhere 训练模型 is training a model
    for key, by_concept in split_translations(discovered, known_terms).items():
        # '输出层' translated as two things by two notes: each note reads it as its own, others as neither
        for iri, sources in by_concept.items():
            abbreviations[(key, iri)] = sources
            for source in sources:
                senses.setdefault(source, {})[key] = iri
    terms_key = _hash(
        "\n".join(f"{a}\t{b}" for a, b in terms)
        + "\n"
        + "\n".join(f"{k}\t{sorted(v)}" for k, v in sorted(local.items()))
        + "\n"
        + "\n".join(f"{k}\t{sorted(v.items())}" for k, v in sorted(senses.items()))
        + "\n"
        + "\n".join(f"{k}\t{sorted(v)}" for k, v in sorted(titles.items()))
        + "\n"
        + "\n".join(f"{k}\t{sorted(v)}" for k, v in sorted(abbreviations.items()))
        + "\n"
        + "\n".join(sorted(data_sets))
    )
    classes = {c.iri: c.cls for c in vocab.concepts.values()}
    classes.update(discovered_classes(terms, classes, vocab, data_sets))
    keys = {
        s.source: f"x{_CACHE_FORMAT}-{code}-{s.digest}-{vocab.fingerprint}-{terms_key}-{_hash(s.source)}"
        for s in states
    }
    fingerprint = {"code": code, "ontology": vocab.fingerprint, "terms": terms_key, "format": str(_CACHE_FORMAT)}
    relator = Relator(
        vocab, matcher, classes, unsure_concepts(discovered), local, senses, titles, abbreviations,
        heading_only_concepts(discovered),
        made_in(discovered, lexicon_iris),
        plain_words(discovered, lexicon_iris, common_words()),
    )
    return _Plan(states, discovered, matcher, classes, relator, keys, fingerprint, negations_of(vocab))


def discovered_classes(
    terms: Sequence[tuple[str, str]], known: dict[str, str], vocab: Vocabulary, data_sets: Collection[str] = ()
) -> dict[str, str]:
    """The class of each discovered concept the lexicon does not type: kg:Problem when one of its names ends
    in a problem word (mentions.named_problem), kg:Dataset when one ends in data set words (named_dataset) or
    is one the notes write as a data set's (``data_sets``, normalized: mentions.dataset_names), the class of a
    known task, data set or problem whose name ends its name (headed_by_kind), else kg:Concept."""
    heads = vocab.cue_set("ProblemHead")
    data_heads = [h.lower() for h in vocab.cue_set("DatasetHead") + vocab.cue_set("CompetitionHead")]
    kinds = {
        normalize(label.text): c.cls
        for c in vocab.concepts.values()
        if c.cls in (KG.Task, KG.Dataset, KG.Problem)
        for label in c.all_labels
    }
    out: dict[str, str] = {}
    for label, iri in terms:
        if iri in known:
            continue
        if named_problem(label, heads):
            out[iri] = KG.Problem
        elif (named_dataset(label, data_heads) or normalize(label) in data_sets) and out.get(iri) != KG.Problem:
            out[iri] = KG.Dataset
        elif (kind := headed_by_kind(label, kinds)) is not None and out.get(iri, KG.Concept) == KG.Concept:
            out[iri] = kind  # 'ImageNet classification' is a task as 'classification' is
        else:
            out.setdefault(iri, KG.Concept)
    return out


def headed_by_kind(label: str, kinds: dict[str, str]) -> str | None:
    """The class of the known data set or problem that ends the name ('ImageNet-21k dataset', '梯度爆炸问题'), or of
    the known task after a known data set's name ('ImageNet classification'): a name is of the kind of its head
    noun. The head is the last words of a Latin name, or at least two characters ending a Chinese one."""
    text = normalize(label).strip()
    words = text.split()
    heads: list[tuple[str, str]] = []  # (modifier, head)
    if len(words) > 1 and text.isascii():
        heads = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    elif text and "\u3400" <= text[-1] <= "\u9fff":
        heads = [(text[:i].strip(), text[i:]) for i in range(1, len(text) - 1)]
    for modifier, head in heads:
        kind = kinds.get(head)
        if kind == KG.Task and kinds.get(modifier) != KG.Dataset:
            # 'Replaced Token Detection' is a training objective, 'ImageNet classification' the task on a data set:
            # a task's name makes a task only after a data set's name
            continue
        if kind is not None:
            return kind
    return None


def _meta(roots: list[Path], plan: _Plan, report: BuildReport) -> dict[str, Any]:
    return {
        "kg_version": __version__,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "notes": [str(p) for p in roots],
        "items": report.items,
        "questions": report.questions,
        "facts": report.facts,
        "fingerprint": plan.fingerprint,
        "files": dict(plan.keys),
        "counts": report.per_file,
    }


def _update_store(
    store: GraphStore,
    old: dict[str, str],
    new: dict[str, bytes],
    cache: ExtractionCache,
    plan: _Plan,
    vocab: Vocabulary,
    meta: Callable[[], dict[str, Any]],
    min_confidence: float,
    correct: Callable[[Any], None],
) -> None:
    """Copy the current graph and swap only the changed files' triples in it.

    Triples about a file's own nodes (its items, answers, fact records) are
    the file's alone and go with it; a relation triple between two concepts
    goes only when no remaining fact record supports it. dependsOn and the
    discovered concepts are recomputed whole (they are small).
    """
    import pyoxigraph as ox

    rename = renamer(plan.corrections)

    def old_triples() -> Iterator[bytes]:
        for key in old.values():
            data = cache.get_triples(key)
            if data is None:
                raise RuntimeError("cache entry of a previous build is missing")
            yield data

    def work(target: Any) -> None:
        # a merge (a correction) may have renamed a concept in the graph since
        doubtful = replace_triples(target, old_triples(), new.values(), owned=NOTE_NS, rename=rename)
        for s, p, o in doubtful:
            # another file still states it confidently (a record at or above the threshold)
            supported = target.query(
                f"ASK {{ ?f a <{KG.Fact}> ; <{RDF.subject}> <{s}> ; <{RDF.predicate}> <{p}> ; <{RDF.object}> <{o}> ; "
                f"<{KG.confidence}> ?c FILTER(?c >= {min_confidence}) }}"
            )
            if not supported:
                target.remove(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), ox.NamedNode(o)))
        discovered = ox.NamedNode(KG.discovered)
        present_terms: set[ox.Quad] = set()
        for quad in list(target.quads_for_pattern(None, discovered, None, ox.DefaultGraph())):
            # only what discovered_triples writes: the concept's relations are not discovery's to remove
            present_terms.update(
                q
                for q in target.quads_for_pattern(quad.subject, None, None, ox.DefaultGraph())
                if q.predicate.value in _DISCOVERY_PREDICATES
            )
        wanted_terms = {ox.Quad(t.subject, t.predicate, t.object) for t in discovered_triples(plan.discovered)}
        for quad in present_terms - wanted_terms:
            target.remove(quad)
        for quad in wanted_terms - present_terms:
            target.add(quad)
        correct(target)  # idempotent: re-applied to whatever the changed files brought back
        refresh_depends_on(target, vocab)

    store.publish_update(work, meta)


_DISCOVERY_PREDICATES = frozenset({RDF.type, SKOS.prefLabel, SKOS.altLabel, KG.discovered, DCTERMS.source})


def refresh_depends_on(target: Any, vocab: Vocabulary) -> None:
    """Bring kg:dependsOn in line with the relations in the store (after an update or corrections)."""
    import pyoxigraph as ox

    depends = ox.NamedNode(KG.dependsOn)
    present = {(q.subject.value, q.object.value) for q in target.quads_for_pattern(None, depends, None, ox.DefaultGraph())}
    # recomputed from the graph itself: the relations are in it, one scan per rule
    facts = {
        Fact(quad.subject.value, predicate, quad.object.value)
        for predicate, _ in vocab.prerequisite
        for quad in target.quads_for_pattern(None, ox.NamedNode(predicate), None, ox.DefaultGraph())
        if isinstance(quad.subject, ox.NamedNode) and isinstance(quad.object, ox.NamedNode)
    }
    wanted = {(t.subject.value, t.object.value) for t in depends_on_triples(facts, vocab)}  # type: ignore[union-attr]
    for s, o in present - wanted:  # only the difference: most of dependsOn is untouched by one file
        target.remove(ox.Quad(ox.NamedNode(s), depends, ox.NamedNode(o)))
    for s, o in wanted - present:
        target.add(ox.Quad(ox.NamedNode(s), depends, ox.NamedNode(o)))


def negations_of(vocab: Vocabulary) -> dict[str, str]:
    return {iri: rel.negated_as for iri, rel in vocab.relations.items() if rel.negated_as}


def _code_sources() -> list[Path]:
    """The files whose code decides what a build extracts: every module of the extraction package (its
    subpackages too, kg/extraction/facts/), and the data classes, text folding, vocabulary and pipeline."""
    here = Path(__file__).parent
    return sorted((here / "extraction").rglob("*.py")) + [
        here / n for n in ("model.py", "text.py", "vocab.py", "pipeline.py")
    ]


def _code_fingerprint() -> str:
    """Extraction code is part of every cache key: a new kg never reuses an old kg's output."""
    digest = hashlib.sha256(__version__.encode())
    for path in _code_sources():
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def extract(
    text: str, source: str = "note.md", vocab: Vocabulary | None = None, min_confidence: float = DEFAULT_THRESHOLD
) -> list[tuple[str, str, str, bool]]:
    """Facts in one Markdown text, as (subject, relation, object, negated) local names.

    For notebooks and tests: the same structure → mentions → facts steps as a
    build, without a store; facts below ``min_confidence`` are left out, as a
    build leaves them out of the direct triples.
    """
    vocab = vocab or default_vocabulary()
    doc = parse_text(text, source)
    found = discover(doc, lexicon_matcher(vocab), vocab)
    data_sets = {normalize(d.label) for d in found if d.how == DATASET_MARK}
    found = unify(
        [d for d in found if d.how != DATASET_MARK],
        lexicon_terms(vocab),
        vocab.cue_set("HeadNoun") + vocab.cue_set("KindWord"),
        vocab.cue_set("OperandPrefix"),
        vocab.cue_set("KindWord"),
        vocab.cue_set("MethodHead"),
        adjective_endings=vocab.cue_set("AdjectiveEnding"),
        glued_heads=vocab.cue_set("GluedNameHead"),
    )
    matcher = lexicon_matcher(vocab, [(d.label, d.iri) for d in found])
    classes = {c.iri: c.cls for c in vocab.concepts.values()}
    classes.update(discovered_classes([(d.label, d.iri) for d in found], classes, vocab, data_sets))
    topics = section_topics(doc, matcher, classes, vocab.derived("headings", HeadingReader))
    assertions, _ = Relator(
        vocab, matcher, classes, unsure_concepts(found), headed=heading_only_concepts(found)
    ).relate(doc, topics)
    kept = confident_triples(assertions, min_confidence, negations_of(vocab))
    assertions = [a for a in assertions if (a.subject, a.relation, a.object) in kept]

    return [(local_name(a.subject), local_name(a.relation), local_name(a.object), a.negated) for a in assertions]
