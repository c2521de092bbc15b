"""Benchmarks: `python -m bench` (see bench/README in README.md)."""
