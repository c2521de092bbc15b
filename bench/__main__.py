"""kg benchmarks: `python -m bench` (all), `python -m bench --quick`, `python -m bench quality|plans|viz`.

Every figure is compared with a reference measured in the same run (a bare
`python -c pass`, a bare pyoxigraph script, raw pyoxigraph on the same store,
Markdown parsing alone), and reported as min/median/max over repeats. The
table is printed and written to bench/RESULTS.md with the machine it ran on.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.procs import children, free_port, wait_for_port

HERE = Path(__file__).parent
ROOT = HERE.parent
BIN = Path(sys.executable).parent
KG = str(BIN / "kg")


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def run(cmd: list[str], **kw: object) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)  # type: ignore[call-overload]


def peak_rss_mb(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of a command, measured by a wrapper process."""
    probe = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", probe, *cmd], check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1]) / 1024


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str]] = []

    def add(
        self, what: str, kg: list[float], ref: list[float] | None, ref_name: str, target: str = "", unit: str = "s"
    ) -> None:
        def fmt(xs: list[float]) -> str:
            scale, suffix = (1, " s") if unit == "s" else (1, f" {unit}")
            if unit == "s" and max(xs) < 1:
                scale, suffix = (1_000_000, " µs") if max(xs) < 0.001 else (1000, " ms")
            return f"{min(xs) * scale:.1f} / {statistics.median(xs) * scale:.1f} / {max(xs) * scale:.1f}{suffix}"

        ratio = f"{statistics.median(kg) / statistics.median(ref):.2f}×" if ref else ""
        self.rows.append((what, fmt(kg), f"{ref_name}: {fmt(ref)}" if ref else ref_name, ratio, target))
        print(f"{what:<58} {self.rows[-1][1]:<28} {ratio:>8}  ({self.rows[-1][2]}) {target}", flush=True)

    def note(self, what: str, value: str, target: str = "") -> None:
        self.rows.append((what, value, "", "", target))
        print(f"{what:<58} {value}  {target}", flush=True)

    def markdown(self) -> str:
        lines = [
            "| measurement | kg (min / median / max) | reference, same run | ratio | target |",
            "| --- | --- | --- | --- | --- |",
        ]
        lines += [f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in self.rows]
        return "\n".join(lines)


def startup(table: Table, work: Path, repeat: int) -> None:
    from kg.pipeline import build
    from kg.store import GraphStore

    store = GraphStore(work / "example")
    build(None, store)
    location = str(store.current.resolve() / "oxigraph")
    bare = work / "bare.py"
    bare.write_text(
        "import sys, pyoxigraph as ox\n"
        "s = ox.Store.read_only(sys.argv[1])\n"
        "q = 'PREFIX kg: <https://w3id.org/kg-notes/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        'SELECT ?x WHERE { ?x kg:uses ?bn . ?bn skos:altLabel "BN" }\'\n'
        "for r in s.query(q): print(r['x'])\n"
    )
    query = 'SELECT ?x WHERE { ?x kg:uses ?bn . ?bn skos:altLabel "BN" }'
    for cmd in ([sys.executable, "-c", "pass"], [KG, "--help"]):  # warm the page cache
        run(cmd)
    py = timed(lambda: run([sys.executable, "-c", "pass"]), repeat)
    table.add(
        "`kg --help` (whole process)", timed(lambda: run([KG, "--help"]), repeat), py, "`python -c pass`", "≤ 1.5×"
    )
    ref = timed(lambda: run([sys.executable, str(bare), location]), repeat)
    kg = timed(lambda: run([KG, "query", "--store", str(store.root), query]), repeat)
    table.add("`kg query` cold, example graph (whole process)", kg, ref, "bare pyoxigraph script", "≤ 2×")


