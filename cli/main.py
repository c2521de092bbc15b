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

from kg.cli.options import store_option
from kg.errors import KgError
from kg.query import QUERY_MEMORY_MB
from kg.render import formats

F = TypeVar("F", bound=Callable[..., Any])


class KgClickError(click.ClickException):
    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]

    def show(self, file: Any = None) -> None:
        click.echo(f"kg: error: {self.format_message()}", err=True)


def _query_thread_running() -> bool:
    from kg.query import query_running

    return query_running()


def failure(exc: BaseException) -> BaseException:
    """The one place errors become what the user sees: one line on stderr and an exit code.

    kg's own errors (kg.errors) carry their exit code; a path the user gave that cannot be used
    is 1; a closed pipe (`kg query … | head`) ends quietly with 0; Ctrl-C is 130; a usage error
    is click's (2). Inside a command (KgGroup.invoke) kg's errors become a KgClickError, which
    click shows; at the top (main) everything ends here as a SystemExit. Anything else is a bug
    and keeps its traceback.
    """
    if isinstance(exc, KgError):
        if getattr(exc, "worker_running", False):  # a query thread cannot be interrupted: leave now
            click.echo(f"kg: error: {exc}", err=True)
            sys.stdout.flush()
            import os

            os._exit(exc.exit_code)
        return KgClickError(str(exc), exc.exit_code)
    if isinstance(exc, BrokenPipeError):  # an OSError too: tested first
        sys.stderr.close()
        return SystemExit(0)
    if isinstance(exc, OSError):  # a path the user gave: unwritable output, a folder that is not there
        name = f" {exc.filename}" if exc.filename else ""
        return KgClickError(f"cannot use{name}: {exc.strerror or exc}", 1)
    if isinstance(exc, (KeyboardInterrupt, click.exceptions.Abort)):
        click.echo("kg: interrupted", err=True)
        if _query_thread_running():
            # a query thread in native code cannot be stopped, and the store it reads may wait for it when the
            # interpreter shuts down: leave now, as a timed-out query does
            sys.stdout.flush()
            import os

            os._exit(130)
        return SystemExit(130)
    if isinstance(exc, click.exceptions.NoArgsIsHelpError):  # `kg prereqs` alone: show its help
        click.echo(exc.ctx.get_help() if exc.ctx else str(exc), err=True)
        return SystemExit(2)
    if isinstance(exc, click.UsageError):
        command = exc.ctx.command_path if exc.ctx else "kg"
        click.echo(f"kg: error: {command}: {exc.format_message().rstrip('.')} (see `{command} --help`)", err=True)
        return SystemExit(exc.exit_code)
    if isinstance(exc, click.ClickException):  # KgClickError, and click's own (a file that is not there)
        exc.show()
        return SystemExit(exc.exit_code)
    return exc


# Commands defined in other modules, imported only when named (click's lazy-group pattern):
# `kg query` does not pay for defining the correction commands.
LAZY_COMMANDS = {
    name: "kg.cli.corrections"
    for name in ("review", "reject", "accept", "assert", "merge", "alias", "split", "corrections", "lint")
}


class KgGroup(click.Group):
    """Turns library errors into one-line messages with the error's exit code."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(LAZY_COMMANDS))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_COMMANDS and cmd_name not in self.commands:
            import importlib

            module = importlib.import_module(LAZY_COMMANDS[cmd_name])
            for command in module.COMMANDS:
                self.add_command(command)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (KgError, OSError, KeyboardInterrupt) as exc:
            raise failure(exc) from None


class _Seconds(click.ParamType):
    """A positive, finite number of seconds (not nan, inf, 0 or 1e300)."""

    name = "seconds"

    def convert(self, value: Any, param: Any, ctx: Any) -> float:
        import math

        try:
            seconds = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if not math.isfinite(seconds) or not 0 < seconds <= 86_400:
            self.fail(f"{value!r} is not between 0 and 86400 seconds", param, ctx)
        return seconds


SECONDS = _Seconds()


def _decode_query(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise click.UsageError(f"{where}:{line}: the query is not UTF-8 text (byte {exc.start})") from None


def endpoint_option(func: F) -> F:
    return click.option(
        "--endpoint",
        metavar="URL",
        envvar="KG_ENDPOINT",
        default=None,
        help="Query a SPARQL 1.1 endpoint instead of the local store.",
    )(func)


def open_graph(store: Path | None, endpoint: str | None, timeout: float | None = None):  # type: ignore[no-untyped-def]
    from kg.api import open as open_

    return open_(store, endpoint, timeout)


def emit(data: str | bytes) -> None:
    """Print what kg.render gave: text as lines, bytes as they are."""
    if isinstance(data, bytes):
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        click.echo(data.rstrip("\n"))


def print_as(kind: str, value: Any, fmt: str = "text", **options: Any) -> None:
    """Render ``value`` through kg.render's table and print it."""
    from kg.render import render

    emit(render(kind, value, fmt, **options))


