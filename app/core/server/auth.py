"""Who may talk to the server: loopback by default, an API key beyond it, Host names checked.

* Binding to anything but a loopback address needs an API key. Hearth generates one, keeps it
  in the OS keychain (``app.core.secrets``, as the Hugging Face token is) and shows it once;
  ``--api-key`` uses another for a run.
* Every request must then carry ``Authorization: Bearer <key>`` (compared in constant time).
* The ``Host`` header must name the address the server is bound to (or ``localhost`` for a
  loopback server): a web page that re-points its own domain at 127.0.0.1 (DNS rebinding)
  cannot reach the API through a browser.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Iterable

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.errors import HearthError
from app.core.secrets import get_secret, set_secret

KEYRING_USERNAME = "server-api-key"  # under app.core.secrets.SERVICE
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback IP addresses (127.0.0.0/8, ::1)."""
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def is_wildcard(host: str) -> bool:
    return host.strip("[]") in ("0.0.0.0", "::", "")


def generate_api_key() -> str:
    return "hearth-" + secrets.token_urlsafe(32)


def stored_api_key() -> str | None:
    """The server's key in the keychain, or None (also without a usable keychain)."""
    return get_secret(KEYRING_USERNAME)


def store_api_key(key: str) -> None:
    set_secret(KEYRING_USERNAME, key, what="the server's API key",
               hint="Pass one with --api-key instead.")


def api_key_for(host: str, given: str | None, *, renew: bool = False
                ) -> tuple[str | None, bool]:
    """The key the server on ``host`` requires, and whether it was just created (show it once).

    ``given`` (``--api-key``) wins. A loopback server needs none; any other address uses the
    key in the keychain, generating and storing one the first time (or with ``renew``, which
    replaces a key that was lost or leaked).
    """
    if given is not None:
        given = given.strip()
        if len(given) < 8 or any(c.isspace() for c in given):
            raise HearthError("An API key needs at least 8 characters and no spaces.")
        return given, False
    if is_loopback(host) and not renew:
        return None, False
    key = None if renew else stored_api_key()
    if key:
        return key, False
    key = generate_api_key()
    store_api_key(key)
    return key, True


def allowed_hosts(host: str) -> frozenset[str] | None:
    """Host names a request may address: the bound one (and localhost's names on loopback);
    None for a server on every interface, whose names cannot be known (its key protects it)."""
    if is_wildcard(host):
        return None
    name = host.strip("[]").lower()
    if is_loopback(name):
        return LOOPBACK_NAMES | {name}
    return frozenset({name})


def _host_name(value: str) -> str:
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _error(status: int, message: str, kind: str, code: str) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"error": {"message": message, "type": kind, "param": None,
                                   "code": code}}, status_code=status, headers=headers)


class GuardMiddleware:
    """Checks the Host header and the bearer key before anything else runs."""

    def __init__(self, app: ASGIApp, *, hosts: Iterable[str] | None, api_key: str | None
                 ) -> None:
        self.app = app
        self.hosts = frozenset(hosts) if hosts is not None else None
        self.api_key = api_key.encode() if api_key else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if self.hosts is not None:
            host = headers.get(b"host", b"").decode("latin-1")
            if _host_name(host) not in self.hosts:
                response = _error(
                    403, f"This server does not answer for the host {host or '(none)'!r}.",
                    "permission_error", "invalid_host")
                await response(scope, receive, send)
                return
        if self.api_key is not None:
            auth = headers.get(b"authorization", b"")
            scheme, _, token = auth.partition(b" ")
            if scheme.lower() != b"bearer" or not hmac.compare_digest(token.strip(),
                                                                      self.api_key):
                message = ("An API key is required: send it as 'Authorization: Bearer KEY'."
                           if not auth else "The API key is not valid.")
                response = _error(401, message, "authentication_error", "invalid_api_key")
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
