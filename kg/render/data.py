"""JSON for programs: the same data classes kg.render.text prints, as JSON documents
(``--format json``). Keys are stable; tests parse them back."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.check import CheckReport
    from kg.concepts import Concept, SearchHit
    from kg.explore import Card, Edge
    from kg.learner import LearnerState
    from kg.lint import Finding
    from kg.model import CorrectionsListing, Recorded, ReviewSummary
    from kg.prereqs import Link, NextStep, Plan


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _concept(c: Concept) -> dict[str, Any]:
    return {"iri": c.iri, "label": c.label(), "labels": c.labels(), "class": c.class_name}


def plan_dict(plan: Plan) -> dict[str, Any]:
    def link(k: Link) -> dict[str, Any]:
        return {
            "dependent": k.dependent,
            "prerequisite": k.prerequisite,
            "relation": k.relation,
            "stated": k.stated(plan.names),
            "source": k.where,
            "sentence": k.sentence,
            "confidence": k.confidence,
            "support": k.support,
        }

    return {
        "target": _concept(plan.target),
        "plan": [
            {
                **_concept(s.concept),
                "depth": s.depth,
                "why": plan.why(s),
                "chain": [link(k) for k in s.chain],
                **({"cycle": [c.iri for c in s.cycle]} if s.cycle else {}),
                **({"questions": s.questions} if s.questions else {}),
            }
            for s in plan.steps
        ],
        "known": [_concept(c) for c in plan.known],
        "cycles": [[c.iri for c in cycle] for cycle in plan.cycles],
        "set_aside": [link(k) for k in plan.set_aside],
    }


def plan(value: Plan, **options: Any) -> str:
    return dumps(plan_dict(value))


def next_steps(steps: list[NextStep], lang: str = "en", **options: Any) -> str:
    return dumps(
        [
            {
                "iri": s.concept.iri,
                "label": s.concept.label(lang),
                "labels": s.concept.labels(),
                "unlocks": s.unlocks,
                "prerequisites": [p.iri for p in s.prerequisites],
                "goals": [g.iri for g in s.goals],
                "why": s.why(lang),
            }
            for s in steps
        ]
    )


def card_dict(card: Card) -> dict[str, Any]:
    def edges(groups: dict[str, list[Edge]]) -> dict[str, list[dict[str, Any]]]:
        return {
            rel: [{"iri": e.other.iri, "label": e.other.label(), "sources": e.sources} for e in es]
            for rel, es in groups.items()
        }

    c = card.concept
    return {
        "iri": c.iri,
        "label": c.label(),
        "labels": c.labels(),
        "aliases": c.alt,
        "class": c.class_name,
        "out": edges(card.outgoing),
        "in": edges(card.incoming),
        "questions": card.questions,
    }


def card(value: Card, **options: Any) -> str:
    return dumps(card_dict(value))


def search(hits: list[SearchHit], lang: str = "en", **options: Any) -> str:
    return dumps(
        [
            {
                **(_concept(h.concept) if h.concept is not None else {"iri": h.iri}),
                "label": h.concept.label(lang) if h.concept is not None else h.label,
                "matched": h.label,
                "score": round(h.score, 1),
            }
            for h in hits
        ]
    )


def check(report: CheckReport, **options: Any) -> str:
    rows = [v.as_dict() for v in report.violations]
    return dumps({"conforms": report.conforms, "shapes": report.shapes, "triples": report.triples, "violations": rows})


def findings(found: list[Finding], **options: Any) -> str:
    return dumps([f.as_dict() for f in found])


def corrections(listing: CorrectionsListing, **options: Any) -> str:
    rows = [
        {"kind": c.kind, "what": c.what, "line": c.line, "when": c.when, "by": c.by, "note": c.note}
        for c in listing.entries
    ]
    return dumps({"file": str(listing.path), "corrections": rows, "not_applied": listing.not_applied})


def _rebuilt(report: Any) -> dict[str, Any] | None:
    if report is None:
        return None
    return {"store": report.store, "mode": report.mode, "seconds": round(report.seconds, 3),
            "corrections_applied": report.corrections, "not_applied": list(report.unmatched)}


def recorded(value: Recorded, **options: Any) -> str:
    return dumps({"action": value.action, "recorded": value.names, "file": str(value.path), "changed": value.changed,
                  "rebuilt": _rebuilt(value.report)})


def review(summary: ReviewSummary, **options: Any) -> str:
    return dumps({"shown": summary.shown, "accepted": summary.accepted, "rejected": summary.rejected,
                  "skipped": summary.skipped, "left": summary.left, "rebuilt": _rebuilt(summary.report)})


def learner(state: LearnerState, **options: Any) -> str:
    return dumps({"known": state.known, "goals": state.goals})
