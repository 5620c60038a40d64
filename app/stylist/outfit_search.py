"""Find the best outfit among the offered candidates that obeys every rule: the composer's engine and the repair
of the model's outfits.

An outfit is a body (one dress, or a top and a bottom), shoes, optional outerwear and 0-2 accessories. Its score
is the sum of its candidates' retrieval scores plus how well its shape fits what the lookbook's neighbouring looks
wear (a dress or separates, outerwear or not, how many accessories). A beam search over the slots keeps the best
partial outfits that break no written rule (outfit_rules.py), the budget, the answer's variety (variety.py: what
its other outfits keep to themselves, and at most one piece shared with them), and the item a complete-the-look
request must include.

A top or bottom an earlier outfit wears costs REPEAT_COST, so a fresh one wins unless it scores far lower.

Repairing the model's outfit is the same search with the model's picks preferred: the outfit that keeps the most
of them (then the best score) wins, and it may change at most `max_changes` of them.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations

from app.stylist.lookbook_profile import Profile
from app.stylist.outfit_rules import OutfitRules
from app.stylist.prompt import Candidate, CandidateSet
from app.stylist.variety import REPEATED_BODY, too_many_shared

PER_SLOT = 5  # candidates per slot the search looks at (the best-ranked first)
BEAM = 60  # partial outfits kept after each slot
SHAPE_WEIGHT = 3.0  # weight of the shape's fit (log-share of neighbouring looks) against item scores
REQUIRED_SHARE = 0.85  # a slot this share of the neighbouring looks wear is required (outerwear in the rain)
UNWANTED_SHARE = 0.1  # ... and one they (almost) never wear is left out
# a top or bottom an earlier outfit of the answer wears costs this much (in item log-score units: half of one
# attribute the looks never wear), so the answer repeats one only when no fresh piece comes close (variety.py;
# held-out house requests, composer: 0 -> 68.2% clean with 1.0 repeated per answer, 2 -> 67.7% with 0.41,
# 3 -> 66.2% with 0.29; minimalist 66.7% at 2 and 3)
REPEAT_COST = 2.0


@dataclass(frozen=True)
class Shape:
    """What the lookbook (or, without one, the request) says an outfit for this vibe looks like."""

    dress_share: float | None = None  # share of neighbouring looks with a dress (None: no opinion)
    outerwear_share: float | None = None
    accessories: float | None = None  # mean accessories per neighbouring look
    needs_outerwear: bool = False  # every outfit wears outerwear (the shopper named rain or cold, or no lookbook
    # has an opinion and the request sounds cool)

    @classmethod
    def of(cls, profile: Profile | None, wants_outerwear: bool, insists: bool = False) -> Shape:
        """The lookbook's shape for the vibe. `wants_outerwear`: the request sounds cool (decides only without a
        lookbook); `insists`: the shopper named wet or cold weather, so outerwear is required either way."""
        if profile is None or not profile.neighbours:
            return cls(needs_outerwear=wants_outerwear or insists)
        return cls(profile.wants_dress(), profile.wants_outerwear(), profile.accessories, insists)

    def outerwear(self) -> str:
        """'required', 'optional' or 'none'."""
        if self.needs_outerwear:
            return "required"
        if self.outerwear_share is None:
            return "optional"
        if self.outerwear_share >= REQUIRED_SHARE:
            return "required"
        if self.outerwear_share <= UNWANTED_SHARE:
            return "none"
        return "optional"

    def max_accessories(self) -> int:
        """Without a lookbook, one accessory at most (most looks wear 0 or 1); else what the neighbours wear."""
        return 1 if self.accessories is None else min(2, math.ceil(self.accessories + 0.25))

    def worth_offering(self, candidates: CandidateSet, keep: Sequence[str] = ()) -> CandidateSet:
        """The candidates without the slots this vibe's looks (almost) never wear: outerwear when they wear none,
        dresses when they wear separates, tops and bottoms when they wear dresses, accessories when they wear
        none. Shorter prompts, and nothing the model could pick that the lookbook would not wear. A slot that a
        kept candidate (the item to complete) is in stays, with its partner for separates; so does one kind of
        body (a dress, or a top and a bottom) when the other is not offered."""
        dropped: set[str] = set()
        if self.outerwear() == "none":
            dropped.add("outerwear")
        offered = {slot for slot, items in candidates.by_slot.items() if items}
        # one kind of body stays whatever the looks say: a men's request may find only women's looks wearing dresses
        if self.dress_share is not None and self.dress_share <= UNWANTED_SHARE and {"top", "bottom"} <= offered:
            dropped.add("dress")
        if self.dress_share is not None and self.dress_share >= 1 - UNWANTED_SHARE and "dress" in offered:
            dropped |= {"top", "bottom"}
        if self.accessories is not None and self.accessories <= UNWANTED_SHARE:
            dropped.add("accessory")
        kept_slots = {c.slot for c in candidates.all() if c.id in keep}
        if kept_slots & {"top", "bottom"}:
            dropped -= {"top", "bottom"}
        dropped -= kept_slots
        return CandidateSet({slot: items for slot, items in candidates.by_slot.items() if slot not in dropped})

    def fit(self, items: Sequence[Candidate]) -> float:
        """Log-share of the neighbouring looks that share this outfit's shape (0 without a lookbook)."""
        slots = [c.slot for c in items]
        score = 0.0
        if self.dress_share is not None:
            p = self.dress_share if "dress" in slots else 1 - self.dress_share
            score += math.log(p + 0.05)
        if self.outerwear_share is not None:
            p = self.outerwear_share if "outerwear" in slots else 1 - self.outerwear_share
            score += math.log(p + 0.05)
        if self.accessories is not None:
            score -= abs(slots.count("accessory") - self.accessories)
        elif self.needs_outerwear and "outerwear" not in slots:
            score -= 1.0
        return SHAPE_WEIGHT * score

    def problems(self, items: Sequence[Candidate]) -> list[str]:
        slots = [c.slot for c in items]
        found = []
        mode = self.outerwear()
        if mode == "required" and "outerwear" not in slots:
            found.append("no outerwear for this vibe")
        if mode == "none" and "outerwear" in slots:
            found.append("outerwear this vibe does not wear")
        if slots.count("accessory") > self.max_accessories():
            found.append("more accessories than this vibe wears")
        return found


