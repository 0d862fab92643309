"""Helpers shared by Hearth's tests and benchmarks (model files, fixtures' building blocks)."""
