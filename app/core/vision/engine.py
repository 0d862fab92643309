"""MllamaEngine: Llama 3.2 Vision behind Hearth's Engine protocol (image Q&A and plain chat).

Prompt: Meta's Llama 3.2 Vision format, ``<|image|>`` at the start of the message the picture
belongs to. With several pictures in a conversation the model looks at the most recent one
(the others stay in the transcript as text). The picture is encoded once and kept while
follow-up questions are asked; the text KV cache is reused across turns while the picture
stays the same. Encoded pictures are also kept on disk (:mod:`app.core.vision.feature_cache`),
so a picture seen before (another conversation, a restart) skips the encoder.

Reading a picture takes minutes on a CPU: it runs in small steps, each followed by a
:class:`ProgressEvent` (phase "image", fraction, time left) and a look at the cancel token,
which also stops a step part-way on the CPU backend.
"""

from __future__ import annotations

import codecs
import logging
import os
import threading
import time
import uuid
from collections.abc import Generator, Iterator
from pathlib import Path

import numpy as np

from app.core import hardware
from app.core.chat.context import fit_messages
from app.core.chat.formats import Llama3Format
from app.core.chat.message import Message
from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    GenerationEvent,
    GenerationRequest,
    ImageInput,
    LoadOptions,
    ModelInfo,
    ProgressEvent,
    SamplingParams,
    Stats,
    StopReason,
    TokenEvent,
)
from app.core.engine.llamacpp import _find_stop, _partial_stop_len
from app.core.errors import (
    QT_TRANSLATE_NOOP,
    ContextOverflowError,
    EmptyPromptError,
    HearthError,
    ImageError,
    InsufficientMemoryError,
)
from app.core.licence import FROM_SETTINGS, DeclarationArg, ensure_load_allowed
from app.core.models.memory import SMALLER_QUANT, MemoryEstimate, ensure_fits
from app.core.models.names import display_name
from app.core.progress import eta_from_rate
from app.core.vision.abort import abort_on
from app.core.vision.constraint import Constraint, mask_logits
from app.core.vision.decoder import TextDecoder, fix_up
from app.core.vision.encoder import VisionEncoder
from app.core.vision.feature_cache import FeatureCache, file_identity, picture_digest
from app.core.vision.ggml import Backend
from app.core.vision.gguf_layout import MllamaFiles, open_mllama
from app.core.vision.placement import Placement, cpu_only, plan_placement
from app.core.vision.preprocess import load_image, preprocess
from app.core.vision.sampling import Sampler
from app.core.vision.tokenizer import IMAGE_TOKEN, Tokenizer
from app.core.vision.weights import GGUFWeights

log = logging.getLogger(__name__)


def _n_params(shapes: dict[str, tuple[tuple[int, ...], int]]) -> int:
    return sum(int(np.prod(shape)) for shape, _ in shapes.values())