def builds(table: Table, work: Path, sizes: list[int], repeat: int) -> None:
    from markdown_it import MarkdownIt

    from bench.synth import note_collection

    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    for size in sizes:
        notes = work / f"notes-{size // 1_000_000}MB"
        files = note_collection(notes, size, seed=size)
        mb = sum(f.stat().st_size for f in files) / 1e6
        texts = [f.read_text("utf-8") for f in files]
        reps = repeat if size < 50_000_000 else 1
        parse = timed(lambda: [md.parse(t) for t in texts], reps)
        walls, peaks = [], []
        for _ in range(reps):
            store = work / f"store-{size}"
            shutil.rmtree(store, ignore_errors=True)
            wall, peak = peak_rss_mb([KG, "build", "-q", "--store", str(store), str(notes)])
            walls.append(wall)
            peaks.append(peak)
        table.add(
            f"build {mb:.0f} MB ({len(files)} files), whole process", walls, parse, "markdown-it parse alone", "≤ 3×"
        )
        table.note(f"build {mb:.0f} MB: throughput", f"{mb / statistics.median(walls):.2f} MB/s", "≥ 1 MB/s")
        table.note(f"build {mb:.0f} MB: peak memory", f"{max(peaks):.0f} MB", "< 2 GB at 100 MB")
        shutil.rmtree(notes, ignore_errors=True)


def incremental(table: Table, work: Path, repeat: int) -> None:
    from bench.synth import note_collection

    notes = work / "notes-1000"
    files = note_collection(notes, 2_000_000, files=1000, seed=5)
    store = work / "store-1000"
    full = []
    for _ in range(repeat):
        shutil.rmtree(store, ignore_errors=True)
        full.append(timed(lambda: run([KG, "build", "-q", "--store", str(store), str(notes)]), 1)[0])
    edits = []
    for i in range(repeat):
        with open(files[100 + i], "a", encoding="utf-8") as handle:
            handle.write(f"\n\nQ: edit {i}?\nA: ResNet uses BatchNorm {i}.\n")
        edits.append(timed(lambda: run([KG, "build", "-q", "--store", str(store), str(notes)]), 1)[0])
    table.add("rebuild after editing 1 of 1,000 files", edits, full, "full build of the same 1,000 files", "< 5%")


def corrections(table: Table, work: Path, size: int, repeat: int) -> None:
    """`kg reject` (record + incremental rebuild) on a 10 MB collection, against an edit's incremental rebuild."""
    from bench.synth import note_collection
    from kg.query import LocalBackend
    from kg.store import GraphStore

    notes = work / "notes-corrections"
    files = note_collection(notes, size, seed=11)
    store = work / "store-corrections"
    shutil.rmtree(store, ignore_errors=True)
    run([KG, "build", "-q", "--store", str(store), str(notes)])
    rows = LocalBackend(GraphStore(store)).select("""
        SELECT ?s ?p ?o WHERE { ?p a kg:ConceptRelation . FILTER(?p != kg:dependsOn)
          ?a ?p ?b . ?a skos:prefLabel ?s . ?b skos:prefLabel ?o FILTER(lang(?s) = "en" && lang(?o) = "en") }
        LIMIT 50""")
    facts = [f"{r['s'].value} {r['p'].value.rsplit('#', 1)[-1]} {r['o'].value}" for r in rows]
    edits, rejects = [], []
    for i in range(repeat):
        with open(files[10 + i], "a", encoding="utf-8") as handle:
            handle.write(f"\n\nQ: edit {i}?\nA: ResNet uses BatchNorm {i}.\n")
        edits.append(timed(lambda: run([KG, "build", "-q", "--store", str(store), str(notes)]), 1)[0])
        fact = facts[i]
        rejects.append(timed(lambda: run([KG, "reject", fact, "--store", str(store)]), 1)[0])
    mb = sum(f.stat().st_size for f in files) / 1e6
    table.add(f"kg reject + rebuild, {mb:.0f} MB collection", rejects, edits, "rebuild after editing 1 file", "")
    shutil.rmtree(notes, ignore_errors=True)


