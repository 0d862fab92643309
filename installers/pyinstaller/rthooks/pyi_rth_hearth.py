"""Runtime hook: point llama-cpp-python at the bundle's libraries before anything imports it.

llama-cpp-python looks for libllama next to its own ``.py`` files unless ``LLAMA_CPP_LIB_PATH``
says otherwise (``MTMD_CPP_LIB`` for libmtmd). The bundle's copy always wins over a value
inherited from the environment: a frozen Hearth must run the llama.cpp it was tested with.
On Windows the folder is also added to the DLL search path, so ggml's own dependencies (the
OpenMP runtime, CUDA's DLLs shipped beside them) resolve. Dynamically loadable ggml backends
in that folder (GGML_BACKEND_DL builds) are registered by ``app.core.hardware.load_backends``
before the first model loads, so that the window does not wait for llama.cpp to start.
"""


def _hearth_setup_paths() -> None:
    import os
    import sys

    base = getattr(sys, "_MEIPASS", None)
    if not base:
        return
    lib = os.path.join(base, "llama_cpp", "lib")
    if not os.path.isdir(lib):
        return
    os.environ["LLAMA_CPP_LIB_PATH"] = lib
    os.environ["MTMD_CPP_LIB"] = lib
    if sys.platform == "win32":
        for folder in (lib, base):
            os.add_dll_directory(folder)
        os.environ["PATH"] = os.pathsep.join([lib, base, os.environ.get("PATH", "")])


_hearth_setup_paths()
del _hearth_setup_paths