def estimate_memory(files: MllamaFiles, n_ctx: int) -> MemoryEstimate:
    """RAM the engine needs: both files' weights, its F32 KV cache, the image encoder's work."""
    t, v = files.text_hparams, files.vision
    weights = files.text.size_bytes
    if files.layout == "split":
        weights += files.projector.size_bytes
    self_layers = t.layers - len(t.cross_layers)
    kv = n_ctx * self_layers * t.kv_heads * t.head_dim * 2 * 4
    tokens = v.max_tiles * ((v.patches + 7) // 8 * 8)
    cross = len(t.cross_layers) * tokens * t.kv_heads * t.head_dim * 2 * 4
    # Encoder activations: residual, MLP, kept layers, output features (all F32).
    compute = tokens * (v.ffn + v.hidden * (4 + len(v.intermediate_layers))) * 4 * 2
    compute += tokens * (v.output_dim + t.hidden) * 4 + t.vocab * 4 * 64
    return MemoryEstimate(weights=weights, kv_cache=kv + cross, compute=compute)


def check_memory(files: MllamaFiles, n_ctx: int, available: int, on_device: int = 0
                 ) -> MemoryEstimate:
    """Raise :class:`InsufficientMemoryError` with the numbers when the model cannot fit.

    ``on_device``: bytes of weights and caches the memory plan puts on a GPU (not in RAM).
    """
    est = estimate_memory(files, n_ctx)
    if on_device:
        moved_weights = min(on_device, est.weights)
        est = MemoryEstimate(weights=est.weights - moved_weights,
                             kv_cache=max(0, est.kv_cache - (on_device - moved_weights)),
                             compute=est.compute)
    ensure_fits(display_name(files.text.path), est, n_ctx, available,
                smaller=SMALLER_QUANT)
    return est


class MllamaEngine:
    """Runs a Llama 3.2 Vision GGUF (split or single-file layout) on ggml."""

    def __init__(self, path: str | Path, projector: str | Path | None = None,
                 options: LoadOptions | None = None, *,
                 declaration: DeclarationArg = FROM_SETTINGS,
                 feature_cache: FeatureCache | None = None) -> None:
        options = options or LoadOptions()
        ensure_load_allowed(path, declaration)
        if projector is not None:
            ensure_load_allowed(projector, declaration)
        self.files = open_mllama(path, projector)
        n_ctx = min(options.n_ctx, self.files.text_hparams.context)
        self._n_threads = options.n_threads or hardware.physical_cores()
        notice = None
        self.backend = Backend(gpu=options.n_gpu_layers != 0, threads=self._n_threads)
        if self.backend.failure:
            notice = f"The GPU could not be used ({self.backend.failure}); Hearth runs on the CPU."
        placement = self._plan(n_ctx, options.n_gpu_layers)
        if options.check_memory:  # RAM for what the plan leaves on the CPU
            try:
                check_memory(self.files, n_ctx, hardware.available_memory(),
                             placement.device_bytes if placement.uses_device else 0)
            except BaseException:
                self.backend.close()
                raise
        try:
            text, vision = self._load(n_ctx, placement)
        except InsufficientMemoryError as exc:
            if not placement.uses_device:
                raise
            # A device that cannot take the weights must not stop the person: run on the
            # CPU, and say so (the window shows the notice; the CLI prints it).
            log.warning("Loading on %s failed, falling back to the CPU: %s",
                        placement.device, exc.message)
            self.backend.close()
            self.backend = Backend(threads=self._n_threads)
            placement = cpu_only("Fell back to the CPU.")
            if options.check_memory:
                check_memory(self.files, n_ctx, hardware.available_memory())
            text, vision = self._load(n_ctx, placement)
            notice = (f"The GPU could not be used ({self._device_label or 'the GPU'} could not "
                      "take the model's weights); Hearth runs on the CPU.")
        self.placement = placement
        self._weights = (text, vision)
        self._format = Llama3Format()
        self._busy = threading.Lock()
        self._kv_tokens: list[int] = []
        self._image_key: tuple[str, int, int, str] | None = None
        self.feature_cache = feature_cache if feature_cache is not None else FeatureCache()
        self._projector_id = file_identity(self.files.projector.path)
        # What the last picture cost: "encoded", "disk" (from the feature cache) or "kept".
        self.last_image_source: str | None = None
        params = _n_params(self.files.text.tensors)
        size = self.files.text.size_bytes
        if self.files.layout == "split":
            params += _n_params(self.files.projector.tensors)
            size += self.files.projector.size_bytes
        self._info = ModelInfo(
            path=self.files.text.path, name=display_name(self.files.text.path),
            architecture="mllama",
            n_ctx=n_ctx, n_ctx_train=self.files.text_hparams.context, n_params=params,
            size_bytes=size, chat_format="llama3-vision", n_threads=self._n_threads,
            n_gpu_layers=placement.n_gpu_layers, offload=placement.reason, notice=notice,
        )

    def _plan(self, n_ctx: int, n_gpu_layers: int | None) -> Placement:
        """The memory plan on this backend's device (see :mod:`app.core.vision.placement`)."""
        backend = self.backend
        self._device_label = ""
        if not backend.on_device:
            return cpu_only()
        self._device_label = f"{backend.device_name} ({backend.device_description})".replace(
            " ()", "")
        free, _total = backend.memory()
        compute = estimate_memory(self.files, n_ctx).compute
        return plan_placement(self.files, n_ctx, n_gpu_layers, backend.device_name, free,
                              compute, self._device_label)

    def _load(self, n_ctx: int, placement: Placement) -> tuple[GGUFWeights, GGUFWeights]:
        """Weights, tokenizer, encoder and decoder, each part where ``placement`` says."""
        text = GGUFWeights(self.files.text.path, self.backend, fix_up,
                           on_device=placement.text_on_device)
        try:
            vision = text if self.files.layout == "single" else GGUFWeights(
                self.files.projector.path, self.backend, on_device=placement.vision_on_device)
            try:
                self.decoder = TextDecoder(text, self.files.text_hparams, self.backend,
                                           n_ctx=n_ctx, layer_on_device=placement.layer_on_device)
            except BaseException:
                if vision is not text:
                    vision.close()
                raise
        except BaseException:
            text.close()
            raise
        self.tokenizer = Tokenizer.from_gguf(self.files.text.path)
        self.encoder = VisionEncoder(vision, self.files.vision, self.files.vision_names,
                                     self.backend)
        return text, vision

    def placement_bytes(self) -> dict[str, int]:
        """Bytes of weights per place ("CPU", "Vulkan0", …), as loaded: what went where."""
        out: dict[str, int] = {}
        for w in {id(w): w for w in self._weights}.values():
            for where, n in w.bytes_by_backend().items():
                out[where] = out.get(where, 0) + n
        return out

    @property
    def info(self) -> ModelInfo:
        return self._info

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.encode(text))

    # -- prompt --------------------------------------------------------------------------------

    def _latest_image(self, request: GenerationRequest) -> ImageInput | None:
        n = len(request.messages)
        best: tuple[int, ImageInput] | None = None
        for image in request.images:
            index = image.message_index % n if n else 0
            if best is None or index >= best[0]:
                best = (index, image)
        return best[1] if best else None

    def build_prompt(self, request: GenerationRequest
                     ) -> tuple[list[int], ImageInput | None, int]:
        """Prompt tokens (the chat fitted to the context), the picture used, turns dropped.

        Meta's Llama 3.2 Vision format: ``<|image|>`` opens the content of the message the
        picture belongs to. Message text is tokenized as text (no control tokens from people).
        """
        if request.prompt is not None:
            if not request.prompt.strip():
                raise EmptyPromptError("The prompt is empty; type something to send.")
            return self.tokenizer.encode(request.prompt), None, 0
        if not request.messages:
            raise EmptyPromptError.of(QT_TRANSLATE_NOOP("core", "There is nothing to send."))
        image = self._latest_image(request)
        messages = list(request.messages)
        fmt = self._format
        marker = f"\x00image-{uuid.uuid4().hex}\x00"
        if image is not None:
            index = image.message_index % len(messages)
            msg = messages[index]
            messages[index] = Message(msg.role, marker + msg.content.replace(IMAGE_TOKEN, ""))
            fmt = fmt.without_default_system()  # Meta's vision prompts carry no preamble
        elif not request.add_default_system:
            fmt = fmt.without_default_system()
        n_ctx = self.decoder.n_ctx
        max_tokens = request.sampling.max_tokens
        reserve = min(max_tokens if max_tokens else min(1024, n_ctx // 4), n_ctx // 2)
        fit = fit_messages(messages, fmt, lambda text: len(self.tokenizer.encode(
            text.replace(marker, IMAGE_TOKEN))), n_ctx, reserve)
        tokens: list[int] = []
        seen_marker = False
        for text, special in fmt.render_segments(fit.messages):
            if special:
                tokens += self.tokenizer.encode(text)
                continue
            if text.startswith(marker):
                tokens.append(self.tokenizer.image)
                text = text[len(marker):]
                seen_marker = True
            tokens += self.tokenizer.encode_text(text)
        return tokens, image if seen_marker else None, fit.dropped

    def _set_image(self, image: ImageInput | None, cancel: CancelToken
                   ) -> Generator[ProgressEvent, None, bool | None]:
        """Encode the picture unless it is the one already set; True when it changed, None
        when cancelled. Yields progress while the picture is read."""
        if image is None:
            key = None
        else:
            try:
                st = os.stat(image.path)
            except OSError:
                raise ImageError.of(QT_TRANSLATE_NOOP("core", "There is no picture at {path}."),
                                    path=image.path) from None
            key = (str(Path(image.path).resolve()), st.st_mtime_ns, st.st_size, image.detail)
        if key == self._image_key:
            self.last_image_source = "kept" if key is not None else None
            return False
        self._image_key = None
        self.decoder.set_image(None)
        if image is not None:
            t0 = time.perf_counter()
            yield ProgressEvent("image", 0.0, None)
            hp = self.files.vision
            max_tiles = 1 if image.detail == "quick" else hp.max_tiles
            picture = load_image(image.path)  # a bad picture is refused before any work
            cache_key = FeatureCache.key(picture_digest(image.path), self._projector_id,
                                         image.detail)
            states = self.feature_cache.get(cache_key)
            self.last_image_source = "disk"
            # Setting the image runs the cross-attention K/V projections: part of the work.
            text = self.files.text_hparams
            cross = 4.0 * len(text.cross_layers) * text.hidden * text.kv_heads * text.head_dim
            start = 0.0  # where the cross-attention K/V's share of the progress begins
            if states is None:
                prepared = preprocess(picture, tile=hp.image_size, max_tiles=max_tiles)
                cost = self.encoder.cost(prepared.pixel_values.shape[0]).total
                cross *= prepared.num_tiles * hp.patches
                share = cost / (cost + cross)
                steps = self.encoder.steps(prepared, cancel, project_padding=False)
                while True:
                    try:
                        done = next(steps)
                    except StopIteration as stop:
                        features = stop.value
                        break
                    elapsed = time.perf_counter() - t0
                    fraction = done * share
                    yield ProgressEvent("image", fraction, eta_from_rate(fraction, 1.0, elapsed))
                if features is None:
                    return None
                states = features.projected[: features.num_tiles]
                states = states.reshape(-1, states.shape[-1])
                self.feature_cache.put(cache_key, states)
                self.last_image_source = "encoded"
                elapsed = time.perf_counter() - t0
                yield ProgressEvent("image", share, eta_from_rate(share, 1.0, elapsed))
                start = share
            if cancel.cancelled:
                return None
            # The cross-attention K/V, a layer at a time: the rest of the progress bar.
            t1 = time.perf_counter()
            layers = self.decoder.image_steps(states)
            with abort_on(self.backend, cancel):
                try:
                    for done in layers:
                        if cancel.cancelled:
                            break
                        yield ProgressEvent("image", start + (1.0 - start) * done,
                                            eta_from_rate(done, 1.0, time.perf_counter() - t1))
                except RuntimeError:
                    if not cancel.cancelled:
                        raise
                finally:
                    layers.close()
            if cancel.cancelled:
                self.decoder.set_image(None)
                return None
        self._image_key = key
        return True

    # -- generation ----------------------------------------------------------------------------

    def generate(self, request: GenerationRequest, cancel: CancelToken | None = None, *,
                 constraint: Constraint | None = None) -> Iterator[GenerationEvent]:
        """Answer ``request``; ``constraint`` (optional) limits what may be written."""
        if not self._busy.acquire(blocking=False):
            raise HearthError.of(QT_TRANSLATE_NOOP(
                "core", "The model is still answering; stop it first."))
        try:
            t0 = time.perf_counter()
            tokens, image, dropped = self.build_prompt(request)
            yield from self._decode(tokens, image, dropped, request.sampling,
                                    cancel or CancelToken(), constraint, t0)
        finally:
            self._busy.release()

    def generate_tokens(self, tokens: list[int], sampling: SamplingParams,
                        cancel: CancelToken | None = None, *, image: ImageInput | None = None,
                        constraint: Constraint | None = None) -> Iterator[GenerationEvent]:
        """Continue a prompt given as token ids (a classifier's exact prompt).

        ``image``: the picture the prompt's ``<|image|>`` token stands for (None: no picture;
        the prompt must then hold no image token).
        """
        if not tokens:
            raise EmptyPromptError.of(QT_TRANSLATE_NOOP("core", "There is nothing to send."))
        if (image is None) != (self.tokenizer.image not in tokens):
            raise HearthError("A prompt with a picture needs exactly one <|image|> token.")
        if not self._busy.acquire(blocking=False):
            raise HearthError.of(QT_TRANSLATE_NOOP(
                "core", "The model is still answering; stop it first."))
        try:
            yield from self._decode(list(tokens), image, 0, sampling, cancel or CancelToken(),
                                    constraint, time.perf_counter())
        finally:
            self._busy.release()

    def _decode(self, tokens: list[int], image: ImageInput | None, dropped: int,
                sampling: SamplingParams, cancel: CancelToken, constraint: Constraint | None,
                t0: float) -> Iterator[GenerationEvent]:
        n_ctx = self.decoder.n_ctx
        if len(tokens) >= n_ctx:
            raise ContextOverflowError.of(
                QT_TRANSLATE_NOOP(
                    "core", "The prompt is {tokens} tokens but the model's context holds "
                    "{n_ctx}."),
                hint=QT_TRANSLATE_NOOP("core", "Shorten it or raise the context size in Settings."),
                tokens=f"{len(tokens):,}", n_ctx=f"{n_ctx:,}")
        stats = Stats(prompt_tokens=len(tokens), dropped_messages=dropped)
        changed = yield from self._set_image(image, cancel)
        if changed is None:
            stats.stop_reason = "cancelled"
            stats.total_ms = (time.perf_counter() - t0) * 1000
            yield DoneEvent("", stats)
            return
        if changed:
            self._kv_tokens = []
        first_image = tokens.index(self.tokenizer.image) if (
            image is not None and self.tokenizer.image in tokens) else len(tokens)
        n_keep = 0
        for a, b in zip(self._kv_tokens, tokens, strict=False):
            if a != b:
                break
            n_keep += 1
        n_keep = min(n_keep, len(tokens) - 1)
        self.decoder.reset(n_keep)
        self._kv_tokens = self._kv_tokens[:n_keep]
        stats.cached_tokens = n_keep
        if cancel.cancelled:
            stats.stop_reason = "cancelled"
            yield DoneEvent("", stats)
            return
        rows = [i >= first_image for i in range(n_keep, len(tokens))]
        logits = self.decoder.eval(tokens[n_keep:], image_rows=rows)[-1]
        self._kv_tokens = list(tokens)

        sampler = Sampler(sampling)
        max_tokens = sampling.max_tokens
        stops = tuple(s for s in (*sampling.stop, *self._format.stop_strings) if s)
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        pending, pieces, out_ids = "", [], []
        reason: StopReason = "eos"
        t_first = None
        history = list(tokens)
        while True:
            if cancel.cancelled:
                reason = "cancelled"
                break
            if constraint is not None:
                if constraint.finished:
                    reason = "eos"  # a complete answer that nothing may extend
                    break
                logits = mask_logits(logits, constraint.allowed())
            token = sampler(logits, history)
            if constraint is not None:
                constraint.accept(token)
            if t_first is None:
                t_first = time.perf_counter()
                stats.ttft_ms = (t_first - t0) * 1000
            if token in self.tokenizer.stop_ids:
                reason = "eos"
                break
            out_ids.append(token)
            history.append(token)
            pending += decoder.decode(self.tokenizer.token_bytes(token))
            hit = _find_stop(pending, stops)
            if hit is not None:
                if pending[:hit]:
                    pieces.append(pending[:hit])
                    yield TokenEvent(pending[:hit])
                pending = ""
                reason = "stop"
                break
            safe = len(pending) - _partial_stop_len(pending, stops)
            if safe > 0:
                pieces.append(pending[:safe])
                yield TokenEvent(pending[:safe])
                pending = pending[safe:]
            if max_tokens is not None and len(out_ids) >= max_tokens:
                reason = "length"
                break
            if self.decoder.n_past >= n_ctx:
                reason = "length"
                break
            if constraint is not None and constraint.finished:
                reason = "eos"  # no need to read the token: nothing may follow it
                break
            logits = self.decoder.eval([token], image_rows=[True])[-1]
            self._kv_tokens.append(token)
        if reason != "stop":
            pending += decoder.decode(b"", final=True)
            if pending:
                pieces.append(pending)
                yield TokenEvent(pending)
        now = time.perf_counter()
        stats.completion_tokens = len(out_ids)
        stats.stop_reason = reason
        stats.total_ms = (now - t0) * 1000
        if t_first is not None and len(out_ids) > 1:
            stats.tokens_per_s = (len(out_ids) - 1) / max(now - t_first, 1e-9)
        yield DoneEvent("".join(pieces), stats, tuple(out_ids))

    def close(self) -> None:
        self.decoder.close()
        for w in self._weights:
            w.close()
        self.backend.close()
