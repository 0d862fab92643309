"""Reading documents into parts: text and Markdown, PDF, Word, HTML and pasted text.

Every reader is bounded: text is decoded as a stream and reading stops with a clear message
past :data:`MAX_CHARS` characters, and container formats (PDF, Word, HTML) past a file size,
so a huge or hostile file never takes all memory. Libraries: pypdf (BSD) for PDF text layers,
python-docx (MIT) for Word, trafilatura (Apache-2.0) for the main text of a web page,
charset-normalizer (MIT) for the encoding of text files.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from pathlib import Path

from app.core.documents.errors import (
    DamagedDocumentError,
    DocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    UnsupportedDocumentError,
)
from app.core.documents.model import Document, Part
from app.core.engine.base import CancelToken
from app.core.errors import QT_TRANSLATE_NOOP
from app.core.texts import CoreText

# About 500,000 tokens: a long book. Past it a summary would take hours on a laptop.
MAX_CHARS = 2_000_000
# PDF and Word files carry images and fonts, so their files may be much larger than their text.
MAX_CONTAINER_BYTES = 256 * 1024 * 1024
MAX_HTML_BYTES = 32 * 1024 * 1024

_READ_CHUNK = 1 << 20
_SNIFF_BYTES = 64 * 1024

TEXT_SUFFIXES = {".txt", ".text", ".log", ".csv", ".tsv", ".rst"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = frozenset(
    TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}
)

_CONVERT_HINTS = {
    ".doc": QT_TRANSLATE_NOOP("core", "Save it as .docx (Word ▸ Save As) and try again."),
    ".odt": QT_TRANSLATE_NOOP("core", "Save it as .docx or PDF and try again."),
    ".rtf": QT_TRANSLATE_NOOP("core", "Save it as .docx or plain text and try again."),
    ".pages": QT_TRANSLATE_NOOP("core", "Export it as .docx or PDF and try again."),
    ".epub": QT_TRANSLATE_NOOP("core", "Convert it to PDF or plain text and try again."),
}
_SUPPORTED_HINT = QT_TRANSLATE_NOOP("core", "Supported: {formats}.")
_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic"}


def supported_description() -> str:
    return CoreText(QT_TRANSLATE_NOOP(
        "core", "PDF, Word (.docx), web pages (.html), Markdown and plain text"))


def is_document_path(path: str | Path) -> bool:
    """Whether Hearth would try to read ``path`` as a document (by its extension)."""
    return Path(path).suffix.lower() in SUPPORTED_SUFFIXES


def read_document(path: str | Path, cancel: CancelToken | None = None, *,
                  max_chars: int = MAX_CHARS) -> Document:
    """Read ``path`` into a :class:`Document`; a :class:`DocumentError` says why not."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise _unsupported(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError.of(QT_TRANSLATE_NOOP(
            "core", "{path} does not exist."), path=path) from None
    except OSError as exc:
        raise DocumentError(f"Hearth could not open {path.name}: {exc.strerror}.") from None
    if path.is_dir():
        raise DocumentError.of(QT_TRANSLATE_NOOP("core", "{file} is a folder, not a document."),
                               file=path.name)
    if size == 0:
        raise EmptyDocumentError.of(
            QT_TRANSLATE_NOOP("core", "{file} is empty: there is nothing to summarize."),
            file=path.name)
    try:
        if suffix == ".pdf":
            return _read_pdf(path, size, cancel, max_chars)
        if suffix == ".docx":
            return _read_docx(path, size, max_chars)
        if suffix in HTML_SUFFIXES:
            return _read_html(path, size, max_chars)
        text = _read_text_file(path, max_chars)
        kind = "markdown" if suffix in MARKDOWN_SUFFIXES else "text"
        return _from_text(text, path.name, kind, str(path), markdown=kind == "markdown")
    except PermissionError:
        raise DocumentError(f"Hearth is not allowed to read {path.name}.",
                            hint="Check the file's permissions.") from None


