"""The `kg` program's entry point: `kg --help` without importing anything.

`kg --help` is what people type first; answering it from this constant
keeps it as fast as `python -c pass` instead of paying ~25 ms for click.
tests/test_cli.py checks that HELP is exactly what click renders; after
changing commands, regenerate it with `python -m kg.cli.entry --regenerate`.
"""

from __future__ import annotations

import sys

HELP = "Usage: kg [OPTIONS] COMMAND [ARGS]...\n\n  Turn study notes into a knowledge graph you can query.\n\n  kg build ~/notes           build the graph (no argument: the bundled example)\n  kg query 'SELECT …'        ask it in SPARQL\n  kg prereqs Transformer     what to study first, in order\n  kg viz                     an offline interactive HTML graph\n\nOptions:\n  --version   Show the version and exit.\n  -h, --help  Show this message and exit.\n\nCommands:\n  accept       Mark facts as checked and right: `kg review` does not ask about them again.\n  alias        Give a concept more names; the notes' mentions of them count from now on.\n  assert       Add a fact the notes do not state; its provenance is you, with the note.\n  build        Parse notes and build the graph.\n  check        Validate the graph against SHACL shapes; exit 1 when it does not conform.\n  corrections  List your corrections, with when and why, and those that no longer apply.\n  explain      Where the graph got a fact: each source sentence, file, line and cue.\n  export       Write the graph in a standard format.\n  forget       Take concepts off the known list (and off the goals).\n  goal         Set what you want to learn; `kg next` then recommends what leads there.\n  know         Record concepts you already know; plans and `kg next` leave them out.\n  known        List what you recorded as known, and your goals.\n  lint         Check the notes' health: unanswered questions, concepts named once, likely...\n  merge        Make concepts one: every label kept as an alias of the one that stays.\n  next         What you can learn now: every prerequisite known, closest to your goals first.\n  path         How two concepts are connected: the shortest chain of relations.\n  prereqs      What to study before CONCEPT, in order, each step with why.\n  push         Send the local graph to a SPARQL 1.1 server.\n  query        Run a read-only SPARQL query.\n  reject       Take wrong facts out of the graph, on this and every later build.\n  review       Walk the facts kg is least sure of: [a]ccept [r]eject [s]kip [q]uit.\n  search       Find concepts by label or alias: substring and fuzzy, Chinese included.\n  serve        Serve the local graph read-only over the SPARQL 1.1 Protocol.\n  show         A concept card: labels, class, relations in and out, questions about it.\n  split        A label that names several concepts: each file's mentions go to the one the file...\n  stats        Count concepts by class and facts by relation.\n  viz          Write an interactive HTML graph that works offline.\n"


def main() -> None:
    if sys.argv[1:] in (["--help"], ["-h"]):
        sys.stdout.write(HELP)
        return
    if sys.argv[1:2] == ["query"] and _fast_query(sys.argv[2:]):
        return
    if sys.argv[1:] == ["--regenerate"]:
        _regenerate()
        return
    from kg.cli.main import main as full

    full()


def _fast_query(args: list[str]) -> bool:
    """`kg query [--store DIR] [--format F] SPARQL`, the command people run most, without click.

    Defining the click commands costs ~35 ms, a third of a cold query. This reads only that
    plain form and does what the click command does (kg.api → kg.render, errors through
    kg.cli.main.failure); anything else (help, -f, '-', other options, a value click would
    refuse) returns False and click handles it. tests/test_cli.py holds both paths to the same
    output, byte for byte.
    """
    options: dict[str, str] = {}
    sparql: str | None = None
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        name, eq, value = arg.partition("=")
        if name in ("--store", "--format") and name not in options:
            if not eq:
                if not rest:
                    return False
                value = rest.pop(0)
            options[name] = value
        elif arg.startswith("-") or sparql is not None:
            return False
        else:
            sparql = arg
    if sparql is None or not sparql.strip():
        return False
    from pathlib import Path

    from kg.render import check_query_format, formats, render_result

    fmt = options.get("--format", "table")
    store = options.get("--store", None)
    if fmt not in formats("rows", "triples") or store == "" or (store is not None and Path(store).is_file()):
        return False  # click says what is wrong
    try:
        from kg.api import open as open_graph
        from kg.query import QUERY_MEMORY_MB

        check_query_format(sparql, fmt)
        rendered = render_result(open_graph(store).query(sparql, max_memory=QUERY_MEMORY_MB), fmt)
        if isinstance(rendered, bytes):
            sys.stdout.buffer.write(rendered)
        else:
            sys.stdout.write(rendered.rstrip("\n") + "\n")
        sys.stdout.flush()
    except (Exception, KeyboardInterrupt) as exc:
        from kg.cli.main import failure

        error = failure(exc)
        raise (failure(error) if error is not exc and not isinstance(error, SystemExit) else error) from None
    return True


def _regenerate() -> None:
    from pathlib import Path

    from click.testing import CliRunner

    from kg.cli.main import cli

    text = CliRunner().invoke(cli, ["--help"], prog_name="kg").output
    path = Path(__file__)
    source = path.read_text("utf-8")
    start = source.index("HELP = ")
    end = source.index("\n", start)
    path.write_text(source[:start] + "HELP = " + repr(text) + source[end:], "utf-8")


if __name__ == "__main__":
    main()
