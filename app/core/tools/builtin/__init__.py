"""Hearth's own tools: calculator, clock, units, files, system info, open with default app."""
