"""Benchmarks, run by `make bench`. Speed is measured here, never in the test suite."""
