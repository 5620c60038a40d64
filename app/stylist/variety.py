"""Which pieces the outfits of one answer may share.

Three outfits for one vibe read like a stylist's capsule: a dress is never worn by two outfits of the answer, while
a good pair of trousers, a shirt, boots, a coat or a bag may come back in one more outfit, and the card says so
("Also in outfit 1"). A piece other than a dress appears in at most MAX_WEARS outfits of an answer, and an outfit
shares at most MAX_SHARED pieces with the outfits before it (so the second outfit is never the first with another
shirt: it may keep the trousers, but then its shirt, shoes, coat and bag are new); the item a complete-the-look
request is built around is in all of them. The search (outfit_search.REPEAT_COST) prefers a fresh top or bottom,
and repeats one only when the store has no fresh piece nearly as good for the vibe.

Why: the best pieces for a vibe are few. When no outfit could share shoes or a coat, the second and third outfits
took whatever was left and broke the house style far more often than the first; when no outfit could share a top
or bottom, the third outfit still broke it about half the time (the demo store offers a request's theme, department
and season fewer than three clean bodies in a quarter of the held-out requests; models/README.md has the
measurements).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from typing import Protocol

NEVER_SHARED = frozenset({"dress"})  # a dress is worn by one outfit of an answer
REPEATED_BODY = frozenset({"top", "bottom"})  # may come back (like shoes), at a cost in the search
MAX_WEARS = 2  # a piece other than a dress is in at most this many outfits of one answer
MAX_SHARED = 1  # pieces an outfit may share with the earlier outfits of its answer (the complete-the-look item aside)


class Piece(Protocol):
    @property
    def slot(self) -> str: ...

    @property
    def handle(self) -> str: ...


def unavailable(worn: Sequence[Sequence[Piece]], anchor: str | None = None) -> set[str]:
    """The handles the next outfit may not wear, given the outfits of the answer decided so far.

    Grows monotonically as outfits are added, so a caller may keep one set and update it."""
    body = {p.handle for outfit in worn for p in outfit if p.slot in NEVER_SHARED}
    wears = Counter(p.handle for outfit in worn for p in outfit if p.slot not in NEVER_SHARED)
    return (body | {handle for handle, n in wears.items() if n >= MAX_WEARS}) - {anchor}


def shared(worn: Sequence[Sequence[Piece]], anchor: str | None = None) -> set[str]:
    """The pieces earlier outfits wear that the next outfit may still wear (at most MAX_SHARED of them)."""
    return {p.handle for outfit in worn for p in outfit} - unavailable(worn, anchor) - {anchor}


def too_many_shared(items: Sequence[Piece], shared_pieces: Collection[str]) -> bool:
    return sum(p.handle in shared_pieces for p in items) > MAX_SHARED


def worn_earlier(outfits: Sequence[Sequence[str]], exempt: str | None = None) -> list[dict[str, int]]:
    """For each outfit (its handles, in answer order), its pieces that an earlier outfit wears, each with the
    number (1-based) of the first outfit that wears it. `exempt` (the complete-the-look item) is never listed."""
    first: dict[str, int] = {}
    shared: list[dict[str, int]] = []
    for number, handles in enumerate(outfits, start=1):
        shared.append({h: first[h] for h in handles if h in first and h != exempt})
        for handle in handles:
            first.setdefault(handle, number)
    return shared
