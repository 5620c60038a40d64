"""Plan a styling request: embed the vibe once, retrieve SQL-checked candidates per slot with hard filters."""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalog.models import Product, Variant
from app.search.index import ProductIndex, SearchFilters, department_scope
from app.search.service import SearchHit, search_vector
from app.stylist.lookbook_profile import ItemFacts, LookbookProfiles, Profile
from app.stylist.variety import MAX_WEARS
from app.stylist.weather import COLD_WORDS, WET_WORDS, WeatherRule, allowed, named_weather, words_of
from app.stylist.wording import base_wording, named_budget
from app.stylist.prompt import SLOT_ORDER, Candidate, CandidateSet, PromptRequest, number_candidates

POOL_FACTOR = 24  # with a lookbook profile, rerank this many times the offered count per slot
WEATHER_POOL_FACTOR = 4  # with no lookbook profile (a small pool) and weather named, search this many times more
# a piece that breaks the named weather's rules scores at least this below every one that keeps them: more than
# validation.OFFER_MARGIN (1.0), so the model is never offered one beside a piece that keeps them, and more than
# outfit_search.SHAPE_WEIGHT (3.0), so the composer leaves an optional slot empty rather than wear one
WEATHER_MARGIN = 4.0
SIMILARITY_WEIGHT = 2.0  # cosine similarity to the (profile-steered) query, against the profile's log-score
# (held-out house requests, composer: 8 gave 23% clean outfits, 4 gave 27%, 2 and 1 gave 31%)

# words that make outerwear likely without being a must (used only when no lookbook has an opinion); named wet or
# cold weather (weather.py) makes it a must
COOL_WORDS = WET_WORDS | COLD_WORDS | {"cold", "colder", "icy", "frost", "frosty", "autumn", "fall", "wind", "windy",
                                       "hike", "hikes", "hiking"}


class RequestError(ValueError):
    """A request the shopper must change (unknown size, unknown item ...); the message says how."""


@dataclass(frozen=True)
class StyleRequest:
    vibe: str
    department: str | None = None
    size: str | None = None  # clothing size (tops, dresses, outerwear; bottoms unless bottom_size)
    bottom_size: str | None = None
    shoe_size: str | None = None
    budget: Decimal | None = None  # total per outfit
    occasion: str | None = None
    season: str | None = None
    exclude: tuple[str, ...] = ()
    count: int = 3
    style: str | None = None
    anchor: str | None = None  # complete the look around this product handle

    def size_for(self, slot: str) -> str | None:
        if slot == "shoes":
            return self.shoe_size
        if slot == "accessory":
            return None
        if slot == "bottom":
            return self.bottom_size or self.size
        return self.size

    def query_text(self) -> str:
        parts = [self.vibe]
        if self.occasion:
            parts.append(self.occasion)
        if self.season:
            parts.append(self.season)
        return ", ".join(parts)

    def with_named_budget(self) -> StyleRequest:
        """This request, with the budget the shopper wrote into the vibe or occasion ("... under $200") when the
        budget field is empty; the field wins when both are given. A complete-the-look request's vibe is written
        by the app from the item's title, so a price in a title ("Under $50 Tee") is never read as a budget."""
        if self.budget is not None or self.anchor is not None:
            return self
        budget = named_budget(self.said())
        return self if budget is None else replace(self, budget=budget)

    def said(self) -> str:
        """What the shopper wrote: the vibe and the occasion."""
        return f"{self.vibe}, {self.occasion}" if self.occasion else self.vibe

    def words(self) -> set[str]:
        """The whole words of the vibe and the occasion, lower case ("training" is not "rain")."""
        return words_of(self.said())

    def weather(self) -> frozenset[str]:
        """The weather the shopper named: "wet", "cold", "hot" (weather.py; a winter request is never hot)."""
        return named_weather(self.said(), self.season)

    def names_wet_or_cold(self) -> bool:
        """The shopper said rain, snow or cold: every outfit gets outerwear, whatever the lookbook says."""
        return bool(self.weather() & {"wet", "cold"})

    def wants_outerwear(self) -> bool:
        """Outerwear is likely wanted (cool weather, a hike, an autumn or winter season): the default when no
        lookbook says what the idea wears."""
        return bool(self.words() & COOL_WORDS) or self.season in ("autumn", "winter")

    def prompt_view(self, must_include: tuple[str, ...] = ()) -> PromptRequest:
        return PromptRequest(
            vibe=self.vibe, department=self.department, size=self.size, shoe_size=self.shoe_size,
            budget=self.budget, occasion=self.occasion, season=self.season, count=self.count,
            must_include=must_include,
        )


