"""The engine's model path against a scripted OpenAI-compatible server on a real socket: the streamed answer is
parsed outfit by outfit, each outfit is checked and repaired against the rules, untrue or repeated notes are
rewritten, and the composer tops the answer up when the model's outfits cannot be used; the answer says so."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

from app.catalog.db import session_scope
from app.catalog.lookbooks import load_lookbook
from app.config import REPO_ROOT
from app.services import Services
from app.stylist.engine import Stylist
from app.stylist.llm import LlmClient
from app.stylist.notes import untrue_terms
from app.stylist.outfit_rules import OutfitRules
from app.stylist.outfit_search import Shape
from app.stylist.planning import StyleRequest
from app.stylist.validation import OFFER_MARGIN, fitting, misfits_of, problems
from app.stylist.variety import MAX_SHARED, shared, unavailable
from app.stylist.weather import allowed
from tests.helpers import assert_variety, serve_in_thread

RULES = OutfitRules.load(REPO_ROOT / "inventory" / "style_rules.toml")


def scripted_answer(ids: list[str], notes: bool) -> str:
    """Three outfits from whatever slots are offered: one the checks accept (with a note about garments it lacks),
    one that needs repair (the first outfit's top or dress again), one that is past repair (a lone pair of shoes).
    Notes only when the schema asks for them."""
    codes = {code: [i for i in ids if i.startswith(code)] for code in "TBDOSA"}
    # dresses when offered (the tests ask for a black-tie gala), else separates
    separates = len(codes["D"]) < 2 and len(codes["T"]) >= 2 and len(codes["B"]) >= 2

    def body(n: int) -> list[str]:
        if separates:
            return [codes["T"][n], codes["B"][n]]
        dresses = codes["D"] * 2
        return [dresses[n], *(codes["A"] or codes["O"])[n:n + 1]]

    shoes = codes["S"] * 3  # fewer than three offered (a hand-written schema): repeat them
    outfits = [{"items": [*body(0), shoes[0]]}, {"items": [*body(0)[:1], *body(1)[1:], shoes[1]]},
               {"items": [shoes[1], shoes[2]]}]
    for outfit in outfits:
        if notes:
            outfit["why"] = "A sequin gown with velvet slippers, simply perfect."
    return json.dumps({"outfits": outfits}, separators=(",", ":"))


def scripted_server(state: dict[str, bool] | None = None, seen: list[dict[str, Any]] | None = None) -> FastAPI:
    """`state["up"] = False` makes the completions route fail with a 500 until it is set back; `state["slow"]`
    makes it stream forever (and set `state["closed"]` when the client disconnects); every request body is
    appended to `seen`."""
    app = FastAPI()
    state = state if state is not None else {"up": True}
    seen = seen if seen is not None else []

    @app.get("/healthz")
    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": "house", "object": "model", "created": 0, "owned_by": "test"}]}

    @app.post("/v1/chat/completions")
    async def complete(request: Request) -> Any:
        if not state["up"]:
            return JSONResponse({"error": {"message": "scripted outage"}}, status_code=500)
        body = await request.json()
        schema = body["response_format"]["json_schema"]["schema"]
        one = "outfits" not in schema["properties"]  # one outfit per call: the schema is the outfit object
        outfit = schema if one else schema["properties"]["outfits"]["items"]
        seen.append(body)
        positions = outfit["properties"]["items"].get("prefixItems")
        if positions:  # the outfit's slots are decided: the first id each position offers
            text = json.dumps({"items": [p["enum"][0] for p in positions]}, separators=(",", ":"))
        else:
            text = scripted_answer(outfit["properties"]["items"]["items"]["enum"], "why" in outfit["properties"])
        if one and not positions:  # the scripted answer's first outfit, from the items this call still offers
            text = json.dumps(json.loads(text)["outfits"][0], separators=(",", ":"))
        if not body.get("stream"):
            return JSONResponse({"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                                 "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                              "finish_reason": "stop"}]})

        def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
            return "data: " + json.dumps({"id": "x", "object": "chat.completion.chunk", "created": 0,
                                          "model": body["model"], "choices": [
                                              {"index": 0, "delta": delta, "finish_reason": finish}]}) + "\n\n"

        async def slow() -> Any:  # a server that never finishes: says when the client goes away
            try:
                while True:
                    yield chunk({"content": " "})
                    await asyncio.sleep(0.1)
            finally:
                state["closed"] = True

        if state.get("slow"):
            return StreamingResponse(slow(), media_type="text/event-stream")

        async def events() -> Any:
            for start in range(0, len(text), 9):  # small pieces, as tokens arrive
                yield chunk({"content": text[start:start + 9]})
            yield chunk({}, "stop")
            usage = {"prompt_tokens": 100, "completion_tokens": 60, "total_tokens": 160}
            yield "data: " + json.dumps({"id": "x", "object": "chat.completion.chunk", "created": 0,
                                         "model": body["model"], "choices": [], "usage": usage}) + "\n\n"
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    return app


SEEN: list[dict[str, Any]] = []  # request bodies the scripted server received


@pytest.fixture(scope="module")
def model_url() -> Iterator[str]:
    with serve_in_thread(scripted_server(seen=SEEN)) as url:
        yield f"{url}/v1"


@pytest.fixture(scope="module")
def store(demo_store: Services) -> Services:
    with session_scope(demo_store.sessions) as session:
        load_lookbook(session, REPO_ROOT / "inventory" / "lookbooks" / "house.csv")
    return demo_store


def _answer(store: Services, model_url: str, folder: Path, model_notes: bool,
            outfit_per_call: bool = False, budget: Decimal | None = None) -> list[tuple[str, Any]]:
    stylist = Stylist(store.sessions, store.index, {"house": LlmClient(model_url, max_retries=0)},
                      served_name="stylist-base", adapters={"house": folder}, default_style="house",
                      deadline_s=20, per_slot=5, rules=RULES, model_notes=model_notes,
                      outfit_per_call=outfit_per_call)
    request = StyleRequest(vibe="black tie gala", department="women", count=3, style="house", budget=budget)

    async def run() -> list[tuple[str, Any]]:
        return [event async for event in stylist.stream(request)]

    SEEN.clear()
    return asyncio.run(run())


def test_model_outfits_are_checked_repaired_told_truly_and_topped_up(store: Services, model_url: str,
                                                                       tmp_path: Path) -> None:
    events = _answer(store, model_url, tmp_path, model_notes=True)
    names = [name for name, _ in events]
    assert names[0] == "plan" and names[-1] == "done" and names.count("outfit") == 3
    plan, summary = events[0][1], events[-1][1]
    outfits = [payload.outfit for name, payload in events if name == "outfit"]
    # the model's first two outfits are kept (the second repaired), the third is the composer's
    assert [o.source for o in outfits] == ["model", "model", "composer"]
    assert outfits[0].repairs == ["note rewritten from the items"]  # its items kept, its untrue note replaced
    assert [r for r in outfits[1].repairs if "note" not in r]  # the repeated top or dress changed
    assert summary.degraded and summary.degraded_kind == "invalid"
    assert "broke the rules" in summary.degraded_reason
    assert summary.model.startswith("house@") and summary.usage.completion_tokens == 60
    assert_variety([[(c.slot, c.handle) for c in o.items] for o in outfits])
    for outfit in outfits:
        assert problems(outfit.items, None, set(), None) == [] and RULES.problems(outfit.items) == []
        assert untrue_terms(outfit.why, outfit.items, plan.candidates.all()) == [], outfit.why
    assert len({o.why for o in outfits}) == 3 and summary.notes_rewritten == 2
    # the lookbook's profile shaped retrieval: a black-tie vibe is offered evening gowns
    assert plan.profile is not None and any("gown" in c.product_type for c in plan.candidates.by_slot["dress"])
    assert "why" in SEEN[0]["response_format"]["json_schema"]["schema"]["properties"]["outfits"]["items"]["required"]


def test_by_default_the_model_answers_ids_only_and_notes_come_from_the_items(store: Services, model_url: str,
                                                                              tmp_path: Path) -> None:
    events = _answer(store, model_url, tmp_path, model_notes=False)
    plan, summary = events[0][1], events[-1][1]
    outfits = [payload.outfit for name, payload in events if name == "outfit"]
    outfit_schema = SEEN[0]["response_format"]["json_schema"]["schema"]["properties"]["outfits"]["items"]
    assert set(outfit_schema["properties"]) == {"items"}  # no note to write
    assert SEEN[0]["max_tokens"] == 40 * 3 + 20  # and a budget of tokens to match
    assert [o.source for o in outfits] == ["model", "model", "composer"]
    assert summary.notes_rewritten == 0  # the model wrote none, so none was rewritten
    assert outfits[0].repairs == []  # nothing was fixed in the first outfit: no repair to report
    for outfit in outfits:
        assert outfit.why and untrue_terms(outfit.why, outfit.items, plan.candidates.all()) == [], outfit.why
    assert len({o.why for o in outfits}) == 3
    # the model was shown, of the best five of each slot the lookbook's looks for the vibe wear, those that fit
    # the looks (none that the misfit check would then reject), so its picks stand
    shape = Shape.of(plan.profile, False)
    expected = shape.worth_offering(fitting(plan.candidates.top(5))).ids()
    shown = outfit_schema["properties"]["items"]["items"]["enum"]
    assert shown == expected
    offered = plan.candidates.by_id()
    assert not misfits_of([offered[i] for i in shown], plan.candidates, set())
    assert len(shown) < len(shape.worth_offering(plan.candidates.top(5)).ids())  # some were too far to offer


def test_the_breaker_opens_on_failures_and_closes_after_its_recovery_time() -> None:
    import time

    from app.stylist.llm import ModelUnavailable, Usage

    state = {"up": False}
    schema = {"type": "object", "properties": {"outfits": {"type": "array", "items": {"type": "object", "properties": {
        "items": {"type": "array", "items": {"type": "string", "enum": ["T1", "B1", "D1", "S1", "S2", "A1"]}}}}}}}
    with serve_in_thread(scripted_server(state)) as url:
        client = LlmClient(f"{url}/v1", max_retries=0, failure_threshold=2, recovery_s=0.5)

        async def ask() -> str:
            return "".join([d async for d in client.stream_json("house", [], schema, 50, Usage())])

        for _ in range(2):
            with pytest.raises(ModelUnavailable):
                asyncio.run(ask())
        assert client.breaker_open
        state["up"] = True
        with pytest.raises(ModelUnavailable, match="circuit open"):  # open: the server is not even called
            asyncio.run(ask())
        deadline = time.monotonic() + 5
        while client.breaker_open and time.monotonic() < deadline:
            time.sleep(0.05)  # the recovery time passing, checked, not guessed
        assert '"outfits"' in asyncio.run(ask())  # half-open: one call goes through, succeeds, and closes it
        assert not client.breaker_open


def test_a_deadline_closes_the_model_stream(store: Services, tmp_path: Path) -> None:
    """Past the deadline the composer answers, and the model server sees the connection close, so it stops
    generating for a shopper who is gone instead of slowing down every later one."""
    import time

    state = {"up": True, "slow": True, "closed": False}
    with serve_in_thread(scripted_server(state)) as url:
        stylist = Stylist(store.sessions, store.index, {"house": LlmClient(f"{url}/v1", max_retries=0)},
                          served_name="stylist-base", adapters={"house": tmp_path}, default_style="house",
                          deadline_s=1.0, per_slot=5, rules=RULES)
        request = StyleRequest(vibe="gallery opening", department="women", count=2, style="house")

        async def run() -> Any:
            return [event async for event in stylist.stream(request)][-1][1]

        summary = asyncio.run(run())
        assert summary.degraded_kind == "timeout" and summary.count == 2
        deadline = time.monotonic() + 10
        while not state["closed"] and time.monotonic() < deadline:
            time.sleep(0.05)  # the server noticing the disconnect, checked, not guessed
        assert state["closed"], "the model stream was left open after the deadline"


def test_one_outfit_per_call_continues_the_answer_and_offers_only_what_the_answer_may_still_wear(store: Services, model_url: str,
                                                                              tmp_path: Path) -> None:
    """Each call's schema decides the outfit's slots (those of the best outfit still possible: one item per
    position) and offers, per position, only the items of that slot the answer may still wear (variety.py: at
    most one position offers a piece of an earlier outfit) that are close to its best (validation.OFFER_MARGIN);
    each call continues the answer with the earlier outfits as written."""
    events = _answer(store, model_url, tmp_path, model_notes=False, outfit_per_call=True)
    outfits = [payload.outfit for name, payload in events if name == "outfit"]
    summary = events[-1][1]
    assert [o.source for o in outfits] == ["model", "model", "model"]
    assert not summary.degraded and summary.usage.completion_tokens == 3 * 60
    assert_variety([[(c.slot, c.handle) for c in o.items] for o in outfits])
    assert len(SEEN) == 3
    candidates = events[0][1].candidates.all()
    ids = [c.id for c in candidates]
    by_handle = {c.handle: c.id for c in candidates}
    by_id = {c.id: c for c in candidates}
    for n, body in enumerate(SEEN):
        assert body["continue_final_message"] is True and body["add_generation_prompt"] is False
        prefix = body["messages"][-1]
        assert prefix["role"] == "assistant" and prefix["content"].startswith('{"outfits":[')
        assert prefix["content"].count('{"items"') == n  # the earlier outfits, as the model wrote them
        items = body["response_format"]["json_schema"]["schema"]["properties"]["items"]
        positions = [p["enum"] for p in items["prefixItems"]]
        assert items["minItems"] == items["maxItems"] == len(positions) and items["items"] is False
        offered = [i for p in positions for i in p]
        worn = {by_handle[h] for h in unavailable([o.items for o in outfits[:n]])}  # (variety.py)
        assert set(offered) <= set(ids) and not set(offered) & worn
        earlier = {by_handle[h] for h in shared([o.items for o in outfits[:n]])}
        assert sum(bool(set(p) & earlier) for p in positions) <= MAX_SHARED  # one shared piece at most
        slots = [{i[0] for i in p} for p in positions]
        assert all(len(s) == 1 for s in slots), positions  # one slot per position
        assert "S" in set().union(*slots) and ({"D"} in slots or {"T"} in slots and {"B"} in slots)
        free = [c for c in candidates if c.id not in worn]
        for position in positions:  # only items close to the best free one of their slot
            best = max(c.score for c in free if c.id[0] == position[0][0])
            assert all(by_id[i].score >= best - OFFER_MARGIN for i in position)
        # whatever the model picks, the clothing keeps within the written formality span
        levels = [by_id[i].formality for p in positions for i in p if by_id[i].slot != "accessory"
                  and by_id[i].formality is not None]
        assert RULES.max_formality_span is not None and max(levels) - min(levels) <= RULES.max_formality_span


def test_one_outfit_per_call_offers_only_what_keeps_the_outfit_within_the_budget(store: Services, model_url: str,
                                                                                  tmp_path: Path) -> None:
    """Whatever the model picks in each position, the outfit stays within the shopper's budget."""
    budget = Decimal(450)
    events = _answer(store, model_url, tmp_path, model_notes=False, outfit_per_call=True, budget=budget)
    by_id = {c.id: c for c in events[0][1].candidates.all()}
    outfits = [payload.outfit for name, payload in events if name == "outfit"]
    assert outfits and all(o.source == "model" and o.total <= budget for o in outfits)
    choices = 0
    for body in SEEN:
        positions = [p["enum"] for p in body["response_format"]["json_schema"]["schema"]["properties"]["items"]
                     .get("prefixItems", [])]
        assert positions, "the budget left a rule-abiding outfit, so the slots are decided"
        assert sum(max(by_id[i].price for i in p) for p in positions) <= budget
        choices += sum(len(p) - 1 for p in positions)
    assert choices > 0, "the budget left the model no choice at all: the test would show nothing"


@pytest.mark.parametrize("vibe", ["summer music festival, rain expected", "drizzly day at the beach boardwalk",
                                  "cosy bookshop afternoon, cold out", "summer music festival, 30 degrees"])
def test_a_shopper_who_names_the_weather_gets_outfits_for_it(store: Services, vibe: str) -> None:
    """The lookbook's looks for the idea wear outerwear sometimes or never; the shopper's weather decides: wet or
    cold weather puts outerwear in every outfit, and no piece breaks the store's rule for the weather named
    (style_rules.toml [weather.*]: no sandals or suede in the rain, a waterproof coat; no wool in the heat)."""
    stylist = Stylist(store.sessions, store.index, {}, served_name="stylist-base", adapters={},
                      default_style="house", deadline_s=20, per_slot=5, rules=RULES)
    request = StyleRequest(vibe=vibe, department="women", style="house")

    async def run() -> Any:
        return [event async for event in stylist.stream(request)]

    events = asyncio.run(run())
    plan, summary = events[0][1], events[-1][1]
    named = request.weather()
    assert named and len(summary.outfits) == 3
    for decided in summary.outfits:
        for c in decided.outfit.items:
            assert allowed(RULES.weather, named, c.slot, c.product_type, c.materials, c.style_tags), (named, c)
        if named & {"wet", "cold"}:
            assert plan.profile is not None and plan.profile.wants_outerwear() < 0.85  # the looks would not insist
            outerwear = [c for c in decided.outfit.items if c.slot == "outerwear"]
            assert outerwear, decided.outfit.items
            if "wet" in named:  # wet weather: outerwear the store's rules call waterproof (style_rules.toml)
                assert "waterproof" in outerwear[0].style_tags, outerwear