def from_text(text: str, name: str = "Pasted text", *, max_chars: int = MAX_CHARS) -> Document:
    """A document from pasted text (Markdown headings, if any, become sections)."""
    if len(text) > max_chars:
        raise _too_large(name, max_chars)
    return _from_text(text, name, "text", None, markdown=True)


# -- plain text and Markdown -------------------------------------------------------------------


def _read_text_file(path: Path, max_chars: int) -> str:
    """Decode a text file as a stream: the encoding is sniffed from its start, and reading
    stops as soon as the text passes ``max_chars`` (memory stays bounded by the limit)."""
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_BYTES)
        encoding = _detect_encoding(head, path.name)
        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        pieces: list[str] = []
        n = 0
        data = head
        while True:
            piece = decoder.decode(data, final=not data)
            n += len(piece)
            if n > max_chars:
                raise _too_large(path.name, max_chars)
            pieces.append(piece)
            if not data:
                break
            data = fh.read(_READ_CHUNK)
    text = "".join(pieces)
    if text.startswith("\ufeff"):
        text = text[1:]
    if _looks_binary(text):
        raise _binary(path.name)
    return text


def _detect_encoding(head: bytes, name: str) -> str:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                          (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):
            return encoding
    if b"\x00" in head:
        raise _binary(name)
    try:  # the common case, decided without a detector (the sample may end mid-character)
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is None:
        raise _binary(name)
    return str(best.encoding)


