"""Make a smaller draft model by dropping transformer layers from a GGUF file.

Why: speculative decoding needs a draft that shares the target's vocabulary and mostly agrees
with it. Llama 3.2 1B was made by pruning a larger Llama; dropping some of a model's layers is
the same idea in miniature, and gives a draft with real but partial agreement from any GGUF
the tests and benchmarks already have. Tensors are copied as stored (quantized or not);
``blk.N`` tensors of the kept layers are renumbered and ``<arch>.block_count`` updated.

Command line::

    python -m tests.support.prune_gguf IN.gguf OUT.gguf --keep 20
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import gguf

_BLOCK = re.compile(r"^blk\.(\d+)\.(.*)$")


def evenly_kept(n_layer: int, keep: int) -> list[int]:
    """``keep`` layer indices spread over ``n_layer``, always with the first and last."""
    if not 1 <= keep <= n_layer:
        raise ValueError(f"keep must be between 1 and {n_layer}, not {keep}")
    if keep == 1:
        return [0]
    return sorted({round(i * (n_layer - 1) / (keep - 1)) for i in range(keep)})


def prune_layers(src: Path, dst: Path, keep: Sequence[int], *, name: str | None = None
                 ) -> Path:
    """Write ``src`` to ``dst`` with only the layers in ``keep`` (in order); return ``dst``."""
    reader = gguf.GGUFReader(src)
    arch_field = reader.fields[gguf.Keys.General.ARCHITECTURE]
    arch = str(arch_field.contents())
    block_key = gguf.Keys.LLM.BLOCK_COUNT.format(arch=arch)
    n_layer = int(reader.fields[block_key].contents())
    kept = list(keep)
    if not kept or any(not 0 <= i < n_layer for i in kept) or len(set(kept)) != len(kept):
        raise ValueError(f"keep must name distinct layers of 0..{n_layer - 1}")
    renumber = {old: new for new, old in enumerate(kept)}

    writer = gguf.GGUFWriter(dst, arch, endianess=reader.endianess)
    try:
        for field in reader.fields.values():
            if field.name == gguf.Keys.General.ARCHITECTURE or field.name.startswith("GGUF."):
                continue
            val_type = field.types[0]
            sub_type = field.types[-1] if val_type == gguf.GGUFValueType.ARRAY else None
            value = field.contents()
            if field.name == block_key:
                value = len(kept)
            elif field.name == gguf.Keys.General.NAME and name is not None:
                value = name
            writer.add_key_value(field.name, value, val_type, sub_type=sub_type)
        tensors = []
        for tensor in reader.tensors:
            match = _BLOCK.match(tensor.name)
            if match is None:
                tensors.append((tensor.name, tensor))
            elif int(match.group(1)) in renumber:
                tensors.append((f"blk.{renumber[int(match.group(1))]}.{match.group(2)}", tensor))
        for new_name, tensor in tensors:
            writer.add_tensor_info(new_name, tensor.data.shape, tensor.data.dtype,
                                   tensor.data.nbytes, tensor.tensor_type)
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_ti_data_to_file()
        for _, tensor in tensors:
            writer.write_tensor_data(tensor.data, tensor_endianess=reader.endianess)
        writer.close()
    except BaseException:
        writer.close()
        Path(dst).unlink(missing_ok=True)
        raise
    return Path(dst)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.support.prune_gguf",
                                     description="Drop layers from a GGUF model.")
    parser.add_argument("src", type=Path)
    parser.add_argument("dst", type=Path)
    parser.add_argument("--keep", type=int, required=True, help="layers to keep (evenly spread)")
    args = parser.parse_args(argv)
    reader = gguf.GGUFReader(args.src)
    arch = str(reader.fields[gguf.Keys.General.ARCHITECTURE].contents())
    total = int(reader.fields[gguf.Keys.LLM.BLOCK_COUNT.format(arch=arch)].contents())
    prune_layers(args.src, args.dst, evenly_kept(total, args.keep))
    print(f"{args.dst}: {args.keep} of {total} layers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
