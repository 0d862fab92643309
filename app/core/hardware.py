"""What this computer offers: cores, memory, llama.cpp backends and CPU features.

Threads default to *physical* cores: llama.cpp's decode is memory-bound and hyper-threads
slow it down, while llama-cpp-python's own default (cpu_count // 2) under-uses machines
without SMT.
"""

from __future__ import annotations

import ctypes
import os
import platform
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil


def physical_cores() -> int:
    """Physical cores, falling back to logical ones where the OS does not tell."""
    return psutil.cpu_count(logical=False) or os.cpu_count() or 1


def available_memory() -> int:
    """Bytes of RAM the OS could give a new model now (including reclaimable cache)."""
    return int(psutil.virtual_memory().available)


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


DEVICE_TYPES = {0: "CPU", 1: "GPU", 2: "iGPU", 3: "accelerator"}


@dataclass(frozen=True, slots=True)
class Device:
    """A ggml backend device (the CPU, a CUDA/Metal/Vulkan GPU, …) and its memory."""

    name: str
    description: str
    kind: str
    free_memory: int
    total_memory: int

    @property
    def is_gpu(self) -> bool:
        return self.kind in {"GPU", "iGPU"}


_ggml_ready = False


def _ggml_lib() -> Any:
    """libggml as llama-cpp-python loaded it (through libllama), with the device API typed."""
    import llama_cpp

    lib = llama_cpp.llama_cpp._lib  # dlsym on libllama also finds its libggml dependency
    global _ggml_ready
    if not _ggml_ready:
        vp, sz = ctypes.c_void_p, ctypes.c_size_t
        for name, restype, argtypes in (
            ("ggml_backend_dev_count", sz, []),
            ("ggml_backend_dev_get", vp, [sz]),
            ("ggml_backend_dev_name", ctypes.c_char_p, [vp]),
            ("ggml_backend_dev_description", ctypes.c_char_p, [vp]),
            ("ggml_backend_dev_type", ctypes.c_int, [vp]),
            ("ggml_backend_dev_memory", None, [vp, ctypes.POINTER(sz), ctypes.POINTER(sz)]),
            ("ggml_backend_reg_count", sz, []),
        ):
            fn = getattr(lib, name)
            fn.restype, fn.argtypes = restype, argtypes
        _ggml_ready = True
    return lib


def load_backends() -> int:
    """Register dynamically loadable backends (GGML_BACKEND_DL builds); returns how many.

    Builds with backends linked in register them at start-up; a GGML_BACKEND_DL build ships
    them as ``libggml-<name>`` files next to libllama that must be loaded explicitly.
    """
    import llama_cpp

    lib = _ggml_lib()
    if lib.ggml_backend_reg_count() > 0:
        return int(lib.ggml_backend_reg_count())
    lib_dir = backend_dir(llama_cpp)
    loader = getattr(lib, "ggml_backend_load_all_from_path", None)
    if loader is not None:
        loader.restype, loader.argtypes = None, [ctypes.c_char_p]
        loader(str(lib_dir).encode())
    return int(lib.ggml_backend_reg_count())


def backend_dir(llama_cpp_module: Any = None) -> Path:
    """Where llama-cpp-python loaded libllama from: ``LLAMA_CPP_LIB_PATH`` (set in a frozen
    bundle by its runtime hook) or the package's own ``lib`` folder."""
    if llama_cpp_module is None:
        import llama_cpp as llama_cpp_module
    base = getattr(llama_cpp_module.llama_cpp, "_base_path", None)
    return Path(base) if base else Path(llama_cpp_module.llama_cpp.__file__).parent / "lib"


def devices() -> list[Device]:
    """Every device the installed llama.cpp can run on, with free and total memory."""
    try:
        lib = _ggml_lib()
    except AttributeError:  # a build that does not export the device API
        return []
    load_backends()
    found = []
    for i in range(lib.ggml_backend_dev_count()):
        dev = lib.ggml_backend_dev_get(i)
        free, total = ctypes.c_size_t(), ctypes.c_size_t()
        lib.ggml_backend_dev_memory(dev, ctypes.byref(free), ctypes.byref(total))
        found.append(
            Device(
                name=(lib.ggml_backend_dev_name(dev) or b"").decode(errors="replace"),
                description=(lib.ggml_backend_dev_description(dev) or b"").decode(
                    errors="replace"),
                kind=DEVICE_TYPES.get(lib.ggml_backend_dev_type(dev), "unknown"),
                free_memory=free.value,
                total_memory=total.value,
            )
        )
    return found


def parse_cpu_features(system_info: str) -> list[str]:
    """Feature names switched on in ``llama_print_system_info()`` ("AVX2 = 1 | NEON = 1 | …")."""
    features = set()
    for section in system_info.split("|"):
        section = section.split(":")[-1]
        if "=" not in section:
            continue
        name, _, value = section.partition("=")
        if value.strip() == "1" and name.strip():
            features.add(name.strip())
    return sorted(features)


def hardware_report() -> HardwareReport:
    """Probe the machine and the installed llama.cpp (loads libllama, no model)."""
    import llama_cpp

    llama_cpp.llama_backend_init()
    info = (llama_cpp.llama_print_system_info() or b"").decode(errors="replace")
    features = parse_cpu_features(info)
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
        devices=[asdict(d) for d in devices()],
    )
