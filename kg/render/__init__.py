"""render: every output format kg prints or writes, in one table.

The commands and the library compute plain data classes (a query ``Result``, a
``Plan``, a ``Card`` …); this table turns them into text, JSON, the W3C SPARQL
result formats, RDF, graph formats for Gephi and Cytoscape, or HTML. The CLI's
``--format`` choices, ``kg export``, ``kg.open(...).export(...)`` and
``render(...)`` all read it, so a new format is one entry here (and its
function).

Each entry names the kinds of value it renders and its function as a
``"module:function"`` string, imported on first use (rdflib's plugin registry
does the same): printing a table never imports networkx, jinja2 or rdflib.
A renderer is called as ``function(value, **options)``, plus ``variant=`` when
the entry has one (one function serves every RDF syntax), and returns ``str``
or ``bytes``.

    >>> from kg.render import render
    >>> print(render("plan", graph.prereqs("ResNet"), "text", lang="zh"))

Kinds, and the value each one renders:

- ``rows``: a SELECT or ASK ``kg.query.Result``;
- ``triples``: a CONSTRUCT or DESCRIBE ``Result`` (or a list of triples);
- ``graph``: a whole graph, as its ``kg.query.Backend``;
- ``network``: a ``kg.viz`` concept view (a ``pyvis.Network``);
- ``plan``, ``next``, ``card``, ``search``, ``route``, ``explanation``, ``stats``,
  ``check``, ``findings``, ``learner``, ``build``, ``recorded`` (a correction command's
  ``kg.model.Recorded``), ``review`` (``kg.model.ReviewSummary``): the data classes of the commands
  of the same names.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from kg.errors import FormatMismatch

TEXT = "text/plain; charset=utf-8"
JSON = "application/json"


class Format:
    """One output format: what it renders, how, and how it is served.

    A plain class rather than a dataclass: the table is built on every `kg query`, and a
    dataclass costs a millisecond to define.
    """

    __slots__ = ("name", "kinds", "function", "media_type", "aliases", "variant", "extension", "served", "also")

    def __init__(
        self,
        name: str,
        kinds: tuple[str, ...],  # the kinds of value it renders
        function: str,  # "module:function", imported on first use
        media_type: str = TEXT,
        aliases: tuple[str, ...] = (),
        variant: str = "",  # passed to the function as ``variant=`` (the RDF syntax, the graph format …)
        extension: str = "",
        served: int = 0,  # kg serve's preference among the answers of its kind (1 first); 0: not served
        also: tuple[str, ...] = (),  # further media types kg serve answers in this format
    ) -> None:
        self.name = name
        self.kinds = kinds
        self.function = function
        self.media_type = media_type
        self.aliases = aliases
        self.variant = variant
        self.extension = extension
        self.served = served
        self.also = also

    def __repr__(self) -> str:
        return f"Format({self.name!r}, {self.kinds!r}, {self.function!r})"

    def renderer(self) -> Callable[..., str | bytes]:
        """The function, imported now (by an import statement, so ``-X importtime`` shows it)."""
        module, _, name = self.function.partition(":")
        __import__(module)
        return getattr(sys.modules[module], name)  # type: ignore[no-any-return]


_RESULTS = "kg.render.results"
_RDF = "kg.render.rdf:serialize"
_TEXT = "kg.render.text"
_JSON = "kg.render.data"

FORMATS: tuple[Format, ...] = (
    # SPARQL answers: a table for people, and the W3C result formats (``variant``: the syntax's
    # name in pyoxigraph, which kg serve streams them with)
    Format("table", ("rows",), f"{_RESULTS}:table"),
    Format("csv", ("rows",), f"{_RESULTS}:to_csv", "text/csv; charset=utf-8", (), "CSV", "csv", 3),
    Format("tsv", ("rows",), f"{_RESULTS}:to_tsv", "text/tab-separated-values; charset=utf-8", (), "TSV", "tsv", 4),
    Format("json", ("rows",), f"{_RESULTS}:to_json", "application/sparql-results+json", (), "JSON", "srj", 1,
           ("application/json",)),
    Format("xml", ("rows",), f"{_RESULTS}:to_xml", "application/sparql-results+xml", (), "XML", "srx", 2,
           ("application/xml", "text/xml")),
    # RDF: a CONSTRUCT's triples, or the whole graph (``table`` and ``json``: what a query's
    # default and JSON formats mean when the answer is triples)
    Format("turtle", ("triples", "graph"), _RDF, "text/turtle", ("ttl", "table"), "TURTLE", "ttl", 1,
           ("application/x-turtle",)),
    Format("nt", ("triples", "graph"), _RDF, "application/n-triples", ("ntriples",), "N_TRIPLES", "nt", 2,
           ("text/plain",)),
    Format("jsonld", ("triples", "graph"), _RDF, "application/ld+json", ("json",), "JSON_LD", "jsonld", 4,
           ("application/json",)),
    Format("trig", ("triples", "graph"), _RDF, "application/trig", (), "TRIG", "trig", 6),
    Format("xml", ("triples", "graph"), _RDF, "application/rdf+xml", ("rdfxml",), "RDF_XML", "rdf", 3,
           ("application/xml", "text/xml")),
    Format("nquads", ("triples", "graph"), _RDF, "application/n-quads", ("nq",), "N_QUADS", "nq", 5),
    # the concept graph, for Gephi and Cytoscape
    Format("graphml", ("graph",), "kg.render.graphs:networkx", "application/graphml+xml", (), "graphml", "graphml"),
    Format("gexf", ("graph",), "kg.render.graphs:networkx", "application/gexf+xml", (), "gexf", "gexf"),
    Format("cytoscape", ("graph",), "kg.render.graphs:networkx", JSON, (), "cytoscape", "json"),
    # the offline page
    Format("html", ("network",), "kg.viz:render_html", "text/html; charset=utf-8", extension="html"),
    # what the commands compute
    Format("text", ("plan",), f"{_TEXT}:plan"),
    Format("markdown", ("plan",), f"{_TEXT}:plan", "text/markdown; charset=utf-8", ("md",), "markdown", "md"),
    Format("json", ("plan",), f"{_JSON}:plan", JSON),
    Format("text", ("next",), f"{_TEXT}:next_steps"),
    Format("json", ("next",), f"{_JSON}:next_steps", JSON),
    Format("text", ("card",), f"{_TEXT}:card"),
    Format("json", ("card",), f"{_JSON}:card", JSON),
    Format("text", ("search",), f"{_TEXT}:search"),
    Format("json", ("search",), f"{_JSON}:search", JSON),
    Format("text", ("route",), f"{_TEXT}:route"),
    Format("text", ("explanation",), f"{_TEXT}:explanation"),
    Format("text", ("stats",), f"{_TEXT}:stats"),
    Format("text", ("check",), f"{_TEXT}:check"),
    Format("json", ("check",), f"{_JSON}:check", JSON),
    Format("text", ("corrections",), f"{_TEXT}:corrections"),
    Format("json", ("corrections",), f"{_JSON}:corrections", JSON),
    Format("text", ("recorded",), f"{_TEXT}:recorded"),
    Format("json", ("recorded",), f"{_JSON}:recorded", JSON),
    Format("text", ("review",), f"{_TEXT}:review"),
    Format("json", ("review",), f"{_JSON}:review", JSON),
    Format("text", ("findings",), f"{_TEXT}:findings"),
    Format("json", ("findings",), f"{_JSON}:findings", JSON),
    Format("text", ("learner",), f"{_TEXT}:learner"),
    Format("json", ("learner",), f"{_JSON}:learner", JSON),
    Format("text", ("build",), f"{_TEXT}:build"),
)


def formats(*kinds: str) -> list[str]:
    """The format names (not aliases) that render any of ``kinds``, in the table's order, once each."""
    names: list[str] = []
    for entry in FORMATS:
        if entry.name not in names and any(k in entry.kinds for k in kinds):
            names.append(entry.name)
    return names


