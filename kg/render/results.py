"""SELECT and ASK answers: an aligned table, or the W3C result formats (registered in kg.render).

CSV, TSV, JSON and XML follow the SPARQL 1.1 Query Results specs, so any
SPARQL tool can read them back; the table is for people (prefixed names,
CJK-aware column widths).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from unicodedata import combining, east_asian_width

from kg.terms import XSD_NS, compact

if TYPE_CHECKING:
    from kg.query import Result

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


def table(result: Result, **options: Any) -> str:
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


def to_csv(result: Result, **options: Any) -> str:
    import csv
    import io

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


def to_tsv(result: Result, **options: Any) -> str:
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


def to_json(result: Result, **options: Any) -> str:
    import json

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


def to_xml(result: Result, **options: Any) -> str:
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
