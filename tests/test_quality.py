"""Extraction quality on the real-notes corpus (bench/corpus) stays at or above its recorded floors.

The floors are each file's F1 (precision over judged facts, recall against the gold written by
reading the notes) when they were last recorded with `python -m bench quality --set-floors`.
A change that loses quality on any file fails here; one that gains raises the floor when recorded.
"""

from __future__ import annotations

import json

import pytest

from bench import quality


@pytest.fixture(scope="module")
def scores():
    return {s.name: s for s in quality.run(["dev", "holdout"])}


def test_every_corpus_file_keeps_its_f1_floor(scores):
    floors = json.loads(quality.FLOORS.read_text("utf-8"))
    assert len(floors) >= 16
    below = {}
    for name, s in scores.items():
        for f in s.files:
            floor = floors.get(f"{name}/{f.name}")
            assert floor is not None, f"{name}/{f.name} has no floor"
            if f.f1 + 1e-9 < floor:
                below[f"{name}/{f.name}"] = (round(f.f1, 3), floor)
    assert below == {}


def test_no_trap_is_ever_stated(scores):
    assert {name: s.total.traps for name, s in scores.items()} == {"dev": 0, "holdout": 0}


def test_the_corpus_is_what_the_issue_asks(scores):
    files = [f for s in scores.values() for f in s.files]
    assert len(files) >= 12
    assert sum(f.gold for f in files) >= 300
    langs = {f.name.split("-", 1)[0] for f in files}
    assert {"zh", "en", "mix"} <= langs