def format_option(kind: str, default: str = "text", help: str | None = None) -> Callable[[F], F]:
    """``--format`` with the formats kg.render's table has for ``kind``."""
    return click.option(
        "--format", "fmt", type=click.Choice(formats(kind)), default=default, show_default=True, help=help
    )


@click.group(
    cls=KgGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100, "terminal_width": 100},
)
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
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    metavar="C",
    help="Write a relation as a direct triple only at this confidence or above (default 0.5); "
    "the rest stay queryable as kg:Fact records.",
)
@click.option(
    "--corrections",
    "corrections_file",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="KG_CORRECTIONS",
    default=None,
    show_envvar=True,
    help="Your corrections file (default: kg-corrections.toml beside the notes).",
)
def build(
    notes: tuple[Path, ...], store: Path | None, quiet: bool, min_confidence: float | None, corrections_file: Path | None
) -> None:
    """Parse notes and build the graph.

    NOTES are Markdown files or folders (searched recursively); with none,
    the bundled example notes are built. The previous graph stays in place
    until the new one is complete.

    \b
    Example:
      kg build ~/notes
    """
    from kg.api import build_report

    report = build_report(list(notes) or None, store, min_confidence=min_confidence, corrections=corrections_file)
    if not quiet:
        print_as("build", report)


# ---------------------------------------------------------------------- query


@cli.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.File("rb"), help="Read the query from a file.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(formats("rows", "triples")),
    default="table",
    show_default=True,
    help=f"Result format: {', '.join(formats('rows'))} for SELECT/ASK; "
    f"{', '.join(formats('triples'))} for CONSTRUCT/DESCRIBE.",
)
@click.option("--timeout", type=SECONDS, default=None, metavar="SECONDS", help="Stop a query that runs longer.")
@click.option("--allow-service", is_flag=True, help="Let SERVICE fetch data from other endpoints (off: no network).")
@click.option(
    "--max-memory",
    type=click.IntRange(64),
    default=QUERY_MEMORY_MB,
    show_default=True,
    metavar="MB",
    help="Stop a query once kg holds this much memory (a cartesian product grows without end).",
)
@store_option
@endpoint_option
def query(
    sparql: str | None,
    query_file: Any,
    fmt: str,
    timeout: float | None,
    allow_service: bool,
    max_memory: int,
    store: Path | None,
    endpoint: str | None,
) -> None:
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
    from kg.render import check_query_format, render_result

    if query_file is not None:
        text = _decode_query(query_file.read(), query_file.name)
    elif sparql == "-":
        text = _decode_query(sys.stdin.buffer.read(), "standard input")
    elif sparql:
        text = sparql
    else:
        raise click.UsageError("give a query, '-' for standard input, or -f FILE")
    if not text.strip():
        raise click.UsageError("the query is empty")
    check_query_format(text, fmt)
    result = open_graph(store, endpoint, timeout).query(text, timeout, allow_service, max_memory)
    rendered = render_result(result, fmt)
    emit(rendered.decode("utf-8") if isinstance(rendered, bytes) else rendered)


# ---------------------------------------------------------------------- export and stats


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(formats("graph")),
    default="turtle",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write to a file instead of standard output.",
)
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
    data = open_graph(store, endpoint).export(fmt)
    if output is None:
        emit(data)
    else:
        output.write_bytes(data)
        click.echo(f"Wrote {output} ({len(data):,} bytes)", err=True)


@cli.command()
@click.option("--shapes", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
              help="SHACL shapes in Turtle (default: the ontology's shapes.ttl).")
@format_option("check")
@store_option
@endpoint_option
def check(shapes: Path | None, fmt: str, store: Path | None, endpoint: str | None) -> None:
    """Validate the graph against SHACL shapes; exit 1 when it does not conform.

    \b
    Example:
      kg check
      kg check --endpoint http://localhost:7878 --format json
    """
    report = open_graph(store, endpoint).check(shapes)
    print_as("check", report, fmt)
    if not report.conforms:
        raise SystemExit(1)


