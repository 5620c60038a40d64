"""Metric functions of the evaluation suite (pure; tested on hand-made cases in tests/test_metrics.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from app.stylist.prompt import MAX_PER_SLOT, SLOT_ORDER


def prf(predicted: Sequence[str], expected: Sequence[str]) -> tuple[float, float, float]:
    """Item precision, recall and F1 of a predicted outfit against the curated look."""
    p, e = set(predicted), set(expected)
    if not p or not e:
        return 0.0, 0.0, 0.0
    hit = len(p & e)
    precision, recall = hit / len(p), hit / len(e)
    f1 = 2 * precision * recall / (precision + recall) if hit else 0.0
    return precision, recall, f1


def complete(slots: Sequence[str]) -> bool:
    """Slot rules: top+bottom or a dress (not both), shoes, at most the allowed number per slot."""
    if any(slots.count(s) > MAX_PER_SLOT[s] for s in SLOT_ORDER):
        return False
    if "shoes" not in slots:
        return False
    if "dress" in slots:
        return "top" not in slots and "bottom" not in slots
    return "top" in slots and "bottom" in slots


def fitb_correct(chosen: Sequence[str], options: Sequence[str], answer: str) -> bool:
    """Right when the outfit takes the hidden item and none of the three distractors."""
    picked = [o for o in options if o in chosen]
    return picked == [answer]


def over_budget(prices: Sequence[Decimal], budget: Decimal | None) -> bool:
    return budget is not None and sum(prices, Decimal(0)) > budget


def repeated(outfits: Sequence[Sequence[str]]) -> int:
    """Items that appear in more than one outfit of the same answer (any piece but a dress may, once:
    app/stylist/variety.py)."""
    seen: dict[str, int] = {}
    for outfit in outfits:
        for item in set(outfit):
            seen[item] = seen.get(item, 0) + 1
    return sum(1 for n in seen.values() if n > 1)


STOP = {"the", "a", "an", "and", "with", "in", "of", "for", "to", "it", "is", "on", "this", "that", "your"}


def specificity(why: str, titles: Sequence[str]) -> float:
    """Share of the chosen items that the explanation names (by a distinctive word of the title)."""
    if not titles:
        return 0.0
    words = set(re.findall(r"[a-z]+", why.lower()))
    named = 0
    for title in titles:
        keys = {w for w in re.findall(r"[a-z]+", title.lower()) if w not in STOP and len(w) > 2}
        if keys & words:
            named += 1
    return named / len(titles)


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def markdown_table(summaries: dict[str, dict[str, Any]], rows: Sequence[tuple[str, str, str]], corner: str = "") -> str:
    """A markdown table: one column per system, one row per (key, label, format); missing values read n/a."""
    systems = list(summaries)
    lines = [f"| {corner} | " + " | ".join(systems) + " |", "| --- |" + " --- |" * len(systems)]
    for key, label, fmt in rows:
        cells = ["n/a" if summaries[s].get(key) is None else fmt.format(summaries[s][key]) for s in systems]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
