"""Extraction quality on the real-notes corpus (bench/corpus) stays at or above its recorded floors.

The floors are each file's F1 (precision over judged facts, recall against the gold written by
reading the notes) when they were last recorded with `python -m bench quality --set-floors`.
A change that loses quality on any file fails here; one that gains raises the floor when recorded.
"""

from __future__ import annotations

import json

import pytest

from bench import quality

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scores():
    floors = json.loads(quality.FLOORS.read_text("utf-8"))
    sets = sorted({key.split("/", 1)[0] for key in floors} - {"example"})  # the held-out set joins once read
    return {s.name: s for s in quality.run(sets)}


def test_every_corpus_file_keeps_its_f1_floor(scores):
    floors = json.loads(quality.FLOORS.read_text("utf-8"))
    assert len(floors) >= 12
    below = {}
    for name, s in scores.items():
        for f in s.files:
            floor = floors.get(f"{name}/{f.name}")
            assert floor is not None, f"{name}/{f.name} has no floor"
            if f.f1 + 1e-9 < floor:
                below[f"{name}/{f.name}"] = (round(f.f1, 3), floor)
    assert below == {}


def test_no_trap_is_ever_stated(scores):
    assert {name: s.total.traps for name, s in scores.items()} == {name: 0 for name in scores}


def test_the_corpus_is_what_the_issue_asks():
    golds = sorted(quality.CORPUS.glob("*/*.gold"))
    assert len(golds) >= 12 and all(g.with_suffix(".md").exists() for g in golds)
    assert sum(sum(not f.trap for f in quality.read_gold(g).facts) for g in golds) >= 300
    assert {g.name.split("-", 1)[0] for g in golds} >= {"zh", "en", "mix"}
    sources = (quality.CORPUS / "SOURCES.md").read_text("utf-8")
    assert all(f"{g.parent.name}/{g.stem}.md" in sources for g in golds)


def test_every_reading_is_listed_once_with_its_verdict(scores):
    dev = scores["dev"]
    rows = quality.readings_rows(dev)
    assert len(rows) == len(dev.verdicts) == dev.total.facts
    assert len({tuple(r[1:6]) for r in rows}) == len(rows)
    assert {r[6] for r in rows} <= {"correct", "borderline", "wrong", "trap", ""}
    judged = sum(r[6] in ("correct", "borderline", "wrong", "trap") for r in rows)
    assert judged == dev.total.correct + dev.total.borderline + dev.total.wrong
