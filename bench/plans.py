"""Study-plan quality: `python -m bench plans`.

Builds the bundled example alone and the example plus the real-notes corpus
(bench/corpus/dev), asks for the plan of each target, and reports per target:

- plan length;
- steps a reader judged wrong or irrelevant (bench/plans/judged-steps.tsv: target,
  step label, verdict ok / wrong, reason); unjudged steps are listed in
  bench/out/plan-steps-to-judge.tsv and left out of the figure;
- pairwise order agreement with a published curriculum (bench/plans/curriculum.tsv,
  the order "Dive into Deep Learning" introduces the concepts): of the pairs of
  plan steps (the target last) that the curriculum orders, the share the plan
  orders the same way;
- steps that depend on the target through the edges the plan keeps (must be 0),
  and the edges set aside to break cycles.
"""

from __future__ import annotations

import csv
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent
TARGETS = ["ResNet", "Transformer", "VGG", "GoogLeNet", "BERT", "DenseNet", "ViT", "BatchNorm", "LSTM", "AlexNet"]
JUDGED = HERE / "plans" / "judged-steps.tsv"
CURRICULUM = HERE / "plans" / "curriculum.tsv"


def _key(name: str) -> str:
    from bench.quality import key

    return key(name)


def curriculum() -> dict[str, int]:
    out: dict[str, int] = {}
    for line in CURRICULUM.read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        position, names = line.split("\t", 1)
        for name in names.split(" = "):
            out[_key(name)] = int(position)
    return out


def judged() -> dict[tuple[str, str], str]:
    if not JUDGED.exists():
        return {}
    with JUDGED.open(encoding="utf-8", newline="") as fh:
        return {
            (row[0], row[1]): row[2]
            for row in csv.reader(fh, delimiter="\t")
            if row and not row[0].startswith("#") and len(row) >= 3
        }


@dataclass
class TargetScore:
    target: str
    present: bool
    steps: list[str] = field(default_factory=list)
    wrong: int = 0
    unjudged: int = 0
    pairs: int = 0
    agree: int = 0
    dependents: int = 0
    set_aside: int = 0

    @property
    def agreement(self) -> float | None:
        return self.agree / self.pairs if self.pairs else None


def score_target(backend, target: str, order: dict[str, int], verdicts: dict[tuple[str, str], str]) -> TargetScore:  # type: ignore[no-untyped-def]
    import networkx as nx

    from kg.errors import ConceptNotFound, NotInNotes
    from kg.prereqs import break_cycles, dependency_graph, load_links, study_plan

    try:
        plan = study_plan(backend, target)
    except (ConceptNotFound, NotInNotes):
        return TargetScore(target, False)
    labels = [s.concept.label() for s in plan.steps]
    score = TargetScore(target, True, labels, set_aside=len(plan.set_aside))
    for label in labels:
        verdict = verdicts.get((target, label))
        if verdict is None:
            score.unjudged += 1
        elif verdict == "wrong":
            score.wrong += 1
    sequence = [
        min((order[k] for k in {_key(x) for x in s.concept.all_labels()} if k in order), default=None)
        for s in plan.steps
    ]
    target_rank = min((order[k] for k in {_key(x) for x in plan.target.all_labels()} if k in order), default=None)
    ranked = [r for r in sequence + [target_rank] if r is not None]
    for i in range(len(ranked)):
        for j in range(i + 1, len(ranked)):
            if ranked[i] != ranked[j]:
                score.pairs += 1
                score.agree += ranked[i] < ranked[j]
    # what the plan keeps: after cycles are broken, nothing in it may lead back to the target
    links = load_links(backend, plan.target.iri, sources=False)
    graph = dependency_graph(links)
    for link in plan.set_aside:
        if graph.has_edge(link.dependent, link.prerequisite):
            graph.remove_edge(link.dependent, link.prerequisite)
    break_cycles(graph)
    ancestors = nx.ancestors(graph, plan.target.iri) if plan.target.iri in graph else set()
    score.dependents = sum(1 for s in plan.steps if s.concept.iri in ancestors)
    return score


def run(sets: dict[str, list[Path]]) -> dict[str, list[TargetScore]]:
    from kg.pipeline import build
    from kg.query import LocalBackend
    from kg.store import GraphStore

    order, verdicts = curriculum(), judged()
    out: dict[str, list[TargetScore]] = {}
    for name, folders in sets.items():
        with tempfile.TemporaryDirectory(prefix="kg-plans-") as tmp:
            notes = Path(tmp) / "notes"
            notes.mkdir()
            for folder in folders:
                for md in folder.glob("*.md"):
                    shutil.copy(md, notes / md.name)
            store = GraphStore(Path(tmp) / "store")
            build([notes], store, incremental=False)
            backend = LocalBackend(store)
            out[name] = [score_target(backend, t, order, verdicts) for t in TARGETS]
    return out


def report(results: dict[str, list[TargetScore]]) -> str:
    lines = ["## Study-plan quality", ""]
    lines.append(
        "`python -m bench plans`: per target, plan length, steps judged wrong or irrelevant "
        "(bench/plans/judged-steps.tsv), pairwise order agreement with the order of "
        "*Dive into Deep Learning* (bench/plans/curriculum.tsv), steps that depend on the target "
        "through the edges the plan keeps (must be 0), edges set aside to break cycles."
    )
    for name, scores in results.items():
        lines += ["", f"### {name}", ""]
        lines += [
            "| target | steps | judged wrong | unjudged | order agreement (pairs) | depend on target | set aside |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for s in scores:
            if not s.present:
                lines.append(f"| {s.target} | not in the notes | | | | | |")
                continue
            judged_n = len(s.steps) - s.unjudged
            wrong = f"{s.wrong}/{judged_n}" if judged_n else "–"
            agreement = f"{100 * s.agreement:.0f}% ({s.pairs})" if s.agreement is not None else "–"
            lines.append(
                f"| {s.target} | {len(s.steps)} | {wrong} | {s.unjudged} | {agreement} | {s.dependents} | {s.set_aside} |"
            )
        present = [s for s in scores if s.present]
        pairs = sum(s.pairs for s in present)
        judged_total = sum(len(s.steps) - s.unjudged for s in present)
        lines.append(
            f"| all | {sum(len(s.steps) for s in present)} | "
            f"{sum(s.wrong for s in present)}/{judged_total} | {sum(s.unjudged for s in present)} | "
            f"{100 * sum(s.agree for s in present) / pairs:.0f}% ({pairs}) | "
            f"{sum(s.dependents for s in present)} | {sum(s.set_aside for s in present)} |"
            if pairs
            else "| all | | | | | | |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    import argparse

    from bench.quality import OUT, write_results

    # argparse, as `bench quality` has: '--help' or a mistyped option must not run the benchmark and rewrite
    # bench/RESULTS.md (before, any argument but --no-write was ignored)
    parser = argparse.ArgumentParser(prog="python -m bench plans", description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    args = parser.parse_args(argv)
    corpus = HERE / "corpus" / "dev"
    example = ROOT / "examples" / "notes"
    results = run({"example": [example], "example + corpus": [example, corpus]})
    text = report(results)
    print(text)
    OUT.mkdir(exist_ok=True)
    verdicts = judged()
    with (OUT / "plan-steps-to-judge.tsv").open("w", encoding="utf-8") as fh:
        for scores in results.values():
            for s in scores:
                for label in s.steps:
                    if (s.target, label) not in verdicts:
                        fh.write(f"{s.target}\t{label}\n")
    if not args.no_write:
        write_results(text, marker="plans")


if __name__ == "__main__":
    main(sys.argv[1:])
