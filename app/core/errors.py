"""Errors a person can act on.

Anything raised as :class:`HearthError` carries a message written for the user; the window
shows it in a dialog and the CLI prints it as one line on stderr. Every other exception is a
bug and is logged with its traceback.
"""

from __future__ import annotations


class HearthError(Exception):
    """An error with a message meant for people, not developers."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

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
