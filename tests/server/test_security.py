"""Loopback by default, an API key beyond it (kept in the keychain, shown once), Bearer checks,
Host-header checks against DNS rebinding, and CORS only for listed origins."""

from __future__ import annotations

import httpx
import openai
import pytest

from app.core.errors import HearthError
from app.core.secrets import SERVICE as KEYRING_SERVICE
from app.core.server.auth import KEYRING_USERNAME, api_key_for
from app.core.server.models import ModelHost
from app.core.server.runner import LocalServer, ServerConfig


def _root(server: LocalServer, host: str = "127.0.0.1") -> str:
    return f"http://{host}:{server.port}"


def test_loopback_needs_no_key_and_other_addresses_do(memory_keyring) -> None:  # type: ignore[no-untyped-def]
    assert api_key_for("127.0.0.1", None) == (None, False)
    assert api_key_for("localhost", None) == (None, False)
    key, created = api_key_for("0.0.0.0", None)
    assert created and key and key.startswith("hearth-")
    assert memory_keyring.store[(KEYRING_SERVICE, KEYRING_USERNAME)] == key
    assert api_key_for("0.0.0.0", None) == (key, False)  # shown once: not "created" again
    assert api_key_for("0.0.0.0", "my-own-key-123") == ("my-own-key-123", False)
    renewed, created = api_key_for("0.0.0.0", None, renew=True)
    assert created and renewed != key
    assert api_key_for("0.0.0.0", None) == (renewed, False)
    with pytest.raises(HearthError):
        api_key_for("0.0.0.0", "short")
    with pytest.raises(HearthError, match="API key"):
        LocalServer(ModelHost(), ServerConfig(host="0.0.0.0", port=0))


def test_bearer_key_is_required_when_set(server_factory) -> None:  # type: ignore[no-untyped-def]
    server = server_factory(host="0.0.0.0", api_key="s3cret-key-for-tests")
    missing = httpx.get(f"{_root(server)}/v1/models")
    assert missing.status_code == 401
    assert missing.json()["error"]["code"] == "invalid_api_key"
    wrong = httpx.get(f"{_root(server)}/v1/models",
                      headers={"Authorization": "Bearer not-the-key"})
    assert wrong.status_code == 401
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=f"{_root(server)}/v1", api_key="nope",
                      max_retries=0).models.list()
    client = openai.OpenAI(base_url=f"{_root(server)}/v1", api_key="s3cret-key-for-tests",
                           max_retries=0)
    assert [m.id for m in client.models.list()]


def test_host_header_must_name_the_server(server_factory) -> None:  # type: ignore[no-untyped-def]
    server = server_factory()
    for host in (f"127.0.0.1:{server.port}", f"localhost:{server.port}", "localhost"):
        assert httpx.get(f"{_root(server)}/health", headers={"Host": host}).status_code == 200
    rebound = httpx.get(f"{_root(server)}/health",
                        headers={"Host": f"attacker.example:{server.port}"})
    assert rebound.status_code == 403
    assert rebound.json()["error"]["code"] == "invalid_host"


def test_extra_host_names_can_be_allowed(server_factory) -> None:  # type: ignore[no-untyped-def]
    server = server_factory(extra_hosts=("hearth.lan",))
    ok = httpx.get(f"{_root(server)}/health", headers={"Host": f"hearth.lan:{server.port}"})
    assert ok.status_code == 200


def test_no_cors_unless_origins_are_listed(server_factory) -> None:  # type: ignore[no-untyped-def]
    preflight = {"Origin": "https://app.example", "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type"}
    closed = server_factory()
    response = httpx.options(f"{_root(closed)}/v1/chat/completions", headers=preflight)
    assert "access-control-allow-origin" not in response.headers
    response = httpx.get(f"{_root(closed)}/health", headers={"Origin": "https://app.example"})
    assert "access-control-allow-origin" not in response.headers

    opened = server_factory(cors_origins=("https://app.example",))
    response = httpx.options(f"{_root(opened)}/v1/chat/completions", headers=preflight)
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "https://app.example"
    other = httpx.options(f"{_root(opened)}/v1/chat/completions",
                          headers={**preflight, "Origin": "https://evil.example"})
    assert other.headers.get("access-control-allow-origin") != "https://evil.example"


def test_a_port_in_use_is_one_clear_error(server_factory) -> None:  # type: ignore[no-untyped-def]
    server = server_factory()
    with pytest.raises(HearthError, match="Cannot listen"):
        LocalServer(ModelHost(), ServerConfig(port=server.port))
