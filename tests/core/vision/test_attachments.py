"""Pictures attached to messages: checked, kept, linked, and found for a request."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.core.chat.message import Message
from app.core.errors import ImageError
from app.core.session import ChatSession
from app.core.store import ConversationStore
from app.core.vision.attachments import Attachments, is_image_name, latest_image


def _png(path: Path, value: int = 10) -> Path:
    Image.fromarray(np.full((12, 20, 3), value, dtype=np.uint8)).save(path)
    return path


def test_import_keeps_a_copy_by_content(tmp_path: Path) -> None:
    store = Attachments(tmp_path / "images")
    src = _png(tmp_path / "a.PNG")
    kept = store.import_file(src)
    assert kept.parent == tmp_path / "images" and kept.suffix == ".png"
    src.unlink()
    assert kept.is_file()
    assert store.import_file(_png(tmp_path / "b.png")) == kept  # same pixels, same file


def test_import_refuses_non_images(tmp_path: Path) -> None:
    notes = tmp_path / "notes.png"
    notes.write_text("not a picture")
    with pytest.raises(ImageError, match="not a picture"):
        Attachments(tmp_path / "images").import_file(notes)


def test_pasted_image(tmp_path: Path) -> None:
    kept = Attachments(tmp_path / "images").import_image(Image.new("RGB", (5, 5), "red"))
    assert Image.open(kept).size == (5, 5)


def test_links_survive_a_new_instance(tmp_path: Path) -> None:
    store = Attachments(tmp_path / "images")
    kept = store.import_file(_png(tmp_path / "a.png"))
    store.link(7, kept)
    again = Attachments(tmp_path / "images")
    assert again.image_of(7) == kept
    assert again.image_of(8) is None


def test_latest_image_indexes_the_sent_messages(tmp_path: Path) -> None:
    convs = ConversationStore(tmp_path / "chats.db")
    session = ChatSession(convs)
    conv = convs.create_conversation(system_prompt="Be brief.").id
    first = convs.add_message(conv, "user", "What is this?")
    convs.add_message(conv, "assistant", "A square.")
    convs.add_message(conv, "user", "Colour?")
    store = Attachments(tmp_path / "images")
    kept = store.import_file(_png(tmp_path / "a.png"))
    store.link(first.id, kept)
    ids = session.history_ids(conv)
    messages = session.history(conv)
    (image,) = latest_image(ids, store)
    assert messages[image.message_index] == Message("user", "What is this?")
    assert image.path == kept
    assert latest_image([None, 99], store) == ()


def test_image_names() -> None:
    assert is_image_name("Photo.JPG") and is_image_name("x.webp")
    assert not is_image_name("report.pdf") and not is_image_name("notes.txt")
