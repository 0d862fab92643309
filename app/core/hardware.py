"""What this computer offers: cores, memory, llama.cpp backends and CPU features.

Threads default to *physical* cores: llama.cpp's decode is memory-bound and hyper-threads
slow it down, while llama-cpp-python's own default (cpu_count // 2) under-uses machines
without SMT.
"""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass, field

import psutil


def physical_cores() -> int:
    """Physical cores, falling back to logical ones where the OS does not tell."""
    return psutil.cpu_count(logical=False) or os.cpu_count() or 1


def available_memory() -> int:
    """Bytes of RAM the OS could give a new model now (including reclaimable cache)."""
    return int(psutil.virtual_memory().available)


def total_memory() -> int:
    return int(psutil.virtual_memory().total)


@dataclass(slots=True)
class HardwareReport:
    """Everything ``hearth doctor`` prints about the machine and the llama.cpp build."""

    os: str
    machine: str
    physical_cores: int
    logical_cores: int
    total_ram: int
    available_ram: int
    llama_cpp_version: str
    gpu_offload: bool
    system_info: str
    cpu_features: list[str] = field(default_factory=list)
    devices: list[dict[str, object]] = field(default_factory=list)


def _ggml_devices() -> list[dict[str, object]]:
    import ctypes

    import llama_cpp

    lib = llama_cpp.llama_cpp._lib  # the libllama that llama-cpp-python loaded
    try:
        lib.ggml_backend_dev_count.restype = ctypes.c_size_t
        lib.ggml_backend_dev_get.restype = ctypes.c_void_p
        lib.ggml_backend_dev_get.argtypes = [ctypes.c_size_t]
        lib.ggml_backend_dev_name.restype = ctypes.c_char_p
        lib.ggml_backend_dev_name.argtypes = [ctypes.c_void_p]
        lib.ggml_backend_dev_description.restype = ctypes.c_char_p
        lib.ggml_backend_dev_description.argtypes = [ctypes.c_void_p]
        lib.ggml_backend_dev_memory.restype = None
        lib.ggml_backend_dev_memory.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_size_t),
            ctypes.POINTER(ctypes.c_size_t),
        ]
    except AttributeError:  # a build that does not export the device API
        return []
    devices = []
    for i in range(lib.ggml_backend_dev_count()):
        dev = lib.ggml_backend_dev_get(i)
        free, total = ctypes.c_size_t(), ctypes.c_size_t()
        lib.ggml_backend_dev_memory(dev, ctypes.byref(free), ctypes.byref(total))
        devices.append(
            {
                "name": (lib.ggml_backend_dev_name(dev) or b"").decode(),
                "description": (lib.ggml_backend_dev_description(dev) or b"").decode(),
                "free_memory": free.value,
                "total_memory": total.value,
            }
        )
    return devices


def hardware_report() -> HardwareReport:
    """Probe the machine and the installed llama.cpp (loads libllama, no model)."""
    import llama_cpp

    llama_cpp.llama_backend_init()
    info = (llama_cpp.llama_print_system_info() or b"").decode(errors="replace")
    features = sorted(
        {
            part.split("=")[0].strip()
            for section in info.split("|")
            for part in section.split(" ")
            if part.strip().endswith("= 1")
            or (part.count("=") == 1 and part.split("=")[1].strip() == "1")
        }
    )
    vm = psutil.virtual_memory()
    return HardwareReport(
        os=f"{platform.system()} {platform.release()}",
        machine=platform.machine(),
        physical_cores=physical_cores(),
        logical_cores=os.cpu_count() or 1,
        total_ram=int(vm.total),
        available_ram=int(vm.available),
        llama_cpp_version=getattr(llama_cpp, "__version__", "unknown"),
        gpu_offload=bool(llama_cpp.llama_supports_gpu_offload()),
        system_info=info.strip(),
        cpu_features=features,
        devices=_ggml_devices(),
    )
