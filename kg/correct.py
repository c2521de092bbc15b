"""correct: the user's corrections, from a name typed on the command line to the rebuilt graph.

Each function resolves the names against the current graph (any label or alias, either
language), adds one entry to the corrections file atomically, and rebuilds the graph
incrementally so the correction shows at once (plans, the HTML page, queries). The notes
themselves are never touched. Used by the ``kg reject / accept / assert / merge / alias /
split / review / corrections`` commands and from Python.
"""

from __future__ import annotations

import getpass
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kg import corrections as corrections_file
from kg.errors import KgError
from kg.model import Correction, CorrectionsListing, ListedCorrection, Recorded, ReviewSummary
from kg.query import LocalBackend
from kg.review import ReviewItem, parse_fact, review_queue
from kg.store import GraphStore
from kg.terms import KG_NS

if TYPE_CHECKING:
    from kg.model import BuildReport


def corrections_path(store: GraphStore, explicit: Path | None = None) -> Path:
    """``explicit``, else the file the last build used, else the default beside the notes."""
    if explicit is not None:
        return explicit
    meta = store.meta()
    used = (meta.get("corrections") or {}).get("file")
    if used:
        return Path(used)
    return corrections_file.default_path(meta.get("notes") or [], store.root)


def _stamp() -> tuple[str, str]:
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "user"
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), who


def rebuild(store: GraphStore, path: Path) -> BuildReport:
    """Rebuild the last build's notes with the corrections in ``path`` (incremental: only what changed)."""
    from kg.extraction.confidence import DEFAULT_THRESHOLD
    from kg.pipeline import build
    from kg.resources import example_notes_dir

    meta = store.meta()
    roots = [Path(p) for p in meta.get("notes") or []]
    if not roots or any(r.resolve() == example_notes_dir().resolve() for r in roots):
        roots = []
    missing = [r for r in roots if not r.exists()]
    if missing:
        raise KgError(f"recorded in {path}, but the notes it was built from are gone ({missing[0]}): run `kg build NOTES`")
    threshold = float(meta.get("min_confidence", DEFAULT_THRESHOLD))
    return build(roots or None, store, min_confidence=threshold, corrections=path)


def _record(store: GraphStore, new: list[Correction], path: Path | None, apply: bool) -> Recorded:
    target = corrections_path(store, path)
    changed = False
    for c in new:
        changed = corrections_file.add(target, c)[1] or changed
    report = rebuild(store, target) if apply and changed else None
    return Recorded(new, target, changed, report, action=new[0].kind if new else "")


def _fact(kind: str, store: GraphStore, text: str, note: str) -> Correction:
    with LocalBackend(store) as backend:
        s, p, o = parse_fact(backend, text)
    when, who = _stamp()
    name = f"{s.label()} {p[len(KG_NS):]} {o.label()}"
    return Correction(kind, s.iri, p, o.iri, name=name, note=note, when=when, by=who)


def reject(store: GraphStore, facts: Sequence[str], note: str = "", path: Path | None = None, apply: bool = True) -> Recorded:
    """The facts are wrong: left out of the graph on every build (their records stay, marked rejected)."""
    return _record(store, [_fact("reject", store, f, note) for f in facts], path, apply)


def accept(store: GraphStore, facts: Sequence[str], note: str = "", path: Path | None = None, apply: bool = True) -> Recorded:
    """The facts are right: `kg review` does not ask about them again."""
    return _record(store, [_fact("accept", store, f, note) for f in facts], path, apply)


def assert_fact(store: GraphStore, fact: str, note: str = "", path: Path | None = None, apply: bool = True) -> Recorded:
    """A fact the notes do not state (or kg did not read): in the graph, attributed to the user, with the note."""
    return _record(store, [_fact("assert", store, fact, note)], path, apply)


def merge(store: GraphStore, names: Sequence[str], into: str, note: str = "", path: Path | None = None) -> Recorded:
    """Concepts that are one: merged into ``into``, every label kept as an alias."""
    from kg.concepts import resolve

    when, who = _stamp()
    out = []
    with LocalBackend(store) as backend:
        target = resolve(backend, into)
        for name in names:
            c = resolve(backend, name)
            if c.iri == target.iri:
                raise KgError(f"{name!r} and {into!r} are already the same concept ({target.label()})")
            out.append(Correction("merge", c.iri, "", target.iri, tuple(c.all_labels()), name=c.label(), note=note, when=when, by=who))
    return _record(store, out, path, True)


