"""query: one SPARQL interface, two implementations (local store, remote endpoint).

Every read command (query, show, search, prereqs, path, viz …) goes through a
``Backend``; ``LocalBackend`` runs pyoxigraph on the on-disk store,
``kg.remote.RemoteBackend`` speaks the SPARQL 1.1 Protocol to any server.
Both declare the common prefixes (kg, c, rdf, rdfs, owl, xsd, skos, schema,
prov, dcterms), refuse updates, and bound a query with a timeout.
"""

from __future__ import annotations

import os
import queue
import re
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from kg.errors import QueryFailed, QueryRefused, QuerySyntaxError, QueryTimeout, QueryTooLarge
from kg.store import GraphStore
from kg.terms import PREFIXES

_T = TypeVar("_T")

_PROLOGUE = re.compile(r"^(?:\s+|#[^\n]*\n?|(?:PREFIX\s+[\w.-]*:\s*<[^>]*>)|(?:BASE\s*<[^>]*>))*", re.IGNORECASE)
_FORM = re.compile(
    r"(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE
)
_UPDATES = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT, DESCRIBE, or the update verb; raises QuerySyntaxError if none."""
    body = sparql[_PROLOGUE.match(sparql).end() :]  # type: ignore[union-attr]
    match = _FORM.match(body)
    if not match:
        line = sparql[: len(sparql) - len(body)].count("\n") + 1
        raise QuerySyntaxError(f"SPARQL syntax error at line {line}: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    return match.group(1).upper()


# Limits a query must fit before any parser sees it: the SPARQL parsers recurse on the calling
# thread's stack, and 3,000 nested groups or a 10,000-term || chain end the process.
MAX_QUERY_CHARS = 200_000
MAX_NESTING = 100
MAX_OPERATORS = 2_000
_STRINGS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s{}]*>|#[^\n]*'
)
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
_OPERATORS = re.compile(r"\|\||&&|!(?!=)")


def guard_query(sparql: str, allow_service: bool = False) -> None:
    """Refuse, with one line, a query too large or too deeply nested to parse safely, or one that
    would make kg fetch data from the network (SERVICE), unless ``allow_service``."""
    if len(sparql) > MAX_QUERY_CHARS:
        raise QueryRefused(f"query is {len(sparql):,} characters; the limit is {MAX_QUERY_CHARS:,}")
    code = _STRINGS.sub(" ", sparql)  # strings, IRIs and comments may hold anything
    depth = deepest = 0
    for index, ch in enumerate(code):
        if ch in "{([":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_NESTING:
                    line = code.count("\n", 0, index) + 1
                    raise QueryRefused(f"query nests deeper than {MAX_NESTING} levels (line {line}); not run")
        elif ch in "})]":
            depth = max(0, depth - 1)
    operators = len(_OPERATORS.findall(code))
    if operators > MAX_OPERATORS:
        raise QueryRefused(f"query has {operators:,} logical operators; the limit is {MAX_OPERATORS:,}")
    if not allow_service and _SERVICE.search(code):
        raise QueryRefused("query uses SERVICE, which fetches from the network; kg runs it only with --allow-service")


def refuse_updates(sparql: str, who: str = "kg query") -> str:
    form = query_form(sparql)
    if form in _UPDATES:
        raise QueryRefused(
            f"{who} is read-only and will not run {form}: change the graph by editing your notes "
            "and running `kg build`"
        )
    return form


def syntax_error(exc: BaseException) -> QuerySyntaxError:
    """pyoxigraph's "error at 2:7: expected …" as one line with line and column."""
    text = " ".join(str(exc).split())
    match = re.match(r"error at (\d+):(\d+)(?:-\d+:\d+)?:\s*(.*)", text)
    if match:
        line, column, rest = match.groups()
        if len(rest) > 160:
            rest = rest[:157] + "…"
        return QuerySyntaxError(f"SPARQL syntax error at line {line}, column {column}: {rest}")
    return QuerySyntaxError(f"SPARQL syntax error: {text[:200]}")


