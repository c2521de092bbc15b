"""Where the installed ontology and bundled example live.

Both are package data (setup.cfg maps `ontology/` to `kg.ontology` and
`examples/` to `kg.examples`); a source checkout that is not installed
falls back to the folders beside `kg/`.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


def _package_dir(package: str, fallback: str) -> Path:
    try:
        path = Path(str(resources.files(package)))
        if path.is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return _ROOT / fallback


def ontology_dir() -> Path:
    """The folder of Turtle files: vocabulary (kg.ttl), lexicon (concepts.ttl), shapes."""
    return _package_dir("kg.ontology", "ontology")


def ontology_files() -> list[Path]:
    """Every Turtle file that goes into a built graph (the SHACL shapes do not)."""
    return sorted(p for p in ontology_dir().glob("*.ttl") if p.name != "shapes.ttl")


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def example_notes_dir() -> Path:
    """The bundled example: the user's own notes on AlexNet … Transformer."""
    return _package_dir("kg.examples", "examples") / "notes"
