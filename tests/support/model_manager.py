"""Names and a CLI runner shared by the model manager tests (tests/model_manager)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REPO = "hearth-test/Tiny-Llama-3.2-GGUF"
FILE = "Tiny-Llama-3.2-Instruct-F16.gguf"
GATED_REPO = "meta-llama/Tiny-Llama-3.2-Gated-GGUF"
GATED_TOKEN = "hf_TestTokenThatMustNeverLeak0123"


def run_hearth(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
               timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``python -m app …`` as a person would run it, with the test's environment."""
    full_env = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    return subprocess.run([sys.executable, "-m", "app", *args], input=stdin,
                          capture_output=True, text=True, timeout=timeout, env=full_env,
                          cwd=ROOT)
