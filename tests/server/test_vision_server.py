"""Pictures through the API: a data: URL goes to the vision engine (tiny random Llama 3.2
Vision GGUFs), and the licence declaration decides (403 with the explanation)."""

from __future__ import annotations

import base64
import io
import shutil
from pathlib import Path

import numpy as np
import openai
import pytest
from PIL import Image

from app.core.licence import Declaration
from app.core.server.models import vision_engine_factory

DATA = Path(__file__).resolve().parents[1] / "data" / "mllama"
MODEL = "Tiny-Vision"


@pytest.fixture()
def vision_model(hearth_home: Path) -> Path:
    """The tiny vision model installed in this test's models folder (split layout)."""
    folder = hearth_home / "models" / "tiny-vision"
    folder.mkdir(parents=True)
    shutil.copy(DATA / "tiny-mllama-text.gguf", folder / f"{MODEL}.gguf")
    shutil.copy(DATA / "tiny-mllama-mmproj.gguf", folder / f"{MODEL}-mmproj.f32.gguf")
    return folder / f"{MODEL}.gguf"


def _picture_url() -> str:
    pixels = np.random.default_rng(0).integers(0, 255, (40, 60, 3), dtype=np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def _ask(server, detail: str = "auto"):  # type: ignore[no-untyped-def]
    client = openai.OpenAI(base_url=server.url, api_key="unused", max_retries=0, timeout=300)
    return client.chat.completions.create(
        model=MODEL, temperature=0, max_tokens=4,
        messages=[{"role": "user", "content": [
            {"type": "text", "text": "What is in this picture?"},
            {"type": "image_url", "image_url": {"url": _picture_url(), "detail": detail}}]}])


def test_image_request_is_answered_by_the_vision_engine(server_factory, vision_model) -> None:  # type: ignore[no-untyped-def]
    us = Declaration.make("US", "individual")
    server = server_factory(vision_factory=vision_engine_factory(declaration=us))
    reply = _ask(server)
    assert reply.model == MODEL
    assert reply.usage.completion_tokens >= 1
    assert reply.choices[0].finish_reason in ("stop", "length")
    assert server.models.loaded()["vision"]["model"] == MODEL
    # detail "low" is accepted (and passed on where the vision engine has a quick encode).
    again = _ask(server, detail="low")
    assert again.usage.prompt_tokens == reply.usage.prompt_tokens


@pytest.mark.parametrize(("detail", "expected"),
                         [("low", "quick"), ("high", "full"), ("auto", "full")])
def test_openai_detail_maps_onto_the_picture_detail(detail: str, expected: str,
                                                    tmp_path: Path) -> None:
    from app.core.server.schemas import ImageStore, parse_chat

    plan = parse_chat({"model": MODEL, "messages": [{"role": "user", "content": [
        {"type": "text", "text": "What is in this picture?"},
        {"type": "image_url", "image_url": {"url": _picture_url(), "detail": detail}}]}]})
    info = type("Info", (), {"chat_format": "llama3-vision"})()
    store = ImageStore(tmp_path / "pictures")
    request = plan.request_for(info, store)  # type: ignore[arg-type]
    assert [image.detail for image in request.images] == [expected]


@pytest.mark.parametrize("declaration", [Declaration.make("DE", "individual"), None])
def test_the_licence_declines_with_403(server_factory, vision_model, declaration) -> None:  # type: ignore[no-untyped-def]
    from app.core.licence import FROM_SETTINGS

    server = server_factory(vision_factory=vision_engine_factory(
        declaration=declaration if declaration is not None else FROM_SETTINGS))
    with pytest.raises(openai.PermissionDeniedError) as caught:
        _ask(server)
    assert caught.value.code == "licence_declined"
    assert "licen" in caught.value.message.lower()
    assert "vision" not in server.models.loaded()


def test_a_text_model_refuses_pictures_with_400(smol_server) -> None:  # type: ignore[no-untyped-def]
    client = openai.OpenAI(base_url=smol_server.url, api_key="unused", max_retries=0)
    with pytest.raises(openai.BadRequestError, match="cannot see pictures"):
        client.chat.completions.create(
            model="smollm2-135m", max_tokens=2,
            messages=[{"role": "user", "content": [
                {"type": "text", "text": "What is this?"},
                {"type": "image_url", "image_url": {"url": _picture_url()}}]}])