def alias(store: GraphStore, name: str, labels: Sequence[str], note: str = "", path: Path | None = None) -> Recorded:
    """More names for a concept, recognised in the notes from the next build on."""
    from kg.concepts import resolve
    from kg.errors import AmbiguousConcept, ConceptNotFound

    with LocalBackend(store) as backend:
        concept = resolve(backend, name)
        for label in labels:
            if not label.strip():
                raise KgError("an alias cannot be empty")
            try:
                other = resolve(backend, label)
            except (ConceptNotFound, AmbiguousConcept):
                continue
            if other.iri != concept.iri:
                raise KgError(
                    f"{label!r} already names {other.label()} ({other.iri}); to make them one concept: "
                    f"kg merge {json.dumps(label, ensure_ascii=False)} --into {json.dumps(concept.label(), ensure_ascii=False)}"
                )
    when, who = _stamp()
    new = Correction("alias", concept.iri, labels=tuple(labels), name=concept.label(), note=note, when=when, by=who)
    return _record(store, [new], path, True)


def split(
    store: GraphStore, label: str, into: Sequence[str], choose: dict[str, str] | None = None, note: str = "",
    path: Path | None = None,
) -> Recorded:
    """A label that names several concepts ("SN"): each note file's mentions go to the one it names
    elsewhere, or to the one ``choose`` gives for that file; the rest are left out and reported."""
    if len(set(into)) < 2:
        raise KgError("a split needs two or more concept names after --into")
    for source, chosen in (choose or {}).items():
        if chosen not in into:
            raise KgError(f"--choose {source}={chosen}: {chosen!r} is not one of {', '.join(into)}")
    when, who = _stamp()
    new = Correction(
        "split", labels=(label,), into=tuple(into), choose=tuple(sorted((choose or {}).items())), note=note, when=when, by=who
    )
    return _record(store, [new], path, True)


def listing(store: GraphStore, path: Path | None = None) -> CorrectionsListing:
    """The corrections file, its entries, and those the last build could not apply."""
    from kg.extraction.corrections import describe

    target = corrections_path(store, path)
    meta = store.meta().get("corrections") or {}
    entries = [ListedCorrection(c.kind, describe(c), c.line, c.when, c.by, c.note) for c in corrections_file.load(target)]
    return CorrectionsListing(target, entries, list(meta.get("unmatched", [])))


def review(
    store: GraphStore,
    decide: Callable[[ReviewItem, int, int], str],
    relation: str | None = None,
    concept: str | None = None,
    limit: int | None = None,
    path: Path | None = None,
) -> ReviewSummary:
    """Walk the unreviewed facts, weakest first; ``decide`` answers a(ccept), r(eject), s(kip) or q(uit).

    Each answer is written to the corrections file at once (a quit or a crash keeps what was
    decided; the next review starts with what is left); skipped facts come last next time.
    The graph is rebuilt once at the end.
    """
    target = corrections_path(store, path)
    skipped_file = store.root / "review-skipped.json"
    try:
        skipped_before = set(json.loads(skipped_file.read_text("utf-8")))
    except (OSError, ValueError):
        skipped_before = set()
    with LocalBackend(store) as backend:
        queue = review_queue(backend, relation, concept)
    key = lambda i: f"{i.subject.iri} {i.relation} {i.object.iri}"  # noqa: E731
    queue.sort(key=lambda i: key(i) in skipped_before)  # stable: weakest first within each part
    if limit is not None:
        queue = queue[:limit]
    summary = ReviewSummary()
    skipped: set[str] = set()
    when, who = _stamp()
    changed = False
    for index, item in enumerate(queue, 1):
        answer = decide(item, index, len(queue))
        if answer == "q":
            break
        summary.shown += 1
        if answer in ("a", "r"):
            kind = "accept" if answer == "a" else "reject"
            c = Correction(kind, item.subject.iri, KG_NS + item.relation, item.object.iri, name=item.text(), when=when, by=who)
            changed = corrections_file.add(target, c)[1] or changed
            summary.accepted += answer == "a"
            summary.rejected += answer == "r"
        else:
            summary.skipped += 1
            skipped.add(key(item))
    summary.left = len(queue) - summary.accepted - summary.rejected
    remembered = (skipped_before | skipped) - {key(i) for i in queue if key(i) not in skipped and key(i) in skipped_before}
    skipped_file.write_text(json.dumps(sorted(remembered)), "utf-8")
    if changed:
        summary.report = rebuild(store, target)
    return summary
