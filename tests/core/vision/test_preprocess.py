"""Image preprocessing against HF MllamaImageProcessor outputs (tests/data/mllama)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.core.errors import ImageError
from app.core.vision.preprocess import (
    choose_grid,
    load_image,
    preprocess,
    supported_grids,
)

DATA = Path(__file__).resolve().parents[2] / "data" / "mllama"
REF = np.load(DATA / "preprocess.npz")
CASES = sorted({key.split("/")[0] for key in REF.files})


def _save(array: np.ndarray, path: Path) -> Path:
    mode = "L" if array.ndim == 2 else {3: "RGB", 4: "RGBA"}[array.shape[-1]]
    Image.fromarray(array, mode=mode).save(path)
    return path


@pytest.mark.parametrize("case", CASES)
def test_matches_hf_processor(case: str, tmp_path: Path) -> None:
    source = REF[f"{case}/source"]
    image = load_image(_save(source, tmp_path / f"{case}.png"))
    prepared = preprocess(image, tile=int(REF[f"{case}/tile"]))
    expected = REF[f"{case}/pixel_values"]
    assert prepared.pixel_values.shape == expected.shape
    assert prepared.pixel_values.dtype == np.float32
    assert float(np.abs(prepared.pixel_values - expected).max()) <= 1e-6
    assert prepared.grid == tuple(REF[f"{case}/grid"])
    assert prepared.aspect_ratio_id == int(REF[f"{case}/aspect_ratio_id"])
    assert prepared.aspect_ratio_mask.tolist() == REF[f"{case}/aspect_ratio_mask"].tolist()


def test_grid_order_is_height_first() -> None:
    assert supported_grids(4) == ((1, 1), (1, 2), (1, 3), (1, 4), (2, 1), (2, 2), (3, 1), (4, 1))
    # A 560×560 picture is one tile (the reference uses scale >= 1), a tall one is 2 high.
    assert choose_grid(560, 560) == (1, 1)
    assert choose_grid(1000, 500) == (2, 1)
    assert choose_grid(500, 1000) == (1, 2)


def test_alpha_is_composited_over_white(tmp_path: Path) -> None:
    clear = np.zeros((20, 20, 4), dtype=np.uint8)
    image = load_image(_save(clear, tmp_path / "clear.png"))
    assert np.asarray(image).min() == 255


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    pixels = np.zeros((10, 30, 3), dtype=np.uint8)
    pixels[:, :10] = 255  # white on the left
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    path = tmp_path / "rotated.jpg"
    Image.fromarray(pixels).save(path, exif=exif, quality=100)
    image = load_image(path)
    assert image.size == (10, 30)  # upright: taller than wide
    top = np.asarray(image)[:10].mean()
    bottom = np.asarray(image)[-10:].mean()
    assert top > 200 > 50 > bottom  # the white block is now at the top


def test_not_an_image(tmp_path: Path) -> None:
    path = tmp_path / "notes.png"
    path.write_text("these are my notes, not a picture")
    with pytest.raises(ImageError, match="not a picture"):
        load_image(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImageError, match="no picture"):
        load_image(tmp_path / "gone.png")


def test_corrupt_image(tmp_path: Path) -> None:
    path = _save(np.full((64, 64, 3), 99, dtype=np.uint8), tmp_path / "whole.png")
    data = path.read_bytes()
    broken = tmp_path / "broken.png"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImageError, match="damaged"):
        load_image(broken)


def _png_header_only(path: Path, width: int, height: int) -> Path:
    """A tiny PNG that claims a huge size (a decompression bomb's header)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat)
                     + chunk(b"IEND", b""))
    return path


def test_huge_image_is_refused_before_decoding(tmp_path: Path) -> None:
    path = _png_header_only(tmp_path / "bomb.png", 100_000, 100_000)
    with pytest.raises(ImageError, match="too large"):
        load_image(path)


def test_pixel_limit_is_configurable(tmp_path: Path) -> None:
    path = _save(np.zeros((40, 40, 3), dtype=np.uint8), tmp_path / "small.png")
    with pytest.raises(ImageError, match="too large"):
        load_image(path, max_pixels=1000)
