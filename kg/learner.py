"""learner: what the learner knows and wants to learn, kept across rebuilds.

A small JSON file, ``learner.json`` in the store folder by default (a build
replaces the graph, never this file) or a path the user names. Concepts are
kept by IRI with the label they had, so the file stays readable and a rebuild
that renames a label does not lose them. Every write goes to a temporary file
first and is renamed into place: a killed command leaves the old file.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import StoreError

if TYPE_CHECKING:
    from kg.query import Backend

FILE_NAME = "learner.json"


@dataclass
class LearnerState:
    """Known concepts and goals, IRI → label."""

    known: dict[str, str] = field(default_factory=dict)
    goals: dict[str, str] = field(default_factory=dict)
    path: Path | None = None

    @classmethod
    def load(cls, path: Path) -> LearnerState:
        try:
            data: dict[str, Any] = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return cls(path=path)
        except (OSError, ValueError) as exc:
            raise StoreError(f"{path}: cannot read the learner state ({exc})") from None
        if not isinstance(data, dict):
            raise StoreError(f"{path}: the learner state is not a JSON object")
        return cls(dict(data.get("known", {})), dict(data.get("goals", {})), path)

    def save(self) -> None:
        if self.path is None:
            raise StoreError("the learner state has no file")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.tmp{os.getpid()}")
        body = {"known": dict(sorted(self.known.items())), "goals": dict(sorted(self.goals.items()))}
        try:
            tmp.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", "utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"{self.path}: cannot write the learner state ({exc.strerror or exc})") from None


def learner_path(store_root: Path, path: Path | None = None) -> Path:
    """The learner file: the one the user names, else ``learner.json`` in the store folder."""
    return path if path is not None else store_root / FILE_NAME


def _resolve_all(backend: Backend, names: list[str]) -> dict[str, str]:
    """IRI → label for every name; one that does not resolve raises before anything changes."""
    from kg.concepts import resolve

    found = [resolve(backend, name) for name in names]
    return {c.iri: c.label() for c in found}


def know(backend: Backend, state: LearnerState, names: list[str]) -> None:
    """Record concepts as known (kept in the learner file)."""
    state.known.update(_resolve_all(backend, names))
    state.save()


def forget(backend: Backend, state: LearnerState, names: list[str]) -> None:
    """Take concepts off the known list and off the goals."""
    for iri in _resolve_all(backend, names):
        state.known.pop(iri, None)
        state.goals.pop(iri, None)
    state.save()


def set_goals(backend: Backend, state: LearnerState, names: list[str], clear: bool = False) -> None:
    """Add goals (after removing every goal, with ``clear``)."""
    found = _resolve_all(backend, names)
    if clear:
        state.goals.clear()
    state.goals.update(found)
    state.save()
