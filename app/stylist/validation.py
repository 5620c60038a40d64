"""Check a proposed outfit against the house rules and the shopper's constraints, and repair what can be.

Rules (inventory/HOUSE_STYLE.md): one item per slot (accessories: up to two); a dress replaces top and
bottom; shoes always; ids must be offered candidates; sizes in stock (guaranteed by planning, which only
offers SQL-checked items in the shopper's sizes); the total within the budget; no item repeated across the
outfits of one answer; a complete-the-look item in every outfit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from app.stylist.prompt import MAX_PER_SLOT, SLOT_ORDER, Candidate, CandidateSet


MAX_REPAIRS = 2  # a proposal that needs more fixing than this is not the model's outfit any more


@dataclass
class Outfit:
    items: list[Candidate]
    why: str
    source: str  # "model" or "composer"
    repairs: list[str] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((c.price for c in self.items), Decimal(0))

    def ordered(self) -> list[Candidate]:
        return sorted(self.items, key=lambda c: (SLOT_ORDER.index(c.slot), c.id))


def problems(items: list[Candidate], budget: Decimal | None, used: set[str], anchor_id: str | None) -> list[str]:
    """Every rule the outfit breaks (empty when it is valid)."""
    found: list[str] = []
    slots = [c.slot for c in items]
    for slot in SLOT_ORDER:
        if slots.count(slot) > MAX_PER_SLOT[slot]:
            found.append(f"more than {MAX_PER_SLOT[slot]} {slot}")
    if "shoes" not in slots:
        found.append("no shoes")
    if "dress" in slots and ("top" in slots or "bottom" in slots):
        found.append("a dress with a top or bottom")
    if "dress" not in slots and not ("top" in slots and "bottom" in slots):
        found.append("neither a dress nor a top and a bottom")
    if len({c.id for c in items}) != len(items):
        found.append("an item twice")
    repeated = [c.id for c in items if c.handle in used]
    if repeated:
        found.append(f"items already used in another outfit: {', '.join(repeated)}")
    if budget is not None and sum((c.price for c in items), Decimal(0)) > budget:
        found.append("over budget")
    if anchor_id is not None and anchor_id not in {c.id for c in items}:
        found.append("missing the item to complete")
    return found


def check(
    ids: list[str],
    why: str,
    candidates: CandidateSet,
    budget: Decimal | None,
    used: set[str],
    anchor_id: str | None = None,
) -> tuple[Outfit | None, list[str]]:
    """Validate the model's outfit; repair it when possible. Returns (outfit or None, what was wrong)."""
    offered = candidates.by_id()
    unknown = [i for i in ids if i not in offered]
    items = [offered[i] for i in dict.fromkeys(ids) if i in offered]
    issues = problems(items, budget, used, anchor_id)
    if unknown:
        issues.insert(0, f"ids not offered: {', '.join(unknown)}")
    if not issues:
        return Outfit(items, why, "model"), []
    repaired, repairs = repair(items, candidates, budget, used, anchor_id)
    if repaired is None or len(repairs) > MAX_REPAIRS:
        return None, issues
    return Outfit(repaired, why, "model", repairs), issues


def _best_unused(slot: str, candidates: CandidateSet, taken: set[str], used: set[str]) -> Candidate | None:
    for c in candidates.by_slot.get(slot, []):
        if c.id not in taken and c.handle not in used:
            return c
    return None


def repair(
    items: list[Candidate],
    candidates: CandidateSet,
    budget: Decimal | None,
    used: set[str],
    anchor_id: str | None,
) -> tuple[list[Candidate] | None, list[str]]:
    """Fix structure, repeats and budget with the best remaining candidates; None when it cannot be fixed."""
    repairs: list[str] = []
    offered = candidates.by_id()
    kept: list[Candidate] = []
    proposed = {c.id for c in items}
    for c in items:
        if c.handle in used:
            # one repair: the same slot's best piece not used yet (the model's choice of slot stands)
            alternative = _best_unused(c.slot, candidates, proposed | {k.id for k in kept}, used)
            if alternative is not None and c.id != anchor_id:
                kept.append(alternative)
                repairs.append(f"replaced {c.id} with {alternative.id} ({c.id} is in another outfit)")
            else:
                repairs.append(f"dropped {c.id} (used in another outfit)")
        elif sum(k.slot == c.slot for k in kept) >= MAX_PER_SLOT[c.slot]:
            repairs.append(f"dropped {c.id} (second {c.slot})")
        else:
            kept.append(c)
    if anchor_id and anchor_id not in {c.id for c in kept}:
        anchor = offered[anchor_id]
        kept = [c for c in kept if not (c.slot == anchor.slot and MAX_PER_SLOT[c.slot] == 1)]
        kept.append(anchor)
        repairs.append(f"added {anchor_id} (the item to complete)")
    slots = {c.slot for c in kept}
    if "dress" in slots and ({"top", "bottom"} & slots):
        anchor_slot = offered[anchor_id].slot if anchor_id else None
        drop_dress = anchor_slot in ("top", "bottom") or {"top", "bottom"} <= slots
        drop = {"dress"} if drop_dress else {"top", "bottom"}
        repairs.extend(f"dropped {c.id} (a dress replaces top and bottom)" for c in kept if c.slot in drop)
        kept = [c for c in kept if c.slot not in drop]
        slots = {c.slot for c in kept}
    taken = {c.id for c in kept}
    needed = ["shoes"]
    if "dress" not in slots:
        if {"top", "bottom"} & slots or not candidates.by_slot.get("dress"):
            needed += ["top", "bottom"]
        else:
            needed += ["dress"]
    for slot in needed:
        if slot not in slots:
            extra = _best_unused(slot, candidates, taken, used)
            if extra is None:
                return None, repairs
            kept.append(extra)
            taken.add(extra.id)
            slots.add(slot)
            repairs.append(f"added {extra.id} (no {slot})")
    if budget is not None:
        kept = _fit_budget(kept, candidates, budget, used, anchor_id, repairs)
        if kept is None:
            return None, repairs
    if problems(kept, budget, used, anchor_id):
        return None, repairs
    return kept, repairs


def _fit_budget(
    items: list[Candidate],
    candidates: CandidateSet,
    budget: Decimal,
    used: set[str],
    anchor_id: str | None,
    repairs: list[str],
) -> list[Candidate] | None:
    items = list(items)
    # Optional pieces go first, then the priciest required piece is swapped for a cheaper one of its slot.
    while sum((c.price for c in items), Decimal(0)) > budget:
        optional = [c for c in items if c.slot in ("accessory", "outerwear") and c.id != anchor_id]
        if optional:
            # accessories go before outerwear, which the weather may need
            drop = max(optional, key=lambda c: (c.slot == "accessory", c.price))
            items.remove(drop)
            repairs.append(f"dropped {drop.id} (over budget)")
            continue
        taken = {c.id for c in items}
        over = sum((c.price for c in items), Decimal(0)) - budget
        swaps = [
            (c, alt)
            for c in items if c.id != anchor_id
            for alt in candidates.by_slot.get(c.slot, [])
            if alt.id not in taken and alt.handle not in used and alt.price < c.price
        ]
        if not swaps:
            return None
        # prefer a swap that fits at once, then the best-ranked alternative
        fitting = [(c, alt) for c, alt in swaps if c.price - alt.price >= over]
        old, new = max(fitting or swaps, key=lambda pair: (pair[1].score, pair[0].price - pair[1].price))
        items[items.index(old)] = new
        repairs.append(f"swapped {old.id} for {new.id} (over budget)")
    return items
