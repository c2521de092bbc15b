"""store: the on-disk graph, written whole and swapped in atomically.

Layout of a store folder (``.kg/`` by default)::

    .kg/current -> graph-20261128T101500-1234   (symlink, replaced atomically)
    .kg/graph-…/oxigraph/                        (pyoxigraph RocksDB store)
    .kg/graph-…/meta.json                        (what was built, from what)
    .kg/cache/                                   (per-file extraction cache)
    .kg/lock                                     (one build at a time)

A build writes a new ``graph-…`` folder and only then repoints ``current``;
a failed or killed build leaves the previous graph intact and queryable.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import StoreError

DEFAULT_STORE = ".kg"
LOAD_BATCH_BYTES = 32_000_000


_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def is_disk_full(exc: BaseException) -> bool:
    """An error from a full disk (or quota): by errno, or by RocksDB's words through pyoxigraph."""
    if isinstance(exc, OSError) and exc.errno in _DISK_FULL:
        return True
    text = str(exc)
    return "No space left on device" in text or "Disk quota exceeded" in text


def default_store_path() -> Path:
    """``$KG_STORE`` if set, else ``.kg`` in the current folder."""
    return Path(os.environ.get("KG_STORE") or DEFAULT_STORE)




def replace_triples(
    target: Any,
    old: Iterable[bytes],
    new: Iterable[bytes],
    owned: str,
    rename: Callable[[str], str] = lambda iri: iri,
) -> set[tuple[str, str, str]]:
    """Swap the triples some files wrote last time (``old``, N-Triples) for their new ones, in an open store.

    A triple whose subject IRI starts with ``owned`` (a file's items, sentences, fact records)
    was that file's alone and goes. Any other (a relation between concepts) may be stated by
    other files too: it stays, and is returned (subject and object through ``rename``) for the
    caller to decide.
    """
    import pyoxigraph as ox

    shared: set[tuple[str, str, str]] = set()
    for data in old:
        for quad in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
            subject = quad.subject
            if isinstance(subject, ox.NamedNode) and subject.value.startswith(owned):
                target.remove(quad)
            else:
                shared.add((rename(subject.value), quad.predicate.value, rename(quad.object.value)))
    for data in new:
        target.load(data, format=ox.RdfFormat.N_TRIPLES)
    return shared


