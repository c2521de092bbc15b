"""Did a change leave kg's output as it was? Sorted N-Triples of three builds, compared byte for byte.

    python -m bench.same snapshot OUT      # build the example, dev and a 2 MB synthetic set; write OUT/*.nt
    python -m bench.same compare OLD NEW   # which graphs differ, and by how many lines

Take a snapshot before a change (a worktree of the old commit with its own venv, or a stash) and
one after; a speed change must leave all three identical. dev (over 256 KB) and the synthetic set
(over 2 MB) go through the forked workers, the example through one process: both paths are covered.
Each build runs in a fresh store (nothing cached) as a separate ``kg build`` process, whose
wall and CPU times are printed (the machine may be shared: CPU is the figure to compare).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
KG = str(Path(sys.executable).parent / "kg")
SYNTHETIC_BYTES = 2_000_000


def sources(work: Path) -> dict[str, Path]:
    from bench.synth import note_collection
    from kg.resources import example_notes_dir

    synthetic = work / "synthetic"
    if not synthetic.exists():
        note_collection(synthetic, SYNTHETIC_BYTES, seed=5)
    return {"example": example_notes_dir(), "dev": HERE / "corpus" / "dev", "synthetic": synthetic}


def snapshot(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kg-same-") as tmp:
        for name, notes in sources(Path(tmp)).items():
            store = Path(tmp) / f"store-{name}"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run([KG, "build", "-q", "--store", str(store), str(notes)], check=True)
            wall = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            exported = subprocess.run(
                [KG, "export", "--format", "nt", "--store", str(store)], check=True, capture_output=True
            ).stdout
            lines = sorted(exported.splitlines(keepends=True))
            (out / f"{name}.nt").write_bytes(b"".join(lines))
            print(f"{name}: {len(lines):,} triples; build {wall:.2f} s wall, {cpu:.2f} s CPU")
            shutil.rmtree(store, ignore_errors=True)


def compare(old: Path, new: Path) -> bool:
    same = True
    for path in sorted(old.glob("*.nt")):
        other = new / path.name
        if not other.exists():
            print(f"{path.stem}: missing in {new}")
            same = False
            continue
        a, b = path.read_bytes(), other.read_bytes()
        if a == b:
            print(f"{path.stem}: identical ({len(a.splitlines()):,} triples)")
            continue
        same = False
        old_lines, new_lines = set(a.splitlines()), set(b.splitlines())
        print(f"{path.stem}: DIFFERENT: {len(old_lines - new_lines):,} triples gone, {len(new_lines - old_lines):,} new")
    return same


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.same", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("snapshot").add_argument("out", type=Path)
    cmp = sub.add_parser("compare")
    cmp.add_argument("old", type=Path)
    cmp.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.command == "snapshot":
        snapshot(args.out)
    else:
        sys.exit(0 if compare(args.old, args.new) else 1)


if __name__ == "__main__":
    main()
