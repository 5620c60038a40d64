"""Each style's vibe encoder: the embedder that matches a shopper's words to the ideas of the style's lookbook.

A style with a trained encoder (models/vibe_encoders/STYLE, written by `stylist finetune-encoder`) gets the stock
embedder with that LoRA adapter merged; any other style uses the stock embedder (the search index's), so a store
without a trained encoder still works, only recognising ideas less often. Loaded
when the app starts (runtime.warm_styles), or on a style's first request.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from app.search.embedder import Embedder

EmbedFn = Callable[[Sequence[str]], list[list[float]]]


def trained_encoder(folder: Path, style: str) -> Path | None:
    """The style's trained encoder folder, or None when it has none."""
    path = folder / style
    return path if (path / "adapter_config.json").exists() else None


def encoder_version(path: Path | None) -> str:
    """A short hash of the adapter weights ("stock" without one), recorded with evaluation reports."""
    weights = path / "adapter_model.safetensors" if path else None
    if weights is None or not weights.exists():
        return "stock"
    return hashlib.sha256(weights.read_bytes()).hexdigest()[:8]


class VibeEncoders:
    """style -> embed function; the trained encoders are loaded once, on first use."""

    def __init__(self, stock: Embedder, folder: Path | None) -> None:
        self.stock = stock
        self.folder = folder
        self._lock = threading.Lock()
        self._loaded: dict[Path, Embedder] = {}

    def for_style(self, style: str) -> EmbedFn:
        path = trained_encoder(self.folder, style) if self.folder is not None else None
        if path is None:
            return self.stock.embed
        with self._lock:
            if path not in self._loaded:
                self._loaded[path] = Embedder(self.stock.model_dir, dtype=self.stock.dtype, adapter_dir=path)
            return self._loaded[path].embed
