"""Text for people: what `kg prereqs`, `next`, `show`, `search`, `path`, `explain`, `stats`,
`check`, `lint`, `known` and `build` print. Each function renders one data class; kg.render's
table names them. Nothing here queries the graph."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.check import CheckReport
    from kg.concepts import SearchHit
    from kg.explore import Card, Explanation, Route
    from kg.learner import LearnerState
    from kg.lint import Finding
    from kg.model import BuildReport, CorrectionsListing, Recorded, ReviewSummary
    from kg.prereqs import NextStep, Plan
    from kg.stats import Stats


def _plural(n: int, word: str, many: str = "") -> str:
    return f"{n} {word if n == 1 else many or word + 's'}"


def plan(plan: Plan, lang: str = "en", variant: str = "", **options: Any) -> str:
    """A study plan, numbered, each step with why; ``variant="markdown"`` for a Markdown study sheet."""
    markdown = variant == "markdown"
    target = plan.target
    other = "zh" if lang == "en" else "en"
    title = f"Study plan for {target.label(lang)}"
    if target.pref.get(other) and target.pref.get(other) != target.label(lang):
        title += f" ({target.pref[other]})"
    count = f"{len(plan.steps)} step{'s' if len(plan.steps) != 1 else ''}"
    skipped = f", {len(plan.known)} known skipped" if plan.known else ""
    lines = [f"# {title}" if markdown else title, "", f"{count}{skipped}; study from the top."]
    if not plan.steps:
        if plan.known:
            lines.append(f"You know everything your notes give as a prerequisite of {target.label(lang)}.")
        else:
            lines.append(f"{target.label(lang)} is in your notes, but nothing in them is a prerequisite of it.")
    lines.append("")
    for index, step in enumerate(plan.steps, 1):
        c = step.concept
        alt = c.pref.get(other)
        label = c.label(lang) + (f" / {alt}" if alt and alt != c.label(lang) else "")
        if markdown:
            lines.append(f"{index}. **{label}** ({c.class_name})")
        else:
            lines.append(f"{index:>3}. {label}  [{c.class_name}]")
        pad = "   " if markdown else "     "
        why = plan.why(step)
        if why:
            lines.append(f"{pad}why: {why}")
        if step.cycle:
            lines.append(f"{pad}cycle: studied together with {', '.join(o.label(lang) for o in step.cycle)}")
        for q in step.questions:
            lines.append(f"{pad}Q ({q['source']}): {q['question']}")
            if q["answer"]:
                lines.append(f"{pad}A: {' '.join(q['answer'].split())}")
    goal = f"{len(plan.steps) + 1:>3}. {target.label(lang)}  [{target.class_name}]  (goal)"
    lines.append(f"{len(plan.steps) + 1}. **{target.label(lang)}** (goal)" if markdown else goal)
    if plan.cycles:
        lines += ["", "Cycles in the notes (each studied as one step):"]
        lines += ["  " + " ↔ ".join(c.label(lang) for c in cycle) for cycle in plan.cycles]
    if plan.set_aside:
        lines += ["", f"Set aside to break {len(plan.set_aside)} cycle(s), the weakest statement in each:"]
        for link in plan.set_aside[:10]:
            where = f" ({link.where})" if link.where else ""
            lines.append(f"  {link.stated(plan.names)}{where}, confidence {link.confidence:.2f}")
    return "\n".join(lines)


def next_steps(steps: list[NextStep], lang: str = "en", **options: Any) -> str:
    if not steps:
        return "Nothing new to learn from your notes: everything is known or waits on something unknown."
    return "\n".join(
        f"{index:>3}. {s.concept.label(lang)}  [{s.concept.class_name}]  {s.why(lang)}"
        for index, s in enumerate(steps, 1)
    )


def card(card: Card, lang: str = "en", **options: Any) -> str:
    c = card.concept
    lines = [f"{c.label(lang)}  [{c.class_name}]", f"  {c.iri}"]
    for code, title in (("en", "English"), ("zh", "中文")):
        names = [c.pref[code]] if code in c.pref else []
        names += [a for a in c.alt.get(code, []) if a not in names]
        if names:
            lines.append(f"  {title}: {', '.join(names)}")
    if c.alt.get(""):
        lines.append(f"  aliases: {', '.join(c.alt[''])}")
    for title, groups, arrow in (("relations", card.outgoing, "→"), ("related from", card.incoming, "←")):
        if groups:
            lines += ["", f"{title}:"]
            for relation, edges in groups.items():
                for e in edges:
                    where = f"  ({', '.join(e.sources[:3])}{' …' if len(e.sources) > 3 else ''})" if e.sources else ""
                    lines.append(f"  {arrow} {relation:<14} {e.other.label(lang)}{where}")
    if card.questions:
        lines += ["", f"questions about it ({len(card.questions)}):"]
        lines += [f"  {q['source']}  {q['question']}" for q in card.questions]
    return "\n".join(lines)


def search(hits: list[SearchHit], lang: str = "en", text: str = "", **options: Any) -> str:
    """One line per hit: label, class, IRI name, and the alias that matched when it is not the label."""
    if not hits:
        return f"No concept label matches {text!r}."
    lines = []
    for hit in hits:
        c = hit.concept
        assert c is not None
        via = f"  (matched “{hit.label}”)" if hit.label not in (c.label(lang),) else ""
        lines.append(f"{c.label(lang):<32} {c.class_name:<18} {c.name}{via}")
    return "\n".join(lines)


def route(route: Route, lang: str = "en", **options: Any) -> str:
    a, b, hops = route
    if hops is None:
        return f"No path between {a.label(lang)} and {b.label(lang)} in the graph."
    if not hops:
        return f"{a.label(lang)} is {b.label(lang)}."
    parts = [hops[0].source.label(lang)]
    for hop in hops:
        parts.append(f"—{hop.relation}→" if hop.forward else f"←{hop.relation}—")
        parts.append(hop.target.label(lang))
    return " ".join(parts) + f"\n({len(hops)} hop{'s' if len(hops) != 1 else ''})"


def explanation(explained: Explanation, lang: str = "en", **options: Any) -> str:
    s, rel, o, evidence = explained
    head = f"{s.label(lang)} {rel} {o.label(lang)}"
    if not evidence:
        return f"The graph has no fact “{head}”."
    lines = [f"{head}: {len(evidence)} source sentence{'s' if len(evidence) != 1 else ''}"]
    for e in evidence:
        confidence = f"  confidence {e.confidence:.2f}" if e.confidence is not None else ""
        negated = "  (read as negated)" if e.negated else ""
        rejected = "" if e.rejected is None else f"  REJECTED by you{': ' + e.rejected if e.rejected else ''}"
        lines += ["", f"  {e.source}  cue “{e.cue}”{confidence}{negated}{rejected}  id {e.id}", f"    {e.sentence}"]
        if e.question and e.question.strip() != e.sentence.strip():
            lines.append(f"    in answer to: {e.question}")
    return "\n".join(lines)


def stats(stats: Stats, **options: Any) -> str:
    lines = [
        f"{stats.triples:,} triples from {stats.files} note file{'s' if stats.files != 1 else ''}: "
        f"{stats.questions} questions, {stats.concepts} concepts, {stats.fact_records} fact records",
        "",
        "concepts by class",
    ]
    width = max([len(k) for k in stats.concepts_by_class] + [len(k) for k in stats.facts_by_relation] + [8])
    lines += [f"  {name:<{width}}  {n:>6}" for name, n in stats.concepts_by_class.items()]
    lines += ["", f"facts by relation  {'':<{max(width - 17, 0)}}triples  sentences"]
    lines += [f"  {name:<{width}}  {t:>6}  {s:>9}" for name, (t, s) in stats.facts_by_relation.items()]
    return "\n".join(lines)


def check(report: CheckReport, **options: Any) -> str:
    lines = [f"{v.focus}{' ' + v.path if v.path else ''}: {v.severity}: {v.message}" for v in report.violations]
    verdict = "conforms" if report.conforms else f"does not conform: {len(report.violations)} violations"
    lines.append(f"{report.triples:,} triples checked against {Path(report.shapes).name}: {verdict}")
    return "\n".join(lines)


def findings(found: list[Finding], **options: Any) -> str:
    """One line per finding (the count by kind is ``findings_summary``, for standard error)."""
    return "\n".join(f"{f.where}: {f.kind}: {f.message}" for f in found)


def findings_summary(found: list[Finding]) -> str:
    by_kind: dict[str, int] = {}
    for f in found:
        by_kind[f.kind] = by_kind.get(f.kind, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(by_kind.items()))
    return f"{_plural(len(found), 'finding')}" + (f": {summary}" if summary else "")


def corrections(listing: CorrectionsListing, **options: Any) -> str:
    """`kg corrections`: each entry with where, when, who and why; then what the last build could not apply."""
    if not listing.entries:
        return f"No corrections yet ({listing.path})."
    lines = [f"{_plural(len(listing.entries), 'correction')} in {listing.path}:"]
    for c in listing.entries:
        extra = "  ".join(x for x in (c.when, c.by, f"“{c.note}”" if c.note else "") if x)
        lines.append(f"  {listing.path.name}:{c.line}  {c.what}" + (f"  ({extra})" if extra else ""))
    if listing.not_applied:
        lines.append(f"Not applied by the last build ({len(listing.not_applied)}):")
        lines += [f"  {line}" for line in listing.not_applied]
    return "\n".join(lines)


_DONE = {"reject": "Rejected", "accept": "Accepted", "assert": "Asserted", "merge": "Merged", "alias": "Aliased",
         "split": "Split"}


def recorded(value: Recorded, **options: Any) -> str:
    """`kg reject / accept / assert / merge / alias / split`: what was recorded where, and the rebuild."""
    what = "; ".join(f"“{name}”" for name in value.names)
    if not value.changed:
        return f"Already recorded in {value.path}: {what}"
    lines = [f"{_DONE.get(value.action, 'Recorded')} {what}: recorded in {value.path}"]
    report = value.report
    if report is not None:
        lines.append(
            f"Rebuilt {report.store}/ ({report.mode}) in {report.seconds:.2f} s: "
            f"{_plural(report.corrections, 'correction')} applied"
        )
        lines += [f"  not applied: {line}" for line in report.unmatched]
    return "\n".join(lines)


def review(summary: ReviewSummary, **options: Any) -> str:
    """`kg review`'s closing lines: how many facts were decided which way, and the rebuild."""
    if summary.shown == 0 and summary.left == 0:
        return "Nothing to review: every fact was accepted, rejected or asserted."
    lines = [
        "",  # after the last question
        f"Reviewed {summary.shown}: {summary.accepted} accepted, {summary.rejected} rejected, "
        f"{summary.skipped} skipped; {summary.left} left",
    ]
    if summary.report is not None:
        lines.append(f"Rebuilt {summary.report.store}/ in {summary.report.seconds:.2f} s")
    return "\n".join(lines)


