"""The safety policy in Settings: stored as a dict, off by default, lockable by password."""

from __future__ import annotations

import json

import pytest

from app.core.safety.policy import GuardPolicy, PolicyLockedError, apply_change
from app.core.settings import Settings, load_settings, save_settings


def test_off_by_default_and_round_trips_through_the_settings_file() -> None:
    settings = load_settings()
    assert settings.guard_policy() == GuardPolicy()
    assert not settings.guard_policy().active
    policy = GuardPolicy(enabled=True, check_prompts=False, action="warn", excluded=["S12"],
                         model="/models/guard.gguf")
    settings.guard = policy.to_dict()
    save_settings(settings)
    again = load_settings().guard_policy()
    assert again == policy and again.active
    assert "S12" not in again.codes() and len(again.codes()) == 12


def test_damaged_entries_fall_back_to_the_defaults(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"guard": {"enabled": "yes", "action": "delete",
                                          "excluded": ["S99"], "model": 5,
                                          "check_answers": False}}))
    policy = load_settings(path).guard_policy()
    assert policy == GuardPolicy(check_answers=False)
    path.write_text(json.dumps({"guard": ["not", "a", "dict"]}))
    assert load_settings(path).guard_policy() == GuardPolicy()


def test_lock_keeps_only_a_salted_hash() -> None:
    policy = GuardPolicy(enabled=True)
    policy.lock("correct horse")
    assert policy.locked
    stored = json.dumps(policy.to_dict())
    assert "correct horse" not in stored
    assert len(bytes.fromhex(policy.lock_salt or "")) == 16
    other = GuardPolicy(enabled=True)
    other.lock("correct horse")
    assert other.lock_hash != policy.lock_hash  # salted: same password, another hash
    assert policy.password_ok("correct horse") and not policy.password_ok("Correct horse")


def test_locked_policy_changes_only_with_its_password() -> None:
    current = GuardPolicy(enabled=True)
    current.lock("s3cret")
    wanted = GuardPolicy(enabled=False)
    with pytest.raises(PolicyLockedError):
        apply_change(current, wanted)
    with pytest.raises(PolicyLockedError):
        apply_change(current, wanted, "guess")
    assert apply_change(current, wanted, "s3cret") == wanted
    with pytest.raises(PolicyLockedError):
        current.unlock("nope")
    current.unlock("s3cret")
    assert not current.locked and apply_change(current, wanted) == wanted


def test_short_passwords_are_refused() -> None:
    from app.core.errors import HearthError

    with pytest.raises(HearthError, match="at least 4"):
        GuardPolicy().lock("abc")


def test_settings_default_has_an_empty_guard() -> None:
    assert Settings().guard == {}
