"""Merge a LoRA adapter into the base weights: a plain model folder for vLLM on the CPU.

vLLM's CPU backend runs LoRA through slow generic kernels (measured here, 4 requests in flight: about 70-160
prompt and 4-12 generated tokens/s with an adapter, and about a tenth of the merged model's request rate),
so on the CPU each style is served as a merged model of its own. On a GPU, vLLM serves the adapters on one base model (multi-LoRA).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

MARKER = "stylist_merged.json"


def merged_dir(cache: Path, style: str, version: str) -> Path:
    return cache / f"merged-{style}-{version}"


def merge_adapter(base_dir: Path, adapter_dir: Path, out_dir: Path, version: str) -> Path:
    """Write base+adapter as one bf16 safetensors folder (idempotent; atomic)."""
    marker = out_dir / MARKER
    if marker.exists() and json.loads(marker.read_text()).get("version") == version:
        return out_dir
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32)
    model = PeftModel.from_pretrained(model, adapter_dir).merge_and_unload()
    tmp = out_dir.with_name(out_dir.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    model.to(torch.bfloat16).save_pretrained(tmp, safe_serialization=True)
    AutoTokenizer.from_pretrained(base_dir).save_pretrained(tmp)
    (tmp / MARKER).write_text(json.dumps({"adapter": str(adapter_dir), "version": version}))
    if out_dir.exists():
        shutil.rmtree(out_dir)
    tmp.rename(out_dir)
    return out_dir
