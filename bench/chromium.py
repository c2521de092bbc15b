"""Debian's headless Chromium, as the tests, the benchmarks and the screenshot script launch it.

Never a browser download: playwright drives /usr/bin/chromium with the flags
this machine's closed network needs (no background connections, no QUIC).
"""

from __future__ import annotations

from typing import Any

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