@dataclass
class Plan:
    request: StyleRequest
    candidates: CandidateSet
    products: dict[str, Product]  # handle -> SQL-checked product
    anchor_id: str | None = None
    retrieval_ms: float = 0.0
    empty_reason: str | None = None
    vibe_vector: list[float] = field(default_factory=list)
    profile: Profile | None = None  # what the style's lookbook says about this vibe (None: no lookbook)


def known_sizes(session: Session) -> set[str]:
    return set(session.scalars(select(Variant.size).distinct()))


def check_sizes(session: Session, request: StyleRequest) -> None:
    sizes = {s for s in (request.size, request.bottom_size, request.shoe_size) if s}
    if not sizes:
        return
    known = known_sizes(session)
    for size in sizes:
        if size not in known:
            examples = ", ".join(sorted(known, key=lambda s: (len(s), s))[:12])
            raise RequestError(f"unknown size {size!r}; sizes this store carries include {examples}")


def _price_in_size(product: Product, size: str | None) -> Decimal:
    variants = [v for v in product.variants if v.stock > 0 and (size is None or v.size == size)]
    return min(v.price for v in variants) if variants else min(v.price for v in product.variants)


def candidate_of(product: Product, score: float, size: str | None) -> Candidate:
    return Candidate(
        id="", handle=product.handle, slot=product.slot, title=product.title, price=_price_in_size(product, size),
        colors=tuple(product.colors), materials=tuple(product.materials), style_tags=tuple(product.style_tags),
        product_type=product.product_type, formality=product.formality, score=round(score, 4),
        pattern=product.pattern or "solid",
    )


def in_season(product: Product, season: str | None) -> bool:
    """A product sold for the request's season (products that list no season are worn all year)."""
    return season is None or not product.seasons or season in product.seasons


def _slot_query(vector: list[float], index: ProductIndex, profile: Profile | None, slot: str) -> list[float]:
    """The vibe's vector, steered toward the items the neighbouring lookbook looks wear in this slot."""
    if profile is None or not profile.slot_handles.get(slot):
        return vector
    weights: dict[str, float] = {}
    for handle, weight in profile.slot_handles[slot]:  # an item in several neighbouring looks counts for each
        weights[handle] = weights.get(handle, 0.0) + weight
    found, vectors = index.replica.vectors_of(list(weights))
    if not found:
        return vector
    mean = np.average(vectors, axis=0, weights=[weights[h] for h in found])
    query = np.asarray(vector, dtype=np.float32)
    query = query / (np.linalg.norm(query) or 1.0) + mean / (np.linalg.norm(mean) or 1.0)
    return (query / (np.linalg.norm(query) or 1.0)).tolist()


def outerwear_needed(request: StyleRequest) -> int:
    """Distinct outerwear designs an answer needs for every outfit to wear one (each may be in MAX_WEARS)."""
    return math.ceil(request.count / MAX_WEARS)


def designs_needed(request: StyleRequest, slot: str) -> int:
    """Designs of a slot that keep the named weather's rules, below which retrieval offers the rest too (scored
    lower): each outfit is best with a body of its own and, to be safe with the answer's variety, its own shoes
    (a top or bottom may come back only at a cost: outfit_search.REPEAT_COST); outerwear may
    come back (variety.py; outerwear_possible guards the rest); accessories are optional, so none are needed
    and one that breaks the rules is never offered."""
    if slot == "accessory":
        return 0
    return outerwear_needed(request) if slot == "outerwear" else request.count


