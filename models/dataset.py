"""Training and evaluation sets for the stylist model, in exactly the runtime prompt format.

    stylist finetune --lookbook house --build-only     # writes models/data/house/{train,eval,fitb}.jsonl

From a lookbook's curated looks (and shoppers' thumbs-up outfits) it builds chat examples:
- outfit examples: a look's vibe phrasing, the candidates the engine retrieves for it (planning.plan_request,
  the same hard filters, steered by the lookbook profile of the training looks) with the look's items mixed in and the order shuffled within each slot, and the
  target answer (the look's items and its stylist note). Some examples ask for 2-3 outfits at once, from
  looks of the same department with close vibes and no shared items, as the app usually asks for several.
- fill-in-the-blank (FITB) examples: one item of a look hidden among three other items of the same slot and
  department, the rest given as "Every outfit includes" (the complete-the-look form of the prompt).

Split: a fixed 20% of looks (by a hash of the look id) are held out, with ALL their phrasings. Wordings are held
out by their base wording (app/stylist/wording.py: department, season and budget modifiers stripped): a training
phrasing whose base wording equals, contains or is contained in a held-out one is dropped, so neither the
evaluation's looks nor its wordings (in any variant) are ever trained on.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalog.models import Feedback, Look, Product, SavedOutfit
from app.search.index import ProductIndex
from app.stylist.lookbook_profile import LookbookProfiles
from app.stylist.wording import base_wording, named_budget
from app.stylist.planning import StyleRequest, candidate_of, plan_request
from app.stylist.weather import WeatherRule
from app.stylist.prompt import (
    SLOT_ORDER, Candidate, CandidateSet, build_messages, make_answer, answer_text, number_candidates,
)

EVAL_PERCENT = 20  # share of looks held out for evaluation
MULTI_OUTFIT_SHARE = 0.35  # share of outfit examples that ask for 2-3 outfits
FITB_OPTIONS = 4  # the hidden item and three distractors (random = 25%)


def is_held_out(look_key: str) -> bool:
    return int(hashlib.sha256(look_key.encode()).hexdigest(), 16) % 100 < EVAL_PERCENT


def phrasings(look: Look) -> list[str]:
    return [look.vibe, *look.paraphrases]


def overlaps(a: str, b: str) -> bool:
    """Two base wordings are one wording when equal or when one contains the other as whole words."""
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


@dataclass
class Split:
    train: list[Look]
    eval: list[Look]
    held_out_bases: set[str] = field(default_factory=set)  # base wordings of every held-out phrasing

    def held_out_wording(self, phrasing: str) -> bool:
        """True when the phrasing is a held-out wording or a variant of one (either contains the other)."""
        base = base_wording(phrasing)
        return any(overlaps(base, held) for held in self.held_out_bases)

    def training_phrasings(self, look: Look) -> list[str]:
        return [p for p in phrasings(look) if not self.held_out_wording(p)]


def split_looks(looks: Sequence[Look]) -> Split:
    train = [look for look in looks if not is_held_out(look.look_key)]
    held = [look for look in looks if is_held_out(look.look_key)]
    return Split(train, held, {base_wording(p) for look in held for p in phrasings(look)})


def _request(look: Look, phrasing: str, count: int) -> StyleRequest:
    return StyleRequest(  # the budget is read from the words, as the engine reads a shopper's (wording.py)
        vibe=phrasing, department=look.department if look.department != "unisex" else None,
        budget=named_budget(phrasing), season=look.season if look.season in ("spring", "summer", "autumn", "winter")
        else None, occasion=None, count=count,
    )


def _inject(candidates: CandidateSet, must: Iterable[Candidate], per_slot: int, rng: random.Random) -> CandidateSet:
    """Make sure the target items are offered, replacing the lowest-ranked others; shuffle within slots."""
    by_slot = {slot: list(items) for slot, items in candidates.by_slot.items()}
    targets = list(must)
    target_handles = {c.handle for c in targets}
    for item in targets:
        slot_items = by_slot.setdefault(item.slot, [])
        if item.handle in {c.handle for c in slot_items}:
            continue
        replaceable = [i for i, c in enumerate(slot_items) if c.handle not in target_handles]
        if len(slot_items) >= per_slot and replaceable:
            slot_items.pop(replaceable[-1])
        slot_items.append(item)
    for items in by_slot.values():
        rng.shuffle(items)
    return number_candidates(by_slot)


def _ids(candidates: CandidateSet, handles: Sequence[str]) -> list[str]:
    by_handle = {c.handle: c.id for c in candidates.all()}
    return [by_handle[h] for h in handles]


def example_record(
    kind: str, looks: Sequence[Look], phrasing: str, request: StyleRequest, candidates: CandidateSet,
    targets: Sequence[tuple[list[str], str]], must_include: tuple[str, ...] = (),
) -> dict[str, Any]:
    view = request.prompt_view(must_include)
    messages = build_messages(view, candidates)
    answer = make_answer(targets)
    return {
        "kind": kind,
        "looks": [look.look_key for look in looks],
        "lookbook": looks[0].lookbook,
        "department": looks[0].department,
        "phrasing": phrasing,
        "count": request.count,
        "budget": str(request.budget) if request.budget is not None else None,
        "must_include": list(must_include),
        "candidates": [
            {"id": c.id, "handle": c.handle, "slot": c.slot, "title": c.title, "price": str(c.price)}
            for c in candidates.all()
        ],
        "target": answer,
        "prompt": messages,
        "completion": [{"role": "assistant", "content": answer_text(answer)}],
    }


class Builder:
    def __init__(self, session: Session, index: ProductIndex, per_slot: int, seed: int = 1234,
                 lookbook: LookbookProfiles | None = None, weather: Mapping[str, WeatherRule] | None = None) -> None:
        self.session = session
        self.index = index
        self.per_slot = per_slot
        self.lookbook = lookbook  # retrieval as served: steered by the lookbook (its training looks only) ...
        self.weather = weather  # ... and by the store's rules for the weather a phrasing names
        self.rng = random.Random(seed)
        self.products = {p.handle: p for p in session.scalars(select(Product))}

    def candidate(self, handle: str) -> Candidate:
        return candidate_of(self.products[handle], 1.0, None)

    def outfit_example(self, looks: Sequence[Look], phrasing: str) -> dict[str, Any] | None:
        lead = looks[0]
        request = _request(lead, phrasing, len(looks))
        plan = plan_request(self.session, self.index, request, self.per_slot, lookbook=self.lookbook,
                            weather=self.weather)
        items = [self.candidate(h) for look in looks for h in look.handles if h in self.products]
        if request.budget is not None and any(
            sum((self.candidate(h).price for h in look.handles), Decimal(0)) > request.budget for look in looks
        ):
            request = StyleRequest(**{**request.__dict__, "budget": None})
        candidates = _inject(plan.candidates, items, max(self.per_slot, request.count + 2), self.rng)
        targets = [(_ids(candidates, look.handles), look.note) for look in looks]
        return example_record("outfit", looks, phrasing, request, candidates, targets)

    def fitb_example(self, look: Look, phrasing: str, hidden_slot: str | None = None) -> dict[str, Any] | None:
        """Hide one item among three distractors of the same slot and department."""
        items = [self.candidate(h) for h in look.handles]
        slots = [c.slot for c in items]
        hidden_slot = hidden_slot or self.rng.choice(slots)
        hidden = next(c for c in items if c.slot == hidden_slot)
        departments = {look.department, "unisex"} if look.department != "unisex" else {"women", "men", "unisex"}
        pool = [
            p for p in self.products.values()
            if p.slot == hidden_slot and p.department in departments and p.active and p.in_stock
            and p.handle not in look.handles and p.title.lower() != hidden.title.lower()  # no colourway of it
        ]
        if len(pool) < FITB_OPTIONS - 1:
            return None
        distractors = [candidate_of(p, 0.0, None) for p in self.rng.sample(pool, FITB_OPTIONS - 1)]
        options = [hidden, *distractors]
        self.rng.shuffle(options)
        by_slot: dict[str, list[Candidate]] = {slot: [c for c in items if c.slot == slot] for slot in SLOT_ORDER}
        by_slot[hidden_slot] = [c for c in by_slot[hidden_slot] if c.handle != hidden.handle] + options
        candidates = number_candidates(by_slot)
        request = StyleRequest(vibe=phrasing, department=look.department if look.department != "unisex" else None,
                               count=1)
        given = tuple(_ids(candidates, [c.handle for c in items if c.handle != hidden.handle]))
        record = example_record("fitb", [look], phrasing, request, candidates,
                                [(_ids(candidates, look.handles), look.note)], must_include=given)
        record["answer_id"] = _ids(candidates, [hidden.handle])[0]
        record["options"] = _ids(candidates, [c.handle for c in options])
        return record

    def feedback_examples(self, held_out: Callable[[str], bool]) -> list[dict[str, Any]]:
        """Shoppers' thumbs-up outfits become count=1 outfit examples (thumbs-down are left out)."""
        rows = self.session.scalars(
            select(SavedOutfit).join(Feedback).where(Feedback.vote > 0).distinct()
        )
        records = []
        for outfit in rows:
            if held_out(outfit.vibe) or not all(i["handle"] in self.products for i in outfit.items):
                continue
            look = Look(look_key=f"feedback-{outfit.id}", lookbook="feedback", vibe=outfit.vibe, paraphrases=[],
                        department=outfit.request.get("department") or "unisex",
                        handles=[i["handle"] for i in outfit.items], note=outfit.why, season="any")
            record = self.outfit_example([look], outfit.vibe)
            if record is not None:
                records.append(record)
        return records


