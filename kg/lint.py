"""lint: the health of the notes and of the corrections, as findings a person can act on.

Read side: the graph (through a Backend) and the last build's meta (where the notes are,
what the corrections did). Findings:

- ``unanswered``: a question with no answer;
- ``mentioned-once``: a concept the notes name in one place only (a typo, or a stub);
- ``duplicate``: two concepts that are likely one (nearly the same label; an acronym and the
  name it abbreviates; a Chinese-only and an English-only concept named in the same places);
- ``self-loop``: a fact whose two ends became one concept after a merge;
- ``broken-link`` / ``broken-image``: a relative link or image whose file is not there;
- ``stale-correction``: a correction that no longer matches the notes;
- ``ambiguous``: a split label a file did not settle.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from kg.concepts import describe
from kg.query import Backend


@dataclass(frozen=True)
class Finding:
    kind: str
    where: str  # file:line, or the concept
    message: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def _unanswered(backend: Backend) -> list[Finding]:
    rows = backend.select("""
        SELECT ?file ?line ?text WHERE { ?q a schema:Question ; schema:text ?text ; kg:sourceFile ?file ; kg:line ?line .
          FILTER NOT EXISTS { ?q schema:acceptedAnswer ?a } } ORDER BY ?file ?line""")
    return [Finding("unanswered", f"{r['file'].value}:{r['line'].value}", f"question with no answer: {r['text'].value[:80]}") for r in rows]


def _mentions(backend: Backend) -> dict[str, set[str]]:
    """Concept → the note items (question, answer, block) that name it."""
    out: dict[str, set[str]] = {}
    for r in backend.select("SELECT ?c ?i WHERE { ?i schema:about ?c . ?c a skos:Concept }"):
        out.setdefault(r["c"].value, set()).add(r["i"].value)
    return out


def _mentioned_once(backend: Backend, mentions: dict[str, set[str]]) -> list[Finding]:
    once = sorted(c for c, items in mentions.items() if len(items) == 1)
    if not once:
        return []
    names = describe(backend, once)
    where = {
        r["i"].value: f"{r['file'].value}:{r['line'].value}"
        for r in backend.select("SELECT ?i ?file ?line WHERE { ?i schema:about ?c ; kg:sourceFile ?file ; kg:line ?line }")
    }
    return [
        Finding("mentioned-once", where.get(next(iter(mentions[c])), names[c].label()), f"{names[c].label()} is named in one place only")
        for c in once
    ]


def _initials(label: str) -> str:
    words = re.findall(r"[A-Za-z][a-z]*", label)
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _duplicates(backend: Backend, mentions: dict[str, set[str]]) -> list[Finding]:
    from rapidfuzz import fuzz

    from kg.text import language_of, normalize

    concepts = describe(backend, sorted(mentions))
    found: dict[tuple[str, str], str] = {}
    labels = {iri: {normalize(x) for x in c.all_labels()} for iri, c in concepts.items()}
    iris = sorted(concepts)
    acronyms: dict[str, list[str]] = {}
    for iri in iris:
        for label in labels[iri]:
            if re.fullmatch(r"[A-Z][A-Z0-9]{1,6}", label):
                acronyms.setdefault(label, []).append(iri)
    for i, a in enumerate(iris):
        for b in iris[i + 1 :]:
            for x in labels[a]:
                hit = next(
                    (y for y in labels[b] if len(x) >= 5 and len(y) >= 5 and x.isascii() == y.isascii()
                     and re.sub(r"\D", "", x) == re.sub(r"\D", "", y) and fuzz.ratio(x.lower(), y.lower()) >= 92),
                    None,
                )
                if hit:
                    found[(a, b)] = f"labels “{x}” and “{hit}” are nearly the same"
                    break
        for label in labels[a]:
            for other in acronyms.get(_initials(label), []):
                if other != a and (min(a, other), max(a, other)) not in found:
                    found[(min(a, other), max(a, other))] = f"“{_initials(label)}” looks like the acronym of “{label}”"
    langs = {iri: {language_of(x) for x in labels[iri]} for iri in iris}
    zh_only = [iri for iri in iris if langs[iri] == {"zh"} and len(mentions[iri]) >= 2]
    en_only = [iri for iri in iris if langs[iri] == {"en"} and len(mentions[iri]) >= 2]
    for a in zh_only:
        for b in en_only:
            shared = mentions[a] & mentions[b]
            if len(shared) >= 2 and len(shared) / len(mentions[a] | mentions[b]) >= 0.8:
                found[(min(a, b), max(a, b))] = "a Chinese-only and an English-only concept named in the same places"
    return [
        Finding("duplicate", f"{concepts[a].label()} / {concepts[b].label()}",
                f"{concepts[a].label()} and {concepts[b].label()} may be one concept: {why} "
                f"(kg merge {json_name(concepts[a].label())} --into {json_name(concepts[b].label())})")
        for (a, b), why in sorted(found.items())
    ]


def json_name(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def _broken(backend: Backend, roots: list[Path]) -> list[Finding]:
    out: list[Finding] = []
    rows = backend.select("""
        SELECT ?kind ?target ?file ?line WHERE { VALUES ?p { kg:link kg:image } ?i ?p ?target ; kg:sourceFile ?file ; kg:line ?line .
          BIND(IF(?p = kg:image, "image", "link") AS ?kind) } ORDER BY ?file ?line""")
    for r in rows:
        target = r["target"].value.strip()
        parts = urlsplit(target)
        if parts.scheme or parts.netloc or not parts.path or target.startswith(("#", "mailto:")):
            continue
        source = r["file"].value
        relative = unquote(parts.path)
        candidates = []
        for root in roots:
            base = root if root.is_dir() else root.parent
            note = base / source if root.is_dir() else root
            candidates.append((base / relative.lstrip("/")) if relative.startswith("/") else (note.parent / relative))
        if candidates and not any(p.exists() for p in candidates):
            out.append(Finding(f"broken-{r['kind'].value}", f"{source}:{r['line'].value}", f"{r['kind'].value} target not found: {target}"))
    return out


def lint(backend: Backend, meta: dict[str, Any]) -> list[Finding]:
    """Every finding, grouped by kind, in file order within a kind."""
    from kg.resources import example_notes_dir

    roots = [Path(p) for p in meta.get("notes") or []]
    roots = [r for r in roots if r.exists()] or ([example_notes_dir()] if not roots else [])
    mentions = _mentions(backend)
    corrections = meta.get("corrections") or {}
    findings = _unanswered(backend) + _mentioned_once(backend, mentions) + _duplicates(backend, mentions)
    findings += [Finding("self-loop", line.split(": ", 1)[0], line.split(": ", 1)[-1]) for line in corrections.get("self_loops", [])]
    findings += _broken(backend, roots)
    findings += [Finding("stale-correction", line.split(": ", 1)[0], line.split(": ", 1)[-1]) for line in corrections.get("unmatched", [])]
    for summary in (meta.get("counts") or {}).values():
        findings += [Finding("ambiguous", line.split(": ", 1)[0], line.split(": ", 1)[-1]) for line in summary.get("ambiguous", [])]
    return findings
