"""The `kg` command line: a thin click layer over the kg library.

Each command parses its options, calls one function of `kg`, and prints.
Library errors (kg.errors.KgError) become one line on stderr and a non-zero
exit code; nothing a user can cause prints a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from kg.errors import KgError

F = TypeVar("F", bound=Callable[..., Any])


class KgClickError(click.ClickException):
    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file: Any = None) -> None:
        click.echo(f"kg: error: {self.format_message()}", err=True)


class KgGroup(click.Group):
    """Turns library errors into one-line messages with the error's exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise KgClickError(str(exc), exc.exit_code) from None
        except BrokenPipeError:  # `kg query … | head`
            sys.stderr.close()
            raise SystemExit(0) from None
        except KeyboardInterrupt:
            click.echo("kg: interrupted", err=True)
            raise SystemExit(130) from None


def store_option(func: F) -> F:
    return click.option(
        "--store",
        type=click.Path(path_type=Path, file_okay=False),
        envvar="KG_STORE",
        default=None,
        show_envvar=True,
        help="Graph folder (default: .kg in the current folder).",
    )(func)


def endpoint_option(func: F) -> F:
    return click.option(
        "--endpoint",
        metavar="URL",
        envvar="KG_ENDPOINT",
        default=None,
        help="Query a SPARQL 1.1 endpoint instead of the local store.",
    )(func)


def open_backend(store: Path | None, endpoint: str | None, timeout: float | None = None):  # type: ignore[no-untyped-def]
    from kg.query import open_backend as _open

    return _open(store, endpoint, timeout)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="kg-notes", prog_name="kg")
def cli() -> None:
    """Turn study notes into a knowledge graph you can query.

    \b
    kg build ~/notes           build the graph (no argument: the bundled example)
    kg query 'SELECT …'        ask it in SPARQL
    kg prereqs Transformer     what to study first, in order
    kg viz                     an offline interactive HTML graph
    """


# ---------------------------------------------------------------------- build


@cli.command()
@click.argument("notes", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success.")
def build(notes: tuple[Path, ...], store: Path | None, quiet: bool) -> None:
    """Parse notes and build the graph.

    NOTES are Markdown files or folders (searched recursively); with none,
    the bundled example notes are built. The previous graph stays in place
    until the new one is complete.

    \b
    Example:
      kg build ~/notes
    """
    from kg.build import build as run_build
    from kg.store import GraphStore

    report = run_build(list(notes) or None, GraphStore(store))
    if quiet:
        return
    relations = ", ".join(f"{n} {name}" for name, n in sorted(report.facts_by_relation.items(), key=lambda x: -x[1]))
    click.echo(
        f"Built {report.store}/ from {report.files} file{'s' if report.files != 1 else ''} "
        f"({report.reextracted} re-read) in {report.seconds:.2f} s: {report.items} items, "
        f"{report.questions} questions, {report.facts} facts, {report.discovered} new concepts"
    )
    if relations:
        click.echo(f"facts: {relations}")


# ---------------------------------------------------------------------- query


@cli.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a file.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "nt", "jsonld"]),
    default="table",
    show_default=True,
    help="Result format (CONSTRUCT/DESCRIBE: turtle, nt, jsonld, xml).",
)
@click.option("--timeout", type=float, default=None, metavar="SECONDS", help="Stop a query that runs longer.")
@store_option
@endpoint_option
def query(sparql: str | None, query_file: Any, fmt: str, timeout: float | None, store: Path | None, endpoint: str | None) -> None:
    """Run a read-only SPARQL query.

    SPARQL is the query text, or '-' to read it from standard input. The
    prefixes kg, c, rdf, rdfs, owl, xsd, skos, schema, prov and dcterms are
    declared for you.

    \b
    Examples:
      kg query 'SELECT ?x WHERE { ?x kg:uses ?bn . ?bn skos:altLabel "BN" }'
      kg query -f q.rq --format csv
      echo 'ASK { ?a kg:conflictsWith ?b }' | kg query -
    """
    from kg.formats import format_result

    if query_file is not None:
        text = query_file.read()
    elif sparql == "-":
        text = sys.stdin.read()
    elif sparql:
        text = sparql
    else:
        raise click.UsageError("give a query, '-' for standard input, or -f FILE")
    if not text.strip():
        raise click.UsageError("the query is empty")
    backend = open_backend(store, endpoint, timeout)
    try:
        result = backend.query(text, timeout=timeout)
    except KgError as exc:
        if exc.__class__.__name__ == "QueryTimeout":
            click.echo(f"kg: error: {exc}", err=True)
            sys.stdout.flush()
            import os

            os._exit(exc.exit_code)  # the query thread cannot be interrupted; leave now
        raise
    click.echo(format_result(result, fmt).rstrip("\n"))


# ---------------------------------------------------------------------- export and stats


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "nt", "jsonld", "trig", "xml", "graphml", "gexf", "cytoscape"]),
    default="turtle",
    show_default=True,
)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write to a file instead of standard output.")
@store_option
@endpoint_option
def export(fmt: str, output: Path | None, store: Path | None, endpoint: str | None) -> None:
    """Write the graph in a standard format.

    RDF formats hold everything (ontology, concepts, notes, facts,
    provenance); graphml, gexf and cytoscape hold the concept graph for
    Gephi or Cytoscape.

    \b
    Example:
      kg export --format turtle -o notes.ttl
    """
    from kg.export import export as run_export

    run_export(open_backend(store, endpoint), fmt, output, sys.stdout.buffer)
    if output is not None:
        click.echo(f"Wrote {output} ({output.stat().st_size:,} bytes)", err=True)


@cli.command()
@store_option
@endpoint_option
def stats(store: Path | None, endpoint: str | None) -> None:
    """Count concepts by class and facts by relation.

    \b
    Example:
      kg stats
    """
    from kg.stats import graph_stats, render_stats

    click.echo(render_stats(graph_stats(open_backend(store, endpoint))))


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":  # pragma: no cover
    main()
