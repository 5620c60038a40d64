"""What the store's lookbooks say about a vibe: the house's taste, learned from curated looks, not rule code.

A store's lookbook is a few hundred looks, each with a vibe, paraphrases and its items. Looks that share a
wording (base wording: wording.py) are one idea, a group. For a new vibe the groups whose phrasings are closest
(by the style's vibe encoder, trained on these phrasings: app/stylist/vibe_encoders.py) show what the house wears for it: which product types fill each slot, which colours, materials,
patterns, style tags and formality levels appear, and how often the looks carry a dress, outerwear or
accessories. That profile

- ranks each slot's candidates (`item_score`): a product whose type, colours, fabric, pattern, style and
  formality all appear in the neighbouring looks scores high; one with an attribute they never wear scores low,
  and lower still when no look of the whole lookbook wears it (a colour, fabric, pattern or style the house
  never wears, whatever the vibe);
- steers retrieval (`slot_handles`, used by planning._slot_query): the mean embedding of the neighbouring looks'
  items in a slot, added to the vibe's, finds on-theme products that share no words with the vibe;
- shapes the outfit (`wants_dress`, `wants_outerwear`, `accessories`).

Built per lookbook (style) on its first request and again when the lookbook changes (LookbookCache); the
evaluation builds it from the training looks only, so held-out looks and wordings are never seen
(models/shopper_eval.py).
"""

from __future__ import annotations

import math
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalog.models import Look, Product
from app.stylist.wording import base_wording

GROUPS = 5  # wording groups (the lookbook's ideas: looks that share a wording) that make a vibe's profile
TEMPERATURE = 0.05  # softmax temperature over the groups' cosine similarity to the vibe (the vibe encoder
# spreads the similarities: with it 0.05 and 5 groups beat 0.02 and 3, composer clean outfits house 38.0% -> 42.7%,
# minimalist 33.0% -> 35.2%)
OTHER_DEPARTMENT_WEIGHT = 0.35  # a look for another department still says what colours and styles fit
SMOOTHING = 0.02  # probability floor of an attribute value no neighbour wears (log-score -3.9)
TAG_COVER = 0.95  # the style tags that explain this share of the neighbours' items (by look weight) license an item
COVER_SEARCH = 4  # tag sets up to this size are searched exhaustively for the smallest cover
# a colour, material, pattern or style tag that no look of the whole lookbook wears costs this much more than one
# only the vibe's neighbouring looks do not wear: the house never wears it at all (held-out minimalist requests,
# composer: 66.7% -> 68.8% clean, the same at 4.0; house unchanged, its lookbook wears every value)
STORE_PENALTY = 2.0
CLOTHING = ("top", "bottom", "dress", "outerwear", "shoes")


@dataclass(frozen=True)
class ItemFacts:
    """The attributes of a product that style depends on."""

    handle: str
    slot: str
    product_type: str
    colors: tuple[str, ...]
    materials: tuple[str, ...]
    pattern: str
    style_tags: tuple[str, ...]
    formality: int | None
    seasons: int = 4  # how many seasons it is sold for (0: not said, worn all year)

    @classmethod
    def of(cls, product: Product) -> ItemFacts:
        return cls(product.handle, product.slot, product.product_type, tuple(product.colors),
                   tuple(product.materials), product.pattern or "solid", tuple(product.style_tags), product.formality,
                   len(product.seasons) or 4)


@dataclass(frozen=True)
class LookFacts:
    key: str
    department: str
    items: tuple[ItemFacts, ...]
    group: int = 0  # looks that share a wording (directly or through other looks) are one group: one idea


