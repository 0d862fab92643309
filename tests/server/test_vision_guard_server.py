"""Pictures and the safety layer in the real server: POST /v1/moderations with an image_url
data: URL, a guarded chat whose message carries a picture, and the licence refusal.

The vision guard is the tiny Llama Guard 3 Vision stand-in (tests/support/vision_guard_gguf.py)
run by Hearth's vision engine under the verdict constraint: its labels are arbitrary but fixed,
so each test first asks the guard directly and then expects the server to say the same.
"""

from __future__ import annotations

import base64
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest
from PIL import Image

from app.core.engine.base import LoadOptions
from app.core.licence import Declaration, store_declaration
from app.core.safety.classifier import GuardClassifier
from app.core.safety.guarded import GuardService
from app.core.safety.policy import GuardPolicy
from app.core.safety.prompt import Turn
from app.core.safety.serving import SafetyLayer
from app.core.safety.vision_classifier import VisionGuardClassifier
from app.core.server.models import ModelHost, vision_engine_factory
from app.core.server.runner import LocalServer, ServerConfig
from tests.server.conftest import BODY_LIMIT, SMALL
from tests.support.guard_gguf import keyword_guard_path
from tests.support.vision_guard_gguf import DATA, vision_guard_path

US = Declaration.make("US", "individual")
OPTIONS = LoadOptions(n_ctx=2048, n_threads=2)
QUESTION = "What is in this picture?"
MODEL = "Tiny-Vision"


@pytest.fixture(scope="module")
def guard_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return vision_guard_path(tmp_path_factory.mktemp("vision-guard"))


@pytest.fixture(scope="module")
def text_guard(model_cache: Path) -> Path:
    return keyword_guard_path(model_cache)


@pytest.fixture(scope="module")
def picture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("picture") / "picture.png"
    Image.fromarray(np.load(DATA / "preprocess.npz")["model_1x2/source"]).save(path)
    return path


@pytest.fixture(scope="module")
def verdict(guard_files: Path, picture: Path) -> object:
    """What the stand-in says of QUESTION with the picture (asked directly)."""
    guard = VisionGuardClassifier.load(guard_files, declaration=US, options=OPTIONS)
    try:
        return guard.check([Turn("User", QUESTION)], image=picture)
    finally:
        guard.close()


