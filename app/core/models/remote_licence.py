"""The licence check for a file still on the Hub: what is it, before a byte of it is kept?

A download from a repository outside the catalog has no licence family to go by, so the file
must say what it is. Two sources, cheapest first:

* the Hub's own summary of a GGUF repository (the ``gguf`` field of the model info: its
  ``architecture``), which costs one small API request and no file bytes;
* failing that (no summary, or a projector, which the summary does not describe), the file's
  GGUF header, read with an HTTP Range request for its first few hundred kilobytes.

The answer goes through :func:`app.core.licence.restriction_of`, the same function the load
check uses, so a file is refused for the same reason with the same words whether it is being
downloaded or loaded.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

from app.core.errors import HearthError
from app.core.models.gguf_file import GGUF_MAGIC, GGUFInfo, SkippedArray, _Reader, _Truncated

log = logging.getLogger(__name__)

PROBE_BYTES = 256 * 1024
MAX_PROBE_BYTES = 8 * 1024 * 1024


def parse_header_prefix(data: bytes, filename: str, size: int) -> GGUFInfo | None:
    """The metadata in the first bytes of a GGUF file, as far as they go (None: not GGUF)."""
    if data[:4] != GGUF_MAGIC or len(data) < 24:
        return None
    r = _Reader(io.BytesIO(data))
    metadata: dict[str, Any] = {}
    version = 0
    try:
        r.read(4)
        version = r.unpack("I")
        r.unpack("Q")
        n_kv = r.unpack("Q")
        for _ in range(min(n_kv, 1 << 20)):
            key = r.string()
            metadata[key] = r.value(r.unpack("I"))
    except _Truncated:
        pass
    except (ValueError, UnicodeError):
        return None
    architecture = metadata.get("general.architecture")
    if not isinstance(architecture, str):
        return None
    name = metadata.get("general.name")
    return GGUFInfo(path=Path(filename), size_bytes=size, version=version,
                    architecture=architecture,
                    name=name if isinstance(name, str) else Path(filename).stem,
                    metadata={k: v for k, v in metadata.items()
                              if not isinstance(v, SkippedArray)})


def hub_architecture(repo: str, revision: str, token: str | None) -> str | None:
    """The architecture in the Hub's ``gguf`` summary of ``repo``, if it gives one."""
    from huggingface_hub import HfApi

    from app.core.models.hub import hub_endpoint

    try:
        info = HfApi(endpoint=hub_endpoint()).model_info(repo, revision=revision,
                                                         token=token or False)
    except Exception as exc:  # the header probe is the fallback; the download reports errors
        log.info("No Hub metadata for %s (%s)", repo, exc)
        return None
    summary = getattr(info, "gguf", None)
    arch = summary.get("architecture") if isinstance(summary, dict) else None
    return arch if isinstance(arch, str) and arch else None


def header_info(url: str, filename: str, size: int, headers: dict[str, str]
                ) -> GGUFInfo | None:
    """Read the file's header with Range requests (growing up to 8 MB until the keys that
    matter are in), without downloading the file."""
    import httpx2
    from huggingface_hub.utils import get_session

    session = get_session()
    want = PROBE_BYTES
    while True:
        end = min(want, size) - 1
        try:
            response = session.get(url, headers={**headers, "Range": f"bytes=0-{end}",
                                                 "Accept-Encoding": "identity"},
                                   follow_redirects=True, timeout=30)
        except httpx2.TransportError as exc:
            raise HearthError(f"Hearth could not read the header of {filename} to check its "
                              f"licence ({type(exc).__name__}).",
                              hint="Check the connection and try again.") from None
        if response.status_code >= 400:
            return None
        data = response.content[: end + 1]
        info = parse_header_prefix(data, filename, size)
        complete = info is not None and any(
            not k.startswith(("general.", "GGUF.")) for k in info.metadata)
        if complete or want >= min(size, MAX_PROBE_BYTES) or response.status_code != 206:
            return info
        want *= 4


def remote_restriction(repo: str, revision: str, filename: str, url: str, size: int,
                       headers: dict[str, str], token: str | None, *, projector: bool
                       ) -> str | None:
    """Why a file on the Hub falls under the vision limit (the load check's words), or None.

    The Hub's summary decides for a model file when it names an architecture; a projector
    (which the summary does not describe) and a repository without a summary are decided by
    the file's header.
    """
    from app.core.licence import restriction_of

    if not projector:
        arch = hub_architecture(repo, revision, token)
        if arch is not None:
            info = GGUFInfo(path=Path(filename), size_bytes=size, version=3,
                            architecture=arch, name=Path(filename).stem,
                            metadata={"general.architecture": arch})
            return restriction_of(info)
    info = header_info(url, filename, size, headers)
    if info is None:
        return None  # not a GGUF header: the download's own checks will say so
    return restriction_of(info)
