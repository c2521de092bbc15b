"""docs/python.md: every example runs, in order, in a fresh folder, and prints what the page shows."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

DOC = Path(__file__).parent.parent / "docs" / "python.md"


def test_every_python_example_prints_what_the_page_shows(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    blocks = re.findall(r"```python\n(.*?)```\n```\n(.*?)```", DOC.read_text("utf-8"), re.S)
    assert len(blocks) >= 5
    namespace: dict = {}
    for code, shown in blocks:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, str(DOC), "exec"), namespace)
        assert out.getvalue().strip() == shown.strip(), code


def test_the_public_names_are_the_documented_ones():
    import kg

    assert set(kg.__all__) >= {"build", "open", "extract", "KnowledgeGraph", "NotesError", "KgError"}
    for name in kg.__all__:
        assert getattr(kg, name) is not None
    text = DOC.read_text("utf-8")
    assert "kg.build(" in text and "kg.open(" in text and "kg.extract(" in text