def data_url(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode()


def safety(guard_files: Path | None, text_guard: Path, **policy: object) -> SafetyLayer:
    def text_loader(p: GuardPolicy) -> GuardClassifier:
        return GuardClassifier.load(text_guard, p.codes(), options=OPTIONS)

    def vision_loader(p: GuardPolicy) -> VisionGuardClassifier:
        assert guard_files is not None
        return VisionGuardClassifier.load(guard_files, p.codes(), declaration=US,
                                          options=OPTIONS)

    service = GuardService(text_loader, vision_loader if guard_files else None)
    return SafetyLayer(GuardPolicy(**policy), service)  # type: ignore[arg-type]


@pytest.fixture
def serve() -> Iterator[object]:
    started: list[tuple[object, SafetyLayer]] = []

    def start(layer: SafetyLayer, vision_factory: object = None) -> LocalServer:
        host = ModelHost(vision_factory=vision_factory,  # type: ignore[arg-type]
                         options_for=lambda _path: SMALL)
        server = LocalServer(host, ServerConfig(port=0, max_body_bytes=BODY_LIMIT,
                                                options={"safety": layer}))
        server.start()
        started.append((server, layer))
        return server

    yield start
    for server, layer in started:
        server.stop()  # type: ignore[attr-defined]
        layer.close()


def moderation(server: object, parts: object) -> httpx.Response:
    return httpx.post(f"{server.url}/moderations", json={"input": parts},  # type: ignore[attr-defined]
                      timeout=300)


def test_moderation_with_an_image_url(serve, guard_files, text_guard, picture, verdict) -> None:  # type: ignore[no-untyped-def]
    server = serve(safety(guard_files, text_guard))
    response = moderation(server, [
        {"type": "text", "text": QUESTION},
        {"type": "image_url", "image_url": {"url": data_url(picture)}}])
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["model"] == "Llama Guard 3 11B Vision" and body["id"].startswith("modr-")
    [result] = body["results"]
    assert result["flagged"] is (not verdict.safe)
    assert result["llama_guard"]["categories"] == list(verdict.categories)
    for name, kinds in result["category_applied_input_types"].items():
        assert kinds == (["text", "image"] if result["categories"][name] else [])
    # Plain texts in the same server still go to the text guard.
    texts = moderation(server, ["How do I bake bread?", "How do I make poison at home?"])
    assert [r["flagged"] for r in texts.json()["results"]] == [False, True]
    # A picture that is not a data: URL, or not a picture, is one sentence and a 400.
    remote = moderation(server, [{"type": "image_url",
                                  "image_url": {"url": "https://example.com/a.png"}}])
    assert remote.status_code == 400 and remote.json()["error"]["param"] == "input"
    junk = moderation(server, [{"type": "image_url", "image_url": {
        "url": "data:image/png;base64," + base64.b64encode(b"not a picture").decode()}}])
    assert junk.status_code == 400 and "Traceback" not in junk.text
    two = moderation(server, [{"type": "image_url", "image_url": {"url": data_url(picture)}}] * 2)
    assert two.status_code == 400 and "one picture" in two.json()["error"]["message"]


def test_moderation_image_without_the_vision_guard_is_refused(serve, text_guard, picture,
                                                              guard_files) -> None:  # type: ignore[no-untyped-def]
    """Never answered as if the picture had been checked: not installed is a 400, and an
    EU-domiciled developer gets the vision models' licence explanation (403)."""
    server = serve(SafetyLayer(GuardPolicy(), GuardService(
        lambda p: GuardClassifier.load(text_guard, p.codes(), options=OPTIONS))))
    parts = [{"type": "text", "text": QUESTION},
             {"type": "image_url", "image_url": {"url": data_url(picture)}}]
    missing = moderation(server, parts)
    assert missing.status_code == 400, missing.text
    assert missing.json()["error"]["message"].startswith(
        "The picture cannot be checked: Llama Guard 3 11B Vision is not installed.")
    store_declaration(Declaration.make("ES", "company", company_country="ES"))
    from app.core import paths

    shutil.copytree(guard_files.parent, paths.models_dir() / "guard")
    refused = moderation(server, parts)
    assert refused.status_code == 403, refused.text
    error = refused.json()["error"]
    assert error["code"] == "licence_declined" and "Hearth will not load" in error["message"]


def test_guarded_chat_with_a_picture(serve, guard_files, text_guard, picture, verdict,
                                     hearth_home) -> None:  # type: ignore[no-untyped-def]
    """The main model is a vision model; the message with its picture goes to the vision
    guard, which (for this fixed stand-in) labels it unsafe: a 400 naming the category."""
    assert not verdict.safe, "the stand-in labels this picture unsafe (fixed weights)"
    folder = hearth_home / "models" / "tiny-vision"
    folder.mkdir(parents=True)
    shutil.copy(DATA / "tiny-mllama-text.gguf", folder / f"{MODEL}.gguf")
    shutil.copy(DATA / "tiny-mllama-mmproj.gguf", folder / f"{MODEL}-mmproj.f32.gguf")
    server = serve(safety(guard_files, text_guard, enabled=True, check_answers=False),
                   vision_factory=vision_engine_factory(declaration=US))
    body = {"model": MODEL, "temperature": 0, "max_tokens": 4, "messages": [
        {"role": "user", "content": [
            {"type": "text", "text": QUESTION},
            {"type": "image_url", "image_url": {"url": data_url(picture)}}]}]}
    refused = httpx.post(f"{server.url}/chat/completions", json=body, timeout=300)
    assert refused.status_code == 400, refused.text
    error = refused.json()["error"]
    assert error["code"] == "content_policy_violation"
    assert verdict.plain in error["message"] and verdict.categories[0] in error["message"]
    # Without the picture the text guard judges the words, and lets them through.
    body["messages"][0]["content"] = QUESTION
    ok = httpx.post(f"{server.url}/chat/completions", json=body, timeout=300)
    assert ok.status_code == 200, ok.text
