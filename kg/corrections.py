"""corrections: the user's corrections file — read, added to atomically, listed.

A TOML file kept beside the notes (``kg-corrections.toml`` in the notes' folder,
so it is versioned with them), one array of tables per kind::

    [[reject]]
    fact = "ResNet uses Moving average"   # what the user typed, for people reading the file
    subject = "c:ResNet"
    relation = "kg:uses"
    object = "c:Moving_average"
    when = "2026-11-30T01:02:03Z"
    by = "alice"
    note = "the sentence is about BatchNorm's statistics"

Kinds: ``reject``, ``accept`` (reviewed and kept), ``assert`` (a fact the notes do not
state), ``merge`` (``concept`` into ``into``), ``alias`` (``concept`` gets ``alias``),
``split`` (``label`` names the concepts ``into``; ``[split.choose]`` maps a note file to
the one it means). The file is plain text: edit it by hand, diff it, commit it.
Every write goes to a temporary file first and replaces the old one in one step, so a
killed command leaves either the old file or the new one.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

from kg.errors import NotesError
from kg.model import Correction
from kg.terms import compact, expand

FILE_NAME = "kg-corrections.toml"
KINDS = ("reject", "accept", "assert", "merge", "alias", "split")

_HEADER = (
    "# kg corrections: kept with your notes and applied on every `kg build`.\n"
    "# Written by kg reject / accept / assert / merge / alias / split; safe to edit by hand.\n"
)


def default_path(notes: list[str] | list[Path], store_root: Path) -> Path:
    """Beside the notes: the first notes folder (or a file's folder); the store folder for the bundled example."""
    from kg.resources import example_notes_dir

    for root in notes:
        path = Path(root)
        if path.resolve() == example_notes_dir().resolve():
            break
        return (path if path.is_dir() or not path.suffix else path.parent) / FILE_NAME
    return store_root / FILE_NAME


def _text(table: dict[str, Any], field: str, path: Path, line: int, required: bool = True) -> str:
    value = table.get(field, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise NotesError(f"`{field}` must be a non-empty string", str(path), line)
    return value


def _texts(table: dict[str, Any], field: str, path: Path, line: int) -> tuple[str, ...]:
    value = table.get(field, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise NotesError(f"`{field}` must be a list of names", str(path), line)
    return tuple(value)


def _entry_lines(text: str) -> dict[str, list[int]]:
    """The line of each ``[[kind]]`` header, in order: tomllib gives values, not positions."""
    lines: dict[str, list[int]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        m = re.match(r"\s*\[\[\s*([A-Za-z_]+)\s*\]\]", line)
        if m:
            lines.setdefault(m.group(1), []).append(number)
    return lines


def _iri(value: str) -> str:
    return expand(value.strip())


def load(path: Path) -> list[Correction]:
    """The corrections in ``path`` (none when it does not exist). Raises NotesError with file:line."""
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise NotesError(f"cannot read the corrections file: {exc}", str(path)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line = int(m.group(1)) if m else None
        raise NotesError(f"not valid TOML: {str(exc).split(' (at line')[0]}", str(path), line) from None
    positions = _entry_lines(text)
    out: list[Correction] = []
    for kind, tables in data.items():
        if kind not in KINDS or not isinstance(tables, list):
            line = positions.get(kind, [None])[0]
            raise NotesError(f"unknown entry [[{kind}]]; kinds are {', '.join(KINDS)}", str(path), line)
        for index, table in enumerate(tables):
            line = positions.get(kind, [])[index] if index < len(positions.get(kind, [])) else 0
            base = Correction(
                kind, note=str(table.get("note", "")), when=str(table.get("when", "")), by=str(table.get("by", "")), line=line
            )
            if kind in ("reject", "accept", "assert"):
                out.append(
                    replace(
                        base,
                        subject=_iri(_text(table, "subject", path, line)),
                        relation=_iri(_text(table, "relation", path, line)),
                        object=_iri(_text(table, "object", path, line)),
                        name=str(table.get("fact", "")),
                    )
                )
            elif kind == "merge":
                out.append(
                    replace(
                        base,
                        subject=_iri(_text(table, "concept", path, line)),
                        object=_iri(_text(table, "into", path, line)),
                        labels=tuple(table.get("labels", ())),
                        name=str(table.get("name", "")),
                    )
                )
            elif kind == "alias":
                out.append(
                    replace(
                        base,
                        subject=_iri(_text(table, "concept", path, line)),
                        labels=_texts(table, "alias", path, line),
                        name=str(table.get("name", "")),
                    )
                )
            else:  # split
                choose = table.get("choose", {})
                if not isinstance(choose, dict) or not all(isinstance(v, str) for v in choose.values()):
                    raise NotesError("`choose` must map note files to one of the `into` names", str(path), line)
                into = _texts(table, "into", path, line)
                for source, label in choose.items():
                    if label not in into:
                        raise NotesError(f"`choose` for {source} names {label!r}, not one of {list(into)}", str(path), line)
                out.append(
                    replace(base, labels=(_text(table, "label", path, line),), into=into, choose=tuple(sorted(choose.items())))
                )
    out.sort(key=lambda c: (c.line, c.kind))
    return out


def _table(c: Correction) -> dict[str, Any]:
    """One entry as the file writes it: names people read first, then IRIs, then when/who/why."""
    table: dict[str, Any] = {}
    if c.kind in ("reject", "accept", "assert"):
        table = {"fact": c.name, "subject": compact(c.subject), "relation": compact(c.relation), "object": compact(c.object)}
    elif c.kind == "merge":
        table = {"name": c.name, "concept": compact(c.subject), "into": compact(c.object), "labels": list(c.labels)}
    elif c.kind == "alias":
        table = {"name": c.name, "concept": compact(c.subject), "alias": list(c.labels)}
    elif c.kind == "split":
        table = {"label": c.labels[0], "into": list(c.into)}
        if c.choose:
            table["choose"] = dict(c.choose)
    for field in ("when", "by", "note"):
        if getattr(c, field):
            table[field] = getattr(c, field)
    return {k: v for k, v in table.items() if v not in ("", [], None)}


def dumps(corrections: list[Correction]) -> str:
    import tomli_w

    parts = [_HEADER]
    for c in corrections:
        parts.append("\n" + tomli_w.dumps({c.kind: [_table(c)]}))
    return "".join(parts)


def save(path: Path, corrections: list[Correction]) -> None:
    """Write the whole file atomically: a temporary file beside it, flushed, then renamed over it."""
    text = dumps(corrections)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise NotesError(f"cannot write the corrections file: {exc.strerror or exc}", str(path)) from None


def add(path: Path, new: Correction) -> tuple[list[Correction], bool]:
    """Add one correction (replacing an earlier entry for the same fact or name); returns all and whether it changed.

    A reject replaces an accept of the same fact and the other way round: the last word counts.
    """
    current = load(path)
    fact_kinds = {"reject", "accept", "assert"}

    def same(old: Correction) -> bool:
        if old.kind in fact_kinds and new.kind in fact_kinds and new.kind != "assert" and old.kind != "assert":
            return (old.subject, old.relation, old.object) == (new.subject, new.relation, new.object)
        if old.kind == "split" and new.kind == "split":
            return old.labels == new.labels
        return old.key == new.key

    kept = [c for c in current if not same(c)]
    if len(kept) != len(current) and any(c.key == new.key and c.choose == new.choose for c in current):
        return current, False  # already there
    updated = kept + [replace(new, line=0)]
    save(path, updated)
    return load(path), True