def find(kind: str, name: str) -> Format:
    """The entry that renders ``kind`` as ``name`` (a name or an alias); FormatMismatch if none does."""
    key = name.lower()
    for entry in FORMATS:
        if kind in entry.kinds and key == entry.name:
            return entry
    for entry in FORMATS:
        if kind in entry.kinds and key in entry.aliases:
            return entry
    known = formats(kind)
    if not known:
        raise ValueError(f"nothing renders {kind!r}")
    raise FormatMismatch(f"no format {name!r} for {kind}; formats: {', '.join(known)}")


def render(kind: str, value: Any, fmt: str, **options: Any) -> str | bytes:
    """``value`` (of ``kind``) in format ``fmt``: text or JSON as ``str``, RDF and graph formats as
    ``bytes`` or ``str`` as the syntax is (``to_bytes`` gives bytes either way)."""
    entry = find(kind, fmt)
    if entry.variant:
        options["variant"] = entry.variant
    return entry.renderer()(value, **options)


def served(kind: str) -> list[Format]:
    """The formats kg serve answers ``kind`` (``rows`` or ``triples``) in, its first choice first."""
    return sorted((e for e in FORMATS if kind in e.kinds and e.served), key=lambda e: e.served)


def to_bytes(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


# ---------------------------------------------------------------------- SPARQL answers

ROW_FORMS = ("SELECT", "ASK")
TRIPLE_FORMS = ("CONSTRUCT", "DESCRIBE")


def result_kind(form: str) -> str:
    """The kind a query's answer is: ``rows`` (SELECT, ASK) or ``triples`` (CONSTRUCT, DESCRIBE)."""
    return "triples" if form in TRIPLE_FORMS else "rows"


def check_result_format(form: str, fmt: str) -> None:
    """Raise FormatMismatch when ``fmt`` cannot print the answer of a ``form`` query (CSV for triples)."""
    try:
        find(result_kind(form), fmt)
    except FormatMismatch:
        if form in TRIPLE_FORMS:
            names = [n for n in formats("triples")]
            raise FormatMismatch(
                f"--format {fmt} is for SELECT and ASK; a {form} query gives triples: "
                f"use --format {', '.join(names[:-1])} or {names[-1]}"
            ) from None
        raise FormatMismatch(
            f"--format {fmt} is for CONSTRUCT and DESCRIBE; {form} prints {', '.join(formats('rows'))}"
        ) from None


def check_query_format(sparql: str, fmt: str) -> None:
    """Before a query runs: refuse a format that cannot print its answer.

    Text that is no query, or an update, is left for the backend to refuse with its own message.
    """
    from kg.errors import QuerySyntaxError
    from kg.query import query_form

    try:
        form = query_form(sparql)
    except QuerySyntaxError:
        return
    if form in ROW_FORMS + TRIPLE_FORMS:
        check_result_format(form, fmt)


def render_result(result: Any, fmt: str = "table") -> str | bytes:
    """A query's answer (``kg.query.Result``) in ``fmt``: rows for SELECT/ASK, RDF for CONSTRUCT/DESCRIBE."""
    check_result_format(result.form, fmt)
    return render(result_kind(result.form), result, fmt)
