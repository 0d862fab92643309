"""Hearth: a private, offline desktop assistant for Llama 3.2 models."""

import os

__version__ = "0.1.0"

# llama.cpp's CPU backend runs each graph on OpenMP threads. With OpenMP's default active
# waiting, idle worker threads spin between tokens and the window's own thread has to fight
# them for a core: on a 2-core machine the answer streamed 10-30x slower through the window
# than on its own (bench/gui_latency.py). Passive waiting costs one wake-up per token.
# Set before llama-cpp-python loads libgomp; a value the user set is kept.
os.environ.setdefault("OMP_WAIT_POLICY", "passive")
