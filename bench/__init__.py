"""Benchmarks and evaluations against ../shared/corpora (not shipped with the app)."""
