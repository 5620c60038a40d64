"""LoRA fine-tuning of the stylist model with TRL's SFTTrainer and PEFT (loss on the answer only).

    stylist finetune --lookbook house                         # build data, train, save models/adapters/house
    stylist finetune --lookbook house --max-steps 5 --out /tmp/smoke     # a smoke run
    stylist finetune --lookbook house --promote               # replace the served adapter only if it is better

Defaults below are for the 2-core CPU (bf16 autocast where the CPU has native bf16); the same code runs on a
CUDA GPU when one is present (bf16 there too). Checkpoints are saved every `save_steps`; `--resume` picks
up the newest one. The whole config is logged and written into the model card.
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@dataclass
class TrainConfig:
    lora_r: int = 16  # LoRA rank
    lora_alpha: int = 32  # LoRA scaling (alpha / r = 2)
    lora_dropout: float = 0.05
    learning_rate: float = 1e-3  # high for LoRA on a 135M model: few steps on a CPU budget
    epochs: float = 1.0  # passes over the training examples
    batch_size: int = 4  # examples per step
    grad_accum: int = 2  # steps per optimizer update (effective batch 8)
    max_length: int = 1024  # tokens per example; longer ones are truncated from the prompt side
    warmup_ratio: float = 0.05
    max_steps: int = -1  # stop after this many optimizer steps (-1: run the epochs)
    save_steps: int = 50  # checkpoint every N optimizer steps
    seed: int = 1234
    logging_steps: int = 5


def device_and_precision() -> tuple[str, bool]:
    """('cuda'|'cpu', bf16?): bf16 on CUDA and on CPUs with native bf16 instructions."""
    import torch

    if torch.cuda.is_available():
        return "cuda", torch.cuda.is_bf16_supported()
    from app.hardware import fast_bf16

    return "cpu", fast_bf16()


def train(
    base_model_dir: Path, data_dir: Path, out_dir: Path, config: TrainConfig, resume: bool = False,
    trainer: str = "auto",
) -> dict[str, Any]:
    """Train one adapter from data_dir/train.jsonl; saves a bf16 safetensors adapter in out_dir.

    trainer: "trl" (TRL's SFTTrainer), "loop" (models/loop.py), or "auto" (TRL on a GPU, the loop on a CPU).
    """
    device, _ = device_and_precision()
    if trainer == "loop" or (trainer == "auto" and device == "cpu"):
        return train_with_loop(base_model_dir, data_dir, out_dir, config, resume)
    return train_with_trl(base_model_dir, data_dir, out_dir, config, resume)


def train_with_loop(base_model_dir: Path, data_dir: Path, out_dir: Path, config: TrainConfig,
                    resume: bool) -> dict[str, Any]:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from models import loop

    device, bf16 = device_and_precision()
    log.info("fine-tuning (loop) on %s (bf16=%s) with %s", device, bf16, json.dumps(asdict(config)))
    tokenizer = AutoTokenizer.from_pretrained(base_model_dir)
    # frozen base weights in bf16 (no per-step casts); PEFT keeps the LoRA weights in fp32
    model = AutoModelForCausalLM.from_pretrained(base_model_dir, dtype=torch.bfloat16 if bf16 else torch.float32)
    model.to(device)
    model = get_peft_model(model, LoraConfig(r=config.lora_r, lora_alpha=config.lora_alpha,
                                             lora_dropout=config.lora_dropout, target_modules="all-linear",
                                             task_type="CAUSAL_LM"))
    checkpoints = out_dir.with_name(out_dir.name + ".checkpoints")
    stats = loop.run(model, tokenizer, data_dir / "train.jsonl", config, bf16, checkpoints, resume)
    save_adapter(model, out_dir)
    shutil.rmtree(checkpoints, ignore_errors=True)
    return {"trainer": "loop", "device": device, "bf16": bf16, **stats}


def train_with_trl(base_model_dir: Path, data_dir: Path, out_dir: Path, config: TrainConfig,
                   resume: bool) -> dict[str, Any]:
    import torch
    from datasets import load_dataset
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import SFTConfig, SFTTrainer

    device, bf16 = device_and_precision()
    log.info("fine-tuning on %s (bf16=%s) with %s", device, bf16, json.dumps(asdict(config)))
    tokenizer = AutoTokenizer.from_pretrained(base_model_dir)
    model = AutoModelForCausalLM.from_pretrained(base_model_dir, dtype=torch.float32)
    dataset = load_dataset("json", data_files=str(data_dir / "train.jsonl"), split="train")
    dataset = dataset.select_columns(["prompt", "completion"])
    checkpoints = out_dir.with_name(out_dir.name + ".checkpoints")
    args = SFTConfig(
        output_dir=str(checkpoints),
        num_train_epochs=config.epochs,
        max_steps=config.max_steps,
        per_device_train_batch_size=config.batch_size,
        gradient_accumulation_steps=config.grad_accum,
        learning_rate=config.learning_rate,
        lr_scheduler_type="cosine",
        warmup_steps=config.warmup_ratio,  # a float below 1 is a share of the total steps
        include_num_input_tokens_seen=True,
        logging_steps=config.logging_steps,
        save_steps=config.save_steps,
        save_total_limit=2,
        seed=config.seed,
        bf16=bf16,
        use_cpu=device == "cpu",
        completion_only_loss=True,
        gradient_checkpointing=False,  # TRL turns it on by default; memory is plentiful and recompute costs ~30%
        max_length=config.max_length,
        report_to="none",
        dataloader_num_workers=0,
        disable_tqdm=False,
    )
    peft_config = LoraConfig(r=config.lora_r, lora_alpha=config.lora_alpha, lora_dropout=config.lora_dropout,
                             target_modules="all-linear", task_type="CAUSAL_LM")
    trainer = SFTTrainer(model=model, args=args, train_dataset=dataset, processing_class=tokenizer,
                         peft_config=peft_config)
    started = time.perf_counter()
    result = trainer.train(resume_from_checkpoint=bool(resume and any(checkpoints.glob("checkpoint-*"))) or None)
    seconds = time.perf_counter() - started
    tokens = int(trainer.state.num_input_tokens_seen or 0)
    save_adapter(trainer.model, out_dir)
    stats = {
        "trainer": "trl",
        "device": device,
        "bf16": bf16,
        "train_seconds": round(seconds, 1),
        "train_loss": round(float(result.training_loss), 4),
        "steps": trainer.state.global_step,
        "examples": len(dataset),
        "tokens_seen": tokens,
        "tokens_per_second": round(tokens / seconds, 1) if tokens else None,
        "loss_curve": [
            {"step": e["step"], "loss": round(e["loss"], 4)} for e in trainer.state.log_history if "loss" in e
        ],
    }
    shutil.rmtree(checkpoints, ignore_errors=True)
    return stats


def save_adapter(model: Any, out_dir: Path) -> None:
    """Save the LoRA weights in bf16 safetensors (half the size; vLLM and PEFT load them as they are)."""
    import torch
    from safetensors.torch import load_file, save_file

    tmp = out_dir.with_name(out_dir.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    model.save_pretrained(tmp, safe_serialization=True)
    weights = tmp / "adapter_model.safetensors"
    tensors = {k: v.to(torch.bfloat16).contiguous() for k, v in load_file(weights).items()}
    save_file(tensors, weights, metadata={"format": "pt"})
    config_path = tmp / "adapter_config.json"
    adapter_config = json.loads(config_path.read_text())
    # a machine-independent name instead of this machine's folder path
    adapter_config["base_model_name_or_path"] = Path(adapter_config.get("base_model_name_or_path") or "").name
    config_path.write_text(json.dumps(adapter_config, indent=2))
    if out_dir.exists():
        shutil.rmtree(out_dir)
    tmp.rename(out_dir)
