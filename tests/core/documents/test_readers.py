"""Reading documents: every format into parts with positions, and every kind of bad input."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

from app.core.documents.errors import (
    DamagedDocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    UnsupportedDocumentError,
)
from app.core.documents.readers import MAX_CHARS, from_text, is_document_path, read_document
from app.core.errors import HearthError
from tests.support.documents import (
    encrypt_pdf,
    make_docx,
    make_html,
    make_pdf,
    make_scanned_pdf,
)

# -- good input --------------------------------------------------------------------------------


def test_text_file_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("First paragraph\nstill first.\n\n\nSecond one.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.kind == "text"
    assert [p.paragraphs for p in doc.parts] == [("First paragraph\nstill first.", "Second one.")]
    assert doc.parts[0].label == ""


def test_text_encodings_are_detected(tmp_path: Path) -> None:
    text = ("Le café de la gare est fermé. Les élèves sont allés à l'école à côté de "
            "l'hôpital, où l'on parle français. ") * 20
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(text.encode("cp1252"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(text.encode("utf-16"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    for path in (latin1, utf16, bom):
        assert read_document(path).text == text.strip(), path.name


def test_markdown_headings_become_sections(tmp_path: Path) -> None:
    path = tmp_path / "guide.md"
    path.write_text("Intro text.\n\n# Install\n\nRun it.\n\n```\n# not a heading\n```\n\n"
                    "## Use\n\nClick.\n", encoding="utf-8")
    doc = read_document(path)
    assert [(p.heading, p.label) for p in doc.parts] == [
        (None, ""), ("Install", "“Install”"), ("Use", "“Use”")]
    assert "# not a heading" in doc.parts[1].text


def test_pdf_keeps_page_numbers(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "report.pdf", ["Alpha page about apples.",
                                              "Beta page about bananas.\n\nMore bananas.",
                                              "Gamma page about cherries."])
    doc = read_document(path)
    assert doc.kind == "pdf"
    assert [p.page for p in doc.parts] == [1, 2, 3]
    assert [p.label for p in doc.parts] == ["page 1", "page 2", "page 3"]
    assert "bananas" in doc.parts[1].text and "cherries" in doc.parts[2].text


def test_pdf_protected_only_against_editing_is_read(tmp_path: Path) -> None:
    plain = make_pdf(tmp_path / "plain.pdf", ["Readable words."])
    path = encrypt_pdf(plain, tmp_path / "owner-only.pdf", user_password="")
    assert "Readable words." in read_document(path).text


def test_pdf_with_some_scanned_pages_says_so(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    text = make_pdf(tmp_path / "text.pdf", ["Typed page."])
    scanned = make_scanned_pdf(tmp_path / "scan.pdf", 1)
    writer = PdfWriter()
    for source in (text, scanned):
        for page in PdfReader(source).pages:
            writer.add_page(page)
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as fh:
        writer.write(fh)
    doc = read_document(mixed)
    assert doc.parts[0].text == "Typed page."
    assert doc.notes and "Page 2" in doc.notes[0]


def test_docx_headings_become_sections(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "plan.docx", [
        ("Background", ["The old system was slow."]),
        ("Proposal", ["Replace it.", "Start in March."]),
    ], title="Project plan")
    doc = read_document(path)
    assert doc.kind == "docx"
    assert [p.heading for p in doc.parts] == ["Project plan", "Background", "Proposal"]
    assert doc.parts[2].paragraphs == ("Replace it.", "Start in March.")


def test_html_main_text_without_navigation(tmp_path: Path) -> None:
    paragraphs = [
        "The river otter population in the valley has doubled over the past decade, "
        "according to a survey published by the regional wildlife office this week.",
        "Researchers counted otters along forty kilometres of riverbank and found "
        "families in places where none had been seen since the nineteen seventies.",
        "Cleaner water and the removal of two old weirs are the main reasons given by "
        "the scientists, who plan to repeat the survey every three years.",
    ]
    path = make_html(tmp_path / "otters.html", "Otters return to the valley", paragraphs)
    doc = read_document(path)
    text = doc.text
    assert "river otter population" in text and "repeat the survey" in text
    for boilerplate in ("Pricing", "Careers", "cookies", "All rights reserved", "Sitemap"):
        assert boilerplate not in text
    assert doc.parts[0].heading == "Otters return to the valley"


def test_pasted_text() -> None:
    doc = from_text("Some pasted words.\n\nAnother paragraph.")
    assert doc.name == "Pasted text" and doc.source is None
    assert doc.parts[0].paragraphs == ("Some pasted words.", "Another paragraph.")
    with pytest.raises(EmptyDocumentError):
        from_text("   \n\n ")


def test_is_document_path() -> None:
    assert is_document_path("a/B.PDF") and is_document_path("x.docx")
    assert not is_document_path("photo.png") and not is_document_path("model.gguf")


# -- bad input ---------------------------------------------------------------------------------


def test_encrypted_pdf(tmp_path: Path) -> None:
    plain = make_pdf(tmp_path / "plain.pdf", ["Secret plans."])
    path = encrypt_pdf(plain, tmp_path / "locked.pdf")
    with pytest.raises(EncryptedDocumentError, match="protected by a password"):
        read_document(path)


def test_scanned_pdf_without_text_layer(tmp_path: Path) -> None:
    path = make_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(NoTextLayerError, match="This PDF has no text layer; OCR is not available"):
        read_document(path)


@pytest.mark.parametrize("name", ["empty.txt", "empty.pdf", "empty.docx", "empty.md",
                                  "empty.html"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(EmptyDocumentError, match="is empty"):
        read_document(path)


def test_blank_text_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\n \n\t\n", encoding="utf-8")
    with pytest.raises(EmptyDocumentError, match="no text"):
        read_document(path)


@pytest.mark.parametrize("name", ["data.txt", "data.pdf", "data.docx", "data.md", "data.html"])
def test_binary_file_with_document_extension(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(os.urandom(50_000))
    with pytest.raises(DamagedDocumentError) as info:
        read_document(path)
    assert name in str(info.value)


def test_truncated_pdf(tmp_path: Path) -> None:
    good = make_pdf(tmp_path / "good.pdf", ["Words " * 200] * 3)
    path = tmp_path / "cut.pdf"
    path.write_bytes(good.read_bytes()[:400])
    with pytest.raises(HearthError) as info:
        read_document(path)
    assert "cut.pdf" in str(info.value)


def test_very_large_text_file_stops_early_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = ("A line of a very long log file that nobody should summarize in one go. " * 4
            + "\n").encode()
    with path.open("wb") as fh:
        for _ in range(64 * 1024 * 1024 // len(line)):  # 64 MiB, 32x the limit
            fh.write(line)
    tracemalloc.start()
    try:
        with pytest.raises(DocumentTooLargeError, match=f"{MAX_CHARS:,} characters"):
            read_document(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The text up to the limit (str of ASCII: 1 byte a character) plus a read chunk or two.
    assert peak < 3 * MAX_CHARS + 8 * 1024 * 1024


def test_very_large_pdf_text_is_refused(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "long.pdf", ["Many words on this page. " * 100] * 3)
    with pytest.raises(DocumentTooLargeError, match="too large"):
        read_document(path, max_chars=5_000)


@pytest.mark.parametrize(("name", "expected"), [
    ("sheet.xlsx", "cannot summarize .xlsx files"),
    ("old.doc", "Save it as .docx"),
    ("scan.png", "OCR is not available"),
    ("README", "files without an extension"),
])
def test_unsupported_type(tmp_path: Path, name: str, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"something")
    with pytest.raises(UnsupportedDocumentError) as info:
        read_document(path)
    assert expected in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(HearthError, match="does not exist"):
        read_document(tmp_path / "gone.pdf")


def test_encrypted_or_old_word_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    with pytest.raises(EncryptedDocumentError, match="password-protected"):
        read_document(path)
