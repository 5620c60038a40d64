"""Fine-tune the vibe encoder: the sentence embedder that tells which lookbook idea a shopper's words mean.

    stylist finetune-encoder --lookbook house               # train on the lookbook, save models/vibe_encoders/house
    stylist finetune-encoder --lookbook house --epochs 1 --out /tmp/enc   # a quick run elsewhere

Why: the lookbook profile (app/stylist/lookbook_profile.py) finds the wording groups (ideas) closest to a vibe.
The stock all-MiniLM-L6-v2 matches words, not ideas: "seaside stroll in linen" and "breezy outfit for beach and
boardwalk" are one idea to the store and far apart to it. Trained here on the lookbook's own phrasings, with
each phrasing pulled towards another phrasing of its idea and away from the other ideas in its batch
(MultipleNegativesRankingLoss), it recognises the idea of held-out wordings far more often (measured: house
53% -> 78%, minimalist 52% -> 79%, top-1 idea of the held-out phrasings, released encoders).

One run's result depends on its seed (six house seeds recognised 67-83%), so three runs with seeds seed,
seed + 1, seed + 2 are trained and their weight changes averaged into one adapter (`soup`), which recognises
about as well as the runs do on average, without their spread (models/README.md has the measurements).

Only the training split is used (models/dataset.py: held-out looks and every variant of their wordings stay
out), so `stylist eval` measures the released encoder on wordings it never saw. The result is a LoRA adapter
on the embedder (rank 48 after averaging, about 8 MB); product vectors in the search index keep the stock
embedder. Runs on the CPU in two to three minutes per lookbook (three runs).
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import shutil
import statistics
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalog.models import Look
from app.stylist.lookbook_profile import wording_groups
from app.stylist.wording import base_wording
from models.dataset import split_looks

log = logging.getLogger(__name__)

CARD = "encoder_card.json"


@dataclass
class EncoderConfig:
    lora_r: int = 16  # LoRA rank on the attention and dense layers (r=16 recognised as well as full tuning)
    lora_alpha: int = 32  # LoRA scaling (alpha / r = 2)
    learning_rate: float = 3e-4  # constant; measured best of 3e-4 and 1e-3 for LoRA
    epochs: int = 10  # passes over the phrasings (on the lookbooks with the second curation round: 3 / 6 / 10 / 15
    # epochs recognised house 76 / 78 / 83 / 77%, minimalist 72 / 73 / 78 / 72%; models/README.md)
    batch_size: int = 32  # pairs per step; at most one pair of each idea, so the other pairs are negatives
    seed: int = 1234  # the first run's seed; run k trains with seed + k
    runs: int = 3  # adapters trained with different seeds, whose weight changes are averaged into the released one
    # (a "soup"): one run's recognition of held-out wordings depends on its seed (house, six seeds: 67-83%,
    # minimalist five: 76-79%); soups of three recognised house 78-80%, minimalist 78-81% (models/README.md)


def idea_groups(session: Session, lookbook: str) -> list[list[str]]:
    """The training split's phrasings (base wordings) grouped by idea: looks that share a wording are one."""
    looks = list(session.scalars(select(Look).where(Look.lookbook == lookbook).order_by(Look.look_key)))
    if not looks:
        raise ValueError(f"no looks in lookbook {lookbook!r}; load one with `stylist load-lookbook`")
    split = split_looks(looks)
    wordings = [[base_wording(p) for p in split.training_phrasings(look)] for look in split.train]
    wordings = [w for w in wordings if w]
    by_group: dict[int, set[str]] = {}
    for texts, group in zip(wordings, wording_groups(wordings), strict=True):
        by_group.setdefault(group, set()).update(texts)
    return [sorted(texts) for _, texts in sorted(by_group.items())]


def pair_batches(groups: Sequence[Sequence[str]], config: EncoderConfig) -> list[list[tuple[str, str]]]:
    """(phrasing, another phrasing of its idea) pairs, every phrasing once per epoch, packed into batches that
    hold at most one pair per idea (a second pair of the same idea would be a false negative)."""
    rng = random.Random(config.seed)
    pending: list[tuple[int, str, str]] = []
    for _ in range(config.epochs):
        for g, texts in enumerate(groups):
            for text in texts if len(texts) > 1 else ():
                pending.append((g, text, rng.choice([t for t in texts if t != text])))
    rng.shuffle(pending)
    batches: list[list[tuple[str, str]]] = []
    while pending:
        batch: list[tuple[str, str]] = []
        seen: set[int] = set()
        rest = []
        for g, anchor, positive in pending:
            if g in seen or len(batch) >= config.batch_size:
                rest.append((g, anchor, positive))
            else:
                batch.append((anchor, positive))
                seen.add(g)
        batches.append(batch)
        pending = rest
    return batches


