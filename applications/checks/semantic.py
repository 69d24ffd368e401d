"""Sentence meaning as vectors, for matching paraphrase to criteria.

The model is WordLlama's 256-dimension static embeddings (``wordllama`` on PyPI), whose weights and
tokenizer ship inside the package: nothing is downloaded, it runs on the CPU with numpy, and it is loaded
once per process, the first time a free text is matched. It is an English model: other languages are not
judged with it (see ``matching``). Without the package installed, matching falls back to words alone.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

ENGLISH = frozenset(["en"])


@dataclass(frozen=True)
class _Model:
    embedding: Any  # numpy array: one row of 256 numbers per token
    tokenizer: Any

    def embed(self, texts: Sequence[str]) -> Any:
        """Unit vectors: the mean of each text's token vectors (WordLlama's own pooling), normalised."""
        import numpy as np

        rows = []
        for encoded in self.tokenizer.encode_batch(list(texts), add_special_tokens=False):
            ids = np.clip(np.asarray(encoded.ids, dtype=np.int64), 0, self.embedding.shape[0] - 1)
            vector = self.embedding[ids].astype(np.float32).mean(axis=0) if len(ids) else np.zeros(256, np.float32)
            rows.append(vector / (np.linalg.norm(vector) or 1.0))
        return np.vstack(rows)


@lru_cache(maxsize=1)
def _model() -> _Model | None:
    """Load the model from the files inside the ``wordllama`` package, never from the network.

    The package itself is not imported (its import pulls in HTTP and download code we do not need):
    only its weights (safetensors) and tokenizer file are read.
    """
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        return None
    from safetensors import safe_open
    from tokenizers import Tokenizer

    root = Path(next(iter(spec.submodule_search_locations)))
    with safe_open(str(root / "weights" / "l2_supercat_256.safetensors"), framework="np", device="cpu") as weights:
        embedding = weights.get_tensor("embedding.weight")
    tokenizer = Tokenizer.from_file(str(root / "tokenizers" / "l2_supercat_tokenizer_config.json"))
    return _Model(embedding, tokenizer)


def available() -> bool:
    """Whether the embedding model can be used in this process."""
    return _model() is not None


def similarities(left: Sequence[str], right: Sequence[str]) -> list[list[float]] | None:
    """Cosine similarity of every text in ``left`` with every text in ``right`` (None without a model)."""
    model = _model()
    if model is None or not left or not right:
        return None
    return (model.embed(left) @ model.embed(right).T).tolist()
