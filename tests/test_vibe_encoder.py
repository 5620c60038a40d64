"""The vibe encoder: trained on a lookbook's paraphrases, it brings the wordings of one idea together; the app
serves it per style and falls back to the stock embedder; a failed training run keeps the released one.
Real embedding model, a tiny lookbook of ideas, a few seconds of training."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.search.embedder import Embedder
from app.stylist.vibe_encoders import VibeEncoders, encoder_version, trained_encoder
from models.vibe_encoder import CARD, EncoderConfig, pair_batches, soup, train_encoder

# three ideas a store words in ways the stock embedder does not group: few shared words within an idea
IDEAS = [
    ["black tie gala", "evening at the opera", "formal ball in winter", "charity dinner with a dress code"],
    ["90s grunge coffee date", "flannel and combat boots downtown", "thrift-store band tee weekend",
     "moody record shop afternoon"],
    ["beach day on the boardwalk", "seaside stroll in linen", "ice cream by the ocean", "sand and sun picnic"],
]


def separation(embed, ideas) -> float:  # type: ignore[no-untyped-def]
    """Mean cosine within an idea minus mean cosine across ideas."""
    vectors = [np.asarray(embed(texts)) for texts in ideas]
    within = np.mean([(v @ v.T)[~np.eye(len(v), dtype=bool)].mean() for v in vectors])
    across = np.mean([(a @ b.T).mean() for i, a in enumerate(vectors) for b in vectors[i + 1:]])
    return float(within - across)


def test_batches_hold_one_pair_per_idea_and_every_phrasing_once_per_epoch() -> None:
    groups = [["a1", "a2", "a3"], ["b1", "b2"], ["lonely"]]
    batches = pair_batches(groups, EncoderConfig(epochs=2, batch_size=2))
    anchors = sorted(a for batch in batches for a, _ in batch)
    assert anchors == sorted(["a1", "a2", "a3", "b1", "b2"] * 2)  # an idea with one phrasing has no pair
    for batch in batches:
        ideas = [a[0] for a, _ in batch]
        assert len(ideas) == len(set(ideas)) and len(batch) <= 2
        assert all(a != p and a[0] == p[0] for a, p in batch)


def test_a_soup_of_runs_changes_each_layer_by_the_mean_of_their_changes() -> None:
    import torch

    generator = torch.Generator().manual_seed(0)
    runs = [{"layer.lora_A.weight": torch.randn(2, 5, generator=generator),
             "layer.lora_B.weight": torch.randn(4, 2, generator=generator)} for _ in range(3)]
    combined = soup(runs)
    assert combined["layer.lora_A.weight"].shape == (6, 5) and combined["layer.lora_B.weight"].shape == (4, 6)
    mean_change = sum(run["layer.lora_B.weight"] @ run["layer.lora_A.weight"] for run in runs) / 3
    assert torch.allclose(combined["layer.lora_B.weight"] @ combined["layer.lora_A.weight"], mean_change, atol=1e-5)
    with pytest.raises(ValueError, match="only LoRA A and B"):
        soup([{"layer.bias": torch.zeros(3)}])
    with pytest.raises(ValueError, match="only LoRA A and B"):  # a LoRA bias is not a matrix to stack
        soup([{"layer.lora_B.bias": torch.zeros(3)}])
    with pytest.raises(ValueError, match="differ in their tensors or shapes"):
        soup([runs[0], {**runs[1], "layer.lora_A.weight": torch.zeros(3, 5)}])


def test_training_pulls_an_ideas_wordings_together_and_the_app_serves_it(tmp_path: Path, embedder: Embedder) -> None:
    out = tmp_path / "encoders" / "house"
    stats = train_encoder(embedder.model_dir, IDEAS, out, EncoderConfig(epochs=4, learning_rate=1e-3, runs=2))
    assert stats["ideas"] == 3 and stats["phrasings"] == 12 and stats["runs"] == 2
    assert stats["final_loss"] < stats["first_loss"]
    assert (out / CARD).exists() and (out / "adapter_model.safetensors").exists()
    assert not (out / "README.md").exists()
    assert sorted(p.name for p in out.iterdir()) == ["adapter_config.json", "adapter_model.safetensors", CARD]

    encoders = VibeEncoders(embedder, tmp_path / "encoders")
    tuned = encoders.for_style("house")
    assert encoders.for_style("house") is not embedder.embed
    assert encoders.for_style("minimalist") == embedder.embed  # no encoder trained: the stock embedder
    assert trained_encoder(tmp_path / "encoders", "house") == out
    assert encoder_version(out) != "stock" and encoder_version(None) == "stock"
    assert separation(tuned, IDEAS) > separation(embedder.embed, IDEAS) + 0.1
    vector = np.asarray(tuned(["black tie gala"])[0])
    # unit length, like the stock embedder's vectors (normalised in float32 even where the model runs in bf16)
    assert abs(np.linalg.norm(vector) - 1.0) < 1e-5


def test_a_failed_training_keeps_the_released_encoder(tmp_path: Path, embedder: Embedder,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "house"
    train_encoder(embedder.model_dir, IDEAS, out, EncoderConfig(epochs=1, runs=1))
    before = encoder_version(out)
    with pytest.raises(ValueError, match="no idea has two phrasings"):
        train_encoder(embedder.model_dir, [["only one wording"]], out, EncoderConfig(epochs=1, runs=1))
    assert encoder_version(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["house"]  # no staging folder left behind

    # interrupted between retiring the released encoder and moving the new one in: the released one comes back
    rename = Path.rename

    def interrupted(self: Path, target: Path) -> Path:
        if self.name == "house.partial":
            raise KeyboardInterrupt
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", interrupted)
    with pytest.raises(KeyboardInterrupt):
        train_encoder(embedder.model_dir, IDEAS, out, EncoderConfig(epochs=1, runs=1, seed=7))
    monkeypatch.undo()
    assert encoder_version(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["house"]


def test_the_app_loads_each_styles_released_encoder_and_lookbook_at_start(demo_store) -> None:  # type: ignore[no-untyped-def]
    """The quick start's first shopper does not wait for the encoder to load or the lookbook to be embedded."""
    import asyncio

    from app.catalog.db import session_scope
    from app.catalog.lookbooks import load_lookbook
    from app.config import REPO_ROOT
    from app.stylist.runtime import start_runtime

    with session_scope(demo_store.sessions) as session:
        load_lookbook(session, REPO_ROOT / "inventory" / "lookbooks" / "house.csv")

    async def run():  # type: ignore[no-untyped-def]
        runtime = await start_runtime(demo_store.settings, demo_store)
        assert runtime._warming is not None
        await runtime._warming
        await runtime.close()
        return runtime.stylist

    stylist = asyncio.run(run())
    built = stylist.lookbooks._built["house"][1]  # built at start, before any request
    assert trained_encoder(demo_store.settings.vibe_encoders_dir, "house") is not None  # released with the repo
    assert built.embed == stylist.encoders.for_style("house") != demo_store.index.embedder.embed
