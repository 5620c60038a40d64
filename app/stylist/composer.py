"""The deterministic composer: outfits from the same candidates when the model is unavailable or wrong.

For each outfit it takes the best-ranked unused candidate per required slot (top + bottom, or a dress when
the best dress outranks the separates), shoes always, outerwear when the request mentions weather or the
season is cold, and an accessory when one ranks well; then fits the budget by the same rules as the
validator. Same input, same output.
"""

from __future__ import annotations

from decimal import Decimal

from app.stylist.planning import StyleRequest
from app.stylist.prompt import Candidate, CandidateSet
from app.stylist.validation import Outfit, problems, repair


def _score(cands: list[Candidate]) -> float:
    return sum(c.score for c in cands) / len(cands) if cands else -1.0


def compose_one(
    candidates: CandidateSet, request: StyleRequest, used: set[str], anchor_id: str | None
) -> Outfit | None:
    free = {slot: [c for c in cs if c.handle not in used] for slot, cs in candidates.by_slot.items()}
    anchor = candidates.by_id().get(anchor_id) if anchor_id else None
    separates = [*free.get("top", [])[:1], *free.get("bottom", [])[:1]]
    dresses = free.get("dress", [])[:1]
    use_dress = bool(dresses) and (len(separates) < 2 or _score(dresses) > _score(separates))
    if anchor is not None and anchor.slot in ("top", "bottom"):
        use_dress = False
    items: list[Candidate] = dresses if use_dress else separates
    if anchor is not None and anchor not in items and anchor.slot != "accessory":
        items = [c for c in items if c.slot != anchor.slot] + [anchor]
    items += free.get("shoes", [])[:1]
    cold = request.season in ("autumn", "winter") or request.wants_outerwear()
    if (cold or (anchor is not None and anchor.slot == "outerwear")) and free.get("outerwear"):
        items.append(anchor if anchor is not None and anchor.slot == "outerwear" else free["outerwear"][0])
    accessories = free.get("accessory", [])
    if anchor is not None and anchor.slot == "accessory":
        items.append(anchor)
    elif accessories and accessories[0].score >= _score(items) - 0.05:
        items.append(accessories[0])
    if not problems(items, request.budget, used, anchor_id):
        return Outfit(items, _why(items, request), "composer")
    fixed, _ = repair(items, candidates, request.budget, used, anchor_id)
    if fixed is None:
        return None
    return Outfit(fixed, _why(fixed, request), "composer")


def compose(
    candidates: CandidateSet, request: StyleRequest, count: int, used: set[str], anchor_id: str | None = None
) -> list[Outfit]:
    """Up to `count` outfits with no item repeated (except a complete-the-look item) across them."""
    outfits: list[Outfit] = []
    taken = set(used)
    anchor_handle = candidates.by_id()[anchor_id].handle if anchor_id else None
    for _ in range(count):
        outfit = compose_one(candidates, request, taken, anchor_id)
        if outfit is None:
            break
        outfits.append(outfit)
        taken |= {c.handle for c in outfit.items if c.handle != anchor_handle}
    return outfits


def _why(items: list[Candidate], request: StyleRequest) -> str:
    by_slot = {c.slot: c for c in items}
    body = by_slot.get("dress")
    main = f"the {body.title}" if body else " with ".join(
        f"the {by_slot[s].title}" for s in ("top", "bottom") if s in by_slot)
    finish = [f"the {by_slot[s].title}" for s in ("outerwear", "shoes", "accessory") if s in by_slot]
    total = sum((c.price for c in items), Decimal(0))
    return (f"Closest in-stock matches for \u201c{request.vibe}\u201d: {main}, finished with "
            f"{' and '.join(finish)} (${total:.0f}).")[:240]
