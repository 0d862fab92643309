"""`hearth doctor` and Settings ▸ Hardware describe the machine from one set of rows."""

from __future__ import annotations

from dataclasses import asdict

from app.core.doctor import device_rows, doctor_report, format_doctor, hardware_rows
from app.core.hardware import hardware_report


def test_doctor_and_settings_print_the_same_rows(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.settings_dialog import hardware_markdown

    hw = asdict(hardware_report())
    rows = hardware_rows(hw)
    assert [label for label, _ in rows] == ["OS", "CPU cores", "Memory", "CPU features",
                                            "llama.cpp", "GPU offload"]
    text = format_doctor(doctor_report())
    page = hardware_markdown()
    for label, value in rows:
        if label != "Memory":  # free memory moves between the two reads
            assert f"  {label:20} {value}" in text
            assert f"**{label}** {value}" in page
    for name, description in device_rows(hw):
        assert name in text and name in page
        assert description.split(",")[0] in page


def test_devices_without_memory_and_an_empty_list_read_well() -> None:
    hw = asdict(hardware_report())
    hw["devices"] = [{"name": "CPU", "description": "AMD EPYC", "kind": "CPU",
                      "free_memory": 0, "total_memory": 0},
                     {"name": "CUDA0", "description": "NVIDIA RTX 4090", "kind": "GPU",
                      "free_memory": 20_000_000_000, "total_memory": 24_000_000_000}]
    assert device_rows(hw) == [("CPU", "AMD EPYC"),
                               ("CUDA0", "NVIDIA RTX 4090, 20.0 GB free of 24.0 GB")]
    hw["devices"] = []
    assert device_rows(hw) == [("(none reported)", "")]
    hw["gpu_offload"] = False
    assert dict(hardware_rows(hw))["GPU offload"] == "no (CPU-only llama.cpp build)"
