"""A real HTTP server on 127.0.0.1 that answers like the Hugging Face Hub, for download tests.

Why: the download code must be tested against real sockets, real HTTP and huggingface-hub's
real client, not mocks. The server speaks the endpoints huggingface-hub uses:

* ``GET /api/models/<repo>`` and ``/api/models/<repo>/revision/<rev>``: model info with siblings
  (size, blobId, lfs sha256/size) as with ``files_metadata=True``, and the ``gguf`` summary
  the Hub computes for GGUF repos (architecture, total size: from the first model file's
  header unless a test gives one, or ``gguf=False`` for a repo without it);
* ``GET /api/models?search=&filter=gguf``: a search;
* ``HEAD``/``GET /<repo>/resolve/<rev>/<file>``: ETag, X-Linked-Etag (the sha256), X-Linked-Size,
  X-Repo-Commit, Content-Length, Accept-Ranges, and ``Range: bytes=N-`` or ``bytes=N-M``
  answered with 206;
* 401 / 403 with ``X-Error-Code: GatedRepo`` for a gated repo without the right Bearer token;
* optionally (``cdn_redirect``) a 302 from ``resolve`` to ``/cdn/…`` on another origin
  (``localhost`` instead of ``127.0.0.1``), as the Hub does for LFS files.

Knobs (attributes of :class:`FakeHub`) make it misbehave: drop the connection after N bytes of a
file, serve one corrupted byte, throttle, ignore Range, answer 503 a number of times. Every
request is logged (method, path, Range start, status, bytes sent) so tests can assert what the
client really fetched.
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from tests.support.models import sha256_file

_CHUNK = 64 * 1024


@dataclass
class HubFile:
    path: Path
    size: int
    sha256: str


@dataclass
class HubRepo:
    repo_id: str
    files: dict[str, HubFile]
    commit: str
    gated_token: str | None = None  # when set, resolve needs "Bearer <gated_token>"
    downloads: int = 0
    # The model info's "gguf" field: None derives it from the first model file, False omits it.
    gguf: dict[str, object] | bool | None = None


@dataclass
class RequestRecord:
    method: str
    path: str
    range_start: int | None
    status: int
    authorized: bool
    user_agent: str
    bytes_sent: int = 0


@dataclass
class FakeHub:
    """The server's state and knobs; ``url`` is what HF_ENDPOINT should be."""

    repos: dict[str, HubRepo] = field(default_factory=dict)
    log: list[RequestRecord] = field(default_factory=list)
    # Knobs, read at every request.
    throttle_bps: float | None = None  # bytes per second for file bodies
    drop_after: int | None = None  # absolute file offset at which to cut the connection...
    drop_times: int = 0  # ...this many times (decremented)
    corrupt_offset: int | None = None  # flip the byte at this file offset
    ignore_range: bool = False
    fail_503_times: int = 0  # answer the next N file GETs with 503
    cdn_redirect: bool = False  # like the real Hub: resolve answers 302 to another origin
    url: str = ""
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # -- setup ----------------------------------------------------------------------------

    def add_repo(self, repo_id: str, files: dict[str, Path], *, gated_token: str | None = None,
                 commit: str | None = None, gguf: dict[str, object] | bool | None = None
                 ) -> HubRepo:
        entries = {name: HubFile(Path(p), Path(p).stat().st_size, sha256_file(Path(p)))
                   for name, p in files.items()}
        commit = commit or hashlib.sha1(repo_id.encode()).hexdigest()
        repo = HubRepo(repo_id, entries, commit, gated_token, gguf=gguf)
        if gguf is None:  # read once here: a request must not wait on parsing a header
            repo.gguf = _gguf_summary(repo) or False
        self.repos[repo_id] = repo
        return repo

    def start(self) -> FakeHub:
        hub = self

        class Handler(_Handler):
            fake = hub

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True,
                                        name="fake-hub")
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # -- what happened --------------------------------------------------------------------

    def record(self, rec: RequestRecord) -> RequestRecord:
        with self._lock:
            self.log.append(rec)
        return rec

    def file_gets(self, filename: str | None = None) -> list[RequestRecord]:
        """The GET requests for file bodies (optionally of one file), in order."""
        with self._lock:
            return [r for r in self.log if r.method == "GET" and r.status != 302
                    and ("/resolve/" in r.path or r.path.startswith("/cdn/"))
                    and (filename is None or r.path.endswith("/" + filename))]

    def bytes_served(self, filename: str | None = None) -> int:
        return sum(r.bytes_sent for r in self.file_gets(filename))

    def clear_log(self) -> None:
        with self._lock:
            self.log.clear()