def keeps_weather(weather: Mapping[str, WeatherRule], named: frozenset[str], slot: str, product: Product) -> bool:
    """Whether a product keeps the store's rules for the weather named, worn in this slot."""
    return allowed(weather, named, slot, product.product_type, product.materials, product.style_tags)


def weather_first(hits: list[SearchHit], request: StyleRequest, slot: str, weather: Mapping[str, WeatherRule],
                  named: frozenset[str]) -> list[SearchHit]:
    """The hits (one per design, best first), keeping the rules of the weather the shopper named (`named`, of
    those the store has rules for): those alone when there are enough of them for every outfit, else all, with
    those that break a rule scored at least WEATHER_MARGIN below every one that keeps them (the composer and the
    model's offer go by score)."""
    if not named:
        return hits
    fits = [keeps_weather(weather, named, slot, h.product) for h in hits]
    keep = [h for h, ok in zip(hits, fits, strict=True) if ok]
    if len(keep) >= designs_needed(request, slot):
        return keep
    rest = [h for h, ok in zip(hits, fits, strict=True) if not ok]
    if not keep or not rest:
        return keep + rest
    below = max(0.0, max(h.score for h in rest) - min(h.score for h in keep) + WEATHER_MARGIN)  # only ever lower
    return keep + [SearchHit(h.product, h.score - below) for h in rest]


def plan_request(
    session: Session, index: ProductIndex, request: StyleRequest, per_slot: int = 6,
    lookbook: LookbookProfiles | None = None, weather: Mapping[str, WeatherRule] | None = None,
) -> Plan:
    """Candidates per slot for the request. `weather`: the store's rules for the weather a shopper names
    (OutfitRules.weather); pieces that keep the rules of the weather named are offered first, and only they when
    enough fit the request for every outfit (weather_first)."""
    started = time.perf_counter()
    check_sizes(session, request)
    departments = department_scope(request.department)
    slots = [s for s in SLOT_ORDER if not (s == "dress" and request.department == "men")]
    anchor: Product | None = None
    if request.anchor:
        anchor = session.scalar(select(Product).where(Product.handle == request.anchor))
        if anchor is None or not anchor.active:
            raise RequestError(f"no item with handle {request.anchor!r}")
        size = request.size_for(anchor.slot)
        if not any(v.stock > 0 and (size is None or v.size == size) for v in anchor.variants):
            raise RequestError(f"{anchor.title} is not in stock{f' in size {size}' if size else ''}; "
                               "choose another size or item")
        if anchor.slot in ("top", "bottom"):
            slots = [s for s in slots if s != "dress"]
        elif anchor.slot == "dress":
            slots = [s for s in slots if s not in ("top", "bottom")]
    vector = index.embedder.embed_one(request.query_text())
    index.refresh(session)
    profile = None
    if lookbook is not None and len(lookbook):
        # the lookbook's neighbours are found by the wording alone: department, season and budget are filters
        # (embedded by the lookbook's vibe encoder, trained to tell its ideas apart: app/stylist/vibe_encoders.py)
        profile = lookbook.profile_of(base_wording(request.vibe), request.department)
    limit = max(per_slot, request.count + 2)
    named = request.weather() & (weather or {}).keys()  # weather the shopper named that the store has rules for
    by_slot: dict[str, list[Candidate]] = {}
    products: dict[str, Product] = {}
    exclude = tuple(request.exclude) + ((anchor.handle,) if anchor else ())
    for slot in slots:
        if anchor is not None and slot == anchor.slot and slot != "accessory":
            by_slot[slot] = [candidate_of(anchor, 1.0, request.size_for(slot))]
            products[anchor.handle] = anchor
            continue
        filters = SearchFilters(
            slots=(slot,), departments=departments, size=request.size_for(slot),
            max_price=float(request.budget) if request.budget is not None else None, exclude_handles=exclude,
        )
        # colourways of one design share a title: offer each design once (its best-ranked colourway)
        pool = limit * (POOL_FACTOR if profile is not None else 3 * (WEATHER_POOL_FACTOR if named else 1))
        hits = search_vector(session, index, _slot_query(vector, index, profile, slot), filters, pool, refresh=False)
        hits = [h for h in hits if in_season(h.product, request.season)]
        if profile is not None:
            hits = [SearchHit(h.product, profile.item_score(ItemFacts.of(h.product)) + SIMILARITY_WEIGHT * h.score)
                    for h in hits]
            hits.sort(key=lambda h: -h.score)
        designs: dict[tuple[str, str], SearchHit] = {}
        for hit in hits:
            designs.setdefault((hit.product.title.lower(), hit.product.product_type), hit)
        hits = weather_first(list(designs.values()), request, slot, weather or {}, named)[:limit]
        by_slot[slot] = [candidate_of(h.product, h.score, request.size_for(slot)) for h in hits]
        products.update((h.product.handle, h.product) for h in hits)
        if anchor is not None and slot == anchor.slot:  # an accessory anchor joins the other accessories
            by_slot[slot] = [candidate_of(anchor, 1.0, None), *by_slot[slot]][:limit]
            products[anchor.handle] = anchor
    candidates = number_candidates(by_slot)
    anchor_id = None
    if anchor is not None:
        anchor_id = next(c.id for c in candidates.all() if c.handle == anchor.handle)
    plan = Plan(request, candidates, products, anchor_id, vibe_vector=vector, profile=profile)
    plan.empty_reason = _why_empty(plan)
    plan.retrieval_ms = (time.perf_counter() - started) * 1000
    return plan


