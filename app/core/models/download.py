"""Downloads from the Hugging Face Hub that resume, verify, and only then install.

Users' top complaints about other apps are downloads that restart from zero and corrupt files
that look usable after a resume. So a download here:

* keeps its bytes in ``<models_dir>/.downloads/<repo>--<file>.part`` with a JSON sidecar (url,
  size, sha256, commit), and continues with ``Range: bytes=N-`` after a pause, a crash or a
  dropped connection; it starts over only when the server ignores Range or the file on the Hub
  changed (another sha256 or size);
* hashes as it writes (re-hashing the partial first on resume) and compares with the sha256 the
  Hub publishes for LFS files (``X-Linked-Etag``); a mismatch deletes the partial and says so;
* retries connection errors, timeouts and 5xx with exponential backoff, a bounded number of
  times in a row;
* checks free disk space before fetching anything;
* moves verified files into place with ``os.replace`` and only then registers the model. The
  text model and vision projector of one model are one download with one progress.

:func:`download` is a generator of events, so the window and the CLI show the same progress.
Cancelling its :class:`~app.core.engine.base.CancelToken` *pauses*: the partial stays and the
next call resumes; :func:`discard_download` throws a partial away.

Metadata, headers, endpoint (``HF_ENDPOINT``), offline mode (``HF_HUB_OFFLINE``) and the HTTP
client are huggingface-hub's own (``hf_hub_url``, ``get_hf_file_metadata``, ``get_session``).
Its ``hf_hub_download`` is not used because it can be neither paused from another thread nor
asked for progress events, and it keeps files in its cache rather than in Hearth's folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.core.engine.base import CancelToken
from app.core.errors import QT_TRANSLATE_NOOP, HearthError
from app.core.jsonfile import write_json_atomic
from app.core.licence import FROM_SETTINGS, DeclarationArg
from app.core.models._locks import file_lock
from app.core.models.catalog import Catalog, FileRole, load_catalog
from app.core.models.gguf_file import fmt_bytes
from app.core.models.hub import (
    HubError,
    ensure_online,
    gated_error,
    hub_endpoint,
    hub_headers,
    translate_hub_error,
)
from app.core.models.index import IndexEntry, index_entry, register_model
from app.core.models.local import (
    NAME_CLASH,
    NAME_CLASH_HINT,
    check_disk_space,
    is_projector_file,
)
from app.core.paths import models_dir

DOWNLOADS_DIR = ".downloads"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_SHA1 = re.compile(r"^[0-9a-f]{40}$")
_RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}


class ChecksumError(HearthError):
    """The downloaded bytes are not the file the Hub published."""


# -- what to download -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DownloadRequest:
    """Files of one model in one repo: the model file first, then its projector (if any)."""

    repo: str
    files: tuple[str, ...]
    revision: str = "main"
    name: str | None = None
    catalog_id: str | None = None
    quant: str | None = None

    def __post_init__(self) -> None:
        if "/" not in self.repo.strip("/"):
            raise HearthError(f"'{self.repo}' is not a Hugging Face repo name.",
                              hint="Use owner/name, e.g. bartowski/Llama-3.2-1B-Instruct-GGUF.")
        if not self.files:
            raise HearthError(f"No file of {self.repo} was chosen.",
                              hint=f"Pick one with --file; list them with `hearth models search "
                              f"{self.repo} --files`.")
        models = [f for f in self.files if not is_projector_file(Path(f))]
        if len(models) != 1 or len(self.files) > 2:
            raise HearthError("A download is one model file plus, for vision models, one "
                              "projector (mmproj) file.",
                              hint="Split GGUF files (…-00001-of-0000N.gguf) are not supported "
                              "yet.")
        for f in self.files:
            if not f.lower().endswith(".gguf"):
                raise HearthError(f"{f} is not a GGUF file.",
                                  hint="Hearth downloads .gguf files only.")

    @property
    def model_file(self) -> str:
        return next(f for f in self.files if not is_projector_file(Path(f)))

    @property
    def display_name(self) -> str:
        return self.name or Path(self.model_file).stem


def request_for_catalog(model_id: str, quant: str | None = None,
                        catalog: Catalog | None = None) -> DownloadRequest:
    """The download for a catalog entry in one quantization (default: its recommended one)."""
    entry = (catalog or load_catalog()).get(model_id)
    q = entry.quant(quant)
    files = tuple(f.name for f in sorted(q.files, key=lambda f: f.role != "model"))
    return DownloadRequest(entry.repo, files, entry.revision,
                           name=Path(q.model_file.name).stem, catalog_id=entry.id, quant=q.quant)


@dataclass(frozen=True, slots=True)
class RemoteFile:
    """One file as the Hub describes it right now; ``url`` is pinned to the commit."""

    repo: str
    filename: str
    revision: str
    commit: str | None
    url: str
    size: int
    sha256: str | None  # LFS files (all GGUFs on the Hub)
    git_sha1: str | None  # small files kept in git: their ETag is the git blob id
    role: FileRole

    @property
    def basename(self) -> str:
        return Path(self.filename).name


@dataclass(frozen=True, slots=True)
class DownloadOptions:
    """Tunables; the tests shorten the backoff."""

    max_attempts: int = 6  # failed attempts in a row (without any new byte) before giving up
    backoff_base: float = 1.0
    backoff_max: float = 30.0
    connect_timeout: float = 20.0
    read_timeout: float = 60.0  # a connection silent this long is retried
    progress_interval: float = 0.1
    disk_margin: int = 32 * 1024 * 1024


# -- events ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DownloadStarted:
    name: str
    files: tuple[RemoteFile, ...]
    total: int
    resumed: int  # bytes already on disk from an earlier run


@dataclass(frozen=True, slots=True)
class DownloadProgress:
    """``done``/``total`` over all files of the model; ``rate`` in bytes/s; ``eta`` in s."""

    done: int
    total: int
    rate: float
    eta: float | None
    filename: str

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 1.0


@dataclass(frozen=True, slots=True)
class DownloadRehashing:
    """Re-reading the partial of an earlier run to continue its checksum."""

    filename: str
    size: int


@dataclass(frozen=True, slots=True)
class DownloadRetry:
    filename: str
    attempt: int
    max_attempts: int
    delay: float
    reason: str


@dataclass(frozen=True, slots=True)
class DownloadRestarted:
    """The partial was thrown away: the server ignored Range or the file changed."""

    filename: str
    reason: str


@dataclass(frozen=True, slots=True)
class DownloadVerified:
    filename: str
    sha256: str
    rehash_seconds: float  # time spent re-reading an earlier partial (0 without one)


@dataclass(frozen=True, slots=True)
class DownloadPaused:
    name: str
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class DownloadDone:
    name: str
    path: Path
    projector: Path | None
    sha256: dict[str, str]
    fetched: int  # bytes received over the network in this call
    already_installed: bool = False


DownloadEvent = (DownloadStarted | DownloadProgress | DownloadRehashing | DownloadRetry
                 | DownloadRestarted | DownloadVerified | DownloadPaused | DownloadDone)


# -- partial files --------------------------------------------------------------------------


def downloads_dir() -> Path:
    path = models_dir() / DOWNLOADS_DIR
    path.mkdir(parents=True, exist_ok=True)
    return path


def _key(repo: str, filename: str) -> str:
    return f"{repo}--{filename}".replace("/", "--").replace("\\", "--")


@dataclass
class _Partial:
    """``<key>.part`` plus its sidecar ``<key>.part.json``."""

    repo: str
    filename: str
    base: Path = field(default_factory=downloads_dir)

    @property
    def part(self) -> Path:
        return self.base / f"{_key(self.repo, self.filename)}.part"

    @property
    def sidecar(self) -> Path:
        return self.base / f"{_key(self.repo, self.filename)}.part.json"

    @property
    def lock(self) -> Path:
        return self.base / f"{_key(self.repo, self.filename)}.lock"

    def size(self) -> int:
        try:
            return self.part.stat().st_size
        except FileNotFoundError:
            return 0

    def read_sidecar(self) -> dict[str, Any] | None:
        try:
            data = json.loads(self.sidecar.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else None
        except (OSError, ValueError):
            return None

    def write_sidecar(self, rf: RemoteFile, verified: bool = False,
                      request: DownloadRequest | None = None) -> None:
        payload = {"url": rf.url, "repo": rf.repo, "filename": rf.filename,
                   "revision": rf.revision, "commit": rf.commit, "size": rf.size,
                   "sha256": rf.sha256, "git_sha1": rf.git_sha1, "verified": verified,
                   "updated_at": datetime.now(UTC).isoformat(timespec="seconds")}
        if request is not None:  # so that a later session can resume the whole download
            payload["request"] = {"repo": request.repo, "files": list(request.files),
                                  "revision": request.revision, "name": request.name,
                                  "catalog_id": request.catalog_id, "quant": request.quant}
        write_json_atomic(self.sidecar, payload, indent=1)

    def discard(self) -> None:
        self.part.unlink(missing_ok=True)
        self.sidecar.unlink(missing_ok=True)


@dataclass(frozen=True, slots=True)
class PartialDownload:
    """A paused or interrupted download found on disk (for the manager's list)."""

    repo: str
    filename: str
    done: int
    size: int | None
    path: Path
    request: DownloadRequest | None = None  # pass it to download() to resume


def pending_downloads() -> list[PartialDownload]:
    """Partials left by paused or killed downloads, resumable with the same request."""
    found = []
    for sidecar in sorted(downloads_dir().glob("*.part.json")):
        try:
            data = json.loads(sidecar.read_text(encoding="utf-8"))
            part = sidecar.with_suffix("")  # drops ".json"
            done = part.stat().st_size if part.exists() else 0
            req = data.get("request")
            request = (DownloadRequest(req["repo"], tuple(req["files"]), req["revision"],
                                       req.get("name"), req.get("catalog_id"), req.get("quant"))
                       if isinstance(req, dict) else None)
            found.append(PartialDownload(data["repo"], data["filename"], done, data.get("size"),
                                         part, request))
        except (OSError, ValueError, KeyError, TypeError, HearthError):
            continue
    return found


def discard_download(request: DownloadRequest) -> int:
    """Cancel for good: delete the partials of ``request``; returns the bytes freed."""
    freed = 0
    for filename in request.files:
        partial = _Partial(request.repo, filename)
        with file_lock(partial.lock, blocking=False, what=f"the download of {filename}"):
            freed += partial.size()
            partial.discard()
        partial.lock.unlink(missing_ok=True)
    return freed


# -- hashing ----------------------------------------------------------------------------------


class _Verifier:
    """sha256 for LFS files; git's blob sha1 for files kept in git (their ETag)."""

    def __init__(self, rf: RemoteFile) -> None:
        self.rf = rf
        if rf.sha256 or not rf.git_sha1:
            self.algo = "sha256"
            self.h = hashlib.sha256()
        else:
            self.algo = "sha1"
            self.h = hashlib.sha1(f"blob {rf.size}\0".encode())

    def update(self, data: bytes | memoryview) -> None:
        self.h.update(data)

    @property
    def expected(self) -> str | None:
        return self.rf.sha256 if self.algo == "sha256" else self.rf.git_sha1

    def hexdigest(self) -> str:
        return self.h.hexdigest()


def hash_file_prefix(path: Path, length: int, verifier: _Verifier, cancel: CancelToken
                     ) -> bool:
    """Feed the first ``length`` bytes of ``path`` to ``verifier``; False when cancelled."""
    with path.open("rb") as fh:
        remaining = length
        while remaining > 0:
            block = fh.read(min(8 << 20, remaining))
            if not block:
                break
            verifier.update(block)
            remaining -= len(block)
            if cancel.cancelled:
                return False
    return True


# -- the download ---------------------------------------------------------------------------


class _Retryable(Exception):
    pass


class _Paused(Exception):
    pass


class _Meter:
    """Bytes done over all files, and the rate over the last few seconds."""

    def __init__(self, total: int, done: int, interval: float) -> None:
        self.total, self.done, self.interval = total, done, interval
        self.fetched = 0
        self.window: deque[tuple[float, int]] = deque()
        self.last_emit = 0.0

    def add(self, n: int) -> None:
        self.done += n
        self.fetched += n

    def restart_file(self, lost: int) -> None:
        self.done -= lost

    def event(self, filename: str, force: bool = False) -> DownloadProgress | None:
        now = time.monotonic()
        if not force and now - self.last_emit < self.interval:
            return None
        self.last_emit = now
        self.window.append((now, self.fetched))
        while len(self.window) > 2 and now - self.window[0][0] > 5.0:
            self.window.popleft()
        t0, b0 = self.window[0]
        rate = (self.fetched - b0) / (now - t0) if now > t0 else 0.0
        remaining = max(self.total - self.done, 0)
        eta = remaining / rate if rate > 0 else None
        return DownloadProgress(self.done, self.total, rate, eta, filename)


def _remote_file(repo: str, filename: str, revision: str, role: FileRole,
                 headers: dict[str, str], have_token: bool, opts: DownloadOptions,
                 cancel: CancelToken) -> Iterator[DownloadEvent]:
    """HEAD the file (huggingface-hub's ``get_hf_file_metadata``): size, sha256, commit.

    Network errors and 5xx are retried here (a few times, with events) rather than inside
    huggingface-hub, whose retries log warnings and cannot be cancelled.
    """
    import httpx2
    from huggingface_hub import get_hf_file_metadata, hf_hub_url
    from huggingface_hub.errors import HfHubHTTPError

    endpoint = hub_endpoint()
    url = hf_hub_url(repo, filename, revision=revision, endpoint=endpoint)
    attempts = min(opts.max_attempts, 3)
    for attempt in range(1, attempts + 1):
        try:
            meta = get_hf_file_metadata(url, token=False, headers=headers, endpoint=endpoint,
                                        timeout=opts.connect_timeout, retry_on_errors=False)
            break
        except (httpx2.TransportError, HfHubHTTPError) as exc:
            status = getattr(getattr(exc, "response", None), "status_code", None)
            transient = isinstance(exc, httpx2.TransportError) or status in _RETRY_STATUS
            if not transient or attempt == attempts:
                raise translate_hub_error(exc, repo, have_token=have_token,
                                          filename=filename) from None
            delay = min(opts.backoff_max, opts.backoff_base * 2 ** (attempt - 1))
            reason = f"HTTP {status}" if status else type(exc).__name__
            yield DownloadRetry(filename, attempt, attempts, delay, reason)
            _sleep(delay, cancel)
        except Exception as exc:
            raise translate_hub_error(exc, repo, have_token=have_token,
                                      filename=filename) from None
    if meta.size is None:
        raise HubError(f"The Hub did not say how large {filename} is.",
                       hint="Try again later, or another mirror.")
    etag = (meta.etag or "").lower()
    pinned = hf_hub_url(repo, filename, revision=meta.commit_hash or revision, endpoint=endpoint)
    return RemoteFile(repo, filename, revision, meta.commit_hash, pinned, meta.size,
                      etag if _SHA256.match(etag) else None,
                      etag if _SHA1.match(etag) else None, role)


def _sleep(seconds: float, cancel: CancelToken) -> None:
    """Wait, but raise :class:`_Paused` as soon as ``cancel`` is set."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if cancel.cancelled:
            raise _Paused
        time.sleep(min(0.05, max(deadline - time.monotonic(), 0)))


def _destinations(request: DownloadRequest) -> dict[str, Path]:
    """Single files go straight into the models folder; model + projector share a folder."""
    root = models_dir()
    if len(request.files) == 1:
        return {request.files[0]: root / Path(request.files[0]).name}
    folder = root / request.display_name
    return {f: folder / Path(f).name for f in request.files}


def download(request: DownloadRequest, cancel: CancelToken | None = None, *,
             token: str | None = None, options: DownloadOptions | None = None,
             declaration: DeclarationArg = FROM_SETTINGS) -> Iterator[DownloadEvent]:
    """Download, verify, install and register ``request``'s files, yielding progress.

    ``token`` defaults to the one in the keychain (:func:`hub_auth.get_token`). Ends with
    :class:`DownloadDone`, or :class:`DownloadPaused` when ``cancel`` was set (the partial is
    kept); raises :class:`HearthError` subclasses for everything a person must act on.
    A file from outside the catalog is checked against the licence ``declaration`` before any
    of it is fetched (:mod:`app.core.models.remote_licence`); catalog entries are checked by
    their licence family where they are chosen.
    """
    from app.core.models import hub_auth

    cancel = cancel or CancelToken()
    opts = options or DownloadOptions()
    ensure_online()
    token = token if token is not None else hub_auth.get_token()
    headers = hub_headers(token)

    dests = _destinations(request)
    model_dest = dests[request.model_file]
    remote: list[RemoteFile] = []
    try:
        for f in request.files:
            role: FileRole = "projector" if is_projector_file(Path(f)) else "model"
            rf = yield from _remote_file(request.repo, f, request.revision, role, headers,
                                         bool(token), opts, cancel)
            remote.append(rf)
    except _Paused:
        yield DownloadPaused(request.display_name, 0, 0)
        return
    if request.catalog_id is None:
        _check_licence(request, remote, headers, token, declaration)
        if cancel.cancelled:
            yield DownloadPaused(request.display_name, 0, 0)
            return
    if model_dest.exists():  # already installed with the same content: nothing to do
        entry = index_entry(model_dest)
        expected = {rf.filename: rf.sha256 for rf in remote}
        if entry is not None and all(entry.sha256.get(k) == v for k, v in expected.items()):
            yield DownloadDone(entry.name, model_dest, entry.projector, dict(entry.sha256), 0,
                               already_installed=True)
            return
        raise HearthError.of(NAME_CLASH, hint=NAME_CLASH_HINT, file=model_dest.name,
                             name=model_dest.stem)

    with ExitStack() as stack:
        partials = []
        for rf in remote:
            partial = _Partial(rf.repo, rf.filename)
            stack.enter_context(file_lock(partial.lock, blocking=False,
                                          what=f"the download of {rf.filename}"))
            partials.append(partial)

        # Keep a partial only when it belongs to exactly this file (same sha256 and size).
        for rf, partial in zip(remote, partials, strict=True):
            side = partial.read_sidecar()
            have = partial.size()
            same = (side is not None and side.get("size") == rf.size
                    and side.get("sha256") == rf.sha256 and side.get("git_sha1") == rf.git_sha1)
            if have and not same:
                partial.discard()
                yield DownloadRestarted(rf.filename, "the file changed on the Hub since the "
                                        "earlier download" if side else "no record of the "
                                        "earlier download")
            elif have > rf.size:
                partial.discard()
                yield DownloadRestarted(rf.filename, "the partial file was larger than the file")

        total = sum(rf.size for rf in remote)
        resumed = sum(p.size() for p in partials)
        check_disk_space(total - resumed + opts.disk_margin, models_dir(),
                         f"{request.display_name} ({fmt_bytes(total)})")
        for rf, partial in zip(remote, partials, strict=True):
            side = partial.read_sidecar()
            keep_verified = bool(side and side.get("verified") and side.get("size") == rf.size
                                 and side.get("sha256") == rf.sha256
                                 and partial.size() == rf.size)
            partial.write_sidecar(rf, verified=keep_verified, request=request)
        yield DownloadStarted(request.display_name, tuple(remote), total, resumed)

        meter = _Meter(total, resumed, opts.progress_interval)
        digests: dict[str, str] = {}
        try:
            for rf, partial in zip(remote, partials, strict=True):
                side = partial.read_sidecar() or {}
                if side.get("verified") and partial.size() == rf.size:
                    digests[rf.filename] = rf.sha256 or rf.git_sha1 or ""
                    continue
                digest = yield from _fetch_file(rf, partial, cancel, opts, headers, meter,
                                                bool(token))
                digests[rf.filename] = digest
                partial.write_sidecar(rf, verified=True, request=request)
        except _Paused:
            yield DownloadPaused(request.display_name, meter.done, total)
            return

        # Everything verified: move into place (projector first: a model file only appears
        # once all of it is there), then register.
        for path in dests.values():
            if path.exists():
                raise HearthError.of(NAME_CLASH, hint=NAME_CLASH_HINT, file=path.name,
                                     name=path.stem)
        order = sorted(zip(remote, partials, strict=True), key=lambda x: x[0].role == "model")
        for rf, partial in order:
            dest = dests[rf.filename]
            dest.parent.mkdir(parents=True, exist_ok=True)
            with partial.part.open("r+b") as fh:  # on disk before it counts as installed
                os.fsync(fh.fileno())
            os.replace(partial.part, dest)
        projector = next((dests[rf.filename] for rf in remote if rf.role == "projector"), None)
        register_model(IndexEntry(
            name=request.display_name, path=model_dest, kind="downloaded", origin="hub",
            projector=projector, size=model_dest.stat().st_size, repo=request.repo,
            revision=request.revision, commit=remote[0].commit, sha256=digests,
            catalog_id=request.catalog_id, quant=request.quant))
        for partial in partials:
            partial.sidecar.unlink(missing_ok=True)
    for partial in partials:
        partial.lock.unlink(missing_ok=True)
    yield DownloadDone(request.display_name, model_dest, projector, digests, meter.fetched)


def _check_licence(request: DownloadRequest, remote: list[RemoteFile], headers: dict[str, str],
                   token: str | None, declaration: DeclarationArg) -> None:
    """Refuse, before any byte is kept, a file the declaration does not allow (the words of
    the load check, with "download")."""
    from app.core.licence import _resolve, decide, refusal
    from app.core.models.remote_licence import remote_restriction

    for rf in remote:
        what = remote_restriction(rf.repo, rf.commit or rf.revision, rf.filename, rf.url, rf.size,
                                  headers, token, projector=rf.role == "projector")
        if what is None:
            continue
        decision = decide(True, _resolve(declaration))
        if not decision.allowed:
            raise refusal(decision, request.display_name, what, action="download")


def _fetch_file(rf: RemoteFile, partial: _Partial, cancel: CancelToken, opts: DownloadOptions,
                headers: dict[str, str], meter: _Meter, have_token: bool
                ) -> Iterator[DownloadEvent]:
    """Bring ``partial`` to ``rf.size`` bytes and check them; returns the verified digest."""
    import httpx2
    from huggingface_hub.utils import get_session

    verifier = _Verifier(rf)
    offset = partial.size()
    rehash_seconds = 0.0
    if offset:
        yield DownloadRehashing(rf.filename, offset)
        began = time.perf_counter()
        if not hash_file_prefix(partial.part, offset, verifier, cancel):
            raise _Paused
        rehash_seconds = time.perf_counter() - began
    session = get_session()
    timeout = httpx2.Timeout(opts.read_timeout, connect=opts.connect_timeout)
    failures = 0
    while offset < rf.size:
        if cancel.cancelled:
            raise _Paused
        request_headers = {**headers, "Accept-Encoding": "identity"}
        if offset:
            request_headers["Range"] = f"bytes={offset}-"
        progressed = False
        try:
            with session.stream("GET", rf.url, headers=request_headers, timeout=timeout,
                                follow_redirects=True) as response:
                status = response.status_code
                if status in (401, 403):
                    raise gated_error(rf.repo, status, have_token=have_token)
                if status == 416 and offset:
                    # Our partial is at or past the end; the checksum decides below.
                    break
                if status in _RETRY_STATUS:
                    raise _Retryable(f"HTTP {status}")
                if status == 404:
                    raise HubError(f"{rf.repo} no longer has {rf.filename} (HTTP 404).")
                if status >= 400:
                    raise HubError(f"Hugging Face answered HTTP {status} for {rf.filename}.",
                                   hint="Try again later.")
                if offset and (status != 206 or not _range_starts_at(response, offset)):
                    # The server sent the whole file: start over instead of appending it.
                    meter.restart_file(offset)
                    offset = 0
                    verifier = _Verifier(rf)
                    partial.part.unlink(missing_ok=True)
                    yield DownloadRestarted(rf.filename, "the server does not support resuming")
                encoded = response.headers.get("Content-Encoding", "identity").lower()
                chunks = (response.iter_raw() if encoded in ("", "identity")
                          else response.iter_bytes())
                with partial.part.open("ab") as fh, _interrupt_on_cancel(response, cancel):
                    for chunk in chunks:
                        fh.write(chunk)
                        verifier.update(chunk)
                        offset += len(chunk)
                        meter.add(len(chunk))
                        progressed = True
                        if offset > rf.size:
                            break
                        event = meter.event(rf.filename)
                        if event is not None:
                            yield event
                        if cancel.cancelled:
                            raise _Paused
                if offset < rf.size:
                    raise _Retryable("the connection closed before the end of the file")
        except (_Retryable, httpx2.TransportError) as exc:
            if cancel.cancelled:  # the watcher cut the connection to stop a blocked read
                raise _Paused from None
            failures = 1 if progressed else failures + 1
            reason = str(exc) if isinstance(exc, _Retryable) else type(exc).__name__
            if failures >= opts.max_attempts:
                raise HubError.of(
                    QT_TRANSLATE_NOOP("core", "Downloading {file} failed {failures} times in a "
                                      "row ({reason})."),
                    hint=QT_TRANSLATE_NOOP("core", "Check the connection and run the same "
                                           "command again: the {size} already downloaded are "
                                           "kept and it resumes."),
                    file=rf.filename, failures=failures, reason=reason,
                    size=fmt_bytes(offset),
                ) from None
            delay = min(opts.backoff_max, opts.backoff_base * 2 ** (failures - 1))
            yield DownloadRetry(rf.filename, failures, opts.max_attempts, delay, reason)
            _sleep(delay, cancel)
            offset = partial.size()  # what really reached the disk
            continue
        except OSError as exc:  # writing the partial (disk full, folder removed, ...)
            raise HearthError.of(
                QT_TRANSLATE_NOOP("core", "Hearth could not write {path}: {reason}."),
                hint=QT_TRANSLATE_NOOP("core", "Check the free disk space; run the command "
                                       "again to resume."),
                path=partial.part, reason=exc.strerror or exc,
            ) from None
        except (HearthError, _Paused):
            raise
        except Exception as exc:
            raise translate_hub_error(exc, rf.repo, have_token=have_token,
                                      filename=rf.filename) from None

    event = meter.event(rf.filename, force=True)
    if event is not None:
        yield event
    got = verifier.hexdigest() if offset == rf.size else None
    expected = verifier.expected
    if got is None or (expected is not None and got != expected):
        partial.discard()
        algo = verifier.algo
        hint = QT_TRANSLATE_NOOP("core", "Run the same command again to download it afresh; "
                                 "if it fails again, the network or mirror (HF_ENDPOINT) is "
                                 "corrupting data.")
        if offset == rf.size:
            raise ChecksumError.of(
                QT_TRANSLATE_NOOP("core", "{file} failed its {algo} checksum: expected {algo} "
                                  "{expected}, got {got}. The damaged download was deleted and "
                                  "nothing was installed."),
                hint=hint, file=rf.filename, algo=algo, expected=expected or "(unknown)",
                got=got or "(incomplete file)")
        raise ChecksumError.of(
            QT_TRANSLATE_NOOP("core", "{file} failed its {algo} checksum (got {done} bytes of "
                              "{size}): expected {algo} {expected}, got {got}. The damaged "
                              "download was deleted and nothing was installed."),
            hint=hint, file=rf.filename, algo=algo, done=f"{offset:,}", size=f"{rf.size:,}",
            expected=expected or "(unknown)", got=got or "(incomplete file)")
    yield DownloadVerified(rf.filename, got, rehash_seconds)
    return got


@contextmanager
def _interrupt_on_cancel(response: Any, cancel: CancelToken) -> Iterator[None]:
    """Pause at once even while a read is blocked on a stalled server.

    Closing an httpx response from another thread does not wake a blocked ``recv``; shutting
    its socket down does, and the read then fails like a dropped connection.
    """
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if sock is None:
        yield
        return
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.1):
            if cancel.cancelled:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                return

    watcher = threading.Thread(target=watch, name="download-cancel", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()


def _range_starts_at(response: Any, offset: int) -> bool:
    match = re.match(r"bytes (\d+)-", response.headers.get("Content-Range", ""))
    return match is not None and int(match[1]) == offset


def download_pair(pair_id: str, cancel: CancelToken | None = None, *,
                  token: str | None = None, options: DownloadOptions | None = None,
                  catalog: Catalog | None = None) -> Iterator[DownloadEvent]:
    """Download a catalog pair (a model and its draft model), each file resumable and
    verified like any download, then remember the draft for the model in Settings.

    The draft comes first (it is the smaller file); the events are those of the two downloads
    in turn, ending with the model's :class:`DownloadDone`, or with :class:`DownloadPaused`.
    """
    from app.core.settings import load_settings, save_settings

    catalog = catalog or load_catalog()
    pair = catalog.find_pair(pair_id)
    if pair is None:
        raise HearthError(f"The catalog has no model pair '{pair_id}'.")
    draft_path: Path | None = None
    for model_id in (pair.draft, pair.target):
        done: DownloadDone | None = None
        for event in download(request_for_catalog(model_id, catalog=catalog), cancel,
                              token=token, options=options):
            if isinstance(event, DownloadPaused):
                yield event
                return
            if isinstance(event, DownloadDone):
                done = event
                if model_id == pair.target:
                    continue  # the last event, after the draft is remembered
            yield event
        if done is None:
            return
        if model_id == pair.draft:
            draft_path = done.path
            continue
        settings = load_settings()
        settings.set_model_override(done.path, draft=str(draft_path))
        save_settings(settings)
        yield done