@cli.command()
@store_option
@endpoint_option
@click.option(
    "--timeout",
    type=SECONDS,
    default=None,
    metavar="SECONDS",
    help="With --endpoint: give up on a server that does not connect or answer within this long (default 60).",
)
def stats(store: Path | None, endpoint: str | None, timeout: float | None) -> None:
    """Count concepts by class and facts by relation.

    \b
    Example:
      kg stats
    """
    print_as("stats", open_graph(store, endpoint, timeout).stats())


# ---------------------------------------------------------------------- learning


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


lang_option = click.option(
    "--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True, help="Language of the labels."
)


def learner_option(func: F) -> F:
    return click.option(
        "--learner",
        "learner_file",
        type=click.Path(path_type=Path, dir_okay=False),
        envvar="KG_LEARNER",
        default=None,
        help="Learner state file (default: learner.json in the store folder).",
    )(func)


def _learner(store: Path | None, learner_file: Path | None):  # type: ignore[no-untyped-def]
    from kg.api import learner

    return learner(store, learner_file)


@cli.command()
@click.argument("concept")
@click.option(
    "--known", multiple=True, metavar="A,B,…", help="Concepts you already know (comma-separated; repeatable)."
)
@click.option(
    "--depth",
    type=click.IntRange(min=0),
    default=2,
    show_default=True,
    help="Only prerequisites up to this many links away (0: every one, however far).",
)
@click.option(
    "--max-steps", type=click.IntRange(min=1), default=None, help="At most this many steps: the best supported."
)
@click.option("--all", "ignore_known", is_flag=True, help="Ignore what `kg know` recorded as known.")
@click.option("--questions", is_flag=True, help="A study sheet: add the notes' questions and answers to each step.")
@format_option("plan")
@lang_option
@store_option
@endpoint_option
@learner_option
def prereqs(
    concept: str,
    known: tuple[str, ...],
    depth: int | None,
    max_steps: int | None,
    ignore_known: bool,
    questions: bool,
    fmt: str,
    lang: str,
    store: Path | None,
    endpoint: str | None,
    learner_file: Path | None,
) -> None:
    """What to study before CONCEPT, in order, each step with why.

    CONCEPT is any label or alias, in any case, in English or Chinese.

    \b
    Examples:
      kg prereqs Transformer
      kg prereqs 批归一化 --format json
      kg prereqs ResNet --known ReLU,Dropout --questions

    Concepts recorded with `kg know` are left out unless --all is given.
    """
    remembered = [] if ignore_known else list(_learner(store, learner_file).known)
    graph = open_graph(store, endpoint)
    plan = graph.prereqs(concept, remembered + _split(known), depth or None, questions, lang, max_steps)
    print_as("plan", plan, fmt, lang=lang)


@cli.command(name="next")
@click.option(
    "--known", multiple=True, metavar="A,B,…", help="Concepts you already know (comma-separated; repeatable)."
)
@click.option("--goal", "goals", multiple=True, metavar="A,B,…", help="Aim at these (default: goals from `kg goal`).")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
@format_option("next")
@lang_option
@store_option
@endpoint_option
@learner_option
def next_(
    known: tuple[str, ...],
    goals: tuple[str, ...],
    limit: int,
    fmt: str,
    lang: str,
    store: Path | None,
    endpoint: str | None,
    learner_file: Path | None,
) -> None:
    """What you can learn now: every prerequisite known, closest to your goals first.

    Known concepts and goals come from `kg know` and `kg goal`, plus --known and --goal.

    \b
    Examples:
      kg next --known ReLU,Dropout,VGG
      kg goal Transformer && kg next
    """
    state = _learner(store, learner_file)
    aims = _split(goals) or list(state.goals)
    steps = open_graph(store, endpoint).next(list(state.known) + _split(known), limit, aims)
    print_as("next", steps, fmt, lang=lang)


@cli.command()
@click.argument("concepts", nargs=-1, required=True)
@store_option
@learner_option
def know(concepts: tuple[str, ...], store: Path | None, learner_file: Path | None) -> None:
    """Record concepts you already know; plans and `kg next` leave them out.

    \b
    Example:
      kg know ReLU Dropout 批归一化
    """
    from kg.learner import know as record

    state = _learner(store, learner_file)
    record(open_graph(store, None).backend, state, list(concepts))  # all resolve, or nothing is written
    click.echo(f"Known: {len(state.known)} concept{'s' if len(state.known) != 1 else ''} ({state.path})")