def cheapest_outfit(by_slot: dict[str, list[Candidate]]) -> Decimal | None:
    """The price of the cheapest body (a dress, or a top and a bottom) with shoes; None when there is none."""
    bodies = [c.price for c in by_slot.get("dress", [])]
    if by_slot.get("top") and by_slot.get("bottom"):
        bodies.append(min(c.price for c in by_slot["top"]) + min(c.price for c in by_slot["bottom"]))
    if not bodies or not by_slot.get("shoes"):
        return None
    return min(bodies) + min(c.price for c in by_slot["shoes"])


def outerwear_possible(plan: Plan) -> bool:
    """Whether every outfit of the answer can wear outerwear: enough designs are offered (each may be worn in
    MAX_WEARS outfits) and the cheapest outfit with one stays within the budget. Where not, outerwear the shopper's
    weather asks for stays optional rather than leaving the answer short of outfits."""
    coats = plan.candidates.by_slot.get("outerwear", [])
    if len(coats) < outerwear_needed(plan.request):
        return False
    if plan.request.budget is None:
        return True
    cheapest = cheapest_outfit(plan.candidates.by_slot)
    return cheapest is not None and cheapest + min(c.price for c in coats) <= plan.request.budget


def _why_empty(plan: Plan) -> str | None:
    """Why no complete outfit can be built from these candidates, in words that say what to relax."""
    request, by_slot = plan.request, plan.candidates.by_slot
    limits = []
    if request.budget is not None:
        limits.append(f"under ${request.budget:.0f}")
    if not by_slot.get("shoes"):
        size = f" in size {request.shoe_size}" if request.shoe_size else ""
        return f"no shoes in stock{size} {' '.join(limits)}".strip() + "; try another shoe size or a higher budget"
    has_separates = bool(by_slot.get("top")) and bool(by_slot.get("bottom"))
    if not has_separates and not by_slot.get("dress"):
        size = f" in size {request.size}" if request.size else ""
        return (f"no complete top-and-bottom or dress in stock{size} {' '.join(limits)}".strip()
                + "; try another size, department or a higher budget")
    cheapest = cheapest_outfit(by_slot)
    if request.budget is not None and cheapest is not None:
        if cheapest > request.budget:
            return (f"the cheapest complete outfit for this vibe costs ${cheapest:.0f}, above the ${request.budget:.0f} "
                    "budget; raise the budget or loosen the other filters")
    return None

