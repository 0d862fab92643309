"""Errors a person can act on.

Anything raised as :class:`HearthError` carries a message written for the user; the window
shows it in a dialog and the CLI prints it as one line on stderr. Every other exception is a
bug and is logged with its traceback.
"""

from __future__ import annotations

from typing import Any, Self

from app.core.texts import QT_TRANSLATE_NOOP, CoreText, plain_params

__all__ = ["QT_TRANSLATE_NOOP"]  # re-exported: raising modules mark their templates with it


class HearthError(Exception):
    """An error with a message meant for people, not developers.

    Made with :meth:`of`, its message and hint are :class:`~app.core.texts.CoreText`: the
    English text that also keeps its template and parameters, so the window can show it in
    the person's language; ``message``, ``hint`` and ``str()`` read as English."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    @classmethod
    def of(cls, template: str, /, *, hint: str | None = None, **params: Any) -> Self:
        """The error from a template marked with ``QT_TRANSLATE_NOOP`` (context "core")
        with named parameters; ``hint`` is a template too, formatted with the same ones.
        Parameters are turned into text here (format numbers before passing them); one that
        is a :class:`~app.core.texts.CoreText` is translated too."""
        values = plain_params(params)
        return cls(CoreText(template, values),
                   hint=CoreText(hint, values) if hint is not None else None)

    @property
    def template(self) -> str | None:
        """The message's marked template (None for a plain message)."""
        return getattr(self.message, "template", None)

    @property
    def hint_template(self) -> str | None:
        return getattr(self.hint, "template", None)

    @property
    def params(self) -> dict[str, str]:
        """The parameters the templates are formatted with."""
        return getattr(self.message, "params", {})

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class ModelFileError(HearthError):
    """The model file is missing, not a GGUF, truncated, or of an unsupported kind."""


class InsufficientMemoryError(HearthError):
    """The model (with its context) would not fit in the memory that is free."""


class ContextOverflowError(HearthError):
    """A prompt or a single message does not fit in the model's context window."""


class EmptyPromptError(HearthError):
    """There is nothing to send."""


class TemplateError(HearthError):
    """A chat template inside a model file is broken or tried something unsafe."""


class GenerationError(HearthError):
    """llama.cpp failed while evaluating or sampling."""


class LicenceError(HearthError):
    """A model's licence stops Hearth: see :mod:`app.core.licence` (``decision`` says why)."""

    def __init__(self, message: str, *, hint: str | None = None, decision: object = None) -> None:
        super().__init__(message, hint=hint)
        self.decision = decision


class LicenceBlockedError(LicenceError):
    """A Llama 3.2 vision model, and the licence declaration puts the licensee in the EU."""


class LicenceUndecidedError(LicenceError):
    """A Llama 3.2 vision model, and no current licence declaration to decide by."""


class ImageError(HearthError):
    """A file given as an image is not one, is damaged, or is too large to open safely."""


class DraftIncompatibleError(HearthError):
    """A draft model for speculative decoding does not share the target model's vocabulary."""


class ServerBusyError(HearthError):
    """Every slot is busy and the waiting line is full; try again after ``retry_after_s``."""

    def __init__(self, message: str, *, hint: str | None = None,
                 retry_after_s: float = 1.0) -> None:
        super().__init__(message, hint=hint)
        self.retry_after_s = retry_after_s
