"""The packaged embedding model loads offline and bf16 keeps the vectors faithful."""

from __future__ import annotations

import math

from app.search.embedder import Embedder


def test_bf16_vectors_match_fp32(embedder: Embedder) -> None:
    texts = ["black leather combat boots for a 90s grunge look", "airy linen shirt for a beach wedding"]
    fp32 = Embedder(dtype="float32").embed(texts)
    bf16 = Embedder(dtype="bfloat16").embed(texts)
    for a, b in zip(fp32, bf16, strict=True):
        assert len(a) == 384
        for vector in (a, b):  # unit length in either format: dot products are read as cosine similarities
            assert math.isclose(sum(x * x for x in vector), 1.0, rel_tol=1e-5)
        assert sum(x * y for x, y in zip(a, b, strict=True)) > 0.99


def test_meaning_is_captured(embedder: Embedder) -> None:
    vibe, boots, gown = embedder.embed(["rainy day city walk", "waterproof rubber rain boots", "sequin evening gown"])
    assert sum(a * b for a, b in zip(vibe, boots)) > sum(a * b for a, b in zip(vibe, gown))
