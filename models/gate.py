"""Promotion with an evaluation gate: a new adapter replaces the served one only when shoppers would get better
outfits from it (models/shopper_eval.py: the engine end to end on held-out looks, judged by the house rules)."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path
from typing import Any

from app.config import Settings
from app.services import start

MAX_MORE_DEGRADED = 0.05  # a candidate may not leave the composer to finish more answers than this, extra
MAX_MORE_UNTRUE = 0.0  # nor write more notes that name what the outfit lacks


def score(summary: dict[str, Any]) -> float:
    """The gate's single number: mean of the share of outfits that break no house rule and FITB accuracy."""
    return ((summary.get("clean") or 0.0) + (summary.get("fitb") or 0.0)) / 2


def decide(current: dict[str, Any] | None, candidate: dict[str, Any]) -> tuple[bool, str]:
    """(promote?, why). A candidate must beat the current score, be no more degraded and write no more untrue notes."""
    if current is None:
        return True, f"no adapter is served yet; promoting (score {score(candidate):.3f})"
    if (candidate.get("degraded") or 0.0) > (current.get("degraded") or 0.0) + MAX_MORE_DEGRADED:
        return False, (f"kept the current adapter: the composer had to finish more of the new one's answers "
                       f"({candidate['degraded']:.0%} vs {current.get('degraded') or 0:.0%})")
    if (candidate.get("untrue_notes") or 0.0) > (current.get("untrue_notes") or 0.0) + MAX_MORE_UNTRUE:
        return False, (f"kept the current adapter: the new one writes more untrue notes "
                       f"({candidate['untrue_notes']:.1%} vs {current.get('untrue_notes') or 0:.1%})")
    if score(candidate) <= score(current):
        return False, (f"kept the current adapter: the new one scores {score(candidate):.3f} "
                       f"(clean {candidate.get('clean') or 0:.3f}, FITB {candidate.get('fitb') or 0:.3f}), not above "
                       f"{score(current):.3f} (clean {current.get('clean') or 0:.3f}, FITB {current.get('fitb') or 0:.3f})")
    return True, f"promoted: score {score(candidate):.3f} beats {score(current):.3f}"


def replace_adapter(candidate: Path, served: Path, record: dict[str, Any]) -> None:
    """Put the candidate where the served adapter is. The copy is made beside it first and swapped in by renames,
    so a failed or interrupted copy leaves the served adapter as it was."""
    staging = served.with_name(f".{served.name}.incoming")
    retired = served.with_name(f".{served.name}.previous")
    for leftover in (staging, retired):
        if leftover.exists():
            shutil.rmtree(leftover)
    try:
        shutil.copytree(candidate, staging)
        (staging / "gate.json").write_text(json.dumps(record, indent=2, default=str))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if served.exists():
        served.rename(retired)
    staging.rename(served)
    shutil.rmtree(retired, ignore_errors=True)


def promote_if_better(settings: Settings, lookbook: str, candidate: Path, limit: int | None = None) -> str:
    from models.shopper_eval import evaluate_shopper

    served = settings.adapters_dir / lookbook
    current = served if (served / "adapter_config.json").exists() else None
    services = start(settings)
    try:
        candidate_summary = asyncio.run(evaluate_shopper(settings, services, lookbook, candidate, ["fine-tuned"],
                                                         limit))["summaries"]["fine-tuned"]
        current_summary = asyncio.run(evaluate_shopper(settings, services, lookbook, current, ["fine-tuned"],
                                                       limit))["summaries"]["fine-tuned"] if current else None
    finally:
        services.close()
    promote, why = decide(current_summary, candidate_summary)
    if promote:
        replace_adapter(candidate, served, {"candidate": candidate_summary, "previous": current_summary, "why": why})
    return why
