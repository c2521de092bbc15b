"""README's promises: the two quick-start commands, and CI running the same test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```\n(.+?)\n```", section)[:2]


def test_quick_start_is_two_commands():
    main, tests = quick_start_commands()
    assert main.startswith("pip install . && kg build && kg query") and main.endswith("kg viz")
    assert tests.startswith("pip install") and "[test]" in tests and "pytest" in tests


def test_ci_runs_the_readme_test_command():
    _, tests = quick_start_commands()
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert tests in ci.splitlines()


def test_readme_query_output_is_real(example_store):
    from click.testing import CliRunner

    from kg.cli.main import cli

    main, _ = quick_start_commands()
    query = re.search(r"kg query '(.+?)'", main).group(1)
    result = CliRunner().invoke(cli, ["query", query, "--store", str(example_store.root)])
    shown = README.split(f"$ kg query '{query}'\n", 1)[1].split("\n$ ", 1)[0]
    assert result.output.strip() == shown.strip()
