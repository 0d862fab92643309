"""The vision engine's memory plan: what goes to the GPU device and what stays on the CPU."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.hardware import Device
from app.core.models.gguf_file import read_gguf_info
from app.core.models.memory import VRAM_RESERVE_BYTES, plan_offload
from app.core.vision.gguf_layout import MllamaFiles, open_mllama
from app.core.vision.placement import _costs, plan_placement

DATA = Path(__file__).resolve().parents[2] / "data" / "mllama"


@pytest.fixture(scope="module")
def files() -> MllamaFiles:
    return open_mllama(DATA / "tiny-mllama-text.gguf", DATA / "tiny-mllama-mmproj.gguf")


def test_no_device_or_zero_layers_is_the_cpu(files: MllamaFiles) -> None:
    assert not plan_placement(files, 128, None, None, 0, 0).uses_device
    zero = plan_placement(files, 128, 0, "Vulkan0", 1 << 40, 0)
    assert not zero.uses_device and "0" in zero.reason


def test_explicit_layers_count_from_the_last_block(files: MllamaFiles) -> None:
    n = files.text_hparams.layers  # 5
    two = plan_placement(files, 128, 2, "Vulkan0", 0, 0)
    assert two.layers == {n - 2, n - 1} and not two.output and two.vision
    assert two.n_gpu_layers == 2 and "2 of 6 layers on Vulkan0" in two.reason
    assert two.text_on_device("blk.4.attn_q.weight")
    assert not two.text_on_device("blk.0.attn_q.weight")
    assert not two.text_on_device("output.weight") and two.vision_on_device("v.blk.0.ln1.weight")
    everything = plan_placement(files, 128, 999, "Vulkan0", 0, 0)
    assert everything.layers == set(range(n)) and everything.output
    assert everything.n_gpu_layers == n + 1 and "the rest" not in everything.reason


def test_automatic_plan_fills_the_free_memory(files: MllamaFiles) -> None:
    vision, blocks, output = _costs(files, 128)
    total = vision + sum(blocks) + output
    base = VRAM_RESERVE_BYTES + 1000  # reserve + compute
    assert plan_placement(files, 128, None, "CUDA0", base + total, 1000).n_gpu_layers == 6
    # Room for the vision encoder and the last two blocks only.
    partial = plan_placement(files, 128, None, "CUDA0",
                             base + vision + blocks[4] + blocks[3], 1000)
    assert partial.vision and partial.layers == {3, 4} and not partial.output
    assert partial.reason.startswith("The vision encoder and 2 of 6 layers on CUDA0")
    assert partial.device_bytes == vision + blocks[3] + blocks[4]
    none = plan_placement(files, 128, None, "CUDA0", base + 10, 1000)
    assert not none.uses_device and "too little free memory" in none.reason


def test_text_offload_counts_integrated_gpus(tmp_path: Path) -> None:
    from tests.support import models

    info = read_gguf_info(models.smollm2_path())
    igpu = Device("Vulkan0", "Intel(R) Iris(R) Xe Graphics", "iGPU", 8 << 30, 16 << 30)
    plan = plan_offload(info, 2048, [igpu])
    assert plan.n_gpu_layers == info.n_layer + 1 and plan.device == "Vulkan0"