def worth(candidate: Candidate, shared: Collection[str] = ()) -> float:
    """A candidate's score for the next outfit: less REPEAT_COST for a top or bottom an earlier outfit of the
    answer wears (`shared`), so a worn top is no fresh top's yardstick (validation.py counts it alike)."""
    if candidate.handle in shared and candidate.slot in REPEATED_BODY:
        return candidate.score - REPEAT_COST
    return candidate.score


def _total(items: Sequence[Candidate]) -> Decimal:
    return sum((c.price for c in items), Decimal(0))


def search(
    candidates: CandidateSet,
    shape: Shape,
    rules: OutfitRules,
    *,
    budget: Decimal | None,
    used: set[str],
    anchor_id: str | None = None,
    prefer: Sequence[Candidate] = (),
    max_changes: int | None = None,
    shared: Collection[str] = (),
) -> list[Candidate] | None:
    """The best rule-abiding outfit, or None. With `prefer`, keep as many of those items as possible. `used`:
    what it may not wear; `shared`: earlier outfits' pieces, of which it may wear MAX_SHARED (variety.py)."""
    preferred = {c.id for c in prefer}
    anchor = candidates.by_id().get(anchor_id) if anchor_id else None

    def pool(slot: str) -> list[Candidate]:
        free = [c for c in candidates.by_slot.get(slot, []) if c.handle not in used or c.id == anchor_id]
        if anchor is not None and anchor.slot == slot and slot != "accessory":
            return [anchor]
        best = free[:PER_SLOT]
        return best + [c for c in free[PER_SLOT:] if c.id in preferred]

    def value(items: Sequence[Candidate]) -> tuple[int, int, float]:
        """Most of the preferred items kept, then the fewest others added (a repair is minimal), then the score."""
        kept = sum(c.id in preferred for c in items)
        added = len(items) - kept if preferred else 0
        return kept, -added, sum(worth(c, shared) for c in items) + shape.fit(items)

    def ok(items: list[Candidate], complete: bool) -> bool:
        if budget is not None and _total(items) > budget:
            return False
        if too_many_shared(items, shared):
            return False
        found = rules.problems(items)
        if not complete:  # a colour worn nowhere else yet may still be repeated by a later piece
            found = [p for p in found if "worn nowhere else" not in p]
        return not found

    bodies: list[list[Candidate]] = []
    dress_allowed = anchor is None or anchor.slot not in ("top", "bottom")
    separates_allowed = anchor is None or anchor.slot != "dress"
    if dress_allowed:
        bodies += [[d] for d in pool("dress")]
    if separates_allowed:
        bodies += [[t, b] for t in pool("top") for b in pool("bottom")]
    beam = [items for items in bodies if ok(items, False)]
    stages: list[list[list[Candidate]]] = [[[s] for s in pool("shoes")]]
    outer_mode = "required" if anchor is not None and anchor.slot == "outerwear" else shape.outerwear()
    outer = [[o] for o in pool("outerwear")]
    stages.append(outer if outer_mode == "required" else ([[]] + outer if outer_mode == "optional" else [[]]))
    accessories = pool("accessory")
    n_max = shape.max_accessories()
    if anchor is not None and anchor.slot == "accessory":
        others = [a for a in accessories if a.id != anchor.id]
        options = [[anchor, *extra] for k in range(n_max) for extra in combinations(others, k)] or [[anchor]]
    else:
        options = [list(combo) for k in range(n_max + 1) for combo in combinations(accessories, k)]
    stages.append(options)
    for stage_number, stage in enumerate(stages):
        last = stage_number == len(stages) - 1
        grown = [items + extra for items in beam for extra in stage if ok(items + extra, last)]
        grown.sort(key=value, reverse=True)
        beam = grown[:BEAM] if not last else grown
    if max_changes is not None and prefer:
        beam = [items for items in beam if len(preferred - {c.id for c in items}) <= max_changes]
    if anchor_id is not None:
        beam = [items for items in beam if anchor_id in {c.id for c in items}]
    return max(beam, key=value) if beam else None
