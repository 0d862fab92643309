"""What a read document is: ordered parts, each with the position a citation names.

A part is a page (PDF) or a section under a heading (Word, Markdown, HTML); plain text without
headings is one part whose paragraphs are numbered. Paragraphs are kept separate because the
planner splits on them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Part:
    """A page or a section, in document order."""

    index: int
    paragraphs: tuple[str, ...]
    page: int | None = None
    heading: str | None = None

    @property
    def label(self) -> str:
        """How a citation names this part: "page 3", "“Results”" or ""."""
        if self.page is not None:
            return f"page {self.page}"
        if self.heading:
            return f"“{self.heading}”"
        return ""

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class Document:
    """A document's text, split into parts, with where it came from."""

    name: str
    kind: str  # "pdf", "docx", "html", "markdown", "text"
    parts: tuple[Part, ...]
    source: str | None = None  # the file's path, or None for pasted text
    notes: tuple[str, ...] = field(default=())  # e.g. "pages 4 and 9 have no text layer"

    @property
    def text(self) -> str:
        """The whole text; section headings as Markdown headings (pages need none)."""
        blocks: list[str] = []
        for part in self.parts:
            if part.heading and part.page is None:
                blocks.append(f"# {part.heading}")
            blocks.extend(part.paragraphs)
        return "\n\n".join(blocks)

    @property
    def n_chars(self) -> int:
        return sum(len(par) for p in self.parts for par in p.paragraphs)

    def sample(self, limit: int = 4000) -> str:
        """The first ``limit`` characters, for cheap checks such as the language."""
        out: list[str] = []
        size = 0
        for part in self.parts:
            for par in part.paragraphs:
                out.append(par)
                size += len(par)
                if size >= limit:
                    return "\n".join(out)[:limit]
        return "\n".join(out)


def combine(documents: list[Document]) -> Document:
    """Several documents as one, to be summarized together: each part keeps its place under
    its document's name ("report.pdf, page 3"), so citations still say where a point is."""
    if len(documents) == 1:
        return documents[0]
    parts: list[Part] = []
    for doc in documents:
        for part in doc.parts:
            where = part.label.strip("“”")
            heading = f"{doc.name}, {where}" if where else doc.name
            parts.append(Part(len(parts), part.paragraphs, None, heading))
    notes = tuple(f"{doc.name}: {note}" for doc in documents for note in doc.notes)
    names = ", ".join(doc.name for doc in documents)
    return Document(names, "collection", tuple(parts), None, notes)
