"""The one way secrets reach the OS keychain, through keyring's real API: a backend in memory,
and keyring's own "fail" backend (what a Linux desktop without a Secret Service gets)."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail

from app.core import secrets
from app.core.models import hub_auth, servers
from app.core.secrets import KeychainError, delete_secret, get_secret, set_secret
from app.core.server.auth import KEYRING_USERNAME, api_key_for
from tests.support.keyring_backends import InMemoryKeyring


@pytest.fixture
def no_keychain() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_kept_read_and_forgotten(memory_keyring: InMemoryKeyring) -> None:
    assert get_secret("someone") is None
    set_secret("someone", "s3cret", what="a test secret")
    assert memory_keyring.store == {(secrets.SERVICE, "someone"): "s3cret"}
    assert get_secret("someone") == "s3cret"
    set_secret("someone", "other", what="a test secret")  # replaces
    assert get_secret("someone") == "other"
    assert delete_secret("someone", what="a test secret") is True
    assert delete_secret("someone", what="a test secret") is False
    assert get_secret("someone") is None


def test_another_service_name_is_kept_apart(memory_keyring: InMemoryKeyring) -> None:
    set_secret("x", "1", what="a test secret", service="Hearth MCP servers")
    assert get_secret("x") is None and get_secret("x", service="Hearth MCP servers") == "1"


def test_without_a_keychain_reading_is_none_and_writing_one_clear_sentence(
        no_keychain: None) -> None:
    assert get_secret("someone") is None
    with pytest.raises(KeychainError) as caught:
        set_secret("someone", "s3cret", what="the test secret", hint="Do this instead.")
    assert str(caught.value) == ("No usable system keychain to keep the test secret in "
                                 "(NoKeyringError). Do this instead.")
    assert "s3cret" not in str(caught.value)
    with pytest.raises(KeychainError, match="gnome-keyring or KWallet"):
        delete_secret("someone", what="the test secret")


def test_the_four_keepers_share_it(memory_keyring: InMemoryKeyring) -> None:
    """Hugging Face token, `hearth serve`'s key and an added server's key: one service, each
    its own user name (MCP secrets keep the service name they were first stored under)."""
    hub_auth.set_token("hf_abc")
    key, created = api_key_for("0.0.0.0", None)
    servers.set_api_key("lab", "sk-lab")
    assert memory_keyring.store == {(secrets.SERVICE, "huggingface"): "hf_abc",
                                    (secrets.SERVICE, KEYRING_USERNAME): key,
                                    (secrets.SERVICE, "server:lab"): "sk-lab"}
    assert created and api_key_for("0.0.0.0", None) == (key, False)
    servers.set_api_key("lab", None)
    assert servers.api_key("lab") is None
    assert hub_auth.clear_token() is True and hub_auth.clear_token() is False


def test_the_keepers_say_what_to_do_without_a_keychain(no_keychain: None) -> None:
    with pytest.raises(KeychainError, match="HF_TOKEN"):
        hub_auth.set_token("hf_abc")
    with pytest.raises(KeychainError, match="--api-key"):
        api_key_for("0.0.0.0", None)
    with pytest.raises(KeychainError, match="the server's API key"):
        servers.set_api_key("lab", "sk-lab")
    assert hub_auth.stored_token() is None and servers.api_key("lab") is None
