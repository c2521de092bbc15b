"""Typed errors. The CLI turns each into one line on stderr and an exit code."""

from __future__ import annotations


class KgError(Exception):
    """Base class: a problem the user can fix; never shown as a traceback."""

    exit_code = 1


class NotesError(KgError):
    """Notes that cannot be read (missing, not UTF-8, no Markdown found)."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        where = path or ""
        if path and line:
            where = f"{path}:{line}"
        super().__init__(f"{where}: {message}" if where else message)
        self.path = path
        self.line = line


class OntologyError(KgError):
    """The Turtle vocabulary in ontology/ is malformed or incomplete."""


class StoreError(KgError):
    """No graph has been built yet, or the store cannot be opened or written."""


class QuerySyntaxError(KgError):
    """A SPARQL query that does not parse; the message carries line and column."""

    exit_code = 2


class QueryRefused(KgError):
    """A query kg will not run here (an UPDATE against a read-only store)."""

    exit_code = 2


class QueryFailed(KgError):
    """A query that parsed but failed while running (a SERVICE that could not be reached …)."""


class FormatMismatch(KgError):
    """An output format that does not fit the query's answer (CSV for triples, Turtle for rows)."""

    exit_code = 2


class QueryTimeout(KgError):
    """A query that ran longer than its --timeout."""

    exit_code = 3
    worker_running = False  # True when the query's thread could not be stopped: the process must end now


class QueryTooLarge(QueryTimeout):
    """A query whose evaluation grew past its memory limit (--max-memory); stopped like a timeout."""


class EndpointError(KgError):
    """A SPARQL endpoint that refused, failed or could not be reached."""


class ConceptNotFound(KgError):
    """A concept name that matches no label or alias."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"no concept named {name!r}{hint}")
        self.name = name
        self.suggestions = suggestions


class NotInNotes(KgError):
    """A concept the vocabulary knows that no note mentions."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        hint = f"; your notes mention {', '.join(repr(s) for s in suggestions)}" if suggestions else ""
        super().__init__(f"{name!r} is in kg's vocabulary but not in your notes{hint}")
        self.name = name
        self.suggestions = suggestions


class AmbiguousConcept(KgError):
    """A concept name that matches several concepts equally well."""

    def __init__(self, name: str, candidates: list[str]) -> None:
        super().__init__(f"{name!r} is ambiguous: {'; '.join(candidates)}; use one of these labels or the IRI")
        self.name = name
        self.candidates = candidates
