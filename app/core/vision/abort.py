"""Stop a running ggml graph when a :class:`CancelToken` is set (CPU backend only).

ggml's CPU backend asks an abort callback after every node of a graph; a set token makes the
computation stop there and return "aborted", so Stop takes effect within one node (well under
a second on the 11B encoder's largest matmul) instead of at the end of the graph. Other
backends have no such hook; there the callers' step boundaries are where a cancel lands.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from app.core.engine.base import CancelToken
from app.core.vision.ggml import Backend, lib

_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_bool, ctypes.c_void_p)


@cache
def _set_abort():  # type: ignore[no-untyped-def]
    from llama_cpp import _ggml

    lib()  # checks the version first
    fn = _ggml.libggml.ggml_backend_cpu_set_abort_callback
    fn.restype = None
    fn.argtypes = [ctypes.c_void_p, _CALLBACK, ctypes.c_void_p]
    return fn


@contextmanager
def abort_on(backend: Backend, cancel: CancelToken | None) -> Iterator[None]:
    """While inside, graphs on ``backend`` stop at the next node once ``cancel`` is set."""
    if cancel is None or backend.on_device:  # graphs through the scheduler: steps only
        yield
        return
    callback = _CALLBACK(lambda _data: cancel.cancelled)
    _set_abort()(backend.cpu, callback, None)
    try:
        yield
    finally:
        _set_abort()(backend.cpu, _CALLBACK(), None)
