"""Sentence meaning as vectors, for matching paraphrase to criteria.

The model is WordLlama's 256-dimension static embeddings (``wordllama`` on PyPI), whose weights and
tokenizer ship inside the package: nothing is downloaded, it runs on the CPU with numpy, and it is loaded
once per process, the first time a free text is matched. It is an English model: other languages are not
judged with it (see ``matching``). Without the package installed, matching falls back to words alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

ENGLISH = frozenset(["en"])


@lru_cache(maxsize=1)
def _model() -> Any | None:
    """Load the embedding model from the files inside the ``wordllama`` package (never from the network)."""
    try:
        import wordllama
        from safetensors import safe_open
        from tokenizers import Tokenizer
        from wordllama.inference import WordLlamaInference
    except ImportError:
        return None
    root = Path(wordllama.__file__).parent
    with safe_open(str(root / "weights" / "l2_supercat_256.safetensors"), framework="np", device="cpu") as weights:
        embedding = weights.get_tensor("embedding.weight")
    tokenizer = Tokenizer.from_file(str(root / "tokenizers" / "l2_supercat_tokenizer_config.json"))
    return WordLlamaInference(embedding, tokenizer)


def available() -> bool:
    """Whether the embedding model can be used in this process."""
    return _model() is not None


def similarities(left: Sequence[str], right: Sequence[str]) -> list[list[float]] | None:
    """Cosine similarity of every text in ``left`` with every text in ``right`` (None without a model)."""
    model = _model()
    if model is None or not left or not right:
        return None
    first = model.embed(list(left), norm=True)
    second = model.embed(list(right), norm=True)
    return (first @ second.T).tolist()
