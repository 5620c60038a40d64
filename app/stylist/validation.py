"""Check a proposed outfit against the house rules and the shopper's constraints, and repair what can be.

Rules: one item per slot (accessories: up to two); a dress replaces top and bottom; shoes always; ids must be
offered candidates; sizes in stock (guaranteed by planning, which only offers SQL-checked items in the shopper's
sizes); the total within the budget; the answer's variety (variety.py: no dress of another of its outfits, no
piece two of them wear, at most one piece shared with them); a complete-the-look item
in every outfit; the store's written outfit rules (outfit_rules.py); the shape the lookbook's neighbouring
looks wear (outerwear in the rain, none at the beach: outfit_search.Shape); and no pick that those looks would
never wear while a better-fitting candidate of its slot is free (misfits_of).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from app.stylist.outfit_rules import NO_RULES, OutfitRules
from app.stylist.outfit_search import Shape, search, worth
from app.stylist.prompt import MAX_PER_SLOT, SLOT_ORDER, Candidate, CandidateSet
from app.stylist.variety import MAX_SHARED, too_many_shared


MAX_REPAIRS = 2  # a repair replaces at most this many of the model's picks, and keeps at least half of them
MISFIT_MARGIN = 3.0  # a pick scored this far below the best free candidate of its slot is replaced (about one
# attribute that none of the vibe's neighbouring lookbook looks wears: lookbook_profile.Profile.item_score)
OFFER_MARGIN = 1.0  # one outfit per call, the model may pick items this close to the best free one of their slot
# (house, first 60 held-out requests: 35.2% of outfits clean at 1.0 against 27.4% at MISFIT_MARGIN; with the
# slots decided, 46.4% at 1.0 and 44.1% at 2.0: models/README.md)


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


def problems(items: list[Candidate], budget: Decimal | None, used: set[str], anchor_id: str | None,
             shared: Collection[str] = ()) -> list[str]:
    """Every rule the outfit breaks (empty when it is valid). `used` and `shared`: the answer's variety."""
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
        found.append(f"items the answer's other outfits keep to themselves: {', '.join(repeated)}")
    if too_many_shared(items, shared):
        found.append(f"more than {MAX_SHARED} piece shared with the answer's other outfits")
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
    rules: OutfitRules = NO_RULES,
    shape: Shape | None = None,
    shared: Collection[str] = (),
) -> tuple[Outfit | None, list[str]]:
    """Validate the model's outfit; repair it when possible. Returns (outfit or None, what was wrong).

    A repair is the best rule-abiding outfit that keeps as many of the model's picks as possible, changing at
    most MAX_REPAIRS of them (outfit_search.py); the note is checked by the caller against the final items.
    """
    shape = shape or Shape()
    offered = candidates.by_id()
    unknown = [i for i in ids if i not in offered]
    items = [offered[i] for i in dict.fromkeys(ids) if i in offered]
    issues = problems(items, budget, used, anchor_id, shared) + rules.problems(items) + shape.problems(items)
    if unknown:
        issues.insert(0, f"ids not offered: {', '.join(unknown)}")
    misfits = [c for c in misfits_of(items, candidates, used, shared) if c.id != anchor_id]
    issues += [f"{c.id} is far from what the lookbook wears for this vibe" for c in misfits]
    if not issues:
        return Outfit(items, why, "model"), []
    keep = [c for c in items if c not in misfits]
    repaired = search(candidates, shape, rules, budget=budget, used=used, anchor_id=anchor_id, prefer=keep,
                      max_changes=MAX_REPAIRS, shared=shared)
    if repaired is None:
        return None, issues
    before, after = {c.id for c in items}, {c.id for c in repaired}
    if misfits and after == {c.id for c in keep} | {c.id for c in misfits}:  # nothing better fits: as picked
        return Outfit(items, why, "model"), []
    if len(before & after) < max(2, math.ceil(len(before) / 2)):  # mostly someone else's outfit: not the model's
        return None, issues
    repairs = [f"dropped {i}" for i in sorted(before - after)] + [f"added {i}" for i in sorted(after - before)]
    return Outfit(repaired, why, "model", repairs), issues


def fitting(candidates: CandidateSet, keep: Sequence[str] = (), margin: float = MISFIT_MARGIN,
            shared: Collection[str] = ()) -> CandidateSet:
    """The candidates within `margin` of their slot's best, plus any named in `keep` (the item to complete). At
    MISFIT_MARGIN: those misfits_of accepts in a first outfit. The model is offered only such candidates, so that
    a pick it is free to make is never one the check then rejects (which sent most answers to the composer)."""
    fit: dict[str, list[Candidate]] = {}
    for slot, offered in candidates.by_slot.items():
        if offered:
            best = max(worth(c, shared) for c in offered)
            fit[slot] = [c for c in offered if worth(c, shared) >= best - margin or c.id in keep]
    return CandidateSet(fit)


def misfits_of(items: list[Candidate], candidates: CandidateSet, used: set[str],
               shared: Collection[str] = ()) -> list[Candidate]:
    """The picks scored far below the best candidate of their slot that no other outfit of the answer wears.

    Candidates are ranked by how well they fit the looks the style's lookbook wears for the vibe (planning.py);
    a pick MISFIT_MARGIN below the best free one wears something those looks never do, while a close second
    is the model's taste and stays. A top or bottom an earlier outfit wears counts REPEAT_COST lower (worth)."""
    best: dict[str, float] = {}
    for slot, offered in candidates.by_slot.items():
        free = [worth(c, shared) for c in offered if c.handle not in used]
        if free:
            best[slot] = max(free)
    return [c for c in items if c.slot in best and worth(c, shared) < best[c.slot] - MISFIT_MARGIN]
