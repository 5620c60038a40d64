"""The outfit engine: plan -> prompt -> constrained generation (streamed) -> validation -> fallback.

Planning retrieves candidates steered by the style's lookbook (lookbook_profile.py); each streamed outfit is
checked against the slot rules, the store's written outfit rules and the lookbook's shape, and repaired by the
smallest change (outfit_search.py); a note that names what the outfit lacks, or repeats another, is rewritten
from the items (notes.py). The outfits of one answer each have a dress of their own and share at most one piece
with the outfits before them (variety.py).

`Stylist.stream()` yields each outfit as soon as its JSON object closes in the model's stream; when the
model is unreachable, too slow (STYLIST_LLM_DEADLINE_S) or wrong, the deterministic composer finishes the
answer from the same candidates and the answer says `degraded` with the reason.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import aclosing
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from anyio import to_thread
from sqlalchemy.orm import Session, sessionmaker

from app.catalog.db import session_scope
from app.catalog.models import Product, SavedOutfit
from app.search.index import ProductIndex
from app.stylist.composer import compose
from app.stylist.llm import LlmClient, ModelUnavailable, Usage
from app.stylist.lookbook_profile import LookbookCache
from app.stylist.notes import grounded_note, untrue_terms
from app.stylist.outfit_rules import NO_RULES, OutfitRules
from app.stylist.outfit_search import Shape, search
from app.stylist.planning import Plan, StyleRequest, outerwear_possible, plan_request
from app.stylist.prompt import (ANSWER_OPEN, SLOT_ORDER, AnswerError, Candidate, CandidateSet, OutfitStreamParser,
                                build_messages, outfit_schema, output_schema, parse_answer)
from app.stylist.validation import OFFER_MARGIN, Outfit, check, fitting
from app.stylist.variety import shared as shared_pieces
from app.stylist.variety import unavailable
from app.stylist.vibe_encoders import VibeEncoders

log = logging.getLogger(__name__)

TOKENS_PER_OUTFIT = 90  # items + a one-sentence why, with room to spare
IDS_TOKENS_PER_OUTFIT = 40  # items only (about 20 tokens), with room to spare


@dataclass
class Timings:
    retrieval_ms: float = 0.0
    generation_ms: float = 0.0
    validation_ms: float = 0.0
    first_outfit_ms: float | None = None
    total_ms: float = 0.0


@dataclass
class ModelChoice:
    served_name: str  # what the request names in `model`
    label: str  # what answers record, e.g. "house@3f2a9c1b" or "stylist-base (prompted)"
    fine_tuned: bool
    client: LlmClient | None


@dataclass
class Decided:
    """One outfit of an answer, saved, with the live product rows for the response."""

    id: str
    outfit: Outfit
    products: dict[str, Product]


@dataclass
class AnswerSummary:
    answer_id: str
    count: int
    degraded: bool
    degraded_reason: str | None
    model: str
    timings: Timings
    usage: Usage
    message: str | None = None
    style: str | None = None
    outfits: list[Decided] = field(default_factory=list)
    # why the composer stepped in: "warming_up", "unavailable", "timeout", "invalid" (the model answered, but
    # fewer of its outfits passed the checks than asked) or None
    degraded_kind: str | None = None
    notes_rewritten: int = 0  # model notes that named something not in the outfit, or repeated another


def adapter_version(path: Path) -> str:
    weights = path / "adapter_model.safetensors"
    if not weights.exists():
        return "unknown"
    return hashlib.sha256(weights.read_bytes()).hexdigest()[:8]


class Stylist:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        index: ProductIndex,
        clients: dict[str, LlmClient],
        *,
        served_name: str,
        adapters: dict[str, Path],
        default_style: str,
        deadline_s: float,
        per_slot: int = 6,
        on_answer: Callable[[AnswerSummary], None] | None = None,
        rules: OutfitRules = NO_RULES,
        model_per_slot: int | None = None,
        model_notes: bool = False,
        vibe_encoders_dir: Path | None = None,
        outfit_per_call: bool = False,
    ) -> None:
        self.outfit_per_call = outfit_per_call  # one model call per outfit, offering only unused items
        # candidates per slot shown to the model (the best-ranked; repairs and the composer use all of them)
        self.model_per_slot = model_per_slot or per_slot
        self.model_notes = model_notes  # the model writes notes (else ids only; notes from the items)
        self.rules = rules  # the store's written outfit rules (STYLIST_STYLE_RULES)
        self.encoders = VibeEncoders(index.embedder, vibe_encoders_dir)  # each style's vibe encoder
        self.lookbooks = LookbookCache(self.encoders.for_style)  # each style's lookbook, learned taste
        self.warming_up: Callable[[], bool] = lambda: False  # set by the runtime: model servers still starting
        self.on_answer = on_answer  # told about every finished answer (the app's metrics)
        self.sessions = sessions
        self.index = index
        self.clients = clients  # served model name -> client (one server may serve several names)
        self.served_name = served_name
        self.adapters = adapters
        self.versions = {name: adapter_version(path) for name, path in adapters.items()}
        self.default_style = default_style
        self.deadline_s = deadline_s
        self.per_slot = per_slot

    # -- model choice ------------------------------------------------------------------------------
    def styles(self) -> list[str]:
        return list(self.adapters) or [self.default_style]

    def choose_model(self, style: str | None) -> ModelChoice:
        name = style or self.default_style
        if name in self.adapters and name in self.clients:
            return ModelChoice(name, f"{name}@{self.versions[name]}", True, self.clients[name])
        return ModelChoice(self.served_name, f"{self.served_name} (prompted)", False,
                           self.clients.get(self.served_name))

    # -- planning ----------------------------------------------------------------------------------
    async def plan(self, request: StyleRequest) -> Plan:
        style = request.style or self.default_style

        def work() -> Plan:
            with self.sessions() as session:
                lookbook = self.lookbooks.get(session, style)
                plan = plan_request(session, self.index, request, self.per_slot, lookbook=lookbook,
                                    weather=self.rules.weather)
                session.expunge_all()  # products stay readable after the session closes
                return plan

        return await to_thread.run_sync(work)

    # -- answering ---------------------------------------------------------------------------------
    async def answer(self, request: StyleRequest) -> AnswerSummary:
        summary: AnswerSummary | None = None
        async for event, payload in self.stream(request):
            if event == "done":
                summary = payload
        assert summary is not None
        return summary

    async def stream(self, request: StyleRequest) -> AsyncIterator[tuple[str, Any]]:
        """Events: ("plan", Plan), ("outfit", Decided) per outfit, then ("done", AnswerSummary)."""
        started = time.perf_counter()
        request = request.with_named_budget()  # "minimalist office, rainy day, under $200": a budget of 200
        plan = await self.plan(request)
        timings = Timings(retrieval_ms=round(plan.retrieval_ms, 1))
        choice = self.choose_model(request.style)
        summary = AnswerSummary(uuid.uuid4().hex[:16], 0, False, None, choice.label, timings, Usage(),
                                style=request.style or self.default_style)
        yield "plan", plan
        if plan.empty_reason:
            summary.message = plan.empty_reason
            summary.model = "none"
            timings.total_ms = round((time.perf_counter() - started) * 1000, 1)
            self._finished(summary)
            yield "done", summary
            return

        anchor_handle = plan.candidates.by_id()[plan.anchor_id].handle if plan.anchor_id else None
        used: set[str] = set()  # what the next outfit may not wear (variety.py); grows with each outfit
        shared: set[str] = set()  # earlier outfits' pieces the next outfit may still wear, one at most
        decided: list[Decided] = []
        reason: str | None = None
        kind: str | None = None
        coats = outerwear_possible(plan)  # enough outerwear for every outfit, within the budget
        shape = Shape.of(plan.profile, request.wants_outerwear() and coats,
                         insists=request.names_wet_or_cold() and coats)
        offered = plan.candidates.all()

        def truthful(outfit: Outfit) -> Outfit:
            """The model's note, unless it names what the outfit lacks or repeats another outfit's note."""
            earlier = [d.outfit.why for d in decided]
            if outfit.why.strip() and not untrue_terms(outfit.why, outfit.items, offered) and outfit.why not in earlier:
                return outfit
            rewritten = outfit.source == "model" and bool(outfit.why.strip())  # a note the model wrote, untrue
            summary.notes_rewritten += rewritten
            return Outfit(outfit.items, grounded_note(outfit.items, request.vibe, avoid=earlier), outfit.source,
                          [*outfit.repairs, "note rewritten from the items"] if rewritten else outfit.repairs)

        async def emit(outfit: Outfit) -> Decided:
            item = await self._save(summary, plan, outfit)
            decided.append(item)
            worn = [d.outfit.items for d in decided]
            used.update(unavailable(worn, anchor_handle))
            shared.clear()
            shared.update(shared_pieces(worn, anchor_handle))
            if timings.first_outfit_ms is None:
                timings.first_outfit_ms = round((time.perf_counter() - started) * 1000, 1)
            return item

        llm = choice.client
        if llm is None:
            reason, kind = "no model server is configured", "unavailable"
        else:
            generation_started = time.perf_counter()
            validation_s = 0.0
            parser = OutfitStreamParser()
            must = (plan.anchor_id,) if plan.anchor_id else ()
            # the model sees the best few per slot, of the slots the vibe's looks wear, and may pick those that
            # fit the looks (validation.fitting): all outfits at once, those that fit a first outfit (the prompt
            # lists only them); one outfit per call, those that fit among the items the answer may still wear
            best = shape.worth_offering(plan.candidates.top(self.model_per_slot, keep=must), keep=must)
            shown = best if self.outfit_per_call else fitting(best, keep=must)
            messages = build_messages(request.prompt_view(must), shown, with_rules=not choice.fine_tuned)
            per_outfit = TOKENS_PER_OUTFIT if self.model_notes else IDS_TOKENS_PER_OUTFIT
            rejected: list[str] = []
            # the calls: all outfits in one, or one outfit per call, each continuing the answer written so far
            # with a schema that offers only the items the answer may still wear (variety.py)
            calls = request.count if self.outfit_per_call else 1
            written: list[str] = []  # one outfit per call: each outfit's JSON text as the model wrote it
            try:
                async with asyncio.timeout(self.deadline_s):
                    for _ in range(calls):
                        if self.outfit_per_call:
                            free, positions = self._next_offer(plan, shown, shape, used, must, shared)
                            prefix = ANSWER_OPEN + "".join(f"{text}," for text in written)
                            call_messages = [*messages, {"role": "assistant", "content": prefix}]
                            schema = outfit_schema(free, notes=self.model_notes, positions=positions)
                            max_tokens = per_outfit
                            parser = OutfitStreamParser()
                            parser.feed(ANSWER_OPEN)  # the earlier outfits are decided; only the new one is parsed
                        else:
                            call_messages = messages
                            schema = output_schema(shown.ids(), request.count, notes=self.model_notes)
                            max_tokens = per_outfit * request.count + 20
                        async with aclosing(llm.stream_json(choice.served_name, call_messages, schema, max_tokens,
                                                            summary.usage, cont=self.outfit_per_call)) as deltas:
                            async for delta in deltas:
                                for ids, why in parser.feed(delta):
                                    t0 = time.perf_counter()
                                    outfit, issues = check(ids, why, plan.candidates, request.budget, used,
                                                           plan.anchor_id, self.rules, shape, shared)
                                    validation_s += time.perf_counter() - t0
                                    if outfit is None:
                                        rejected.append("; ".join(issues))
                                        continue
                                    if len(decided) < request.count:
                                        yield "outfit", await emit(truthful(outfit))
                        if self.outfit_per_call:
                            written.append(parser.text[len(ANSWER_OPEN):])
                try:
                    parse_answer(ANSWER_OPEN + ",".join(written) + "]}" if self.outfit_per_call else parser.text)
                except AnswerError as exc:
                    reason, kind = f"the model's answer was not valid JSON ({exc})", "invalid"
            except TimeoutError:
                reason, kind = f"the model did not finish within {self.deadline_s:.0f} s", "timeout"
            except ModelUnavailable as exc:
                reason = f"the model is unavailable ({exc})"
                kind = "warming_up" if self.warming_up() else "unavailable"
            timings.generation_ms = round((time.perf_counter() - generation_started - validation_s) * 1000, 1)
            timings.validation_ms = round(validation_s * 1000, 2)
            if rejected and len(decided) < request.count:
                reason = reason or f"{len(rejected)} of the model's outfits broke the rules ({rejected[0]})"

        if len(decided) < request.count:
            reason = reason or "the model proposed fewer valid outfits than asked"
            for outfit in compose(plan.candidates, request, request.count - len(decided),
                                  [d.outfit.items for d in decided], plan.anchor_id, self.rules, shape):
                yield "outfit", await emit(truthful(outfit))
            summary.degraded = True
            summary.degraded_reason = reason
            summary.degraded_kind = kind or "invalid"
            if not any(d.outfit.source == "model" for d in decided):
                summary.model = "composer"
        if not decided:
            summary.message = "no complete outfit fits these constraints; try a higher budget or fewer filters"
        summary.count = len(decided)
        summary.outfits = decided
        timings.total_ms = round((time.perf_counter() - started) * 1000, 1)
        log.info("answer %s: %d outfits, model %s, degraded=%s (%s), %s", summary.answer_id, summary.count,
                 summary.model, summary.degraded, summary.degraded_reason, asdict(timings))
        self._finished(summary)
        yield "done", summary

    def _next_offer(self, plan: Plan, shown: CandidateSet, shape: Shape, used: set[str],
                    must: tuple[str, ...], shared: set[str]) -> tuple[list[str], list[list[str]] | None]:
        """What the model may pick for the next outfit, one outfit per call: (ids, positions).

        The ids are the shown items the answer may still wear (`used`: variety.py) that are close to the best of
        their slot (validation.OFFER_MARGIN). The positions are the slots of the best outfit the composer would
        make next (a dress or separates; outerwear and accessories only where it wears them), each with its ids:
        the lookbook's shape and the written rules decide the slots, which a model that puts a coat on a beach day
        or two tops in one outfit does not; the model chooses the pieces. A position offers only items that keep
        the outfit within the budget and the clothing within the planned outfit's formality levels, whatever the
        other positions' picks (the written formality-span rule then holds); a piece an earlier outfit wears only
        in the position where the planned outfit wears one (variety.MAX_SHARED). Positions are None when
        no rule-abiding outfit is left (the model's pick then goes to the checks, and the composer finishes).

        Measured (house, first 60 held-out requests, AVX-512 BF16 CPU): 45.8% of outfits clean, 2% of answers
        degraded, against 27.4% and 3% offering every unworn item within the misfit margin, and 35.2% and 83% for
        one call writing all outfits; the composer alone 46.4% (models/README.md)."""
        free = fitting(shown.without(used, keep=must), keep=must, margin=OFFER_MARGIN, shared=shared)
        request = plan.request
        planned = search(plan.candidates, shape, self.rules, budget=request.budget, used=used,
                         anchor_id=plan.anchor_id, shared=shared)
        if planned is None:
            return free.ids(), None
        # within a budget, each position may cost its planned item's price plus an equal share of what is left
        allowance = (request.budget - sum((c.price for c in planned), Decimal(0))) / len(planned) \
            if request.budget is not None else None
        # the clothing stays within the planned outfit's formality levels, so no mix of picks spans more than it
        levels = [c.formality for c in planned if c.slot != "accessory" and c.formality is not None]

        def fits(c: Candidate, item: Candidate) -> bool:
            if c.id == plan.anchor_id:  # the item to complete has a position of its own
                return False
            if c.handle in shared and item.handle not in shared:  # only where the plan shares: one at most
                return False
            if allowance is not None and c.price > item.price + allowance:
                return False
            if c.slot == "accessory" or c.formality is None or not levels:
                return True
            return min(levels) <= c.formality <= max(levels)

        def choices(item: Candidate) -> list[str]:
            if item.id == plan.anchor_id:
                return [item.id]
            return [c.id for c in free.by_slot.get(item.slot, []) if fits(c, item)] or [item.id]

        positions = [choices(item) for item in sorted(planned, key=lambda c: SLOT_ORDER.index(c.slot))]
        return free.ids(), positions

    def _finished(self, summary: AnswerSummary) -> None:
        if self.on_answer is not None:
            self.on_answer(summary)

    async def _save(self, summary: AnswerSummary, plan: Plan, outfit: Outfit) -> Decided:
        outfit_id = uuid.uuid4().hex[:16]
        items = outfit.ordered()
        request = plan.request
        row = SavedOutfit(
            id=outfit_id,
            answer_id=summary.answer_id,
            vibe=request.vibe,
            request=request_json(request),
            items=[{"handle": c.handle, "slot": c.slot, "title": c.title, "price": str(c.price)} for c in items],
            total=outfit.total,
            why=outfit.why,
            source=outfit.source,
            degraded=outfit.source != "model",
            degraded_reason="",
            model=summary.model if outfit.source == "model" else "composer",
            timings={"retrieval_ms": summary.timings.retrieval_ms},
        )

        def write() -> None:
            with session_scope(self.sessions) as session:
                session.add(row)

        await to_thread.run_sync(write)
        return Decided(outfit_id, Outfit(items, outfit.why, outfit.source, outfit.repairs), plan.products)


def request_json(request: StyleRequest) -> dict[str, Any]:
    data = asdict(request)
    data["budget"] = str(request.budget) if request.budget is not None else None
    data["exclude"] = list(request.exclude)
    return data


def request_from_json(data: dict[str, Any]) -> StyleRequest:
    return StyleRequest(**{**data, "budget": Decimal(data["budget"]) if data.get("budget") else None,
                           "exclude": tuple(data.get("exclude") or ())})
