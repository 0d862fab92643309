"""Which Llama 3.2 model to offer a new user: the best one that runs well on this computer.

The 3B Instruct model answers much better than the 1B; the 1B is offered where memory is short.
Both are judged at the context size the person uses, with the same fit check the model
manager shows (:func:`app.core.models.memory.fit_for_size`), before anything is downloaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.hardware import Device
from app.core.models.catalog import Catalog, CatalogModel, Quantization
from app.core.models.gguf_file import fmt_bytes
from app.core.models.memory import FitReport, fit_for_size

# Best first; the last one is offered even when nothing fits well (the smallest Llama 3.2).
FIRST_RUN_MODELS = ("llama-3.2-3b-instruct", "llama-3.2-1b-instruct")


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A catalog model in its recommended quantization, with how it fits here."""

    model: CatalogModel
    quant: Quantization
    fit: FitReport

    @property
    def label(self) -> str:
        """``Llama 3.2 3B Instruct · 2.0 GB``: what the download button says."""
        return f"{self.model.name} · {fmt_bytes(self.quant.size)}"

    @property
    def file_name(self) -> str:
        return Path(self.quant.model_file.name).name


def recommend_model(catalog: Catalog, n_ctx: int, available_ram: int,
                    gpus: Sequence[Device] = ()) -> Recommendation | None:
    """The first of :data:`FIRST_RUN_MODELS` that fits with room to spare (green), else the
    first that fits at all (yellow), else the smallest; None when the catalog has none."""
    choices = []
    for model_id in FIRST_RUN_MODELS:
        model = catalog.find(model_id)
        if model is None:
            continue
        quant = model.quant()
        fit = fit_for_size(quant.size, model.parameters, n_ctx, available_ram, gpus)
        choices.append(Recommendation(model, quant, fit))
    for wanted in ("green", "yellow"):
        for choice in choices:
            if choice.fit.fit == wanted:
                return choice
    return choices[-1] if choices else None
