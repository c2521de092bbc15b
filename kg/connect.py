"""connect: one place that picks the query backend — the local store or a remote SPARQL endpoint.

Kept apart from kg.query and kg.remote so that neither imports the other.
"""

from __future__ import annotations

from typing import Any

from kg.query import Backend, LocalBackend
from kg.store import GraphStore


def open_backend(store: Any = None, endpoint: str | None = None, timeout: float | None = None) -> Backend:
    """The remote endpoint when one is given, else the local store (``--store``/``$KG_STORE``/``.kg``)."""
    if endpoint is not None:  # an empty --endpoint is a mistake, not the local store
        from kg.remote import RemoteBackend

        return RemoteBackend(endpoint, timeout=timeout)
    return LocalBackend(GraphStore(store))
