"""Promotion with an evaluation gate: a new adapter replaces the served one only when it is better."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path
from typing import Any

from app.catalog.db import session_scope
from app.config import REPO_ROOT, Settings
from app.services import start
from models.evaluate import load, pick_shots, run_llm, summarize
from models.serving import model_servers


def score(summary: dict[str, Any]) -> float:
    """The gate's single number: mean of FITB accuracy and item F1 on the held-out looks."""
    return ((summary.get("fitb_accuracy") or 0.0) + summary["item_f1"]) / 2


def decide(current: dict[str, Any] | None, candidate: dict[str, Any]) -> tuple[bool, str]:
    """(promote?, why). A candidate must beat the current score and be at least as valid."""
    if current is None:
        return True, f"no adapter is served yet; promoting (score {score(candidate):.3f})"
    if candidate["answered_rate"] < current["answered_rate"]:
        return False, (f"kept the current adapter: the new one answers validly less often "
                       f"({candidate['answered_rate']:.0%} vs {current['answered_rate']:.0%})")
    if score(candidate) <= score(current):
        return False, (f"kept the current adapter: the new one scores {score(candidate):.3f} "
                       f"(FITB {candidate.get('fitb_accuracy') or 0:.3f}, F1 {candidate['item_f1']:.3f}), not above "
                       f"{score(current):.3f} (FITB {current.get('fitb_accuracy') or 0:.3f}, F1 {current['item_f1']:.3f})")
    return True, f"promoted: score {score(candidate):.3f} beats {score(current):.3f}"


async def _compare(settings: Settings, lookbook: str, current: Path | None, candidate: Path,
                   index: Any) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    import numpy as np
    from openai import AsyncOpenAI

    data_dir = REPO_ROOT / "models" / "data" / lookbook
    records, fitb = load(data_dir / "eval.jsonl"), load(data_dir / "fitb.jsonl")
    phrasings = sorted({r["phrasing"] for r in records + fitb})
    vibes = dict(zip(phrasings, np.asarray(index.embedder.embed(phrasings)), strict=True))
    handles = sorted({c["handle"] for r in records + fitb for c in r["candidates"]})
    stored = index.collection.get(ids=handles, include=["embeddings"])
    items = dict(zip(stored["ids"], np.asarray(stored["embeddings"], dtype=np.float32), strict=True))
    scores = {p: {h: float(items[h] @ vibes[p]) for h in items} for p in phrasings}
    adapters = {"candidate": candidate, **({"current": current} if current else {})}
    shots = pick_shots(load(data_dir / "train.jsonl"))
    async with model_servers(settings, adapters) as urls:
        results = {}
        for name in adapters:
            client = AsyncOpenAI(base_url=urls[name], api_key="not-needed", timeout=300, max_retries=1)
            outfits = await run_llm("fine-tuned", name, records, "outfit", shots, scores, client)
            fitbs = await run_llm("fine-tuned", name, fitb, "fitb", shots, scores, client)
            results[name] = summarize(outfits, vibes, items, fitbs)
            await client.close()
    return results.get("current"), results["candidate"]


def promote_if_better(settings: Settings, lookbook: str, candidate: Path) -> str:
    served = settings.adapters_dir / lookbook
    current = served if (served / "adapter_config.json").exists() else None
    services = start(settings)
    try:
        with session_scope(services.sessions):
            current_summary, candidate_summary = asyncio.run(
                _compare(settings, lookbook, current, candidate, services.index))
    finally:
        services.close()
    promote, why = decide(current_summary, candidate_summary)
    if promote:
        if served.exists():
            shutil.rmtree(served)
        shutil.copytree(candidate, served)
        (served / "gate.json").write_text(json.dumps({"candidate": candidate_summary, "previous": current_summary},
                                                     indent=2))
    return why