def wording_groups(wordings: Sequence[Sequence[str]]) -> list[int]:
    """Group looks that share a base wording, directly or through a chain of looks (union-find)."""
    parent = list(range(len(wordings)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, texts in enumerate(wordings):
        for text in texts:
            j = first.setdefault(base_wording(text), i)
            parent[root(i)] = root(j)
    roots = [root(i) for i in range(len(wordings))]
    numbers = {r: n for n, r in enumerate(dict.fromkeys(roots))}
    return [numbers[r] for r in roots]


@dataclass
class Profile:
    """Weighted attribute frequencies of a vibe's neighbouring looks (each in 0..1)."""

    types: dict[str, dict[str, float]] = field(default_factory=dict)  # slot -> type -> share of looks
    colours: dict[str, float] = field(default_factory=dict)  # colour -> share of looks wearing it
    materials: dict[str, float] = field(default_factory=dict)
    patterns: dict[str, float] = field(default_factory=dict)
    tags: dict[str, float] = field(default_factory=dict)
    licensed_tags: frozenset[str] = frozenset()  # the few tags that explain every neighbouring item (tag_cover)
    formality: dict[int, float] = field(default_factory=dict)  # level -> share of looks whose clothing spans it
    season_span: dict[int, float] = field(default_factory=dict)  # seasons an item is sold for -> share of looks
    slot_share: dict[str, float] = field(default_factory=dict)  # slot -> share of looks with it
    accessories: float = 0.0  # mean accessories per look
    neighbours: list[tuple[str, float]] = field(default_factory=list)  # (look key, weight)
    idea: list[str] = field(default_factory=list)  # the looks of the closest idea (wording group), by key
    slot_handles: dict[str, list[tuple[str, float]]] = field(default_factory=dict)  # slot -> neighbours' items
    store: dict[str, frozenset[object]] = field(default_factory=dict)  # attribute -> values any look of the
    # lookbook wears (colours, materials, patterns, tags): what the house wears at all, whatever the vibe

    def item_score(self, item: ItemFacts) -> float:
        """Log-score of the product under this profile: 0 is a perfect fit, about -4 per attribute never worn."""
        def log(p: float) -> float:
            return math.log(p + SMOOTHING)

        score = log(self.types.get(item.slot, {}).get(item.product_type, 0.0))
        score += log(min((self.colours.get(c, 0.0) for c in item.colors), default=0.0))
        score += log(min((self.materials.get(m, 0.0) for m in item.materials), default=1.0))
        score += log(self.patterns.get(item.pattern, 0.0))
        if self.licensed_tags:  # a tag every neighbouring look's items could be worn for, not a tag they happen to share
            score += log(1.0 if self.licensed_tags & set(item.style_tags) else 0.0)
        else:
            score += log(max((self.tags.get(t, 0.0) for t in item.style_tags), default=0.0))
        score += log(self.season_span.get(item.seasons, 0.0))
        score -= STORE_PENALTY * len(self.never_worn(item))
        if item.formality is not None:
            levels = self.formality
            if item.slot == "accessory":  # accessories may sit a step outside the clothing's range
                near = max((levels.get(item.formality + d, 0.0) for d in (-1, 0, 1)), default=0.0)
                score += log(near)
            else:
                score += log(levels.get(item.formality, 0.0))
        return score

    def never_worn(self, item: ItemFacts) -> list[str]:
        """The attributes of the item that no look of the lookbook wears: a colour, a material, its pattern, or
        a style (none of its tags). Empty without a lookbook-wide view (a profile built by hand)."""
        if not self.store:
            return []
        store = self.store
        found = [name for name, values in (("colours", item.colors), ("materials", item.materials),
                                           ("patterns", (item.pattern,)))
                 if any(v not in store.get(name, frozenset()) for v in values)]
        if item.style_tags and not any(t in store.get("tags", frozenset()) for t in item.style_tags):
            found.append("tags")
        return found

    def wants_dress(self) -> float:
        return self.slot_share.get("dress", 0.0)

    def wants_outerwear(self) -> float:
        return self.slot_share.get("outerwear", 0.0)


def tag_cover(items: Sequence[tuple[tuple[str, ...], float]], share: float = TAG_COVER) -> frozenset[str]:
    """The smallest set of style tags that `share` of the items' weight carries at least one of.

    Why not each tag's frequency: a look's items carry their idea's tags plus common ones ("classic", "casual"),
    and a common tag can be as frequent among the neighbours as the idea's own. An item worn for the idea
    carries one of the idea's tags, so the fewest tags that explain all the neighbours' items are the idea's,
    and a candidate should carry one of them. Sets of up to COVER_SEARCH tags are searched exhaustively (most
    weight covered wins a tie); larger covers (neighbours of several ideas) are built greedily."""
    bags = [(frozenset(tags), weight) for tags, weight in items if tags]
    total = sum(weight for _, weight in items)
    if not bags or total <= 0:
        return frozenset()
    needed = share * total
    tags = sorted({tag for bag, _ in bags for tag in bag})

    def covered(chosen: frozenset[str]) -> float:
        return sum(weight for bag, weight in bags if bag & chosen)

    for size in range(1, min(COVER_SEARCH, len(tags)) + 1):
        best = max((frozenset(c) for c in combinations(tags, size)), key=covered)
        if covered(best) >= needed:
            return best
    chosen: set[str] = set()
    while covered(frozenset(chosen)) < needed:
        gain = {tag: covered(frozenset(chosen | {tag})) for tag in tags if tag not in chosen}
        chosen.add(max(gain, key=lambda tag: gain[tag]))
    return frozenset(chosen)


class LookbookProfiles:
    """The looks of one lookbook, their phrasing vectors and item facts; answers `profile(vibe vector)`."""

    def __init__(self, looks: Sequence[LookFacts], phrasing_vectors: np.ndarray, phrasing_look: Sequence[int],
                 embed: Callable[[list[str]], list[list[float]]] | None = None) -> None:
        self.looks = list(looks)
        self.embed = embed  # the vibe encoder the phrasings were embedded with; a vibe must be embedded alike
        vectors = np.asarray(phrasing_vectors, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors / np.where(norms == 0, 1, norms)
        # each wording group (one idea) is represented by the mean of its phrasings' vectors: on held-out
        # wordings that recognised the idea more often than the closest single phrasing did
        # (house 51% against 37%, minimalist 53% against 45%, top-1 idea of the held-out phrasings)
        self.group_ids = sorted({look.group for look in self.looks})
        centroids = np.zeros((len(self.group_ids), vectors.shape[1]), dtype=np.float32)
        position = {g: n for n, g in enumerate(self.group_ids)}
        for row, look_index in zip(vectors, phrasing_look, strict=True):
            centroids[position[self.looks[look_index].group]] += row
        norms = np.linalg.norm(centroids, axis=1, keepdims=True)
        self.centroids = centroids / np.where(norms == 0, 1, norms)
        store: dict[str, set[object]] = defaultdict(set)
        for look in self.looks:
            for item in look.items:
                store["colours"].update(item.colors)
                store["materials"].update(item.materials)
                store["patterns"].add(item.pattern)
                store["tags"].update(item.style_tags)
        self.store = {name: frozenset(values) for name, values in store.items()}

    def __len__(self) -> int:
        return len(self.looks)

    @classmethod
    def build(
        cls,
        looks: Iterable[Look],
        products: dict[str, Product],
        embed: Callable[[list[str]], list[list[float]]],
        keep_phrasing: Callable[[str], bool] = lambda _: True,
    ) -> LookbookProfiles:
        """From a lookbook's looks (products by handle; phrasings `keep_phrasing` rejects are left out)."""
        kept: list[tuple[Look, tuple[ItemFacts, ...], list[str]]] = []
        for look in looks:
            items = tuple(ItemFacts.of(products[h]) for h in look.handles if h in products)
            wordings = [p for p in [look.vibe, *look.paraphrases] if keep_phrasing(p)]
            if items and wordings:
                kept.append((look, items, wordings))
        groups = wording_groups([wordings for _, _, wordings in kept])
        facts: list[LookFacts] = []
        texts: list[str] = []
        owner: list[int] = []
        for (look, items, wordings), group in zip(kept, groups, strict=True):
            facts.append(LookFacts(look.look_key, look.department, items, group))
            texts += [base_wording(p) for p in wordings]
            owner += [len(facts) - 1] * len(wordings)
        vectors = np.asarray(embed(texts), dtype=np.float32) if texts else np.zeros((0, 1), dtype=np.float32)
        return cls(facts, vectors, owner, embed)

    def neighbours(self, vector: Sequence[float], department: str | None, groups: int = GROUPS,
                   ideas: list[tuple[int, float]] | None = None) -> list[tuple[int, float]]:
        """(look index, weight) of the looks of the wording groups closest to the vibe; weights sum to 1.

        A group's similarity is its phrasings' mean vector's; the best groups share the weight by a softmax, and
        each group's weight is shared by its looks (looks of the shopper's department count fully, others less).
        `ideas`: closest_ideas(vector), when the caller has it already."""
        if not self.looks:
            return []
        top = (ideas if ideas is not None else self.closest_ideas(vector))[:groups]
        peak = top[0][1]
        group_weight = {g: math.exp((s - peak) / TEMPERATURE) for g, s in top}
        total = sum(group_weight.values())
        weights: list[tuple[int, float]] = []
        for g, w in group_weight.items():
            members = [i for i, look in enumerate(self.looks) if look.group == g]
            share = {i: 1.0 if department is None or self.looks[i].department == department
                     else OTHER_DEPARTMENT_WEIGHT for i in members}
            norm = sum(share.values())
            weights += [(i, w / total * share[i] / norm) for i in members]
        return sorted(weights, key=lambda pair: -pair[1])

    def closest_ideas(self, vector: Sequence[float]) -> list[tuple[int, float]]:
        """(group, cosine similarity of its mean phrasing vector to the vibe), closest first."""
        query = np.array(vector, dtype=np.float32)  # a copy: the caller's vector is left as it was
        query /= np.linalg.norm(query) or 1.0
        sims = self.centroids @ query
        return sorted(zip(self.group_ids, sims.tolist(), strict=True), key=lambda pair: -pair[1])

    def profile_of(self, wording: str, department: str | None) -> Profile:
        """The profile of a vibe's base wording, embedded with this lookbook's vibe encoder."""
        if self.embed is None:
            raise ValueError("these profiles were built from vectors alone; pass a vector to profile()")
        return self.profile(self.embed([wording])[0], department)

    def profile(self, vector: Sequence[float], department: str | None) -> Profile:
        profile = Profile()
        ideas = self.closest_ideas(vector) if self.looks else []
        if ideas:
            profile.idea = [look.key for look in self.looks if look.group == ideas[0][0]]
        types: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        slot_weight: dict[str, float] = defaultdict(float)
        attrs: dict[str, dict[object, float]] = defaultdict(lambda: defaultdict(float))
        handles: dict[str, list[tuple[str, float]]] = defaultdict(list)
        accessories = 0.0
        tagged: list[tuple[tuple[str, ...], float]] = []
        for i, weight in self.neighbours(vector, department, ideas=ideas):
            look = self.looks[i]
            profile.neighbours.append((look.key, round(weight, 4)))
            seen: dict[str, set[object]] = defaultdict(set)
            for item in look.items:
                types[item.slot][item.product_type] += weight
                handles[item.slot].append((item.handle, weight))
                tagged.append((item.style_tags, weight))
                seen["colours"].update(item.colors)
                seen["materials"].update(item.materials)
                seen["patterns"].add(item.pattern)
                seen["tags"].update(item.style_tags)
                seen["season_span"].add(item.seasons)
            levels = [item.formality for item in look.items if item.slot in CLOTHING and item.formality is not None]
            if levels:  # a look wearing levels 2 and 4 would take a 3 as well: the span it wears counts
                seen["formality"].update(range(min(levels), max(levels) + 1))
            for name, values in seen.items():
                for value in values:
                    attrs[name][value] += weight
            for slot in {item.slot for item in look.items}:
                slot_weight[slot] += weight
            accessories += weight * sum(item.slot == "accessory" for item in look.items)
        profile.types = {slot: {t: w / slot_weight[slot] for t, w in by.items()} for slot, by in types.items()}
        profile.colours = dict(attrs["colours"])  # type: ignore[arg-type]
        profile.materials = dict(attrs["materials"])  # type: ignore[arg-type]
        profile.patterns = dict(attrs["patterns"])  # type: ignore[arg-type]
        profile.tags = dict(attrs["tags"])  # type: ignore[arg-type]
        profile.licensed_tags = tag_cover(tagged)
        profile.formality = dict(attrs["formality"])  # type: ignore[arg-type]
        profile.season_span = dict(attrs["season_span"])  # type: ignore[arg-type]
        profile.slot_share = dict(slot_weight)
        profile.accessories = accessories
        profile.slot_handles = dict(handles)
        profile.store = self.store
        return profile


class LookbookCache:
    """Each style's LookbookProfiles, rebuilt when its lookbook changes: a look added, removed or edited (checked
    with one cheap query a request, so a lookbook uploaded through another app process is picked up too).
    `encoder_for(style)` is the style's vibe encoder (app/stylist/vibe_encoders.py)."""

    def __init__(self, encoder_for: Callable[[str], Callable[[list[str]], list[list[float]]]]) -> None:
        self._encoder_for = encoder_for
        self._lock = threading.Lock()
        self._built: dict[str, tuple[tuple[int, int | None, str], LookbookProfiles]] = {}

    def get(self, session: Session, lookbook: str) -> LookbookProfiles | None:
        """The lookbook's profiles; None when the store has no lookbook of that name."""
        count, newest, changed = session.execute(
            select(func.count(Look.id), func.max(Look.id), func.max(Look.updated_at))
            .where(Look.lookbook == lookbook)).one()
        if not count:
            return None
        stamp = (int(count), newest, str(changed))  # looks added, removed (count or newest id) or edited in place
        with self._lock:
            cached = self._built.get(lookbook)
            if cached is not None and cached[0] == stamp:
                return cached[1]
            looks = list(session.scalars(select(Look).where(Look.lookbook == lookbook).order_by(Look.look_key)))
            handles = {h for look in looks for h in look.handles}
            products = {p.handle: p for p in session.scalars(select(Product).where(Product.handle.in_(handles)))}
            built = LookbookProfiles.build(looks, products, self._encoder_for(lookbook))
            self._built[lookbook] = (stamp, built)
            return built
