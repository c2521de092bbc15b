"""Regenerate the README's screenshots of `kg viz` on the bundled example, in headless Chromium.

python docs/screenshot.py            (needs Debian's chromium and playwright)

docs/img/viz-1440.png   the whole graph at 1440×900
docs/img/viz-390.png    a phone (390×844): Batch Normalization found by its alias "BN", its evidence below
docs/img/viz-plan.png   "study before this" on Transformer: the plan listed and drawn as a path
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for bench.chromium

from bench.chromium import launch  # noqa: E402
from kg.pipeline import build
from kg.query import LocalBackend
from kg.store import GraphStore
from kg.viz import concept_view, write_html

SHOTS = [
    ("viz-1440.png", 1440, 900, []),
    ("viz-390.png", 390, 844, [("fill", "#search", "BN"), ("press", "#search", "Enter")]),
    (
        "viz-plan.png",
        1440,
        900,
        [("fill", "#search", "Transformer"), ("press", "#search", "Enter"), ("click", "#study")],
    ),
]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = GraphStore(Path(tmp) / ".kg")
        build(None, store)
        page_path = write_html(concept_view(LocalBackend(store)), Path(tmp) / "kg-graph.html")
        with sync_playwright() as p:
            browser = launch(p)
            for name, width, height, steps in SHOTS:
                page = browser.new_page(viewport={"width": width, "height": height})
                page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
                page.goto(page_path.as_uri())
                page.wait_for_function("window.kgReady === true", timeout=120_000)
                for action, *args in steps:
                    getattr(page, action)(*args)
                page.wait_for_timeout(200)
                page.screenshot(path=str(out / name))
                page.close()
                print(f"wrote {out / name}")
            browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "img")
