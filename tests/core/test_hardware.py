"""Hardware detection and the automatic GPU offload choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import hardware
from app.core.hardware import Device, parse_cpu_features
from app.core.models.gguf_file import read_gguf_info
from app.core.models.memory import estimate_memory, plan_offload, ram_share

GiB = 1024**3


def test_cpu_features_are_parsed_from_llama_cpp_system_info() -> None:
    x86 = ("CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX_VNNI = 0 | AVX2 = 1 | F16C = 1 | "
           "FMA = 1 | AVX512 = 1 | LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 | ")
    assert parse_cpu_features(x86) == ["AVX", "AVX2", "AVX512", "F16C", "FMA", "LLAMAFILE",
                                       "OPENMP", "REPACK", "SSE3", "SSSE3"]
    arm = "Metal : EMBED_LIBRARY = 1 | CPU : NEON = 1 | ARM_FMA = 1 | SVE = 0 | DOTPROD = 1 |"
    assert parse_cpu_features(arm) == ["ARM_FMA", "DOTPROD", "EMBED_LIBRARY", "NEON"]
    assert parse_cpu_features("") == []


def test_real_detection_lists_the_cpu() -> None:
    found = hardware.devices()
    assert any(d.kind == "CPU" for d in found)
    report = hardware.hardware_report()
    assert report.physical_cores >= 1 and report.total_ram > 0
    assert "AVX2" in report.cpu_features or "NEON" in report.cpu_features


def _gpu(free_gib: float) -> Device:
    return Device("CUDA0", "NVIDIA Test GPU", "GPU", int(free_gib * GiB), 24 * GiB)


@pytest.fixture
def smol_info(smollm2_gguf: Path):  # type: ignore[no-untyped-def]
    return read_gguf_info(smollm2_gguf)


def test_no_gpu_means_cpu(smol_info) -> None:  # type: ignore[no-untyped-def]
    cpu = Device("CPU", "Xeon", "CPU", 16 * GiB, 16 * GiB)
    plan = plan_offload(smol_info, 4096, [cpu])
    assert plan.n_gpu_layers == 0 and "CPU" in plan.reason


def test_everything_fits_on_a_big_gpu(smol_info) -> None:  # type: ignore[no-untyped-def]
    plan = plan_offload(smol_info, 4096, [_gpu(8)])
    assert plan.n_gpu_layers == smol_info.n_layer + 1
    assert "All" in plan.reason and plan.device == "CUDA0"


def test_partial_offload_scales_with_free_vram(smol_info) -> None:  # type: ignore[no-untyped-def]
    est = estimate_memory(smol_info, 8192)
    # Room for about half of weights + KV beyond the reserve and the compute buffer.
    free = 768 * 1024**2 + est.compute + (est.weights + est.kv_cache) / 2
    plan = plan_offload(smol_info, 8192, [_gpu(free / GiB)])
    assert 0 < plan.n_gpu_layers < smol_info.n_layer
    assert abs(plan.n_gpu_layers - smol_info.n_layer / 2) <= 2
    more = plan_offload(smol_info, 8192, [_gpu(free / GiB + 0.05)])
    assert more.n_gpu_layers >= plan.n_gpu_layers
    # A longer context needs more KV cache per layer: fewer layers fit.
    assert plan_offload(smol_info, 8192 * 4, [_gpu(free / GiB)]).n_gpu_layers < plan.n_gpu_layers


def test_a_full_gpu_falls_back_to_cpu_with_a_reason(smol_info) -> None:  # type: ignore[no-untyped-def]
    plan = plan_offload(smol_info, 4096, [_gpu(0.5)])
    assert plan.n_gpu_layers == 0 and "too little" in plan.reason


def test_ram_share_counts_only_what_stays_on_the_cpu(smol_info) -> None:  # type: ignore[no-untyped-def]
    assert ram_share(smol_info, 0) == 1.0
    assert ram_share(smol_info, smol_info.n_layer + 1) == 0.0
    assert 0.4 < ram_share(smol_info, smol_info.n_layer // 2) < 0.6


def test_engine_on_this_machine_reports_its_offload_choice(smollm2_gguf: Path) -> None:
    from app.core.engine.base import LoadOptions
    from app.core.engine.llamacpp import LlamaCppEngine

    with LlamaCppEngine(smollm2_gguf, LoadOptions(n_ctx=512)) as engine:
        gpus = [d for d in hardware.devices() if d.is_gpu]
        if gpus:
            assert engine.info.n_gpu_layers > 0
        else:
            assert engine.info.n_gpu_layers == 0
            assert "CPU" in engine.info.offload
        assert engine.info.notice is None


@pytest.mark.gpu
def test_full_offload_on_a_real_gpu(smollm2_gguf: Path, gpu_device: object) -> None:
    from app.core.chat.message import Message
    from app.core.engine.base import DoneEvent, GenerationRequest, LoadOptions, SamplingParams
    from app.core.engine.llamacpp import LlamaCppEngine

    request = GenerationRequest(messages=[Message("user", "Which city is the capital of France?")],
                                sampling=SamplingParams(temperature=0.0, max_tokens=12))
    with LlamaCppEngine(smollm2_gguf, LoadOptions(n_ctx=1024)) as gpu_engine:
        assert gpu_engine.info.n_gpu_layers > 0
        assert gpu_device.description in gpu_engine.info.offload  # type: ignore[attr-defined]
        done = [e for e in gpu_engine.generate(request) if isinstance(e, DoneEvent)][-1]
    # The words may differ from the CPU's (a device rounds differently; on lavapipe SmolLM2's
    # greedy answer parts from the CPU's early): tests/core/test_gpu_text.py compares logits.
    # Mesa 25's lavapipe answers "The capital of France is Paris." and stops there.
    assert done.text.strip() and 0 < done.stats.completion_tokens <= 12
    assert done.stats.stop_reason in ("eos", "length")


def test_catalog_fit_colours() -> None:
    from app.core.models.memory import fit_for_size

    one_b = 807_700_000  # Llama 3.2 1B Q4_K_M
    assert fit_for_size(one_b, 1_235_814_400, 4096, 16 * GiB).fit == "green"
    tight = fit_for_size(one_b, 1_235_814_400, 4096, int(1.6 * GiB))
    assert tight.fit == "yellow" and "Tight" in tight.summary
    red = fit_for_size(8 * GiB, 8_030_000_000, 8192, 4 * GiB)
    assert red.fit == "red" and "Does not fit" in red.summary
    # A longer context costs KV cache: the same model turns from green to red.
    assert fit_for_size(one_b, 1_235_814_400, 131072, 3 * GiB).fit == "red"
    assert fit_for_size(one_b, 1_235_814_400, 2048, 16 * GiB, [_gpu(8)]).fit == "green"
    partly = fit_for_size(8 * GiB, 8_030_000_000, 8192, 32 * GiB, [_gpu(4)])
    assert partly.fit == "yellow" and "GPU" in partly.summary


def test_per_model_loading_overrides_persist(hearth_home: Path) -> None:
    from app.core.settings import Settings, load_settings, save_settings

    settings = Settings(n_ctx=4096, n_gpu_layers=None)
    settings.set_model_override("/models/a.gguf", n_gpu_layers=12, n_ctx=8192)
    save_settings(settings)
    loaded = load_settings()
    a = loaded.load_options("/models/a.gguf")
    assert (a.n_gpu_layers, a.n_ctx) == (12, 8192)
    b = loaded.load_options("/models/b.gguf")
    assert (b.n_gpu_layers, b.n_ctx) == (None, 4096)
    with pytest.raises(ValueError):
        settings.set_model_override("/models/a.gguf", temperature=1)
