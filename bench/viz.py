"""The graph page in headless Chromium: time to the first usable view, and redraw time.

`python -m bench viz` (also a section of `python -m bench`) on a 2,000-concept synthetic graph
(1.5 relations a concept, loose concepts included) and a dense one (100 concepts, about 10,000
relations). Each figure is compared with a reference measured in the same run:

- first view (navigation → laid out, drawn, labelled, answering clicks): the same file with the
  page's script replaced by a bare parse of its data, i.e. loading the file and parsing
  vis-network and the JSON, the floor no page can go under;
- redraw (one frame, forced to the pixels): vis-network drawing the same concepts at the same
  positions and the same relations itself, with labels and arrows (what the page did before).

Timings are reported, never asserted; tests only check that the pages work.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bench.__main__ import Table

DENSE_EDGES_PER_CONCEPT = 130  # 100 concepts: 10,007 distinct relations once duplicates are dropped


def _graph_page(work: Path, name: str, concepts: int, per_concept: float) -> tuple[Path, int, int]:
    from bench.synth import build_synthetic_store
    from kg.query import LocalBackend
    from kg.store import GraphStore
    from kg.viz import ViewOptions, concept_view, write_html

    backend = LocalBackend(GraphStore(build_synthetic_store(work / name, concepts, edges_per_concept=per_concept)))
    net = concept_view(backend, ViewOptions(include_isolated=True))
    path = write_html(net, work / f"{name}.html")
    return path, len(net.nodes), len(net.edges)


def _floor_page(page: Path) -> Path:
    """The same file, its script replaced by a parse of the data (vis-network still parsed)."""
    from kg.viz import _static

    html = page.read_text("utf-8")
    script = _static("graph.js")
    assert script in html
    floor = html.replace(script, "JSON.parse(document.getElementById('kg-data').textContent); window.kgReady = true;")
    out = page.with_name(page.stem + "-floor.html")
    out.write_text(floor, "utf-8")
    return out


def _vis_page(page: Path, positions: dict[str, list[float]]) -> Path:
    """vis-network drawing the same graph itself: dots, labels, arrows, edge labels, fixed positions."""
    from kg.viz import _vis_assets

    html = page.read_text("utf-8")
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', html, re.S).group(1))  # type: ignore[union-attr]
    colors = [c["color"] for c in data["classes"]]
    nodes = [
        {
            "id": n["id"],
            "label": n["l"],
            "x": positions[n["id"]][0],
            "y": positions[n["id"]][1],
            "shape": "dot",
            "size": 12 + 5 * n["d"] ** 0.5,
            "color": colors[n["c"]],
        }
        for n in data["nodes"]
        if n["id"] in positions
    ]
    edges = [
        {
            "from": data["nodes"][e[0]]["id"],
            "to": data["nodes"][e[1]]["id"],
            "label": data["relations"][e[2]]["name"],
            "color": data["relations"][e[2]]["color"],
            "arrows": "to",
            "width": 1.5,
        }
        for e in data["edges"]
    ]
    script, css = _vis_assets()
    body = json.dumps({"nodes": nodes, "edges": edges}).replace("<", "\\u003c")
    out = page.with_name(page.stem + "-vis.html")
    out.write_text(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style>
<style>html, body, #g {{ margin: 0; height: 100%; }}</style></head><body><div id="g"></div>
<script>{script}</script><script>
var d = {body};
var network = new vis.Network(document.getElementById("g"), {{ nodes: new vis.DataSet(d.nodes), edges: new vis.DataSet(d.edges) }},
  {{ physics: false, layout: {{ improvedLayout: false }}, edges: {{ smooth: false, font: {{ size: 11 }} }} }});
network.fit();
window.redrawMs = function () {{
  var ctx = network.canvas.getContext(), t0 = performance.now();
  network.renderer._redraw(); ctx.getImageData(0, 0, 1, 1);
  return performance.now() - t0;
}};
window.kgReady = true;
</script></body></html>""",
        "utf-8",
    )
    return out


def _load(browser: Any, path: Path, width: int = 1440, height: int = 900) -> tuple[Any, Any, float]:
    context = browser.new_context(viewport={"width": width, "height": height})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
    page = context.new_page()
    started = time.perf_counter()
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.kgReady === true", timeout=600_000, polling=10)
    return context, page, time.perf_counter() - started