def one_line(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


QUERY_STACK = 256 * 2**20  # a parser's recursion has room here; the main thread's 8 MB does not
_stack_lock = threading.Lock()


def resident_mb() -> float:
    """This process's resident memory in MB (Linux /proc; 0 where it cannot be read)."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            pages = int(handle.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


QUERY_THREAD = "kg-query"  # the query workers' thread name (kg.query.query_running tells whether one is busy)
QUERY_MEMORY_MB = 2048  # `kg query`'s default --max-memory: a cartesian product stops here, not at the OOM killer


class _QueryWorker:
    """A thread with a large stack that runs queries one at a time and waits for the next once it is
    done: starting a thread for each query cost more than a small query itself (0.2 ms of 0.28 ms for a
    label lookup on 18k triples, bench's in-process rows)."""

    def __init__(self) -> None:
        self.jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()  # None: stop
        with _stack_lock:
            previous = threading.stack_size(QUERY_STACK)
            try:
                self.thread = threading.Thread(target=self._serve, daemon=True, name=QUERY_THREAD)
                self.thread.start()
            finally:
                threading.stack_size(previous)

    def _serve(self) -> None:
        while (job := self.jobs.get()) is not None:
            job()
            del job  # what the job held is freed here, on the thread that made it, before the next wait


_workers_lock = threading.Lock()
_idle_workers: list[_QueryWorker] = []  # done with their query, waiting for another
_busy_workers: set[_QueryWorker] = set()  # running a query, or stopped waiting for one that never ended
MAX_IDLE_WORKERS = 4  # `kg serve` answers requests on several threads; more idle workers than that only hold memory


def _forget_workers() -> None:
    """A forked child has none of its parent's threads: the workers it inherited the records of are gone."""
    _idle_workers.clear()
    _busy_workers.clear()


os.register_at_fork(after_in_child=_forget_workers)


def query_running() -> bool:
    """Whether a query is still being evaluated: its thread cannot be interrupted, so the command line
    leaves the process at once on Ctrl-C instead of waiting for it."""
    with _workers_lock:
        return any(w.thread.is_alive() for w in _busy_workers)


def run_with_timeout(work: Callable[[], _T], timeout: float | None, max_memory_mb: float | None = None) -> _T:
    """Run ``work`` on a query worker thread with a large stack; pyoxigraph releases the GIL while it evaluates.

    The caller's thread watches it: past ``timeout`` seconds, or past ``max_memory_mb`` of resident
    memory (a cartesian product grows without end), it raises; the worker cannot be interrupted, so
    the command line leaves the process at once (see kg.cli), and a library caller's next query gets
    another worker. A worker whose query ended waits for the next one."""
    box: dict[str, Any] = {}
    done = threading.Event()

    def job() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = exc
        finally:
            done.set()

    with _workers_lock:
        worker = _idle_workers.pop() if _idle_workers else None
    worker = worker or _QueryWorker()
    with _workers_lock:
        _busy_workers.add(worker)
    worker.jobs.put(job)
    if max_memory_mb is None:
        done.wait(timeout if timeout else None)
    else:
        deadline = time.monotonic() + timeout if timeout else None
        while not done.is_set() and (deadline is None or time.monotonic() < deadline):
            if done.wait(0.05):
                break
            if resident_mb() > max_memory_mb:
                too_large = QueryTooLarge(
                    f"query used more than {max_memory_mb:g} MB of memory (--max-memory); stopped "
                    "(narrow it, or allow more with --max-memory)"
                )
                too_large.worker_running = True
                raise too_large
    if not done.is_set():
        late = QueryTimeout(f"query still running after {timeout:g} s (--timeout); stopped")
        late.worker_running = True
        raise late
    with _workers_lock:
        _busy_workers.discard(worker)
        if len(_idle_workers) < MAX_IDLE_WORKERS:
            _idle_workers.append(worker)
        else:
            worker.jobs.put(None)
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


@dataclass
class Result:
    """A query's answer: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE."""

    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list[Any] = field(default_factory=list)  # pyoxigraph Triple

    def dicts(self) -> Iterator[dict[str, Any]]:
        for row in self.rows:
            yield dict(zip(self.variables, row))

    def values(self, variable: str) -> list[str | None]:
        """One column as Python strings (IRIs and literal values), None where unbound."""
        index = self.variables.index(variable)
        return [None if row[index] is None else row[index].value for row in self.rows]


class Backend(ABC):
    """Where a graph lives; everything above this layer only speaks SPARQL."""

    @abstractmethod
    def query(self, sparql: str, timeout: float | None = None, allow_service: bool = False) -> Result:
        """Run a read-only SPARQL query with the common prefixes declared (SERVICE only if allowed)."""

    def select(self, sparql: str, timeout: float | None = None) -> list[dict[str, Any]]:
        return list(self.query(sparql, timeout).dicts())

    def close(self) -> None:  # pragma: no cover - nothing to release by default
        return None

    def __enter__(self) -> Backend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LocalBackend(Backend):
    """The embedded on-disk store, opened read-only."""

    def __init__(self, store: GraphStore | None = None, max_memory_mb: float | None = None) -> None:
        self.graph_store = store or GraphStore()
        self._store = self.graph_store.open(read_only=True)
        self.max_memory_mb = max_memory_mb  # a query past this much resident memory is stopped

    @property
    def raw(self):  # type: ignore[no-untyped-def]
        """The pyoxigraph Store, for callers that need it directly (benchmarks, export)."""
        return self._store

    def query(self, sparql: str, timeout: float | None = None, allow_service: bool = False) -> Result:
        import pyoxigraph as ox

        guard_query(sparql, allow_service)
        form = refuse_updates(sparql)

        def evaluate() -> Result:
            try:
                answer = self._store.query(sparql, prefixes=PREFIXES)
            except SyntaxError as exc:
                raise syntax_error(exc) from None
            if isinstance(answer, ox.QueryBoolean):
                return Result("ASK", boolean=bool(answer))
            if isinstance(answer, ox.QuerySolutions):
                names = [v.value for v in answer.variables]
                return Result("SELECT", names, [tuple(sol) for sol in answer])
            return Result(form, triples=list(answer))

        def work() -> Result:
            try:
                return evaluate()
            except (OSError, RuntimeError, ValueError) as exc:  # a SERVICE that failed, an unbound SERVICE ?e …
                message = one_line(exc)
            # raised outside the handler: the answer being read is freed here, on the thread that made it
            raise QueryFailed(f"the query failed while running: {message}")

        return run_with_timeout(work, timeout, self.max_memory_mb)