def learner(state: LearnerState, **options: Any) -> str:
    return "\n".join(
        [
            f"Known ({len(state.known)}): " + (", ".join(sorted(state.known.values())) or "nothing yet"),
            f"Goals ({len(state.goals)}): " + (", ".join(sorted(state.goals.values())) or "none"),
        ]
    )


def build(report: BuildReport, **options: Any) -> str:
    """What a build read and wrote, the facts by relation, and what it could not apply."""
    relations = ", ".join(f"{n} {name}" for name, n in sorted(report.facts_by_relation.items(), key=lambda x: -x[1]))
    lines = [
        f"Built {report.store}/ from {report.files} file{'s' if report.files != 1 else ''} "
        f"({report.reextracted} re-read) in {report.seconds:.2f} s: {report.items} items, "
        f"{report.questions} questions, {report.facts} facts, {report.discovered} new concepts"
    ]
    if relations:
        lines.append(f"facts: {relations}")
    if report.held_back:
        readings = "reading" if report.held_back == 1 else "readings"
        lines.append(
            f"{report.held_back} {readings} below confidence {report.min_confidence:g} kept as kg:Fact records only"
        )
    if report.corrections or report.unmatched:
        lines.append(f"corrections: {report.corrections} applied from {report.corrections_file}")
    lines += [f"  not applied: {line}" for line in report.unmatched + report.ambiguous]
    lines += [f"skipped {folder}/: {why}" for folder, why in report.skipped]
    return "\n".join(lines)