@cli.command()
@click.argument("concepts", nargs=-1, required=True)
@store_option
@learner_option
def forget(concepts: tuple[str, ...], store: Path | None, learner_file: Path | None) -> None:
    """Take concepts off the known list (and off the goals).

    \b
    Example:
      kg forget ReLU
    """
    from kg.learner import forget as drop

    state = _learner(store, learner_file)
    drop(open_graph(store, None).backend, state, list(concepts))
    click.echo(f"Known: {len(state.known)} concept{'s' if len(state.known) != 1 else ''} ({state.path})")


@cli.command()
@format_option("learner")
@store_option
@learner_option
def known(fmt: str, store: Path | None, learner_file: Path | None) -> None:
    """List what you recorded as known, and your goals.

    \b
    Example:
      kg known --format json
    """
    print_as("learner", _learner(store, learner_file), fmt)


@cli.command()
@click.argument("concepts", nargs=-1)
@click.option("--clear", is_flag=True, help="Remove every goal.")
@store_option
@learner_option
def goal(concepts: tuple[str, ...], clear: bool, store: Path | None, learner_file: Path | None) -> None:
    """Set what you want to learn; `kg next` then recommends what leads there.

    \b
    Example:
      kg goal Transformer BERT
    """
    from kg.learner import set_goals

    state = _learner(store, learner_file)
    set_goals(open_graph(store, None).backend, state, list(concepts), clear)
    click.echo("Goals: " + (", ".join(sorted(state.goals.values())) or "none"))


@cli.command()
@click.argument("concept")
@format_option("card")
@lang_option
@store_option
@endpoint_option
def show(concept: str, fmt: str, lang: str, store: Path | None, endpoint: str | None) -> None:
    """A concept card: labels, class, relations in and out, questions about it.

    \b
    Example:
      kg show BN
    """
    print_as("card", open_graph(store, endpoint).show(concept), fmt, lang=lang)


@cli.command()
@click.argument("text")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
@format_option("search")
@lang_option
@store_option
@endpoint_option
def search(text: str, limit: int, fmt: str, lang: str, store: Path | None, endpoint: str | None) -> None:
    """Find concepts by label or alias: substring and fuzzy, Chinese included.

    \b
    Example:
      kg search norm
    """
    print_as("search", open_graph(store, endpoint).search(text, limit), fmt, lang=lang, text=text)


@cli.command()
@click.argument("start")
@click.argument("end")
@lang_option
@store_option
@endpoint_option
def path(start: str, end: str, lang: str, store: Path | None, endpoint: str | None) -> None:
    """How two concepts are connected: the shortest chain of relations.

    \b
    Example:
      kg path Dropout Transformer
    """
    print_as("route", open_graph(store, endpoint).path(start, end), lang=lang)


@cli.command()
@click.argument("subject")
@click.argument("relation")
@click.argument("object_", metavar="OBJECT")
@lang_option
@store_option
@endpoint_option
def explain(subject: str, relation: str, object_: str, lang: str, store: Path | None, endpoint: str | None) -> None:
    """Where the graph got a fact: each source sentence, file, line and cue.

    \b
    Example:
      kg explain ResNet uses BN
    """
    explained = open_graph(store, endpoint).explain(subject, relation, object_)
    print_as("explanation", explained, lang=lang)
    if not explained.evidence:
        raise SystemExit(1)


# ---------------------------------------------------------------------- viz


@cli.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("kg-graph.html"),
    show_default=True,
    help="The HTML file to write.",
)
@click.option("--focus", metavar="CONCEPT", help="Draw only the neighbourhood of this concept.")
@click.option(
    "--depth", type=click.IntRange(min=0), default=2, show_default=True, help="Neighbourhood radius with --focus."
)
@click.option("--relations", metavar="R1,R2", help="Draw only these relations (e.g. uses,conflictsWith).")
@click.option("--prereqs", metavar="CONCEPT", help="Draw the study plan for CONCEPT as a left-to-right DAG.")
@click.option("--all", "include_isolated", is_flag=True, help="Also draw concepts that have no relation.")
@lang_option
@store_option
@endpoint_option
@learner_option
def viz(
    output: Path,
    focus: str | None,
    depth: int,
    relations: str | None,
    prereqs: str | None,
    include_isolated: bool,
    lang: str,
    store: Path | None,
    endpoint: str | None,
    learner_file: Path | None,
) -> None:
    """Write an interactive HTML graph that works offline.

    Every concept in it offers "study before this": the plan `kg prereqs` gives,
    leaving out what `kg know` recorded.

    \b
    Examples:
      kg viz
      kg viz -o resnet.html --focus ResNet --depth 2
      kg viz --relations uses,conflictsWith --lang zh
      kg viz --prereqs Transformer
    """
    from kg.render import render
    from kg.viz import ViewOptions

    view = ViewOptions(focus, depth, _split((relations,)) if relations else None, lang, prereqs, include_isolated)
    view.known = list(_learner(store, learner_file).known)
    net = open_graph(store, endpoint).view(view)
    title = f"Study plan: {prereqs}" if prereqs else (f"kg: around {focus}" if focus else "kg: concept graph")
    output.write_text(str(render("network", net, "html", title=title)), encoding="utf-8")
    click.echo(
        f"Wrote {output} ({len(net.nodes)} concepts, {len(net.edges)} relations, "
        f"{output.stat().st_size / 1024:,.0f} KiB); open it in a browser, no network needed."
    )


