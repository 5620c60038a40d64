"""The deterministic composer: outfits from the same candidates when the model is unavailable or wrong.

Each outfit is the best-scoring combination of the offered candidates that obeys the written rules, the budget
and the shape the lookbook's neighbouring looks wear (outfit_search.py); the answer's outfits share only what
variety.py allows (no dress; another piece in at most two outfits and at most one piece shared per outfit, a
repeated top or bottom only when no fresh one comes close;
a complete-the-look item in all). Its note is written from the chosen items only (notes.py). Same input, same
output.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.stylist.notes import grounded_note
from app.stylist.outfit_rules import NO_RULES, OutfitRules
from app.stylist.outfit_search import Shape, search
from app.stylist.planning import StyleRequest
from app.stylist.prompt import Candidate, CandidateSet
from app.stylist.validation import Outfit
from app.stylist.variety import shared, unavailable


def compose(
    candidates: CandidateSet,
    request: StyleRequest,
    count: int,
    worn: Sequence[Sequence[Candidate]] = (),
    anchor_id: str | None = None,
    rules: OutfitRules = NO_RULES,
    shape: Shape | None = None,
) -> list[Outfit]:
    """Up to `count` more outfits for an answer whose outfits so far wear `worn`."""
    shape = shape or Shape(needs_outerwear=request.wants_outerwear())
    outfits: list[Outfit] = []
    anchor_handle = candidates.by_id()[anchor_id].handle if anchor_id else None
    answer = [list(items) for items in worn]
    notes: list[str] = []
    for _ in range(count):
        items = search(candidates, shape, rules, budget=request.budget, used=unavailable(answer, anchor_handle),
                       anchor_id=anchor_id, shared=shared(answer, anchor_handle))
        if items is None:
            break
        note = grounded_note(items, request.vibe, avoid=notes)
        notes.append(note)
        outfits.append(Outfit(items, note, "composer"))
        answer.append(items)
    return outfits
