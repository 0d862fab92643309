"""The text engine on a GPU device (any ggml backend; lavapipe in the Vulkan lane) vs the CPU.

Backends round differently (other summation orders, F16 intermediates in some kernels), so
logits are compared within LOGIT_TOL, and greedy tokens must agree wherever the CPU's top two
candidates are further apart than that (closer ones may legitimately swap). Every engine reads
the same token sequence (the prompt and the CPU's greedy answer) in one batch, so one decode per
engine gives logits at every position: cheap even on a software device.
"""

from __future__ import annotations

from pathlib import Path

import llama_cpp
import numpy as np
import pytest

from app.core.chat.message import Message
from app.core.engine.base import DoneEvent, GenerationRequest, LoadOptions, SamplingParams
from app.core.engine.llamacpp import LlamaCppEngine
from app.core.engine.speculative import SpeculativeEngine

pytestmark = pytest.mark.gpu

# Largest |logit(GPU) − logit(CPU)| allowed, SmolLM2-135M Q4_1 (logit std ≈ 6.7 on the
# answer rows): measured up to 1.59 on lavapipe, the same with 31 and 15 layers offloaded
# (llama.cpp sends a batch's matrix products to the device either way). ggml-vulkan computes
# in F16 where the device offers it and quantizes activations to Q8_1; the CPU sums in F32.
# 2.0 is the measured maximum plus a quarter; tokens are then compared only where the CPU's
# top two are further apart than that.
LOGIT_TOL = 2.0
QUESTION = "Which city is the capital of France? Answer in one sentence."
N_STEPS = 6
HALF = 15  # of SmolLM2's 30 blocks (+1 output layer)


def _logits(engine: LlamaCppEngine, tokens: list[int]) -> np.ndarray:
    """Logits at every position of ``tokens``, read in one batch from an empty cache."""
    engine.truncate(0)
    assert engine._eval(tokens, 0, all_logits=True)
    n_vocab = llama_cpp.llama_vocab_n_tokens(engine._vocab)
    rows = [np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(engine._ctx, i),
                                  shape=(n_vocab,)).copy() for i in range(len(tokens))]
    return np.stack(rows)


def _cpu_reference(smollm2_gguf: Path) -> tuple[list[int], int, np.ndarray]:
    with LlamaCppEngine(smollm2_gguf, LoadOptions(n_ctx=256, n_gpu_layers=0)) as cpu:
        prompt, _ = cpu.build_prompt(GenerationRequest(messages=[Message("user", QUESTION)]))
        tokens = list(prompt)
        for _ in range(N_STEPS):  # the CPU's greedy answer, token by token
            tokens.append(int(_logits(cpu, tokens)[-1].argmax()))
        return tokens, len(prompt), _logits(cpu, tokens)


@pytest.fixture(scope="module")
def reference(smollm2_gguf: Path) -> tuple[list[int], int, np.ndarray]:
    return _cpu_reference(smollm2_gguf)


@pytest.mark.parametrize("layers", [31, HALF], ids=["full", "half"])
def test_offloaded_logits_match_the_cpu(smollm2_gguf: Path, gpu_device: object,
                                        reference: tuple[list[int], int, np.ndarray],
                                        layers: int) -> None:
    tokens, n_prompt, cpu = reference
    with LlamaCppEngine(smollm2_gguf, LoadOptions(n_ctx=256, n_gpu_layers=layers)) as gpu:
        assert gpu.info.n_gpu_layers == layers and gpu.info.notice is None
        got = _logits(gpu, tokens)
    rows = slice(n_prompt - 1, None)  # the rows that pick the answer's tokens
    diff = np.abs(got[rows] - cpu[rows]).max(axis=1)
    print(f"\n{layers} layers: max |Δlogit| per answer row {np.round(diff, 4).tolist()}, "
          f"logit std {cpu[rows].std():.2f}")
    assert diff.max() <= LOGIT_TOL
    top2 = np.sort(cpu[rows], axis=1)[:, -2:]
    decisive = (top2[:, 1] - top2[:, 0]) > LOGIT_TOL
    assert decisive.sum() >= N_STEPS // 2  # the comparison below must mean something
    same = got[rows].argmax(axis=1) == cpu[rows].argmax(axis=1)
    assert same[decisive].all()


def test_speculative_on_the_device_equals_plain_decoding(
        smollm2_gguf: Path, pruned_smollm2_gguf: Path, gpu_device: object) -> None:
    request = GenerationRequest(messages=[Message("user", QUESTION)],
                                sampling=SamplingParams(temperature=0.0, max_tokens=N_STEPS))
    options = LoadOptions(n_ctx=256, n_gpu_layers=999)
    with LlamaCppEngine(smollm2_gguf, options) as plain:
        assert plain.info.n_gpu_layers == 999
        expected = [e for e in plain.generate(request) if isinstance(e, DoneEvent)][-1]
    spec = SpeculativeEngine(smollm2_gguf, pruned_smollm2_gguf, options, draft_max=3)
    try:
        assert spec.draft.info.n_gpu_layers == 999 and spec.target.info.n_gpu_layers == 999
        got = [e for e in spec.generate(request) if isinstance(e, DoneEvent)][-1]
    finally:
        spec.close()
    assert got.token_ids == expected.token_ids
    assert got.stats.drafted  # the draft really drafted


def test_automatic_offload_uses_the_device(smollm2_gguf: Path, gpu_device: object) -> None:
    with LlamaCppEngine(smollm2_gguf, LoadOptions(n_ctx=256)) as engine:
        assert engine.info.n_gpu_layers == 31, engine.info.offload
        assert "All 31 layers on" in engine.info.offload


def test_device_is_listed_with_its_memory(gpu_device: object) -> None:
    from app.core.hardware import Device

    assert isinstance(gpu_device, Device)
    assert gpu_device.total_memory > 0 and gpu_device.free_memory > 0
    assert gpu_device.description


def test_doctor_and_settings_list_the_device(gpu_device: object) -> None:
    from app.core.doctor import doctor_report, format_doctor
    from app.ui.settings_dialog import hardware_markdown

    name = gpu_device.name  # type: ignore[attr-defined]
    for text in (hardware_markdown(), format_doctor(doctor_report())):
        assert any(name in line and "free of" in line for line in text.splitlines()), text
