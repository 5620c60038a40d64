"""The deterministic composer: outfits from the same candidates when the model is unavailable or wrong.

Each outfit is the best-scoring combination of the offered candidates that obeys the written rules, the budget
and the shape the lookbook's neighbouring looks wear (outfit_search.py); the answer's outfits share no item
(except a complete-the-look item). Its note is written from the chosen items only (notes.py). Same input, same
output.
"""

from __future__ import annotations

from app.stylist.notes import grounded_note
from app.stylist.outfit_rules import NO_RULES, OutfitRules
from app.stylist.outfit_search import Shape, search
from app.stylist.planning import StyleRequest
from app.stylist.prompt import CandidateSet
from app.stylist.validation import Outfit


def compose(
    candidates: CandidateSet,
    request: StyleRequest,
    count: int,
    used: set[str],
    anchor_id: str | None = None,
    rules: OutfitRules = NO_RULES,
    shape: Shape | None = None,
) -> list[Outfit]:
    """Up to `count` outfits with no item repeated (except a complete-the-look item) across them."""
    shape = shape or Shape(needs_outerwear=request.wants_outerwear() or request.season in ("autumn", "winter"))
    outfits: list[Outfit] = []
    taken = set(used)
    anchor_handle = candidates.by_id()[anchor_id].handle if anchor_id else None
    notes: list[str] = []
    for _ in range(count):
        items = search(candidates, shape, rules, budget=request.budget, used=taken, anchor_id=anchor_id)
        if items is None:
            break
        note = grounded_note(items, request.vibe, avoid=notes)
        notes.append(note)
        outfits.append(Outfit(items, note, "composer"))
        taken |= {c.handle for c in items if c.handle != anchor_handle}
    return outfits