def _redraws(page: Any, expression: str, times: int) -> list[float]:
    page.evaluate(expression.replace("redrawMs()", "redrawMs(1)"))  # warm
    return [page.evaluate(expression.replace("redrawMs()", "redrawMs(1)")) / 1000 for _ in range(times)]


def measure(table: Table, work: Path, repeat: int, sizes: list[int]) -> None:
    from playwright.sync_api import sync_playwright

    from bench.chromium import CHROMIUM, launch

    if not Path(CHROMIUM).exists():
        table.note("`kg viz` in Chromium", f"skipped: {CHROMIUM} is missing")
        return
    graphs = [(f"{n:,} concepts", f"viz-{n}", n, 1.5) for n in sizes]
    graphs.append(("dense", "viz-dense", 100, DENSE_EDGES_PER_CONCEPT))
    with sync_playwright() as p:
        browser = launch(p)
        try:
            for title, name, concepts, per_concept in graphs:
                t = time.perf_counter()
                page_path, n_nodes, n_edges = _graph_page(work, name, concepts, per_concept)
                written = time.perf_counter() - t
                what = f"`kg viz` {title} ({n_nodes:,} concepts, {n_edges:,} relations)"
                table.note(f"{what}: file", f"{page_path.stat().st_size / 1024:,.0f} KB, written in {written:.1f} s")
                floor = _floor_page(page_path)
                firsts, floors, layouts = [], [], []
                for _ in range(repeat):
                    context, page, seconds = _load(browser, page_path)
                    firsts.append(seconds)
                    layouts.append(page.evaluate("kg.layoutMs") / 1000)
                    context.close()
                    context, page, seconds = _load(browser, floor)
                    floors.append(seconds)
                    context.close()
                table.add(f"{what}: first usable view", firsts, floors, "file + vis-network + data parsed", "< 3 s")
                table.add(f"{what}: of which layout", layouts, None, "")
                context, page, _ = _load(browser, page_path)
                positions = page.evaluate("kg.positions()")
                hub = page.evaluate("kg.hub()")
                overview = _redraws(page, "kg.redrawMs()", 7)
                click = [
                    page.evaluate(
                        "iri => { var t = performance.now(); kg.select(iri); kg.redrawMs(1); return performance.now() - t; }",
                        hub,
                    )
                    / 1000
                    for _ in range(5)
                ]
                selected = _redraws(page, "kg.redrawMs()", 7)
                page.evaluate(
                    "iri => kgNetwork.moveTo({position: kgNetwork.getPositions([iri])[iri], scale: 1.5})", hub
                )
                zoomed = _redraws(page, "kg.redrawMs()", 7)
                context.close()
                context, reference, _ = _load(browser, _vis_page(page_path, positions))
                vis_overview = [reference.evaluate("redrawMs()") / 1000 for _ in range(7)]
                context.close()
                table.add(
                    f"{what}: redraw, whole graph", overview, vis_overview, "vis-network draws it itself", "< 100 ms"
                )
                table.add(f"{what}: click a hub (select + highlight + redraw)", click, None, "")
                table.add(f"{what}: redraw, hub selected", selected, vis_overview, "vis-network, whole graph")
                table.add(f"{what}: redraw, zoomed in on the hub", zoomed, vis_overview, "vis-network, whole graph")
        finally:
            browser.close()


def main(argv: list[str]) -> None:
    from bench.__main__ import Table, machine
    from bench.quality import write_results

    quick = "--quick" in argv
    table = Table()
    started = time.perf_counter()
    print(machine())
    with tempfile.TemporaryDirectory(prefix="kg-bench-viz-") as tmp:
        measure(table, Path(tmp), 3 if quick else 5, [2000] if quick else [2000, 5000])
    minutes = (time.perf_counter() - started) / 60
    text = (
        "## The graph page in a browser\n\n"
        f"`python -m bench viz{' --quick' if quick else ''}` on {time.strftime('%Y-%m-%d')}, {minutes:.0f} min; "
        f"headless Chromium (software rendering), 1440×900. Machine: {machine()}.\n\n" + table.markdown() + "\n"
    )
    if "--no-write" not in argv:
        write_results(text, marker="viz")
    print(f"\n{text}")


if __name__ == "__main__":
    main(sys.argv[1:])
