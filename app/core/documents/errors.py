"""Why a document could not be read, in words a person can act on."""

from __future__ import annotations

from app.core.errors import HearthError


class DocumentError(HearthError):
    """A document Hearth cannot summarize, and why."""


class UnsupportedDocumentError(DocumentError):
    """A file type Hearth has no reader for."""


class EmptyDocumentError(DocumentError):
    """The file has no text at all."""


class DamagedDocumentError(DocumentError):
    """The file is not what its extension says (binary, truncated, corrupt)."""


class EncryptedDocumentError(DocumentError):
    """The file needs a password."""


class NoTextLayerError(DocumentError):
    """A scanned PDF: pages are images, and there is no OCR."""


class DocumentTooLargeError(DocumentError):
    """Past the size Hearth reads, so memory and time stay bounded."""