def _looks_binary(text: str) -> bool:
    """Replacement characters or control characters in more than 1% of the text."""
    sample = text[:200_000]
    if not sample:
        return False
    bad = sum(1 for c in sample if c == "\ufffd" or (c < " " and c not in "\n\r\t\f\v"))
    return bad > max(8, len(sample) // 100)


_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def _from_text(text: str, name: str, kind: str, source: str | None, *, markdown: bool
               ) -> Document:
    parts = _markdown_sections(text) if markdown else [(None, _paragraphs(text))]
    built = tuple(Part(i, tuple(pars), heading=heading)
                  for i, (heading, pars) in enumerate(p for p in parts if p[1] or p[0]))
    if not any(p.paragraphs for p in built):
        raise EmptyDocumentError(f"{name} has no text to summarize (only blank space).")
    return Document(name, kind, built, source)


def _paragraphs(text: str) -> list[str]:
    """Blank-line separated blocks, whitespace at their ends trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]


def _markdown_sections(text: str) -> list[tuple[str | None, list[str]]]:
    """Split Markdown at ATX headings (outside code fences): (heading, paragraphs) pairs."""
    sections: list[tuple[str | None, list[str]]] = []
    heading: str | None = None
    lines: list[str] = []
    in_fence = False
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match:
            sections.append((heading, _paragraphs("\n".join(lines))))
            heading, lines = match.group(2).strip(), []
        else:
            lines.append(line)
    sections.append((heading, _paragraphs("\n".join(lines))))
    return sections


# -- PDF ---------------------------------------------------------------------------------------


def _read_pdf(path: Path, size: int, cancel: CancelToken | None, max_chars: int) -> Document:
    if size > MAX_CONTAINER_BYTES:
        raise _too_large(path.name, max_chars, size)
    import logging

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # it warns about every odd object
    with path.open("rb") as fh:
        if not fh.read(1024).lstrip().startswith(b"%PDF"):
            raise DamagedDocumentError.of(
                QT_TRANSLATE_NOOP("core", "{file} is not a PDF file (it does not start like one)."),
                file=path.name)
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # protected against editing only: readable
            except (DependencyError, NotImplementedError):
                opened = 0
            if not opened:
                raise EncryptedDocumentError.of(
                    QT_TRANSLATE_NOOP(
                        "core", "{file} is protected by a password, so Hearth cannot read it."),
                    hint=QT_TRANSLATE_NOOP(
                        "core", "Open it in a PDF viewer, save an unprotected copy, and "
                        "summarize that."),
                    file=path.name)
        n_pages = len(reader.pages)
    except DocumentError:
        raise
    except FileNotDecryptedError:
        raise EncryptedDocumentError.of(
            QT_TRANSLATE_NOOP(
                "core", "{file} is protected by a password, so Hearth cannot read it."),
            file=path.name) from None
    except (PdfReadError, Exception) as exc:  # pypdf raises many kinds on a damaged file
        raise DamagedDocumentError(
            f"{path.name} is damaged or not a valid PDF ({exc})."
        ) from None

    parts: list[Part] = []
    empty_pages: list[int] = []
    total = 0
    for i in range(n_pages):
        if cancel is not None and cancel.cancelled:
            raise DocumentError("Reading the document was cancelled.")
        try:
            text = reader.pages[i].extract_text() or ""
        except Exception:  # one broken page must not lose the others
            text = ""
        paragraphs = _paragraphs(text)
        if not paragraphs:
            empty_pages.append(i + 1)
        total += sum(len(p) for p in paragraphs)
        if total > max_chars:
            raise _too_large(path.name, max_chars)
        parts.append(Part(i, tuple(paragraphs), page=i + 1))
    if n_pages == 0:
        raise EmptyDocumentError.of(QT_TRANSLATE_NOOP(
            "core", "{file} has no pages."), file=path.name)
    if len(empty_pages) == n_pages:
        raise NoTextLayerError.of(
            QT_TRANSLATE_NOOP("core", "This PDF has no text layer; OCR is not available. "
                              "{file} looks like a scanned document (its pages are images), so "
                              "Hearth cannot read its words."),
            hint=QT_TRANSLATE_NOOP("core", "Run it through an OCR program to add a text layer, "
                                   "then try again."),
            file=path.name,
        )
    notes: tuple[str, ...] = ()
    if empty_pages:
        notes = (f"{_page_list(empty_pages)} {'has' if len(empty_pages) == 1 else 'have'} "
                 "no text layer (scanned?) and were left out.",)
    return Document(path.name, "pdf", tuple(parts), str(path), notes)


def _page_list(pages: list[int]) -> str:
    if len(pages) == 1:
        return f"Page {pages[0]}"
    shown = ", ".join(str(p) for p in pages[:8])
    more = f" and {len(pages) - 8} more" if len(pages) > 8 else ""
    return f"Pages {shown}{more}"


# -- Word --------------------------------------------------------------------------------------


_HEADING_STYLE = re.compile(r"^(heading \d|title)$", re.IGNORECASE)


def _read_docx(path: Path, size: int, max_chars: int) -> Document:
    if size > MAX_CONTAINER_BYTES:
        raise _too_large(path.name, max_chars, size)
    with path.open("rb") as fh:
        magic = fh.read(8)
    if magic.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE container: .doc, or an encrypted .docx
        raise EncryptedDocumentError.of(
            QT_TRANSLATE_NOOP("core", "{file} is password-protected or an old-format Word file, so "
                              "Hearth cannot read it."),
            hint=QT_TRANSLATE_NOOP("core", "Open it in Word and save an unprotected .docx copy."),
            file=path.name)
    if not zipfile.is_zipfile(path):
        raise DamagedDocumentError.of(
            QT_TRANSLATE_NOOP(
                "core", "{file} is damaged or not a Word (.docx) document."), file=path.name)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(str(path))
        blocks = list(document.iter_inner_content())
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors...
        raise DamagedDocumentError(
            f"{path.name} is damaged or not a Word (.docx) document ({exc})."
        ) from None
    sections: list[tuple[str | None, list[str]]] = [(None, [])]
    total = 0
    for block in blocks:
        if isinstance(block, Table):
            rows = [" | ".join(cell.text.strip() for cell in row.cells) for row in block.rows]
            text = "\n".join(r for r in rows if r.strip(" |"))
            style = ""
        else:
            text = block.text.strip()
            style = block.style.name if block.style is not None else ""
        if not text:
            continue
        total += len(text)
        if total > max_chars:
            raise _too_large(path.name, max_chars)
        if _HEADING_STYLE.match(style or ""):
            sections.append((text, []))
        else:
            sections[-1][1].append(text)
    parts = tuple(Part(i, tuple(pars), heading=heading)
                  for i, (heading, pars) in enumerate(s for s in sections if s[0] or s[1]))
    if not any(p.paragraphs for p in parts):
        raise EmptyDocumentError.of(QT_TRANSLATE_NOOP("core", "{file} has no text to summarize."),
                                    file=path.name)
    return Document(path.name, "docx", parts, str(path))


# -- HTML --------------------------------------------------------------------------------------


def _read_html(path: Path, size: int, max_chars: int) -> Document:
    if size > MAX_HTML_BYTES:
        raise _too_large(path.name, max_chars, size)
    html = _read_text_file(path, max_chars)
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    # The article, not menus, footers or cookie banners; headings kept as Markdown.
    text = trafilatura.extract(
        html, output_format="markdown", include_comments=False, include_tables=True,
        include_links=False, include_images=False, favor_recall=True,
    )
    if not text or not text.strip():
        raise EmptyDocumentError.of(QT_TRANSLATE_NOOP("core", "{file} has no readable main text."),
                                    file=path.name)
    title = None
    meta = trafilatura.extract_metadata(html)
    if meta is not None and meta.title:
        title = meta.title.strip()
    doc = _from_text(text, path.name, "html", str(path), markdown=True)
    if title and doc.parts and doc.parts[0].heading is None:
        first = doc.parts[0]
        doc = Document(doc.name, doc.kind,
                       (Part(0, first.paragraphs, heading=title), *doc.parts[1:]), doc.source)
    return doc


# -- messages ----------------------------------------------------------------------------------


def _unsupported(path: Path) -> UnsupportedDocumentError:
    suffix = path.suffix.lower()
    if suffix in _IMAGE_SUFFIXES:
        return UnsupportedDocumentError.of(
            QT_TRANSLATE_NOOP("core", "{file} is an image; Hearth summarizes text and OCR is not "
                              "available."),
            hint=_SUPPORTED_HINT, file=path.name, formats=supported_description(),
        )
    hint = _CONVERT_HINTS.get(suffix, _SUPPORTED_HINT)
    if suffix:
        return UnsupportedDocumentError.of(
            QT_TRANSLATE_NOOP(
                "core", "Hearth cannot summarize {suffix} files ({file})."), hint=hint,
            suffix=suffix, file=path.name, formats=supported_description())
    return UnsupportedDocumentError.of(
        QT_TRANSLATE_NOOP("core", "Hearth cannot summarize files without an extension ({file})."),
        hint=hint, file=path.name, formats=supported_description())


def _binary(name: str) -> DamagedDocumentError:
    return DamagedDocumentError.of(
        QT_TRANSLATE_NOOP("core", "{file} does not contain readable text (it looks like a "
                          "binary file with a document's extension)."),
        hint=QT_TRANSLATE_NOOP("core", "Check that it is the right file."),
        file=name,
    )


def _too_large(name: str, max_chars: int, size: int | None = None) -> DocumentTooLargeError:
    from app.core.models.gguf_file import fmt_bytes

    detail = f"the file is {fmt_bytes(size)}" if size is not None else \
        f"it has more than {max_chars:,} characters"
    return DocumentTooLargeError(
        f"{name} is too large to summarize: {detail}. Hearth reads documents up to "
        f"{max_chars:,} characters (about {max_chars // 4:,} tokens, a long book) and "
        f"{fmt_bytes(MAX_CONTAINER_BYTES)} files.",
        hint="Split it into smaller files, or summarize the chapters you need.",
    )

