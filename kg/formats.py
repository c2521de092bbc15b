"""Printing query results: an aligned table, or the W3C result formats.

CSV, TSV, JSON and XML follow the SPARQL 1.1 Query Results specs, so any
SPARQL tool can read them back; the table is for people (prefixed names,
CJK-aware column widths).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any
from unicodedata import combining, east_asian_width

from kg.query import Result
from kg.terms import XSD_NS, compact

_CELL_MAX = 72


def escape(text: str) -> str:
    """XML character data (xml.sax.saxutils would pull in urllib and ssl: 20 ms at start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(text: str) -> str:
    return '"' + escape(text).replace('"', "&quot;") + '"'


def _width(text: str) -> int:
    """Terminal columns: East Asian wide and full-width characters take two, combining marks none."""
    return sum(0 if combining(ch) else 2 if east_asian_width(ch) in "WF" else 1 for ch in text)


def _kind(term: Any) -> str:
    return type(term).__name__  # NamedNode, BlankNode, Literal, Triple


def show_term(term: Any) -> str:
    """A term as a person reads it: prefixed IRIs, plain literal values."""
    if term is None:
        return ""
    kind = _kind(term)
    if kind == "NamedNode":
        return compact(term.value)
    if kind == "BlankNode":
        return f"_:{term.value}"
    if kind == "Literal":
        return str(term.value)
    return str(term)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    if _width(text) <= _CELL_MAX:
        return text
    out, width = [], 0
    for ch in text:
        width += max(_width(ch), 0)
        if width > _CELL_MAX - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


def table(result: Result) -> str:
    if result.form == "ASK":
        return "true" if result.boolean else "false"
    headers = result.variables
    cells = [[_clip(show_term(t)) for t in row] for row in result.rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(headers), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out)


def _csv_value(term: Any) -> str:
    return "" if term is None else str(term.value)


def _nt(term: Any) -> str:
    return "" if term is None else str(term)


def to_csv(result: Result) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if result.form == "ASK":
        writer.writerow(["_askResult"])
        writer.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_csv_value(t) for t in row])
    return buf.getvalue()


def to_tsv(result: Result) -> str:
    if result.form == "ASK":
        return "?_askResult\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join(_nt(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _json_term(term: Any) -> dict[str, str]:
    kind = _kind(term)
    if kind == "NamedNode":
        return {"type": "uri", "value": term.value}
    if kind == "BlankNode":
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype.value != XSD_NS + "string":
        out["datatype"] = term.datatype.value
    return out


def to_json(result: Result) -> str:
    if result.form == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}, ensure_ascii=False)
    bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
    return json.dumps(
        {"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1
    )


def _xml_term(term: Any) -> str:
    kind = _kind(term)
    if kind == "NamedNode":
        return f"<uri>{escape(term.value)}</uri>"
    if kind == "BlankNode":
        return f"<bnode>{escape(term.value)}</bnode>"
    attrs = ""
    if term.language:
        attrs = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype and term.datatype.value != XSD_NS + "string":
        attrs = f" datatype={quoteattr(term.datatype.value)}"
    return f"<literal{attrs}>{escape(term.value)}</literal>"


def to_xml(result: Result) -> str:
    head = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
    if result.form == "ASK":
        return head + f"  <head/>\n  <boolean>{'true' if result.boolean else 'false'}</boolean>\n</sparql>\n"
    parts = [head, "  <head>\n"]
    parts += [f"    <variable name={quoteattr(v)}/>\n" for v in result.variables]
    parts.append("  </head>\n  <results>\n")
    for row in result.rows:
        parts.append("    <result>\n")
        for v, t in zip(result.variables, row):
            if t is not None:
                parts.append(f"      <binding name={quoteattr(v)}>{_xml_term(t)}</binding>\n")
        parts.append("    </result>\n")
    parts.append("  </results>\n</sparql>\n")
    return "".join(parts)


ROW_FORMATS = ("table", "csv", "tsv", "json", "xml")
TRIPLE_FORMATS = ("turtle", "nt", "jsonld", "xml", "json", "table")  # json → JSON-LD, table → Turtle


def check_format(form: str, fmt: str) -> None:
    """Raise FormatMismatch when ``fmt`` cannot print the answer of a ``form`` query."""
    from kg.errors import FormatMismatch

    if form in ("CONSTRUCT", "DESCRIBE"):
        if fmt not in TRIPLE_FORMATS:
            raise FormatMismatch(
                f"--format {fmt} is for SELECT and ASK; a {form} query gives triples: "
                "use --format turtle, nt, jsonld or xml"
            )
    elif fmt not in ROW_FORMATS:
        raise FormatMismatch(f"--format {fmt} is for CONSTRUCT and DESCRIBE; {form} prints {', '.join(ROW_FORMATS)}")


def check_query_format(sparql: str, fmt: str) -> None:
    """Before a query runs: refuse a format that cannot print its answer (CSV for a CONSTRUCT).

    Text that is no query, or an update, is left for the backend to refuse with its own message.
    """
    from kg.errors import QuerySyntaxError
    from kg.query import query_form

    try:
        form = query_form(sparql)
    except QuerySyntaxError:
        return
    if form in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
        check_format(form, fmt)


def format_result(result: Result, fmt: str = "table") -> str:
    """Render a SELECT/ASK result; CONSTRUCT/DESCRIBE go through ``format_triples``."""
    check_format(result.form, fmt)
    if result.form in ("CONSTRUCT", "DESCRIBE"):
        return format_triples(result.triples, "turtle" if fmt == "table" else fmt)
    renderers = {"table": table, "csv": to_csv, "tsv": to_tsv, "json": to_json, "xml": to_xml}
    return renderers[fmt](result)


def rdf_format(name: str):  # type: ignore[no-untyped-def]
    import pyoxigraph as ox

    formats = {
        "turtle": ox.RdfFormat.TURTLE,
        "ttl": ox.RdfFormat.TURTLE,
        "nt": ox.RdfFormat.N_TRIPLES,
        "ntriples": ox.RdfFormat.N_TRIPLES,
        "jsonld": ox.RdfFormat.JSON_LD,
        "json": ox.RdfFormat.JSON_LD,
        "xml": ox.RdfFormat.RDF_XML,
        "rdfxml": ox.RdfFormat.RDF_XML,
        "trig": ox.RdfFormat.TRIG,
        "nquads": ox.RdfFormat.N_QUADS,
    }
    return formats[name]


def format_triples(triples: list[Any], fmt: str = "turtle") -> str:
    import pyoxigraph as ox

    from kg.terms import PREFIXES

    rdf = rdf_format(fmt)
    if rdf in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
        items: list[Any] = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
    else:
        items = list(triples)
    kwargs: dict[str, Any] = {}
    if rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML):
        kwargs["prefixes"] = PREFIXES
    data = ox.serialize(items, format=rdf, **kwargs) or b""
    return data.decode("utf-8")