# ---------------------------------------------------------------------- servers


@cli.command()
@click.option(
    "--endpoint",
    metavar="URL",
    required=True,
    envvar="KG_ENDPOINT",
    help="Server base URL (Oxigraph: http://127.0.0.1:7878) or its Graph Store URL.",
)
@click.option("--graph", "graph_iri", metavar="IRI", help="Push into this named graph instead of the default graph.")
@click.option("--replace", is_flag=True, help="Replace the graph's triples instead of adding to them.")
@click.option("--batch", type=click.IntRange(min=1000), default=50_000, show_default=True, help="Triples per request.")
@click.option(
    "--timeout",
    type=SECONDS,
    default=None,
    metavar="SECONDS",
    help="Give up on a server that does not connect or answer within this long (default 60).",
)
@store_option
def push(
    endpoint: str, graph_iri: str | None, replace: bool, batch: int, timeout: float | None, store: Path | None
) -> None:
    """Send the local graph to a SPARQL 1.1 server.

    Uses the Graph Store HTTP Protocol (SPARQL Update where the server has
    no store protocol), streamed from the store one batch at a time. With
    --replace the graph goes in one request that the server applies whole or
    not at all: pushing twice gives the same graph, and a push that fails
    leaves the server's previous graph.

    \b
    Example:
      kg push --endpoint http://127.0.0.1:7878 --replace
    """
    from kg.api import push as run_push

    report = run_push(endpoint, store, graph_iri, replace, batch, timeout)
    click.echo(
        f"Pushed {report.triples:,} triples in {report.batches} batch{'es' if report.batches != 1 else ''} "
        f"to {report.target} ({report.protocol}{', replacing' if replace else ''})"
    )


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
@click.option(
    "--timeout",
    type=SECONDS,
    default=30.0,
    show_default=True,
    metavar="SECONDS",
    help="Stop a query that runs longer (its worker process is killed and replaced).",
)
@click.option(
    "--max-request",
    type=click.IntRange(1024, 2**30),
    default=2**20,
    show_default=True,
    metavar="BYTES",
    help="Refuse request bodies larger than this (HTTP 413).",
)
@click.option(
    "--max-memory",
    type=click.IntRange(0, 2**20),
    default=1024,
    show_default=True,
    metavar="MB",
    help="Stop a query whose worker grows past this resident memory (0: no limit).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    metavar="N",
    help="Queries run at once, each in its own process (default: one per core, at most 8).",
)
@click.option("--allow-service", is_flag=True, help="Let queries use SERVICE to fetch from other endpoints.")
@store_option
def serve(
    host: str,
    port: int,
    timeout: float,
    max_request: int,
    max_memory: int,
    workers: int | None,
    allow_service: bool,
    store: Path | None,
) -> None:
    """Serve the local graph read-only over the SPARQL 1.1 Protocol.

    Queries go to http://HOST:PORT/query (GET, or POST as a form or as
    application/sparql-query); answers come in the format the client's
    Accept asks for. Each query runs in a worker process that is killed when
    it passes --timeout or --max-memory or its client leaves; SERVICE is
    refused unless --allow-service. SIGTERM, SIGINT and SIGHUP stop the
    server and its workers.

    \b
    Example:
      kg serve --port 7878 --timeout 10
    """
    from kg.api import serve as run_serve
    from kg.serve import ServeOptions

    options = ServeOptions(host, port, timeout, max_request, max_memory, workers or 0, allow_service)

    def log(line: str) -> None:
        click.echo(line, err=True)

    raise SystemExit(run_serve(store, options, log))



def main() -> None:
    """Run the CLI; every error a user can cause ends as one line on stderr and a non-zero exit."""
    try:
        cli.main(prog_name="kg", standalone_mode=False)
    except (click.ClickException, click.exceptions.Abort, KgError, OSError, KeyboardInterrupt) as exc:
        raise failure(exc) from None


if __name__ == "__main__":  # pragma: no cover
    main()
