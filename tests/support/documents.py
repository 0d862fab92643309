"""Documents for the tests, generated on the fly: PDFs (fpdf2), Word files (python-docx), HTML.

Nothing is checked in: each fixture is written by the same libraries people's files come from.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def make_pdf(path: Path, pages: Sequence[str]) -> Path:
    """A PDF with a real text layer: one page per string (blank lines separate paragraphs)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(auto=False)
    pdf.set_font("Helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.set_xy(15, 15)
        for block in text.split("\n\n"):
            pdf.multi_cell(180, 5, block)
            pdf.ln(5)
    pdf.output(str(path))
    return path


def make_scanned_pdf(path: Path, n_pages: int = 2) -> Path:
    """A PDF whose pages are only pictures of text, as a scanner makes them."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    pdf = FPDF()
    for i in range(n_pages):
        image = Image.new("RGB", (400, 200), "white")
        ImageDraw.Draw(image).text((20, 80), f"Scanned page {i + 1}", fill="black")
        pdf.add_page()
        pdf.image(image, x=10, y=10, w=180)
    pdf.output(str(path))
    return path


def encrypt_pdf(source: Path, path: Path, user_password: str = "secret",
                owner_password: str = "owner") -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(source).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password=owner_password,
                   algorithm="AES-128")
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def make_docx(path: Path, sections: Sequence[tuple[str, Sequence[str]]],
              title: str | None = None) -> Path:
    """A Word file: each (heading, paragraphs) becomes a Heading 1 and body paragraphs."""
    import docx

    document = docx.Document()
    if title:
        document.add_paragraph(title, style="Title")
    for heading, paragraphs in sections:
        document.add_heading(heading, level=1)
        for text in paragraphs:
            document.add_paragraph(text)
    document.save(str(path))
    return path


def make_html(path: Path, title: str, paragraphs: Sequence[str]) -> Path:
    """A web page with navigation, a cookie banner and a footer around the article."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    nav = "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>"
                  for w in ("Home", "Products", "Pricing", "Careers", "Contact"))
    path.write_text(
        f"""<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<header><nav><ul>{nav}</ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<main><article><h1>{title}</h1>
{body}
</article></main>
<footer><p>Copyright 2026 Example Corp. All rights reserved. Privacy policy. Terms of use.</p>
<nav><a href="/sitemap">Sitemap</a> <a href="/jobs">Jobs</a></nav></footer>
</body></html>""",
        encoding="utf-8",
    )
    return path