def _gguf_summary(repo: HubRepo) -> dict[str, object] | None:
    """What the Hub says about a GGUF repo: its (first model file's) architecture and size."""
    from app.core.errors import ModelFileError
    from app.core.models.gguf_file import read_gguf_info

    models = [f for name, f in repo.files.items()
              if name.endswith(".gguf") and "mmproj" not in name.lower()]
    if not models:
        return None
    try:
        info = read_gguf_info(models[0].path)
    except ModelFileError:
        return None
    return {"total": models[0].size, "architecture": info.architecture,
            "context_length": info.n_ctx_train}


_RESOLVE = re.compile(r"^/(?P<repo>[^/]+/[^/]+)/resolve/(?P<rev>[^/]+)/(?P<file>.+)$")
_CDN = re.compile(r"^/cdn/(?P<repo>[^/]+/[^/]+)/(?P<file>.+)$")
_API_MODEL = re.compile(r"^/api/models/(?P<repo>[^/]+/[^/]+?)(?:/revision/(?P<rev>[^/]+))?$")


class _Handler(BaseHTTPRequestHandler):
    fake: FakeHub
    protocol_version = "HTTP/1.1"
    server_version = "FakeHub/1.0"

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet

    # -- plumbing -------------------------------------------------------------------------

    def _auth_token(self) -> str | None:
        value = self.headers.get("Authorization") or ""
        return value[7:].strip() if value.lower().startswith("bearer ") else None

    def _send_json(self, status: int, payload: object, extra: dict[str, str] | None = None
                   ) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, code: str | None, message: str, path: str) -> None:
        self.fake.record(RequestRecord(self.command, path, None, status,
                                       self._auth_token() is not None,
                                       self.headers.get("User-Agent", "")))
        extra = {"X-Error-Message": message}
        if code:
            extra["X-Error-Code"] = code
        self._send_json(status, {"error": message}, extra)

    # -- verbs ----------------------------------------------------------------------------

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_GET(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        try:
            if path == "/api/models":
                self._search(parse_qs(parts.query))
            elif (m := _API_MODEL.match(path)) is not None:
                self._model_info(m["repo"], m["rev"], path)
            elif (m := _RESOLVE.match(path)) is not None:
                self._resolve(m["repo"], unquote(m["rev"]), m["file"], path)
            elif (m := _CDN.match(path)) is not None:
                self._resolve(m["repo"], "main", m["file"], path, cdn=True)
            else:
                self._error(404, None, "Not found", path)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _search(self, query: dict[str, list[str]]) -> None:
        words = (query.get("search") or [""])[0].lower()
        limit = int((query.get("limit") or ["50"])[0])
        found = [r for r in self.fake.repos.values() if words in r.repo_id.lower()]
        found.sort(key=lambda r: -r.downloads)
        payload = [{"id": r.repo_id, "_id": r.commit[:24], "modelId": r.repo_id,
                    "downloads": r.downloads, "likes": 1, "tags": ["gguf"],
                    "gated": "manual" if r.gated_token else False, "private": False}
                   for r in found[:limit]]
        self.fake.record(RequestRecord("GET", "/api/models", None, 200, False, ""))
        self._send_json(200, payload)

    def _model_info(self, repo_id: str, rev: str | None, path: str) -> None:
        repo = self.fake.repos.get(repo_id)
        if repo is None:
            self._error(401, "RepoNotFound", "Repository not found", path)
            return
        if rev not in (None, "main", repo.commit):
            self._error(404, "RevisionNotFound", "Invalid rev id", path)
            return
        siblings = [{"rfilename": name, "size": f.size, "blobId": hashlib.sha1(
            f.sha256.encode()).hexdigest(), "lfs": {"size": f.size, "sha256": f.sha256,
                                                     "pointerSize": 135}}
            for name, f in repo.files.items()]
        payload = {"id": repo.repo_id, "_id": repo.commit[:24], "modelId": repo.repo_id,
                   "sha": repo.commit, "private": False,
                   "gated": "manual" if repo.gated_token else False, "disabled": False,
                   "downloads": repo.downloads, "likes": 1, "tags": ["gguf"],
                   "siblings": siblings}
        if repo.gguf:
            payload["gguf"] = repo.gguf
        self.fake.record(RequestRecord("GET", path, None, 200, False, ""))
        self._send_json(200, payload)

    def _resolve(self, repo_id: str, rev: str, filename: str, path: str, cdn: bool = False
                 ) -> None:
        fake = self.fake
        repo = fake.repos.get(repo_id)
        if repo is None:
            self._error(401, "RepoNotFound", "Repository not found", path)
            return
        if rev not in ("main", repo.commit):
            self._error(404, "RevisionNotFound", "Invalid rev id", path)
            return
        if repo.gated_token is not None and not cdn:  # the CDN link is the (signed) permission
            token = self._auth_token()
            if token is None:
                self._error(401, "GatedRepo", f"Access to model {repo_id} is restricted. You "
                            "must have access to it and be authenticated to access it. "
                            "Please log in.", path)
                return
            if token != repo.gated_token:
                self._error(403, "GatedRepo", f"Access to model {repo_id} is restricted and "
                            "you are not in the authorized list.", path)
                return
        entry = repo.files.get(filename)
        if entry is None:
            self._error(404, "EntryNotFound", f"{filename} does not exist", path)
            return
        if self.command == "GET" and fake.fail_503_times > 0:
            with fake._lock:
                fake.fail_503_times -= 1
            self._error(503, None, "Service Unavailable", path)
            return

        if fake.cdn_redirect and not cdn:
            # The real Hub sends LFS files from a CDN on another host; the metadata is on the
            # redirect itself, and clients must not forward the token there.
            port = self.server.server_address[1]
            fake.record(RequestRecord(self.command, path, None, 302,
                                      self._auth_token() is not None,
                                      self.headers.get("User-Agent", "")))
            self.send_response(302)
            self.send_header("Location", f"http://localhost:{port}/cdn/{repo_id}/{filename}")
            self.send_header("X-Linked-Etag", f'"{entry.sha256}"')
            self.send_header("X-Linked-Size", str(entry.size))
            self.send_header("X-Repo-Commit", repo.commit)
            self.send_header("ETag", '"pointer-etag"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        common = {
            "ETag": f'"{entry.sha256}"',
            "X-Linked-Etag": f'"{entry.sha256}"',
            "X-Linked-Size": str(entry.size),
            "X-Repo-Commit": repo.commit,
            "Accept-Ranges": "bytes",
            "Content-Type": "application/octet-stream",
            "Content-Disposition": f'attachment; filename="{filename}"',
        }
        start, end = 0, entry.size - 1
        status = 200
        range_header = self.headers.get("Range")
        range_start = None
        if range_header and not fake.ignore_range and self.command == "GET":
            m = re.fullmatch(r"bytes=(\d+)-(\d*)", range_header.strip())
            if m is None:
                self._error(400, None, "Bad Range", path)
                return
            range_start = int(m[1])
            if range_start >= entry.size:
                fake.record(RequestRecord("GET", path, range_start, 416,
                                          self._auth_token() is not None,
                                          self.headers.get("User-Agent", "")))
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{entry.size}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            start = range_start
            end = min(int(m[2]), entry.size - 1) if m[2] else entry.size - 1
            status = 206
        length = end - start + 1
        rec = fake.record(RequestRecord(self.command, path, range_start, status,
                                        self._auth_token() is not None,
                                        self.headers.get("User-Agent", "")))
        self.send_response(status)
        for key, value in common.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(length))
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{end}/{entry.size}")
        self.end_headers()
        if self.command == "HEAD":
            return
        self._send_body(entry, start, length, rec)

    def _send_body(self, entry: HubFile, start: int, length: int, rec: RequestRecord) -> None:
        fake = self.fake
        drop_at = fake.drop_after if fake.drop_times > 0 else None
        simple = (fake.throttle_bps is None and drop_at is None and fake.corrupt_offset is None)
        self.wfile.flush()
        with entry.path.open("rb") as fh:
            if simple:  # zero-copy, so that the server is never the bottleneck of a benchmark
                sent = self.connection.sendfile(fh, start, length)
                rec.bytes_sent += sent
                return
            fh.seek(start)
            pos, remaining = start, length
            began = time.monotonic()
            while remaining > 0:
                block = fh.read(min(_CHUNK, remaining))
                if not block:
                    break
                if drop_at is not None and pos <= drop_at < pos + len(block):
                    block = block[: drop_at - pos]
                    if block:
                        self.wfile.write(block)
                        rec.bytes_sent += len(block)
                    with fake._lock:
                        fake.drop_times -= 1
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                if fake.corrupt_offset is not None and pos <= fake.corrupt_offset < pos + len(
                        block):
                    i = fake.corrupt_offset - pos
                    block = block[:i] + bytes([block[i] ^ 0xFF]) + block[i + 1:]
                self.wfile.write(block)
                rec.bytes_sent += len(block)
                pos += len(block)
                remaining -= len(block)
                if fake.throttle_bps:
                    ahead = (pos - start) / fake.throttle_bps - (time.monotonic() - began)
                    if ahead > 0:
                        time.sleep(ahead)
