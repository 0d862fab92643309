"""Real HTTP servers on 127.0.0.1 for the remote-engine tests.

``LlamaCppServer`` runs llama-cpp-python's own OpenAI server (``python -m llama_cpp.server``)
as a subprocess: an independent implementation of the API, with real inference. ``FaultServer``
is a small threaded HTTP server written here that answers like an OpenAI server but can fail
the ways real ones do (the model name picks the behaviour):

- ``ok``: streams ``hello world from the server`` word by word, with usage;
- ``drop``: streams three pieces, then closes the connection mid-answer;
- ``slow``: waits ``slow_s`` before the first byte;
- ``busy`` / ``starting``: 429 / 503 with ``Retry-After: 7``;
- ``endless``: a piece every 20 ms until the client goes away (``disconnects`` counts it);
- ``notools``: 400 when a request carries OpenAI ``tools`` (as vLLM without
  ``--enable-auto-tool-choice``), else like ``ok``;
- ``firehose``: ``max_tokens`` pieces as fast as it can write them (client benchmarks);
- ``tools``: answers with an OpenAI ``tool_calls`` stream (``calculator``), then with text
  once a ``tool`` message is in the conversation;
- any other model: 404 in OpenAI's error shape. With ``api_key`` set, a wrong or missing
  ``Authorization`` header is 401.

Every request body is kept in ``requests`` so tests can check what Hearth sent.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

MODELS = ("ok", "drop", "slow", "busy", "starting", "endless", "tools", "firehose", "notools")


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by itself (its own authority): (cert, key) PEMs."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Hearth test server")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "server.pem", folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_models(url: str, timeout: float = 120.0, proc: subprocess.Popen | None = None,
                    api_key: str | None = None) -> None:
    deadline = time.monotonic() + timeout
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the server at {url} exited with {proc.returncode}")
        try:
            if httpx.get(url + "/v1/models", timeout=2, headers=headers).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the server at {url} did not start in {timeout:g} s")


class LlamaCppServer:
    """``python -m llama_cpp.server`` on a free port, serving one GGUF as ``alias``."""

    def __init__(self, model: Path, alias: str = "smollm2", n_ctx: int = 2048,
                 n_threads: int = 1) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.alias = alias
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(model),
             "--model_alias", alias, "--host", "127.0.0.1", "--port", str(self.port),
             "--n_ctx", str(n_ctx), "--n_threads", str(n_threads), "--verbose", "False"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        try:
            wait_for_models(self.url, proc=self.proc)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _sse(obj: Any) -> bytes:
    return b"data: " + json.dumps(obj).encode() + b"\n\n"


def _chunk(content: str | None = None, finish: str | None = None, **delta: Any) -> bytes:
    if content is not None:
        delta["content"] = content
    return _sse({"id": "x", "object": "chat.completion.chunk", "model": "m",
                 "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})


class FaultServer:
    """A real OpenAI-shaped server that misbehaves on request (see the module docstring)."""

    def __init__(self, api_key: str | None = None, slow_s: float = 3.0,
                 tls: tuple[Path, Path] | None = None) -> None:
        self.api_key = api_key
        self.slow_s = slow_s
        self.requests: list[dict[str, Any]] = []
        self.disconnects = 0
        self.disconnected = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _json(self, status: int, obj: Any, headers: dict[str, str] | None = None
                      ) -> None:
                body = json.dumps(obj).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def _authorized(self) -> bool:
                if owner.api_key is None:
                    return True
                if self.headers.get("Authorization") == f"Bearer {owner.api_key}":
                    return True
                self._json(401, {"error": {"message": "Invalid API key", "type": "auth"}})
                return False

            def do_GET(self) -> None:
                if not self._authorized():
                    return
                if self.path == "/v1/models":
                    self._json(200, {"object": "list", "data": [
                        {"id": m, "object": "model", "owned_by": "faults",
                         **({"max_model_len": 8192} if m == "ok" else {})} for m in MODELS]})
                else:
                    self._json(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                if not self._authorized():
                    return
                owner.requests.append(body)
                if self.path != "/v1/chat/completions":
                    self._json(404, {"error": {"message": "not found"}})
                    return
                model = body.get("model")
                if model in ("busy", "starting"):
                    self._json(429 if model == "busy" else 503,
                               {"error": {"message": "slots are full"}}, {"Retry-After": "7"})
                    return
                if model not in MODELS:
                    self._json(404, {"error": {"message": f"The model `{model}` does not "
                                               "exist.", "type": "invalid_request_error",
                                               "code": "model_not_found"}})
                    return
                if model == "slow":
                    time.sleep(owner.slow_s)
                if model == "notools" and body.get("tools"):
                    self._json(400, {"error": {"message": '"auto" tool choice requires '
                                               "--enable-auto-tool-choice and "
                                               "--tool-call-parser to be set"}})
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                try:
                    getattr(self, f"_stream_{model}")(body)
                except (BrokenPipeError, ConnectionResetError):
                    owner.disconnects += 1
                    owner.disconnected.set()

            def _send(self, data: bytes) -> None:
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()

            def _end(self) -> None:
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()

            def _stream_ok(self, body: dict[str, Any]) -> None:
                self._send(_chunk(role="assistant"))
                words = ["hello", " world", " from", " the", " server"]
                for w in words:
                    self._send(_chunk(w))
                self._send(_chunk(finish="stop"))
                self._send(_sse({"id": "x", "choices": [], "usage": {
                    "prompt_tokens": 11, "completion_tokens": len(words), "total_tokens": 16}}))
                self._send(b"data: [DONE]\n\n")
                self._end()

            _stream_slow = _stream_notools = _stream_ok

            def _stream_drop(self, body: dict[str, Any]) -> None:
                for w in ["The answer", " is", " forty"]:
                    self._send(_chunk(w))
                # Gone without the last chunk: a crashed worker or a cut cable.
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True

            def _stream_endless(self, body: dict[str, Any]) -> None:
                while True:
                    self._send(_chunk(" more"))
                    time.sleep(0.02)

            def _stream_firehose(self, body: dict[str, Any]) -> None:
                n = int(body.get("max_tokens") or 1000)
                self._send(_chunk(role="assistant"))
                piece = _chunk(" tok")
                for _ in range(n):
                    self._send(piece)
                self._send(_chunk(finish="length"))
                self._send(_sse({"id": "x", "choices": [], "usage": {
                    "prompt_tokens": 3, "completion_tokens": n, "total_tokens": n + 3}}))
                self._send(b"data: [DONE]\n\n")
                self._end()

            def _stream_tools(self, body: dict[str, Any]) -> None:
                if any(m.get("role") == "tool" for m in body.get("messages", [])):
                    self._send(_chunk("The result is 42."))
                    self._send(_chunk(finish="stop"))
                else:
                    self._send(_chunk(tool_calls=[{"index": 0, "id": "c1", "type": "function",
                                                   "function": {"name": "calculate",
                                                                "arguments": ""}}]))
                    for part in ['{"expression": ', '"6*7"}']:
                        self._send(_chunk(tool_calls=[{"index": 0,
                                                       "function": {"arguments": part}}]))
                    self._send(_chunk(finish="tool_calls"))
                self._send(b"data: [DONE]\n\n")
                self._end()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        if tls is not None:
            import ssl

            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
            self.url = f"https://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class HearthServe:
    """Hearth's own server, ``python -m app serve`` on a free port, as a person runs it."""

    def __init__(self, model: Path | None = None, *, ctx: int = 4096, threads: int = 1,
                 extra: tuple[str, ...] = ()) -> None:
        import re

        root = Path(__file__).resolve().parents[2]
        args = [sys.executable, "-m", "app", "serve", "--port", "0", "--ctx", str(ctx),
                "--threads", str(threads), *extra]
        if model is not None:
            args += ["--model", str(model)]
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, cwd=root,
                                     env=dict(os.environ, PYTHONPATH=str(root)))
        assert self.proc.stdout is not None
        self.url = ""
        while not self.url:
            line = self.proc.stdout.readline()
            if not line:
                err = self.proc.stderr.read() if self.proc.stderr else ""
                raise RuntimeError(f"hearth serve ended: {err}")
            match = re.search(r"at (http://\S+)/v1", line)
            if match:
                self.url = match.group(1)
        key = extra[extra.index("--api-key") + 1] if "--api-key" in extra else None
        wait_for_models(self.url, proc=self.proc, api_key=key)
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        models = httpx.get(self.url + "/v1/models", timeout=10, headers=headers).json()["data"]
        names = [m["id"] for m in models]
        self.model = next((n for n in names if "smol" in n.lower()), names[0])

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(2)  # Ctrl-C: a clean stop
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
