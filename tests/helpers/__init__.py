"""Helpers shared by tests and benchmarks (speech synthesis, virtual microphone, ...)."""
