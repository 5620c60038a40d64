"""A plain PyTorch LoRA training loop (CPU default; runs on CUDA too): the same data, loss and adapter as TRL.

Why it exists: on the 2-core CPU, TRL's SFTTrainer computes the 49k-word output layer (and entropy and
accuracy metrics) for every prompt token; with the loss on the answer only, this loop runs the output layer
on the answer tokens alone and measured about 3x faster (models/README.md). On a GPU, `--trainer trl` is
the default.
"""

from __future__ import annotations

import ctypes
import json
import logging
import math
import random
import time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def release_memory() -> None:
    """Hand freed heap back to the OS: glibc otherwise keeps growing with each batch shape (seen: +0.6 GB
    per step on the CPU until the machine ran out of memory)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except OSError:
        pass


def tokenize(tokenizer: Any, record: dict[str, Any], max_length: int) -> tuple[list[int], int]:
    """Token ids of prompt + answer and where the answer starts (the chat template, as at serving time)."""
    prompt_ids = tokenizer.apply_chat_template(record["prompt"], add_generation_prompt=True, tokenize=True)
    if not isinstance(prompt_ids, list):
        prompt_ids = prompt_ids["input_ids"]
    full = tokenizer.apply_chat_template(record["prompt"] + record["completion"], tokenize=True)
    if not isinstance(full, list):
        full = full["input_ids"]
    if full[: len(prompt_ids)] != prompt_ids:
        raise ValueError("the chat template does not extend the prompt with the answer")
    if len(full) > max_length:  # keep the answer; cut the oldest prompt tokens
        cut = len(full) - max_length
        full, start = full[cut:], len(prompt_ids) - cut
    else:
        start = len(prompt_ids)
    return full, start


def run(model: Any, tokenizer: Any, data_file: Path, config: Any, bf16: bool, checkpoint_dir: Path,
        resume: bool) -> dict[str, Any]:
    import torch
    from tqdm import tqdm

    records = [json.loads(line) for line in data_file.read_text().splitlines() if line.strip()]
    examples = [tokenize(tokenizer, r, config.max_length) for r in records]
    rng = random.Random(config.seed)
    torch.manual_seed(config.seed)
    per_update = config.batch_size * config.grad_accum
    updates_per_epoch = math.ceil(len(examples) / per_update)
    total = config.max_steps if config.max_steps > 0 else math.ceil(updates_per_epoch * config.epochs)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=config.learning_rate, weight_decay=0.0)
    warmup = max(1, int(total * config.warmup_ratio))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / warmup) * 0.5 * (1 + math.cos(math.pi * min(s, total) / total))
    )
    step, order, curve = 0, [], []
    state_file = checkpoint_dir / "loop_state.pt"
    if resume and state_file.exists():
        state = torch.load(state_file, weights_only=False)
        model.load_state_dict(state["model"], strict=False)
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        step, order, curve = state["step"], state["order"], state["curve"]
        rng.setstate(state["rng"])
        log.info("resumed from step %d", step)
    backbone, head = model.get_base_model().model, model.get_base_model().lm_head
    device = next(model.parameters()).device
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    model.train()
    tokens_seen, started = 0, time.perf_counter()
    bar = tqdm(total=total, initial=step, desc="training", unit="step")
    while step < total:
        loss_sum, answer_tokens = 0.0, 0
        for _ in range(config.grad_accum):
            if not order:
                order = list(range(len(examples)))
                rng.shuffle(order)
            batch = [examples[order.pop()] for _ in range(min(config.batch_size, len(order) or 1))]
            # widths rounded up to a multiple of 64: same-sized buffers are reused instead of fragmenting memory
            width = -(-max(len(ids) for ids, _ in batch) // 64) * 64
            ids = torch.full((len(batch), width), pad, dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            targets = torch.full((len(batch), width), -100, dtype=torch.long)
            for row, (tokens, start) in enumerate(batch):
                ids[row, : len(tokens)] = torch.tensor(tokens)
                mask[row, : len(tokens)] = 1
                targets[row, start - 1 : len(tokens) - 1] = torch.tensor(tokens[start:])  # next-token labels
            ids, mask, targets = ids.to(device), mask.to(device), targets.to(device)
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=bf16):
                hidden = backbone(input_ids=ids, attention_mask=mask).last_hidden_state
                keep = targets != -100
                logits = head(hidden[keep]).float()  # the output layer on answer positions only
            loss = torch.nn.functional.cross_entropy(logits, targets[keep], reduction="sum")
            n = int(keep.sum())
            (loss / max(1, n * config.grad_accum)).backward()
            loss_sum += float(loss.detach())
            answer_tokens += n
            tokens_seen += int(mask.sum())
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        step += 1
        release_memory()
        mean = loss_sum / max(1, answer_tokens)
        if step % config.logging_steps == 0 or step == total:
            curve.append({"step": step, "loss": round(mean, 4)})
        bar.set_postfix(loss=f"{mean:.3f}", tok_s=f"{tokens_seen / (time.perf_counter() - started):.0f}")
        bar.update(1)
        if step % config.save_steps == 0 and step < total:
            checkpoint_dir.mkdir(parents=True, exist_ok=True)
            torch.save({"model": {k: v for k, v in model.state_dict().items() if "lora_" in k},
                        "optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict(), "step": step,
                        "order": order, "curve": curve, "rng": rng.getstate()}, state_file)
    bar.close()
    seconds = time.perf_counter() - started
    return {"steps": step, "examples": len(examples), "tokens_seen": tokens_seen, "train_seconds": round(seconds, 1),
            "tokens_per_second": round(tokens_seen / seconds, 1),
            "train_loss": curve[-1]["loss"] if curve else None, "loss_curve": curve}
