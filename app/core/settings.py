"""User settings: typed, stored as JSON under the config folder.

Secrets (Hugging Face tokens) never go here; they live in the OS keychain through keyring.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.engine.base import LoadOptions, SamplingParams
from app.core.jsonfile import write_json_atomic
from app.core.paths import config_dir

if TYPE_CHECKING:
    from app.core.safety.policy import GuardPolicy

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Settings:
    """Everything in Settings; ``None`` means "Hearth chooses from the hardware"."""

    model: str | None = None
    n_ctx: int = 4096
    n_threads: int | None = None
    n_gpu_layers: int | None = None  # None: chosen from free VRAM (see plan_offload)
    temperature: float = 0.6
    top_p: float = 0.9
    max_tokens: int | None = None
    system_prompt: str = ""
    # The Llama 3.2 vision-licence answers (app.core.licence.Declaration.to_dict()); None
    # until asked. Read afresh at every check, so a change takes effect at once.
    licence_declaration: dict[str, str | None] | None = None
    # Loading options a person chose for one model (by path): n_ctx, n_threads, n_gpu_layers,
    # and "draft", the path of a draft model for speculative decoding (None: off).
    model_overrides: dict[str, dict[str, int | str | None]] = field(default_factory=dict)
    # The safety policy (app.core.safety.policy.GuardPolicy.to_dict()); empty: off.
    guard: dict[str, object] = field(default_factory=dict)
    # OpenAI-compatible servers the person added (app.core.models.servers): name, url and
    # timeouts only; their API keys live in the keychain.
    servers: list[dict[str, object]] = field(default_factory=list)
    # The interface language (app.core.languages): "" follows the system's language.
    language: str = ""

    def sampling(self, seed: int | None = None) -> SamplingParams:
        return SamplingParams(
            temperature=self.temperature, top_p=self.top_p, max_tokens=self.max_tokens, seed=seed
        )

    def guard_policy(self) -> GuardPolicy:
        """The safety policy (Llama Guard 3); off unless a person turned it on."""
        from app.core.safety.policy import GuardPolicy

        return GuardPolicy.from_dict(self.guard)

    def load_options(self, model: str | os.PathLike[str] | None = None) -> LoadOptions:
        """The loading options for ``model``: its own overrides, else the defaults."""
        values: dict[str, int | str | None] = {
            "n_ctx": self.n_ctx, "n_threads": self.n_threads, "n_gpu_layers": self.n_gpu_layers,
        }
        if model is not None:
            override = self.model_overrides.get(str(model), {})
            values.update({k: v for k, v in override.items() if k in OVERRIDABLE})
        return LoadOptions(**values)  # type: ignore[arg-type]

    def draft_for(self, model: str | os.PathLike[str]) -> str | None:
        """The draft model chosen for ``model`` (a path), or None for plain decoding."""
        draft = self.model_overrides.get(str(model), {}).get(DRAFT)
        return draft if isinstance(draft, str) and draft else None

    def set_model_override(self, model: str | os.PathLike[str],
                           **values: int | str | None) -> None:
        """Remember loading options for one model (they win over the defaults)."""
        unknown = set(values) - {*OVERRIDABLE, DRAFT}
        if unknown:
            raise ValueError(f"not a per-model option: {', '.join(sorted(unknown))}")
        self.model_overrides[str(model)] = {**self.model_overrides.get(str(model), {}),
                                            **values}


# Loading options that can be set per model.
OVERRIDABLE = ("n_ctx", "n_threads", "n_gpu_layers")
# The per-model key naming a draft model.
DRAFT = "draft"


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """Read settings; unknown keys are ignored and a damaged file falls back to defaults."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("Settings file %s is unreadable (%s); using defaults", path, exc)
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    defaults = Settings()
    values = {}
    for f in fields(Settings):
        if f.name in raw:
            value = raw[f.name]
            default = getattr(defaults, f.name)
            if default is not None and value is not None and not isinstance(value, type(default)):
                if isinstance(default, float) and isinstance(value, int):
                    value = float(value)
                else:
                    continue
            values[f.name] = value
    return Settings(**values)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically so a crash never leaves half a settings file."""
    write_json_atomic(path or settings_path(), asdict(settings), indent=2)
