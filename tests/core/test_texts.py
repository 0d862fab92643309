"""Core messages keep their English text and carry a template the window can translate.

The core never imports Qt: a message made from a marked template reads exactly as before
(``str()``, ``.message``, ``.hint``: what the CLI prints and tests match), and also keeps the
template and its parameters so the window can show it in the person's language.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.documents.readers import read_document
from app.core.documents.summarize import Progress
from app.core.errors import EmptyPromptError, HearthError, ImageError, ModelFileError
from app.core.licence import Declaration, LicenceBlockedError, decide, refusal
from app.core.models.gguf_file import read_gguf_info
from app.core.models.memory import fit_for_size
from app.core.session import save_user_turn
from app.core.store import ConversationStore
from app.core.texts import CoreText, render
from app.core.vision.preprocess import load_image

ROOT = Path(__file__).resolve().parents[2]


def test_an_empty_message_reads_as_before_and_keeps_its_template(hearth_home: Path) -> None:
    store = ConversationStore(hearth_home / "conversations.sqlite3")
    try:
        chat = store.create_conversation()
        with pytest.raises(EmptyPromptError) as caught:
            save_user_turn(store, chat.id, "   ")
    finally:
        store.close()
    error = caught.value
    assert str(error) == error.message == "There is nothing to send; type a message first."
    assert error.template == "There is nothing to send; type a message first."
    assert error.params == {} and error.hint is None and error.hint_template is None


def test_picture_errors_keep_file_names_as_parameters(tmp_path: Path) -> None:
    gone = tmp_path / "gone.png"
    with pytest.raises(ImageError) as missing:
        load_image(gone)
    assert str(missing.value) == f"There is no picture at {gone}."
    assert missing.value.template == "There is no picture at {path}."
    assert missing.value.params == {"path": str(gone)}

    notes = tmp_path / "notes.png"
    notes.write_text("not a picture", encoding="utf-8")
    with pytest.raises(ImageError) as unreadable:
        load_image(notes)
    error = unreadable.value
    assert str(error) == ("notes.png is not a picture Hearth can read. "
                          "Use a PNG, JPEG, WebP, GIF or BMP file.")
    assert error.template == "{file} is not a picture Hearth can read."
    assert error.hint_template == "Use a PNG, JPEG, WebP, GIF or BMP file."
    assert render(error.template, error.params) == error.message


def test_model_file_errors_read_as_before(tmp_path: Path) -> None:
    fake = tmp_path / "fake.gguf"
    fake.write_bytes(b"PK\x03\x04 a zip, not a model")
    with pytest.raises(ModelFileError) as caught:
        read_gguf_info(fake)
    error = caught.value
    assert error.message == "fake.gguf is not a GGUF model file."
    assert error.hint is not None and error.hint.startswith("Hearth runs GGUF files")
    assert error.params == {"file": "fake.gguf"}

    cut = tmp_path / "cut.gguf"
    cut.write_bytes(b"GGUF\x03\x00\x00\x00" + b"\x05" * 10)
    with pytest.raises(ModelFileError) as truncated:
        read_gguf_info(cut)
    assert truncated.value.message == "cut.gguf is truncated: it ends inside its header."
    assert truncated.value.hint_template == ("The download was probably interrupted; "
                                             "download it again.")


def test_a_scanned_pdf_without_text_says_so(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    scanned = tmp_path / "scan.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    with scanned.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(HearthError) as caught:
        read_document(scanned)
    error = caught.value
    assert error.message.startswith("This PDF has no text layer; OCR is not available. "
                                    "scan.pdf looks like a scanned document")
    assert error.template is not None and "{file}" in error.template


def test_fit_texts_and_progress_words_carry_templates() -> None:
    gib = 1024 ** 3
    roomy = fit_for_size(1 * gib, 1_000_000_000, 4096, 32 * gib)
    assert roomy.fit == "green" and roomy.summary.startswith("Fits in memory (")
    assert roomy.summary == render(roomy.template, roomy.params)
    assert set(roomy.params) == {"needed", "free"}
    tight = fit_for_size(20 * gib, 8_000_000_000, 4096, 2 * gib)
    assert tight.fit == "red" and tight.template == "Does not fit: needs {needed}, {free} free."

    step = Progress.of("part", 1, 5, "Summarizing part {n} of {total}…", 12.0, n=2, total=5)
    assert step.message == "Summarizing part 2 of 5…" and step.params == {"n": "2", "total": "5"}
    assert step == Progress("part", 1, 5, "Summarizing part 2 of 5…", 12.0)  # same as before


def test_a_core_text_is_a_plain_string_everywhere() -> None:
    text = CoreText("The GPU could not be used ({reason}); Hearth runs on the CPU.",
                    {"reason": "out of memory"})
    assert text == "The GPU could not be used (out of memory); Hearth runs on the CPU."
    assert json.loads(json.dumps({"notice": text})) == {"notice": str(text)}
    assert f"note: {text}".endswith("(out of memory); Hearth runs on the CPU.")
    nested = HearthError.of("Outer: {reason}", reason=CoreText("inner {n}", {"n": 3}))
    assert nested.message == "Outer: inner 3"
    assert isinstance(nested.params["reason"], CoreText)  # the window translates it too


def test_the_licence_refusal_reads_as_before_with_translatable_parts() -> None:
    declaration = Declaration.make("DE", "individual")
    decision = decide(True, declaration)
    error = refusal(decision, "vision.gguf", "a Llama 3.2 vision model", action="download")
    assert isinstance(error, LicenceBlockedError) and error.decision is decision
    assert error.message == (
        "Hearth will not download vision.gguf: it is a Llama 3.2 vision model, and the Llama "
        "3.2 Community License does not grant the rights to the Llama 3.2 vision models to an "
        "individual domiciled in, or a company with its principal place of business in, the "
        "European Union, and you declared that you use Hearth as an individual domiciled in "
        "Germany (DE).")
    assert error.template == "Hearth will not download {subject}: it is {what}, and {reason}."
    reason = error.params["reason"]
    assert isinstance(reason, CoreText) and "{declaration}" in reason.template
    assert error.hint is not None and "This is not legal advice" in error.hint


def test_the_core_stays_free_of_qt() -> None:
    code = ("import sys, app.core.texts, app.core.errors, app.core.session, "
            "app.core.models.memory, app.core.documents.summarize, app.core.licence; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