def queries(table: Table, work: Path, sizes: list[int], repeat: int) -> None:
    from bench.synth import build_synthetic_store
    from kg.query import LocalBackend
    from kg.store import GraphStore
    from kg.terms import PREFIXES

    qs = {
        "label lookup": 'SELECT ?c WHERE { ?c skos:prefLabel "Synthetic concept 4242"@en }',
        "two-hop join": "SELECT ?a ?c WHERE { ?a kg:uses ?b . ?b kg:uses ?c }",
        "kg:dependsOn+ from one concept": "SELECT DISTINCT ?x WHERE { c:Syn{N} kg:dependsOn+ ?x }",
        "GROUP BY relation": "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p",
    }
    for triples in sizes:
        n = max(200, triples // 28)
        root = build_synthetic_store(work / f"syn-{triples}", n)
        backend = LocalBackend(GraphStore(root))
        raw = backend.raw
        actual = len(raw)
        for name, q in qs.items():
            q = q.replace("{N}", str(n - 1))

            def ours() -> object:
                return backend.query(q).rows

            def reference() -> object:
                return [tuple(s) for s in raw.query(q, prefixes=PREFIXES)]

            ours(), reference()
            table.add(
                f"{name}, {actual / 1000:,.0f}k triples (in process)",
                timed(ours, repeat),
                timed(reference, repeat),
                "raw pyoxigraph",
                "≤ 1.5× at 1M",
            )


def prereqs(table: Table, work: Path, concepts: int, repeat: int) -> None:
    import json

    from bench.synth import build_synthetic_store

    root = build_synthetic_store(work / "syn-prereqs", concepts)
    py = timed(lambda: run([sys.executable, "-c", "pass"]), repeat)
    # a typical concept (a plan of tens of steps) and the hub that depends on a fifth of the graph
    for label, target, reps in (
        ("typical concept", f"Syn{concepts - 2}", repeat),
        ("hub concept", f"Syn{concepts - 1}", 1),
    ):
        out = subprocess.run(
            [KG, "prereqs", target, "--format", "json", "--store", str(root)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        steps = len(json.loads(out)["plan"])
        kg = timed(lambda: run([KG, "prereqs", target, "--format", "json", "--store", str(root)]), reps)
        table.add(
            f"`kg prereqs`, {label} ({steps:,}-step plan), {concepts:,} concepts (whole process)",
            kg,
            py,
            "`python -c pass`",
            "< 1 s",
        )


WORST_CASES = {
    "CJK run, no punctuation": lambda n: "残差连接缓解退化问题" * (n // 30),
    "comma list 'BN, BN, …'": lambda n: "BN, " * (n // 4),
    "one line of words": lambda n: "ResNet uses BN and " * (n // 19),
    "front matter never closed": lambda n: "---\ntitle: x\n" + "key: value\n" * (n // 11),
    "many headings": lambda n: "## ResNet uses BN\n" * (n // 18),
    "sentences, one paragraph": lambda n: "ResNet 使用 BN，BN 解决了内部协变量偏移问题。" * (n // 60),
}


def worstcase(table: Table, work: Path, sizes: list[int]) -> None:
    """Pathological notes at growing sizes: time per KB must stay flat (linear), memory bounded."""
    for name, make in WORST_CASES.items():
        per_kb = []
        for size in sizes:
            notes = work / f"worst-{size}.md"
            notes.write_text(make(size), "utf-8")
            store = work / f"worst-store-{size}"
            shutil.rmtree(store, ignore_errors=True)
            wall, peak = peak_rss_mb([KG, "build", "-q", "--store", str(store), str(notes)])
            per_kb.append(wall / (size / 1024) * 1000)
            table.note(f"worst case, {name}, {size // 1024} KB", f"{wall:.2f} s, {per_kb[-1]:.2f} ms/KB, peak {peak:.0f} MB")
        table.note(f"worst case, {name}: ms/KB largest ÷ smallest", f"{per_kb[-1] / per_kb[0]:.2f}×", "≤ 2× (linear)")
    big = work / "worst-3mb.md"
    big.write_text(WORST_CASES["sentences, one paragraph"](3 * 2**20), "utf-8")
    shutil.rmtree(work / "worst-3mb", ignore_errors=True)
    wall, peak = peak_rss_mb([KG, "build", "-q", "--store", str(work / "worst-3mb"), str(big)])
    table.note("worst case, 3 MB one-paragraph file", f"{wall:.1f} s, peak {peak:.0f} MB", "< 300 MB")


def push(table: Table, work: Path, sizes: list[int]) -> None:
    """`kg push` streams batches from the store: what it adds to memory must not grow with the graph.

    References, same run and same store: a bare pyoxigraph script that reads every quad
    (RocksDB's own caches grow with the store; push cannot use less), and `kg export
    --format nt`, which holds the whole N-Triples document in memory as `kg push` did
    before it streamed.
    """
    from bench.synth import build_synthetic_store
    from kg.remote import oxigraph_executable

    bare = work / "read-all.py"
    bare.write_text(
        "import os, sys, pyoxigraph as ox\n"
        "s = ox.Store.read_only(os.path.join(os.path.realpath(sys.argv[1]), 'oxigraph'))\n"
        "n = sum(1 for _ in s.quads_for_pattern(None, None, None, ox.DefaultGraph()))\n"
    )
    extra: list[float] = []
    heaps: list[float] = []
    for triples in sizes:
        root = build_synthetic_store(work / f"push-{triples}", max(200, triples // 28))
        actual = int(
            subprocess.run(
                [KG, "query", "--store", str(root), "--format", "csv", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()[-1]
        )
        port = free_port()
        data = work / f"push-server-{triples}"
        server = subprocess.Popen(
            [oxigraph_executable(), "serve", "--location", str(data), "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for_port(port)
            endpoint = f"http://127.0.0.1:{port}"
            wall, peak = peak_rss_mb([KG, "push", "--replace", "--store", str(root), "--endpoint", endpoint])
        finally:
            server.terminate()
            server.wait()
            shutil.rmtree(data, ignore_errors=True)
        _, read_peak = peak_rss_mb([sys.executable, str(bare), str(root / "current")])
        heap = _push_heap_mb(root)
        _, export_peak = peak_rss_mb([KG, "export", "--format", "nt", "-o", str(work / "push.nt"), "--store", str(root)])
        (work / "push.nt").unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)
        size = f"{actual / 1000:,.0f}k triples"
        table.add(
            f"`kg push --replace` {size}: peak memory", [peak], [read_peak], "pyoxigraph reading every quad", unit="MB"
        )
        extra.append(peak - read_peak)
        table.note(f"`kg push --replace` {size}: memory beyond reading the store", f"{extra[-1]:.0f} MB", "flat")
        heaps.append(heap)
        table.note(f"`kg push` {size}: Python heap peak while batching (tracemalloc)", f"{heap:.1f} MB", "flat")
        table.note(f"`kg push --replace` {size}: wall (to a local Oxigraph server)", f"{wall:.1f} s")
        table.note(f"`kg export --format nt` {size} (the graph in memory, as push did): peak", f"{export_peak:.0f} MB")
    table.note(
        "`kg push`: memory beyond reading the store, largest ÷ smallest graph", f"{extra[-1] / extra[0]:.2f}×", "≤ 1.5× (flat)"
    )
    table.note("`kg push`: Python heap peak, largest ÷ smallest graph", f"{heaps[-1] / heaps[0]:.2f}×", "≤ 1.2× (flat)")


def serve(table: Table, work: Path, repeat: int) -> None:
    """`kg serve`: the cost of its front per query, and how its limits behave, on the example graph.

    Reference, same run: `oxigraph serve-read-only` on the same store (what kg serve ran before).
    """
    import http.client
    import urllib.parse

    from kg.pipeline import build
    from kg.remote import oxigraph_executable
    from kg.store import GraphStore

    store = GraphStore(work / "serve")
    build(None, store)
    ports = free_port(), free_port()
    ours = subprocess.Popen(
        [KG, "serve", "--store", str(store.root), "--port", str(ports[0]), "--workers", "2"]
        + ["--timeout", "2", "--max-memory", "400"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    location = str(store.current.resolve() / "oxigraph")
    theirs = subprocess.Popen(
        [oxigraph_executable(), "serve-read-only", "--location", location, "--bind", f"127.0.0.1:{ports[1]}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def ask(port: int, sparql: str, connection: http.client.HTTPConnection | None = None) -> tuple[int, bytes]:
        own = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        body = urllib.parse.urlencode({"query": sparql})
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"}
        own.request("POST", "/query", body, headers)
        answer = own.getresponse()
        data = answer.read()
        if connection is None:
            own.close()
        return answer.status, data

    try:
        for port in ports:
            wait_for_port(port)
        prefix = "PREFIX kg: <https://w3id.org/kg-notes/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        lookup = prefix + 'SELECT ?x WHERE { ?x kg:uses ?bn . ?bn skos:altLabel "BN" }'
        runs = []
        for port in ports:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            ask(port, lookup, connection)
            runs.append(timed(lambda: [ask(port, lookup, connection) for _ in range(100)], repeat))
            connection.close()
        table.add(
            "`kg serve`: 100 label-lookup queries, one connection",
            runs[0],
            runs[1],
            "`oxigraph serve-read-only`",
            "< 100 ms (1 ms a query)",
        )
        cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        started = time.perf_counter()
        status, _ = ask(ports[0], cartesian)
        table.note(
            "`kg serve --timeout 2`: a cartesian query answered",
            f"HTTP {status} after {time.perf_counter() - started:.2f} s",
            "503 at ≈ 2 s",
        )
        workers = children(ours.pid)
        raw = socket_request(ports[0], cartesian)
        time.sleep(0.5)
        raw.close()
        left = time.perf_counter()
        while workers <= children(ours.pid) and time.perf_counter() - left < 10:
            time.sleep(0.01)
        table.note(
            "`kg serve`: a client leaves mid-query; its worker is gone after",
            f"{time.perf_counter() - left:.2f} s",
            "< 0.5 s",
        )
        started = time.perf_counter()
        status, data = ask(ports[0], "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?f")
        table.note(
            "`kg serve --max-memory 400`: a sort of 53M rows answered",
            f"HTTP {status} after {time.perf_counter() - started:.2f} s: {data.decode().strip()[:80]}",
            "503",
        )
        time.sleep(1)
        status, _ = ask(ports[0], "ASK {}")
        table.note("`kg serve`: answers after all that", f"HTTP {status}", "200")
    finally:
        for proc in (ours, theirs):
            proc.terminate()
            proc.wait()


def socket_request(port: int, sparql: str):  # type: ignore[no-untyped-def]
    import socket
    import urllib.parse

    body = urllib.parse.urlencode({"query": sparql}).encode()
    raw = socket.create_connection(("127.0.0.1", port))
    raw.sendall(
        b"POST /query HTTP/1.1\r\nHost: kg\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
    )
    return raw


def _push_heap_mb(root: Path) -> float:
    """Peak Python heap while every batch of a push is made (no network): kg's own share."""
    import tracemalloc

    from kg.export import stream_triples
    from kg.query import LocalBackend
    from kg.remote import ntriples_batches
    from kg.store import GraphStore

    backend = LocalBackend(GraphStore(root))
    tracemalloc.start()
    try:
        for _ in ntriples_batches(stream_triples(backend), 50_000):
            pass
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def viz(table: Table, work: Path, sizes: list[int], repeat: int) -> None:
    from bench.synth import build_synthetic_store
    from bench.viz import measure
    from kg.query import LocalBackend
    from kg.store import GraphStore
    from kg.viz import ViewOptions, concept_view, write_html

    for n in sizes:
        backend = LocalBackend(GraphStore(build_synthetic_store(work / f"viz-{n}", n, edges_per_concept=1.5)))
        out = work / f"viz-{n}.html"
        ref = timed(lambda: backend.select("SELECT ?s ?p ?o WHERE { ?p a kg:ConceptRelation . ?s ?p ?o }"), repeat)
        kg = timed(lambda: write_html(concept_view(backend, ViewOptions(include_isolated=True)), out), repeat)
        table.add(f"`kg viz` {n:,} nodes: write the page (in process)", kg, ref, "SPARQL for its edges alone")
    measure(table, work, repeat, sizes)


def machine() -> str:
    import pyoxigraph

    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), {mem:.0f} GiB; "
        f"Python {platform.python_version()}, pyoxigraph {pyoxigraph.__version__}"
    )


def main() -> None:
    if sys.argv[1:2] == ["quality"]:
        from bench.quality import main as quality

        quality(sys.argv[2:])
        return
    if sys.argv[1:2] == ["viz"]:
        from bench.viz import main as viz_main

        viz_main(sys.argv[2:])
        return
    if sys.argv[1:2] == ["plans"]:
        from bench.plans import main as plans

        plans(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer repeats (a few minutes)")
    parser.add_argument("--repeat", type=int, default=None)
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--only", nargs="*", default=None, help="startup builds incremental corrections queries prereqs viz worstcase push serve")
    args = parser.parse_args()
    repeat = args.repeat or (3 if args.quick else 5)
    sections = args.only or [
        "startup",
        "builds",
        "incremental",
        "corrections",
        "queries",
        "prereqs",
        "viz",
        "worstcase",
        "push",
        "serve",
    ]
    table = Table()
    started = time.perf_counter()
    print(machine())
    steps: dict[str, Callable[[Path], None]] = {
        "startup": lambda w: startup(table, w, max(repeat, 10)),
        "builds": lambda w: builds(
            table, w, [1_000_000, 10_000_000] if args.quick else [1_000_000, 10_000_000, 100_000_000], min(repeat, 3)
        ),
        "incremental": lambda w: incremental(table, w, min(repeat, 3)),
        "corrections": lambda w: corrections(table, w, 10_000_000, min(repeat, 3)),
        "queries": lambda w: queries(
            table, w, [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000], repeat
        ),
        "prereqs": lambda w: prereqs(table, w, 10_000 if args.quick else 100_000, repeat),
        "viz": lambda w: viz(table, w, [2_000] if args.quick else [2_000, 5_000], min(repeat, 3)),
        "worstcase": lambda w: worstcase(table, w, [10 * 1024, 100 * 1024, 1024 * 1024]),
        "push": lambda w: push(table, w, [100_000, 1_000_000] if args.quick else [100_000, 1_000_000, 4_000_000]),
        "serve": lambda w: serve(table, w, min(repeat, 5)),
    }
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for name in sections:
            try:
                steps[name](Path(tmp))
            except Exception as exc:  # a failed section is a result too
                table.note(f"{name}: FAILED", f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}")
            write(args, table, started)
    minutes = (time.perf_counter() - started) / 60
    write(args, table, started)
    print(f"\nwrote {args.out} ({minutes:.1f} min)")


def write(args: argparse.Namespace, table: Table, started: float) -> None:
    minutes = (time.perf_counter() - started) / 60
    text = (
        "# Benchmark results\n\n"
        f"`python -m bench{' --quick' if args.quick else ''}` on {time.strftime('%Y-%m-%d')}, {minutes:.0f} min.\n\n"
        f"Machine: {machine()}.\n\n"
        "Each row: kg's time (min / median / max over repeats), the reference measured in the same run, "
        "their ratio of medians, and the target from the scale issue.\n\n" + table.markdown() + "\n"
    )
    # the quality and plan sections (`python -m bench quality`, `python -m bench plans`) stay
    import re

    old = args.out.read_text("utf-8") if args.out.exists() else ""
    kept = re.findall(r"<!-- (\w+) -->\n.*?<!-- /\1 -->\n", old, re.S)
    blocks = [m.group(0) for m in re.finditer(r"<!-- (\w+) -->\n.*?<!-- /\1 -->\n", old, re.S)]
    if args.only and old:
        # a partial run replaces its own rows and keeps every other row of the last full run
        text = merge_rows(old.split("<!--", 1)[0], table.markdown(), " ".join(args.only))
    args.out.write_text(text + ("\n" + "\n".join(blocks) if kept else ""), "utf-8")


def merge_rows(old: str, rows: str, sections: str) -> str:
    """The old results text with each row of ``rows`` put in place of the old row of the same name (first
    cell), new names appended to the table; the first line says which sections were re-run and when."""
    fresh = {line.split("|")[1].strip(): line for line in rows.splitlines() if line.startswith("| ")}
    out: list[str] = []
    for line in old.rstrip("\n").splitlines():
        name = line.split("|")[1].strip() if line.startswith("| ") else None
        out.append(fresh.pop(name) if name in fresh else line)
        if line.startswith("`python -m bench"):
            out[-1] = line.split(";")[0].rstrip(".") + f"; re-run `--only {sections}` on {time.strftime('%Y-%m-%d')}."
    last = max((i for i, line in enumerate(out) if line.startswith("| ")), default=len(out) - 1)
    out[last + 1 : last + 1] = list(fresh.values())
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
