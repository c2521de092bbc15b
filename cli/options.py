"""Options shared by the command modules."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def store_option(func: F) -> F:
    return click.option(
        "--store",
        type=click.Path(path_type=Path, file_okay=False),
        envvar="KG_STORE",
        default=None,
        show_envvar=True,
        help="Graph folder (default: .kg in the current folder).",
    )(func)
