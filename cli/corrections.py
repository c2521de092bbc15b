"""Commands that correct the graph: review, reject, accept, assert, merge, alias, split,
corrections, lint. Each parses its options, calls one function of kg.correct or kg.lint,
and prints; the corrections live in a file beside the notes (see kg.corrections)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg.cli.options import store_option
from kg.render import formats

F = Callable[..., Any]


def corrections_option(func: F) -> F:
    return click.option(
        "--corrections",
        "corrections_file",
        type=click.Path(path_type=Path, dir_okay=False),
        envvar="KG_CORRECTIONS",
        default=None,
        show_envvar=True,
        help="The corrections file (default: kg-corrections.toml beside the notes).",
    )(func)


def note_option(func: F) -> F:
    return click.option("--note", default="", metavar="TEXT", help="Why: kept in the corrections file.")(func)


def _store(store: Path | None):  # type: ignore[no-untyped-def]
    from kg.api import built_store

    return built_store(store)


def _done(recorded: Any) -> None:
    """The confirmation kg.render writes for what the command recorded."""
    from kg.cli.main import print_as

    print_as("recorded", recorded)


@click.command()
@click.argument("facts", nargs=-1, required=True)
@note_option
@corrections_option
@store_option
def reject(facts: tuple[str, ...], note: str, corrections_file: Path | None, store: Path | None) -> None:
    """Take wrong facts out of the graph, on this and every later build.

    A FACT is "SUBJECT RELATION OBJECT" in any labels or aliases, or a fact id
    from `kg explain`. The sentences stay queryable, marked rejected.

    \b
    Example:
      kg reject "ResNet uses Moving average" --note "that is BN's statistics"
    """
    from kg.correct import reject as run

    _done(run(_store(store), facts, note, corrections_file))


@click.command()
@click.argument("facts", nargs=-1, required=True)
@note_option
@corrections_option
@store_option
def accept(facts: tuple[str, ...], note: str, corrections_file: Path | None, store: Path | None) -> None:
    """Mark facts as checked and right: `kg review` does not ask about them again.

    \b
    Example:
      kg accept "ResNet uses BatchNorm"
    """
    from kg.correct import accept as run

    _done(run(_store(store), facts, note, corrections_file))


@click.command(name="assert")
@click.argument("fact")
@note_option
@corrections_option
@store_option
def assert_(fact: str, note: str, corrections_file: Path | None, store: Path | None) -> None:
    """Add a fact the notes do not state; its provenance is you, with the note.

    \b
    Example:
      kg assert "Transformer uses Dropout" --note "section 3.2 says so"
    """
    from kg.correct import assert_fact

    _done(assert_fact(_store(store), fact, note, corrections_file))


@click.command()
@click.argument("concepts", nargs=-1, required=True)
@click.option("--into", "into", default=None, metavar="CONCEPT", help="The concept that stays (default: the last one named).")
@note_option
@corrections_option
@store_option
def merge(concepts: tuple[str, ...], into: str | None, note: str, corrections_file: Path | None, store: Path | None) -> None:
    """Make concepts one: every label kept as an alias of the one that stays.

    \b
    Example:
      kg merge DenseNets DenseNet          # DenseNets into DenseNet
      kg merge BN 批归一化 --into "Batch Normalization"
    """
    from kg.correct import merge as run

    names = list(concepts)
    if into is None:
        if len(names) < 2:
            raise click.UsageError("name two concepts (the last one stays), or use --into")
        into = names.pop()
    _done(run(_store(store), names, into, note, corrections_file))


@click.command()
@click.argument("concept")
@click.argument("labels", nargs=-1, required=True)
@note_option
@corrections_option
@store_option
def alias(concept: str, labels: tuple[str, ...], note: str, corrections_file: Path | None, store: Path | None) -> None:
    """Give a concept more names; the notes' mentions of them count from now on.

    \b
    Example:
      kg alias "Batch Normalization" 批标准化
    """
    from kg.correct import alias as run

    _done(run(_store(store), concept, labels, note, corrections_file))


@click.command()
@click.argument("label")
@click.option("--into", "into", multiple=True, required=True, metavar="NAME", help="A concept the label may mean (twice or more).")
@click.option("--choose", "choose", multiple=True, metavar="FILE=NAME", help="In this note file, the label means NAME.")
@note_option
@corrections_option
@store_option
def split(
    label: str, into: tuple[str, ...], choose: tuple[str, ...], note: str, corrections_file: Path | None, store: Path | None
) -> None:
    """A label that names several concepts: each file's mentions go to the one the file names
    elsewhere (or that --choose gives); files that do not say are reported and left out.

    \b
    Example:
      kg split SN --into "Switchable Normalization" --into "Spectral Normalization"
      kg split SN --into "Switchable Normalization" --into "Spectral Normalization" --choose gan.md="Spectral Normalization"
    """
    from kg.correct import split as run

    chosen: dict[str, str] = {}
    for item in choose:
        source, sep, name = item.partition("=")
        if not sep or not source or not name:
            raise click.UsageError(f"--choose {item!r}: write FILE=NAME")
        chosen[source] = name
    _done(run(_store(store), label, into, chosen, note, corrections_file))


@click.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@corrections_option
@store_option
def corrections(fmt: str, corrections_file: Path | None, store: Path | None) -> None:
    """List your corrections, with when and why, and those that no longer apply.

    \b
    Example:
      kg corrections
    """
    from kg.cli.main import print_as
    from kg.correct import listing

    print_as("corrections", listing(_store(store), corrections_file), fmt)


def _key_reader() -> Callable[[], str]:
    """Single keys on a terminal; one line per answer from a pipe (EOF quits)."""
    if sys.stdin.isatty():
        pending = ""

        def from_keys() -> str:
            nonlocal pending  # keys typed ahead arrive together ("rq"): one answer each
            while not pending:
                pending = click.getchar().lower()
            key, pending = pending[0], pending[1:]
            return key

        return from_keys

    def from_lines() -> str:
        line = sys.stdin.readline()
        return line.strip().lower()[:1] if line else "q"

    return from_lines


@click.command()
@click.option("--relation", default=None, metavar="R", help="Only facts of this relation (uses, partOf …).")
@click.option("--concept", default=None, metavar="X", help="Only facts about this concept.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Stop after this many facts.")
@click.option("--yes", "answer", flag_value="a", default=None, help="Accept every fact shown (no questions).")
@click.option("--no", "answer", flag_value="r", help="Reject every fact shown (no questions).")
@corrections_option
@store_option
def review(
    relation: str | None, concept: str | None, limit: int | None, answer: str | None, corrections_file: Path | None,
    store: Path | None,
) -> None:
    """Walk the facts kg is least sure of: [a]ccept [r]eject [s]kip [q]uit.

    Each answer is saved at once; run it again to go on where you stopped. Without a
    terminal, answers are read one per line from stdin (a, r, s or q).

    \b
    Example:
      kg review --relation uses
      printf 'r\\na\\nq\\n' | kg review
    """
    from kg.correct import review as run

    read = _key_reader()

    def decide(item: Any, index: int, total: int) -> str:
        click.echo(f"\n[{index}/{total}] {item.text()}   confidence {item.confidence:.2f}, "
                   f"{len(item.readings)} sentence{'s' if len(item.readings) != 1 else ''}")
        for r in item.readings[:3]:
            click.echo(f"  {r.source}  cue “{r.cue}”")
            click.echo(f"    {r.sentence[:300]}")
        if answer is not None:
            click.echo("  → " + ("accepted" if answer == "a" else "rejected"))
            return answer
        while True:
            click.echo("  [a]ccept [r]eject [s]kip [q]uit? ", nl=False)
            key = read()
            click.echo(key)
            if key in ("a", "r", "s", "q"):
                return key

    summary = run(_store(store), decide, relation, concept, limit, corrections_file)
    from kg.cli.main import print_as

    print_as("review", summary)


@click.command()
@click.option("--format", "fmt", type=click.Choice(formats("findings")), default="text", show_default=True)
@click.option("--kind", "kinds", multiple=True, metavar="KIND", help="Only these kinds of finding.")
@store_option
def lint(fmt: str, kinds: tuple[str, ...], store: Path | None) -> None:
    """Check the notes' health: unanswered questions, concepts named once, likely duplicates,
    broken links and images, corrections that no longer apply. Exit 1 when anything is found.

    \b
    Example:
      kg lint --format json
    """
    from kg.api import open as open_graph
    from kg.render import render
    from kg.render.text import findings_summary

    findings = open_graph(_store(store).root).lint()
    if kinds:
        findings = [f for f in findings if f.kind in kinds]
    text = render("findings", findings, fmt)
    if text:
        click.echo(text)
    if fmt == "text":
        click.echo(findings_summary(findings), err=True)
    if findings:
        raise SystemExit(1)


COMMANDS = [review, reject, accept, assert_, merge, alias, split, corrections, lint]