def _partners(look: Look, pool: Sequence[Look], vectors: dict[str, Any], rng: random.Random, k: int) -> list[Look]:
    import numpy as np

    mine = vectors[look.look_key]
    scored = sorted(
        (float(np.dot(mine, vectors[o.look_key])), o.look_key, o) for o in pool
        if o.look_key != look.look_key and o.department == look.department
    )
    chosen: list[Look] = []
    used = set(look.handles)
    for _, _, other in reversed(scored[-8:]):
        if len(chosen) == k:
            break
        if not used & set(other.handles):
            chosen.append(other)
            used |= set(other.handles)
    return chosen


def build(
    session: Session, index: ProductIndex, lookbook: str, out_dir: Path, per_slot: int = 5, seed: int = 1234,
    max_train: int | None = None, weather: Mapping[str, WeatherRule] | None = None,
) -> dict[str, Any]:
    """Write train/eval/fitb JSONL files for one lookbook; returns the split summary for the model card.
    `weather`: the store's rules for named weather (OutfitRules.weather), so prompts list what serving lists."""
    looks = list(session.scalars(select(Look).where(Look.lookbook == lookbook).order_by(Look.look_key)))
    if not looks:
        raise ValueError(f"no looks in lookbook {lookbook!r}; load one with `stylist load-lookbook`")
    split = split_looks(looks)
    products = {p.handle: p for p in session.scalars(select(Product))}
    profiles = LookbookProfiles.build(split.train, products, index.embedder.embed,
                                      lambda p: not split.held_out_wording(p))
    builder = Builder(session, index, per_slot, seed, lookbook=profiles, weather=weather)
    rng = random.Random(seed)
    vectors = dict(zip([look.look_key for look in looks],
                       index.embedder.embed([look.vibe for look in looks]), strict=True))
    import numpy as np

    vectors = {k: np.asarray(v) for k, v in vectors.items()}

    train: list[dict[str, Any]] = []
    for look in split.train:
        for phrasing in split.training_phrasings(look):
            group = [look]
            if rng.random() < MULTI_OUTFIT_SHARE:
                group += _partners(look, split.train, vectors, rng, rng.choice([1, 2]))
            record = builder.outfit_example(group, phrasing)
            if record is not None:
                train.append(record)
        wordings = split.training_phrasings(look)
        fitb = builder.fitb_example(look, rng.choice(wordings)) if wordings else None
        if fitb is not None:
            train.append(fitb)
    train.extend(builder.feedback_examples(split.held_out_wording))
    rng.shuffle(train)
    if max_train is not None:
        train = train[:max_train]

    trained_handles = {h for look in split.train for h in look.handles}
    evaluation: list[dict[str, Any]] = []
    fitb_eval: list[dict[str, Any]] = []
    for look in split.eval:
        for phrasing in phrasings(look):
            record = builder.outfit_example([look], phrasing)
            if record is not None:
                record["unseen_items"] = not (set(look.handles) & trained_handles)
                evaluation.append(record)
        for slot in sorted({builder.products[h].slot for h in look.handles}):
            record = builder.fitb_example(look, look.vibe, hidden_slot=slot)
            if record is not None:
                fitb_eval.append(record)

    out_dir.mkdir(parents=True, exist_ok=True)
    files = {"train.jsonl": train, "eval.jsonl": evaluation, "fitb.jsonl": fitb_eval}
    hashes = {}
    for name, records in files.items():
        text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
        (out_dir / name).write_text(text)
        hashes[name] = hashlib.sha256(text.encode()).hexdigest()
    summary = {
        "lookbook": lookbook,
        "looks": len(looks),
        "train_looks": sorted(look.look_key for look in split.train),
        "eval_looks": sorted(look.look_key for look in split.eval),
        "examples": {name: len(records) for name, records in files.items()},
        "train_kinds": {k: sum(r["kind"] == k for r in train) for k in ("outfit", "fitb")},
        "multi_outfit_examples": sum(r["count"] > 1 for r in train),
        "eval_unseen_item_examples": sum(r.get("unseen_items", False) for r in evaluation),
        "sha256": hashes,
        "data_hash": hashlib.sha256("".join(hashes[n] for n in sorted(hashes)).encode()).hexdigest(),
        "per_slot": per_slot,
        "seed": seed,
    }
    (out_dir / "split.json").write_text(json.dumps(summary, indent=2))
    return summary
