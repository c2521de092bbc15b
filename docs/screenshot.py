"""Regenerate docs/example-graph.png: the bundled example's graph in headless Chromium.

python docs/screenshot.py            (needs Debian's chromium and playwright)
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


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = GraphStore(Path(tmp) / ".kg")
        build(None, store)
        page_path = write_html(concept_view(LocalBackend(store)), Path(tmp) / "kg-graph.html")
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
            page.goto(page_path.as_uri())
            page.wait_for_function("window.kgReady === true", timeout=120_000)
            page.evaluate("window.kgNetwork.fit()")
            page.screenshot(path=str(out))
            browser.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "example-graph.png")
