"""Images → Llama 3.2 Vision tiles, exactly as HF transformers' MllamaImageProcessor does it.

The model was trained on images cut into up to four square tiles (560 px); which grid a picture
gets, how it is resized (Pillow bilinear, keeping the aspect ratio) and padded (bottom/right)
all change what the model sees, so each step copies the reference, down to the float types
(uint8 resize, float64 rescale, float32 normalisation). The tile size is a parameter so the
tiny test models can use small tiles. numpy and Pillow only.
"""

from __future__ import annotations

import math
import os
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from app.core.errors import QT_TRANSLATE_NOOP, ImageError

TILE_SIZE = 560
MAX_TILES = 4
CLIP_MEAN = (0.48145466, 0.4578275, 0.40821073)
CLIP_STD = (0.26862954, 0.26130258, 0.27577711)
# Larger pictures are refused before decoding: 64 megapixels is ~190 MB of RGB already, and a
# small file claiming more is the classic decompression bomb.
MAX_PIXELS = 64_000_000


@dataclass(frozen=True, slots=True)
class PreparedImage:
    """One image ready for the vision encoder."""

    pixel_values: np.ndarray  # (max_tiles, 3, tile, tile) float32; unused tiles are zero
    grid: tuple[int, int]  # tiles (high, wide)
    aspect_ratio_id: int  # 1-based index of ``grid`` in supported_grids(); 0 means padding

    @property
    def num_tiles(self) -> int:
        return self.grid[0] * self.grid[1]

    @property
    def aspect_ratio_mask(self) -> np.ndarray:
        """1 for the tiles that hold the picture, 0 for padding tiles."""
        mask = np.zeros(self.pixel_values.shape[0], dtype=np.int64)
        mask[: self.num_tiles] = 1
        return mask


@lru_cache(maxsize=8)
def supported_grids(max_tiles: int = MAX_TILES) -> tuple[tuple[int, int], ...]:
    """All (tiles high, tiles wide) with at most ``max_tiles`` tiles, in the model's order."""
    return tuple(
        (a, b)
        for a in range(1, max_tiles + 1)
        for b in range(1, max_tiles + 1)
        if a * b <= max_tiles
    )


def choose_grid(height: int, width: int, tile: int = TILE_SIZE,
                max_tiles: int = MAX_TILES) -> tuple[int, int]:
    """The grid whose canvas needs the least upscaling (or, failing that, least downscaling).

    Among canvases the image fits at scale >= 1, the smallest scale wins; if none, the largest.
    Ties go to the smallest canvas area. (Note >= 1: a 560×560 picture is one tile.)
    """
    grids = supported_grids(max_tiles)
    scales = []
    for th, tw in grids:
        sh = (th * tile) / height
        sw = (tw * tile) / width
        scales.append(sh if sw > sh else sw)
    ups = [s for s in scales if s >= 1]
    chosen = min(ups) if ups else max(scales)
    candidates = [g for g, s in zip(grids, scales, strict=True) if s == chosen]
    return min(candidates, key=lambda g: g[0] * g[1])


def fit_size(height: int, width: int, canvas_h: int, canvas_w: int,
             tile: int) -> tuple[int, int]:
    """The resized (height, width): aspect kept, within the canvas, at least one tile if it can."""
    target_w = min(max(width, tile), canvas_w)
    target_h = min(max(height, tile), canvas_h)
    scale_h = target_h / height
    scale_w = target_w / width
    if scale_w < scale_h:
        return min(math.floor(height * scale_w) or 1, target_h), target_w
    return target_h, min(math.floor(width * scale_h) or 1, target_w)


def to_rgb(image: Image.Image) -> Image.Image:
    """RGB, with any transparency composited over white (as the reference does)."""
    if "A" in image.getbands() or image.info.get("transparency") is not None:
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return image.convert("RGB")


def preprocess(image: Image.Image, tile: int = TILE_SIZE,
               max_tiles: int = MAX_TILES) -> PreparedImage:
    """Resize, pad, normalise and cut ``image`` into tiles for the vision encoder."""
    rgb = to_rgb(image)
    width, height = rgb.size
    grid = choose_grid(height, width, tile, max_tiles)
    new_h, new_w = fit_size(height, width, grid[0] * tile, grid[1] * tile, tile)
    resized = np.asarray(rgb.resize((new_w, new_h), resample=Image.Resampling.BILINEAR))
    canvas = np.zeros((grid[0] * tile, grid[1] * tile, 3), dtype=np.uint8)
    canvas[:new_h, :new_w] = resized
    scaled = (canvas.astype(np.float64) * (1 / 255)).astype(np.float32)
    mean = np.array(CLIP_MEAN, dtype=np.float32)
    std = np.array(CLIP_STD, dtype=np.float32)
    normed = (scaled - mean) / std  # (H, W, 3) float32
    tiles = normed.reshape(grid[0], tile, grid[1], tile, 3).transpose(0, 2, 4, 1, 3)
    pixel_values = np.zeros((max_tiles, 3, tile, tile), dtype=np.float32)
    pixel_values[: grid[0] * grid[1]] = tiles.reshape(-1, 3, tile, tile)
    return PreparedImage(pixel_values, grid, supported_grids(max_tiles).index(grid) + 1)


def load_image(path: str | os.PathLike[str], max_pixels: int = MAX_PIXELS) -> Image.Image:
    """Open a picture file for the model: decoded, EXIF-rotated, RGB.

    Raises :class:`ImageError` with a sentence for people when the file is missing, is not a
    picture, is damaged, or is too large.
    """
    path = Path(path)
    if not path.is_file():
        raise ImageError.of(QT_TRANSLATE_NOOP("core", "There is no picture at {path}."), path=path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                w, h = img.size
                if w * h > max_pixels:
                    raise ImageError.of(
                        QT_TRANSLATE_NOOP("core", "{file} is too large ({width}×{height} "
                                          "pixels)."),
                        hint=QT_TRANSLATE_NOOP("core", "Use a picture of at most {megapixels} "
                                               "megapixels."),
                        file=path.name, width=w, height=h, megapixels=max_pixels // 1_000_000,
                    )
                img.load()
                oriented = ImageOps.exif_transpose(img)
                return to_rgb(oriented)
    except ImageError:
        raise
    except UnidentifiedImageError:
        raise ImageError.of(
            QT_TRANSLATE_NOOP("core", "{file} is not a picture Hearth can read."),
            hint=QT_TRANSLATE_NOOP("core", "Use a PNG, JPEG, WebP, GIF or BMP file."),
            file=path.name,
        ) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError.of(
            QT_TRANSLATE_NOOP("core", "{file} is too large to open safely."),
            hint=QT_TRANSLATE_NOOP("core", "Use a picture of at most {megapixels} megapixels."),
            file=path.name, megapixels=max_pixels // 1_000_000,
        ) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageError.of(
            QT_TRANSLATE_NOOP("core", "{file} is damaged and cannot be read ({reason})."),
            file=path.name, reason=exc) from None