def soup(runs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One LoRA adapter whose weight change is the mean of the runs' changes: a run's change to a layer is B @ A
    (times alpha / r); stacking the runs' A matrices and placing their B matrices side by side, each divided by the
    number of runs, gives the sum of B_k @ A_k / n exactly, as an adapter of rank n * r (and alpha n * alpha, so the
    scale alpha / r stays). Each run's tensors are keyed as PEFT saves them (`...lora_A.weight`, `...lora_B.weight`)."""
    import torch

    n = len(runs)
    keys = set(runs[0])
    if any(set(run) != keys or any(run[k].shape != runs[0][k].shape for k in keys) for run in runs):
        raise ValueError("the runs' adapters differ in their tensors or shapes; only runs of one config average")
    combined: dict[str, Any] = {}
    for key in runs[0]:
        if key.endswith(".lora_A.weight"):
            combined[key] = torch.cat([run[key] for run in runs], dim=0)
        elif key.endswith(".lora_B.weight"):  # divided in float32: a bf16 division would round the mean
            combined[key] = (torch.cat([run[key] for run in runs], dim=1).float() / n).to(runs[0][key].dtype)
        else:
            raise ValueError(f"unexpected adapter tensor {key!r}: only LoRA A and B matrices can be averaged")
    return combined


def _train_run(embedder_dir: Path, batches: list[list[tuple[str, str]]], config: EncoderConfig, seed: int,
               out_dir: Path) -> list[float]:
    """One training run with its seed; saves its LoRA adapter (PEFT's files) into out_dir; returns the losses."""
    import torch
    from peft import LoraConfig, get_peft_model
    from sentence_transformers import SentenceTransformer, losses

    torch.manual_seed(seed)
    model = SentenceTransformer(str(embedder_dir), device="cpu", local_files_only=True)
    # the LoRA layers are injected into the embedder's transformer in place; `adapter` saves only them
    adapter = get_peft_model(model[0].auto_model, LoraConfig(
        r=config.lora_r, lora_alpha=config.lora_alpha, lora_dropout=0.0,
        target_modules=["query", "key", "value", "dense"]))
    loss = losses.MultipleNegativesRankingLoss(model)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=config.learning_rate)
    model.train()
    losses_seen: list[float] = []
    for step, batch in enumerate(batches, start=1):
        anchors = model.preprocess([a for a, _ in batch])
        positives = model.preprocess([p for _, p in batch])
        value = loss([anchors, positives], None)
        optimizer.zero_grad()
        value.backward()
        optimizer.step()
        losses_seen.append(value.item())
        if step % 10 == 0 or step == len(batches):
            log.info("seed %d step %d/%d loss %.4f", seed, step, len(batches),
                     sum(losses_seen[-10:]) / len(losses_seen[-10:]))
    adapter.save_pretrained(str(out_dir))
    return losses_seen


def train_encoder(embedder_dir: Path, groups: Sequence[Sequence[str]], out_dir: Path,
                  config: EncoderConfig) -> dict[str, Any]:
    """Train `config.runs` LoRA adapters (seeds seed, seed + 1, ...), average them into one (soup) and save it
    (adapter files and a card) into out_dir, replacing it whole only once training has finished: an interrupted
    run leaves the released encoder as it was."""
    from safetensors.torch import load_file, save_file

    log.info("vibe encoder config: %s", json.dumps(asdict(config)))
    batches = pair_batches(groups, config)
    if not batches:
        raise ValueError("no idea has two phrasings to learn from; add paraphrases to the lookbook's looks")
    if config.runs < 1:
        raise ValueError("runs must be at least 1")
    started = time.perf_counter()
    staging = out_dir.with_name(out_dir.name + ".partial")
    retired = out_dir.with_name(out_dir.name + ".old")
    shutil.rmtree(staging, ignore_errors=True)
    run_losses: list[list[float]] = []
    retired_here = False  # this run moved the released encoder aside (so an interrupt must move it back)
    try:
        weights = []
        for k in range(config.runs):
            run_dir = staging / f"run-{k}"
            run_losses.append(_train_run(embedder_dir, pair_batches(groups, replace(config, seed=config.seed + k)),
                                         config, config.seed + k, run_dir))
            weights.append(load_file(str(run_dir / "adapter_model.safetensors")))
        seconds = time.perf_counter() - started
        save_file(soup(weights), str(staging / "adapter_model.safetensors"))
        adapter_config = json.loads((staging / "run-0" / "adapter_config.json").read_text())
        # the soup keeps each run's scale alpha / r; rsLoRA (alpha / sqrt(r)), DoRA or per-layer ranks would not
        if adapter_config.get("use_rslora") or adapter_config.get("use_dora") or adapter_config.get(
                "rank_pattern") or adapter_config.get("alpha_pattern"):
            raise ValueError("only plain LoRA adapters (one rank and alpha, no rsLoRA or DoRA) can be averaged")
        adapter_config["r"] *= config.runs
        adapter_config["lora_alpha"] *= config.runs
        adapter_config["base_model_name_or_path"] = "all-MiniLM-L6-v2"  # not this machine's path to it
        (staging / "adapter_config.json").write_text(json.dumps(adapter_config, indent=2) + "\n")
        for k in range(config.runs):
            shutil.rmtree(staging / f"run-{k}")
        texts = [t for group in groups for t in group]
        stats = {
            "base_embedder": embedder_dir.name if embedder_dir.name != "model" else "all-MiniLM-L6-v2",
            "config": asdict(config),
            "ideas": len(groups),
            "phrasings": len(texts),
            "steps": len(batches),  # of the first run (the others' batches are packed from their own shuffle)
            "runs": config.runs,
            "first_loss": round(statistics.fmean(run[0] for run in run_losses), 4),  # means over the runs
            "final_loss": round(statistics.fmean(statistics.fmean(run[-10:]) for run in run_losses), 4),
            "train_seconds": round(seconds, 1),
            "data_hash": hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16],
        }
        (staging / CARD).write_text(json.dumps(stats, indent=2) + "\n")
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        if out_dir.exists():
            shutil.rmtree(retired, ignore_errors=True)
            out_dir.rename(retired)
            retired_here = True
        staging.rename(out_dir)
    except BaseException:  # failed or interrupted: nothing half-written is left next to the released encoder
        if retired_here and not out_dir.exists():  # interrupted between the two renames: put it back
            retired.rename(out_dir)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)  # the new encoder is in place; a leftover old copy is harmless
    log.info("vibe encoder saved to %s in %.0f s (loss %.3f -> %.3f)", out_dir, seconds, stats["first_loss"],
             stats["final_loss"])
    return stats
