"""The model card written next to each adapter: what it was trained from, how, and how well it does."""

from __future__ import annotations

import json
import datetime as dt
from dataclasses import asdict
from pathlib import Path
from typing import Any

from models.finetune import TrainConfig
from models.prepare import read_manifest


def write_card(adapter_dir: Path, lookbook: str, base_dir: Path, split: dict[str, Any], config: TrainConfig,
               stats: dict[str, Any], evaluation: dict[str, Any] | None = None) -> None:
    base = read_manifest(base_dir) or {}
    card = {
        "name": adapter_dir.name,
        "lookbook": lookbook,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "base_model": {"source": base.get("source"), "gguf_sha256": base.get("gguf_sha256"),
                       "license": base.get("license")},
        "data": {k: split[k] for k in ("data_hash", "examples", "train_kinds", "multi_outfit_examples",
                                       "eval_unseen_item_examples", "per_slot", "seed")},
        "split": {"train_looks": split["train_looks"], "eval_looks": split["eval_looks"]},
        "hyperparameters": asdict(config),
        "training": stats,
        "evaluation": evaluation,
    }
    (adapter_dir / "model_card.json").write_text(json.dumps(card, indent=2))
    (adapter_dir / "README.md").write_text(render(card))


def render(card: dict[str, Any]) -> str:
    t, h = card["training"], card["hyperparameters"]
    lines = [
        f"# Stylist adapter `{card['name']}`",
        "",
        f"LoRA adapter for the Vibe Stylist model, learned from the `{card['lookbook']}` lookbook.",
        "",
        "## Base model",
        f"- {card['base_model']['source']} (GGUF SHA-256 `{card['base_model']['gguf_sha256']}`, "
        f"licence {card['base_model']['license']})",
        "",
        "## Data",
        f"- data hash `{card['data']['data_hash']}`",
        f"- examples: {json.dumps(card['data']['examples'])}; kinds {json.dumps(card['data']['train_kinds'])}, "
        f"{card['data']['multi_outfit_examples']} multi-outfit",
        f"- split: {len(card['split']['train_looks'])} training looks, {len(card['split']['eval_looks'])} held-out "
        "looks (all their phrasings held out too); the lists are in model_card.json",
        "",
        "## Training",
        f"- LoRA r={h['lora_r']}, alpha={h['lora_alpha']}, dropout={h['lora_dropout']}, all linear layers; "
        f"lr {h['learning_rate']}, {h['epochs']} epoch(s), batch {h['batch_size']}x{h['grad_accum']}, "
        f"max length {h['max_length']}",
        f"- {t['device']} (bf16={t['bf16']}): {t['train_seconds']:.0f} s, {t['steps']} steps, "
        f"{t['tokens_seen']:,} tokens ({t['tokens_per_second']} tokens/s), final mean loss {t['train_loss']}",
        "",
    ]
    if card.get("shopper_evaluation"):
        lines += ["## What shoppers get (the engine end to end on held-out looks, judged by the house rules)", "",
                  f"From `{card['shopper_evaluation']['report']}/shopper.md` (`stylist eval`).", "",
                  card["shopper_evaluation"].get("table", ""), ""]
    if card.get("evaluation"):
        lines += ["## Model-only evaluation (held-out looks and phrasings, curated items offered)", "",
                  card["evaluation"].get("table", ""), ""]
    return "\n".join(lines)


def _attach(adapter_dir: Path, key: str, table: str, summaries: dict[str, Any], report_dir: str) -> None:
    """Put an evaluation's table into the adapter's model card (JSON and README); no card, nothing to do."""
    path = adapter_dir / "model_card.json"
    if not path.exists():
        return
    card = json.loads(path.read_text())
    card[key] = {"table": table, "summaries": summaries, "report": report_dir}
    path.write_text(json.dumps(card, indent=2, default=str))
    (adapter_dir / "README.md").write_text(render(card))


def attach_evaluation(adapter_dir: Path, table: str, summaries: dict[str, Any], report_dir: str) -> None:
    """The model-only evaluation (models/evaluate.py)."""
    _attach(adapter_dir, "evaluation", table, summaries, report_dir)


def attach_shopper_evaluation(adapter_dir: Path, table: str, summaries: dict[str, Any], report_dir: str) -> None:
    """The shopper evaluation (models/shopper_eval.py)."""
    _attach(adapter_dir, "shopper_evaluation", table, summaries, report_dir)