class ExtractionCache:
    """The store's cache folder: per-file extraction results, ``<key>.json`` (facts, counts) and
    ``<key>.nt.z`` (triples, zlib); an incremental build patches the graph from it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()

    def _write(self, path: Path, data: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
        try:
            tmp.write_bytes(data)
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)  # no half-written entry stays behind (a full disk)
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        self.used.add(path.name)

    def get(self, key: str) -> dict[str, Any] | None:
        import json  # here, not at the top: the read side imports this module and never needs it

        path = self.folder / f"{key}.json"
        try:
            value = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        self.used.add(path.name)
        return value  # type: ignore[no-any-return]

    def put(self, key: str, value: dict[str, Any]) -> None:
        import json

        self._write(self.folder / f"{key}.json", json.dumps(value, ensure_ascii=False).encode("utf-8"))

    def get_triples(self, key: str) -> bytes | None:
        import zlib

        path = self.folder / f"{key}.nt.z"
        try:
            data = zlib.decompress(path.read_bytes())
        except (OSError, zlib.error):
            return None
        self.used.add(path.name)
        return data

    def has_triples(self, key: str) -> bool:
        return (self.folder / f"{key}.nt.z").is_file()

    def put_triples(self, key: str, data: bytes) -> None:
        import zlib

        self._write(self.folder / f"{key}.nt.z", zlib.compress(data, 1))

    def keep(self, key: str) -> None:
        self.used.update((f"{key}.json", f"{key}.nt.z"))

    def prune(self) -> None:
        if not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.name not in self.used:
                path.unlink(missing_ok=True)


class GraphStore:
    """A folder holding the current graph, its predecessors' leftovers, and the cache."""

    def __init__(self, root: Path | str | None = None) -> None:
        self.root = Path(root) if root is not None else default_store_path()

    @property
    def current(self) -> Path:
        return self.root / "current"

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    def exists(self) -> bool:
        return (self.current / "oxigraph").is_dir()

    def meta(self) -> dict[str, Any]:
        import json

        try:
            return json.loads((self.current / "meta.json").read_text("utf-8"))
        except (OSError, ValueError):
            return {}

    def open(self, read_only: bool = True):  # type: ignore[no-untyped-def]
        """Open the current graph with pyoxigraph (read-only: published graphs never change)."""
        import pyoxigraph as ox

        if not self.exists():
            raise StoreError(f"no graph in {self.root}/ yet: run `kg build` first (or pass --store)")
        target = str(self.current.resolve() / "oxigraph")
        try:
            return ox.Store.read_only(target) if read_only else ox.Store(target)
        except OSError as exc:
            raise StoreError(f"cannot open the graph in {self.root}: {exc}") from None

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """One build at a time per store; a second one fails at once with a clear message."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / "lock", "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreError(f"another kg build is writing {self.root}; try again when it ends") from None
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def previous_note(self) -> str:
        """What a failed build leaves: the graph in place, or no graph yet."""
        if self.current.is_symlink():
            return f"the previous graph ({self.root}/current → {os.readlink(self.current)}) is intact"
        return f"no graph was published in {self.root}/"

    def write_error(self, exc: BaseException, path: Path | str | None = None) -> StoreError:
        """One line for a build that could not write: where, why, and that the previous graph stands."""
        where = str(path or getattr(exc, "filename", None) or self.root)
        if is_disk_full(exc):
            return StoreError(f"the disk is full: could not write {where}; {self.previous_note()}")
        reason = getattr(exc, "strerror", None) or " ".join(str(exc).split())[:200]
        return StoreError(f"could not write {where}: {reason}; {self.previous_note()}")

    @contextlib.contextmanager
    def _building(self) -> Iterator[Path]:
        """A new graph folder that is removed at once if anything fails before it is swapped in."""
        import shutil

        folder = self._new_folder()
        try:
            yield folder
        except BaseException as exc:
            shutil.rmtree(folder, ignore_errors=True)
            if isinstance(exc, OSError) or is_disk_full(exc):
                raise self.write_error(exc, folder) from None
            raise

    def _new_folder(self) -> Path:
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        folder = self.root / f"graph-{stamp}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
        folder.mkdir(parents=True)
        return folder

    def publish(self, ntriples: Path, meta: dict[str, Any]) -> Path:
        """Load an N-Triples file into a new graph folder and make it current."""

        def chunks() -> Iterator[bytes]:
            with open(ntriples, "rb") as handle:
                while block := handle.readlines(LOAD_BATCH_BYTES):
                    yield b"".join(block)

        return self.publish_stream(chunks(), lambda: meta)

    def publish_stream(
        self,
        chunks: Iterable[bytes],
        meta: Callable[[], dict[str, Any]],
        finish: Callable[[Any], None] | None = None,
        trusted: bool = False,
    ) -> Path:
        """Bulk-load N-Triples chunks into a new graph folder and make it current.

        Loaded in batches of ~32 MB: one bulk_load of everything peaks at
        1.6 GB for 3.5M triples. On bench's 10 MB set (455 MB of N-Triples), bulk_load
        took 19.1 s of CPU in 96 MB batches, 21.0 s in 48 MB and 24.1 s in 16 MB, for
        632, 332 and 110 MB of extra memory; 32 MB keeps a build's peak below what it
        was with 48 MB batches before extraction ran ahead of the load (kg.pipeline._bounded).
        ``meta`` is called after the data is consumed, so it can report what was read;
        ``finish`` may edit the loaded store before it is swapped in.

        ``trusted``: the chunks are N-Triples kg wrote itself (IRIs it made, literals it escaped), so
        the parser may skip validating IRIs and language tags (pyoxigraph's ``lenient``): ~13% less
        bulk_load CPU on a build's triples, the same graph. Anything read from outside is validated.
        """
        import pyoxigraph as ox

        with self._building() as folder:
            store = ox.Store(str(folder / "oxigraph"))
            batch: list[bytes] = []
            size = 0
            for chunk in chunks:
                batch.append(chunk)
                size += len(chunk)
                if size >= LOAD_BATCH_BYTES:
                    store.bulk_load(b"".join(batch), format=ox.RdfFormat.N_TRIPLES, lenient=trusted)
                    batch, size = [], 0
            if batch:
                store.bulk_load(b"".join(batch), format=ox.RdfFormat.N_TRIPLES, lenient=trusted)
            if finish is not None:
                finish(store)
            store.flush()
            del store
            self._prepare(folder, meta())
        return self._swap(folder)

    def publish_update(self, change: Callable[[Any], None], meta: Callable[[], dict[str, Any]]) -> Path:
        """Copy the current graph (a checkpoint: hard links), let ``change`` edit the copy, swap it in."""
        import pyoxigraph as ox

        with self._building() as folder:
            self.open(read_only=True).backup(str(folder / "oxigraph"))
            store = ox.Store(str(folder / "oxigraph"))
            change(store)
            store.flush()
            del store
            self._prepare(folder, meta())
        return self._swap(folder)

    def _prepare(self, folder: Path, meta: dict[str, Any]) -> None:
        """Everything a swap writes, written before it: a full disk fails here, not half-way."""
        import json

        (folder / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), "utf-8")

    def _swap(self, folder: Path) -> Path:
        previous = self.current.resolve() if self.current.is_symlink() else None
        link = self.root / f".current-{os.getpid()}"
        with contextlib.suppress(FileNotFoundError):
            link.unlink()
        try:
            link.symlink_to(folder.name)
            os.replace(link, self.current)  # the atomic step
        except OSError as exc:
            import shutil

            with contextlib.suppress(FileNotFoundError):
                link.unlink()
            shutil.rmtree(folder, ignore_errors=True)
            raise self.write_error(exc, self.current) from None
        self._sweep(keep={folder, previous} if previous else {folder})
        return folder

    def _sweep(self, keep: set[Path | None]) -> None:
        """Remove graph folders of older or abandoned builds (we hold the lock)."""
        import shutil

        keep_resolved = {p.resolve() for p in keep if p is not None}
        current = self.current.resolve()
        for folder in self.root.glob("graph-*"):
            if folder.resolve() != current and folder.resolve() not in keep_resolved:
                shutil.rmtree(folder, ignore_errors=True)
        # the graph replaced just now goes too; readers that have it open keep their files
        for folder in keep_resolved:
            if folder != current:
                shutil.rmtree(folder, ignore_errors=True)
