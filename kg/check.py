"""check: validate a built graph against the SHACL shapes in ontology/shapes.ttl (pyshacl).

What every graph kg builds must satisfy (a concept has one preferred label per language, a
fact record names one subject, relation and object, a question has one text and a line …).
A graph edited by hand, loaded into a server by other tools, or built by an older kg can be
checked before it is trusted.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg.query import Backend
from kg.terms import compact, local_name

SH = "http://www.w3.org/ns/shacl#"


@dataclass(frozen=True)
class Violation:
    focus: str  # the node that breaks a shape (prefixed)
    path: str  # the property (prefixed), "" for a node constraint
    message: str
    severity: str  # Violation, Warning, Info

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass
class CheckReport:
    conforms: bool
    shapes: str
    triples: int
    violations: list[Violation] = field(default_factory=list)


def check(backend: Backend, shapes: Path | None = None) -> CheckReport:
    """Validate the graph behind ``backend`` against ``shapes`` (default: the ontology's)."""
    import pyshacl
    import rdflib

    from kg.errors import OntologyError
    from kg.rdfgraph import as_rdflib
    from kg.resources import shapes_file

    path = shapes or shapes_file()
    try:
        shape_graph = rdflib.Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise OntologyError(f"{path}: cannot read the shapes: {str(exc).splitlines()[0] if str(exc) else exc}") from None
    data = as_rdflib(backend)
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shape_graph, inference="none", inplace=True)
    sh = rdflib.Namespace(SH)
    violations = []
    for result in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        focus = results.value(result, sh.focusNode)
        path_node = results.value(result, sh.resultPath)
        message = results.value(result, sh.resultMessage)
        severity = results.value(result, sh.resultSeverity)
        violations.append(
            Violation(
                compact(str(focus)) if focus is not None else "",
                compact(str(path_node)) if isinstance(path_node, rdflib.URIRef) else "",
                str(message) if message is not None else "",
                local_name(str(severity)) if severity is not None else "Violation",
            )
        )
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return CheckReport(bool(conforms), str(path), len(data), violations)
