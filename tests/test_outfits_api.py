"""The outfit endpoints through the real app and index, with no model server reachable: every answer comes
from the composer, labelled degraded, and the breaker stops calling a dead server."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sqlalchemy import select

from app.catalog.models import Product, SavedOutfit
from app.config import REPO_ROOT
from app.stylist.outfit_rules import OutfitRules
from app.stylist.swap import answer_outfits, swap_item
from app.stylist.weather import allowed
from app.main import create_app
from app.services import Services
from app.stylist.vllm_server import served_adapters, vllm_command
from tests.helpers import assert_variety, hung_model_server



@pytest.fixture(scope="module")
def demo(demo_store: Services) -> Services:
    return demo_store


@pytest.fixture
def client(demo: Services) -> Iterator[TestClient]:
    with TestClient(create_app(services=demo)) as test_client:
        yield test_client


BODY = {"vibe": "90s grunge coffee date", "department": "women", "size": "M", "shoe_size": "39", "budget": 300,
        "count": 3}


def test_unreachable_model_gives_degraded_outfits_that_obey_the_rules(client: TestClient) -> None:
    response = client.post("/api/v1/outfits", json=BODY)
    assert response.status_code == 200
    answer = response.json()
    assert answer["degraded"] is True and "unavailable" in answer["degraded_reason"]
    assert answer["degraded_kind"] == "unavailable"  # an external server that does not answer is not "warming up"
    assert answer["model"] == "composer" and len(answer["outfits"]) == 3
    assert_variety([[(i["slot"], i["handle"]) for i in o["items"]] for o in answer["outfits"]])
    for outfit in answer["outfits"]:
        assert outfit["source"] == "composer" and outfit["why"]
        assert float(outfit["total_price"]) <= 300
        slots = [i["slot"] for i in outfit["items"]]
        assert "shoes" in slots and (("dress" in slots) != ({"top", "bottom"} <= set(slots)))
        for item in outfit["items"]:
            size = {"shoes": "39", "accessory": None}.get(item["slot"], "M")
            if size:
                assert size in item["sizes_in_stock"] and item["sku"]
    assert answer["timings"]["retrieval_ms"] > 0


def test_breaker_opens_after_repeated_failures(client: TestClient) -> None:
    reasons = [client.post("/api/v1/outfits", json={**BODY, "count": 1}).json()["degraded_reason"]
               for _ in range(3)]
    assert "circuit open" in reasons[-1]


def test_saved_outfit_swap_and_feedback(client: TestClient) -> None:
    outfit = client.post("/api/v1/outfits", json={**BODY, "count": 1}).json()["outfits"][0]
    saved = client.get(f"/api/v1/outfits/{outfit['id']}").json()
    assert [i["handle"] for i in saved["items"]] == [i["handle"] for i in outfit["items"]]
    swapped = client.post(f"/api/v1/outfits/{outfit['id']}/swap", json={"slot": "shoes"})
    assert swapped.status_code == 201
    body = swapped.json()
    assert body["parent_id"] == outfit["id"] and body["id"] != outfit["id"]
    old = next(i for i in outfit["items"] if i["slot"] == "shoes")
    new = next(i for i in body["items"] if i["slot"] == "shoes")
    assert new["handle"] != old["handle"] and "39" in new["sizes_in_stock"]
    assert float(body["total_price"]) <= 300
    missing_slot = client.post(f"/api/v1/outfits/{outfit['id']}/swap", json={"slot": "outerwear"
                               if all(i["slot"] != "outerwear" for i in outfit["items"]) else "dress"})
    assert missing_slot.status_code == 409 and "has no" in missing_slot.json()["detail"]
    vote = client.post(f"/api/v1/outfits/{outfit['id']}/feedback", json={"vote": "down", "reason": "too dark"})
    assert vote.status_code == 201
    assert client.get(f"/api/v1/outfits/{outfit['id']}").json()["votes_down"] == 1
    assert client.get("/api/v1/outfits/nope").status_code == 404


def test_a_swap_never_brings_in_a_piece_another_outfit_wears(client: TestClient, demo: Services) -> None:
    """The swapped-in piece keeps the answer's variety (app/stylist/variety.py). Set up so that the piece the swap
    would choose is worn by the other outfit of the answer: the swap must then choose another."""
    men = {"vibe": "90s grunge coffee date", "department": "men", "size": "M", "count": 2}  # separates only
    first, second = client.post("/api/v1/outfits", json=men).json()["outfits"]
    slot = "top"
    with demo.sessions() as session:
        row = session.get(SavedOutfit, first["id"])
        assert row is not None
        answer_id, row.answer_id = row.answer_id, "elsewhere"  # alone, the swap would choose ...
        session.commit()
    probe = client.post(f"/api/v1/outfits/{second['id']}/swap", json={"slot": slot}).json()
    chosen = next(i["handle"] for i in probe["items"] if i["slot"] == slot)
    with demo.sessions() as session:
        probe_row = session.get(SavedOutfit, probe["id"])
        assert probe_row is not None
        probe_row.answer_id = "elsewhere"  # (the probe is no version the answer shows)
        row = session.get(SavedOutfit, first["id"])
        assert row is not None
        row.answer_id = answer_id  # ... the piece the first outfit now wears
        row.items = [{**i, "handle": chosen} if i["slot"] == slot else i for i in row.items]
        session.commit()
    again = client.post(f"/api/v1/outfits/{second['id']}/swap", json={"slot": slot})
    assert again.status_code == 201
    new = next(i["handle"] for i in again.json()["items"] if i["slot"] == slot)
    assert new != chosen


def test_a_swap_keeps_the_rules_of_the_weather_the_shopper_named(client: TestClient, demo: Services) -> None:
    """Swapping the shoes or the coat of a rainy outfit brings in neither sandals nor a coat that is not
    waterproof (style_rules.toml [weather.wet]), though the piece nearest the vibe breaks the rules."""
    rainy = {"vibe": "rainy day gallery opening", "department": "women", "count": 1}
    outfit = client.post("/api/v1/outfits", json=rainy).json()["outfits"][0]
    assert any(i["slot"] == "outerwear" for i in outfit["items"])  # named rain: outerwear in every outfit
    rules = OutfitRules.load(REPO_ROOT / "inventory" / "style_rules.toml").weather
    with demo.sessions() as session:  # without the rules, the swap would bring in a piece that breaks them
        row = session.get(SavedOutfit, outfit["id"])
        assert row is not None
        _, nearest = swap_item(session, demo.index, row, "shoes")
        assert not allowed(rules, {"wet"}, "shoes", nearest.product_type, nearest.materials, nearest.style_tags)
        session.rollback()
    for slot in ("shoes", "outerwear", "shoes"):
        response = client.post(f"/api/v1/outfits/{outfit['id']}/swap", json={"slot": slot})
        assert response.status_code == 201, response.text
        outfit = response.json()
        handle = next(i["handle"] for i in outfit["items"] if i["slot"] == slot)
        with demo.sessions() as session:
            product = session.scalars(select(Product).where(Product.handle == handle)).one()
            assert allowed(rules, {"wet"}, slot, product.product_type, product.materials, product.style_tags), (
                product.product_type, product.materials, product.style_tags)


def test_answer_outfits_lists_each_outfit_with_its_swaps_in_answer_order(demo: Services) -> None:
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

    def row(outfit_id: str, minute: int, parent: str | None = None) -> SavedOutfit:
        return SavedOutfit(id=outfit_id, answer_id="answer-order", parent_id=parent, vibe="v", request={},
                           items=[], total=0, why="", source="model", created_at=start + dt.timedelta(minutes=minute))

    with demo.sessions() as session:
        # outfit b's swap, and a swap of that swap, come after outfit c was answered
        session.add_all([row("c", 2), row("a", 0), row("b", 1), row("b2", 3, "b"), row("b3", 4, "b2")])
        session.commit()
        lines = answer_outfits(session, "answer-order")
        assert [[version.id for version in line] for line in lines] == [["a"], ["b", "b2", "b3"], ["c"]]


def _events(client: TestClient, body: dict[str, object]) -> list[tuple[str, dict[str, Any]]]:
    with client.stream("POST", "/api/v1/outfits/stream", json=body) as response:
        assert response.status_code == 200
        text = "".join(response.iter_text())
    return [(name, json.loads(data)) for name, data in re.findall(r"event: (\w+)\r?\ndata: (.*)", text)]


def test_stream_sends_each_outfit_then_done(client: TestClient) -> None:
    events = _events(client, BODY)
    assert [name for name, _ in events] == ["outfit", "outfit", "outfit", "done"]
    outfits = [payload for name, payload in events if name == "outfit"]
    for outfit in outfits:
        assert outfit["items"] and outfit["why"] and outfit["share_url"] == f"/outfits/{outfit['id']}"
        assert float(outfit["total_price"]) == pytest.approx(sum(float(i["price"]) for i in outfit["items"]))
        assert float(outfit["total_price"]) <= BODY["budget"]  # type: ignore[operator]
    assert_variety([[(i["slot"], i["handle"]) for i in o["items"]] for o in outfits])
    assert len({o["id"] for o in outfits}) == 3
    done = events[-1][1]
    assert done["outfits"] == [] and done["degraded"] and done["degraded_kind"] == "unavailable"
    assert done["timings"]["first_outfit_ms"] is not None and done["answer_id"]


def test_stream_reports_a_bad_request_as_an_error_event(client: TestClient) -> None:
    """Once the stream has started a 422 cannot be sent: the problem comes as an `error` event instead."""
    events = _events(client, {**BODY, "size": "QQQ"})
    assert [name for name, _ in events] == ["error"]
    assert events[0][1]["status"] == 422 and "unknown size 'QQQ'" in events[0][1]["detail"]


def test_request_filters_hold_in_every_outfit(client: TestClient, demo: Services) -> None:
    """A men's request gets men's or unisex items only, no dress; each item is in stock in the size of its
    slot (bottoms in bottom_size); an excluded product never comes back."""
    from sqlalchemy import select

    from app.catalog.models import Product

    body = {"vibe": "smart casual dinner", "department": "men", "size": "M", "bottom_size": "32",
            "shoe_size": "43", "count": 3}
    first = client.post("/api/v1/outfits", json=body).json()
    items = [item for outfit in first["outfits"] for item in outfit["items"]]
    assert len(first["outfits"]) == 3 and items, first
    with demo.sessions() as session:
        departments = dict(session.execute(select(Product.handle, Product.department)
                                           .where(Product.handle.in_([i["handle"] for i in items]))).all())
    wanted = {"top": "M", "outerwear": "M", "bottom": "32", "shoes": "43"}
    for item in items:
        assert departments[item["handle"]] in ("men", "unisex"), item
        assert item["slot"] != "dress", item
        if item["slot"] in wanted:
            assert wanted[item["slot"]] in item["sizes_in_stock"] and item["sku"], item
    assert any(item["slot"] == "bottom" for item in items)  # the bottom_size path was walked
    shown = sorted({item["handle"] for item in items})
    again = client.post("/api/v1/outfits", json={**body, "exclude": shown}).json()
    assert again["outfits"], again
    assert not {item["handle"] for outfit in again["outfits"] for item in outfit["items"]} & set(shown)


def test_complete_the_look_keeps_the_item(client: TestClient) -> None:
    items = client.get("/api/v1/items", params={"slot": "bottom", "department": "women", "size": "M"}).json()
    handle = items["items"][0]["handle"]
    answer = client.get(f"/api/v1/items/{handle}/complete-the-look", params={"size": "M", "count": 2}).json()
    assert len(answer["outfits"]) == 2
    for outfit in answer["outfits"]:
        assert handle in [i["handle"] for i in outfit["items"]]
        assert "dress" not in [i["slot"] for i in outfit["items"]]


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        ({"vibe": "   "}, 422, "describe the vibe"),
        ({"vibe": "x" * 2000}, 422, "at most 500 characters"),
        ({"vibe": "date night", "size": "XXXXL"}, 422, "unknown size 'XXXXL'"),
        ({"vibe": "date night", "budget": -5}, 422, "budget"),
        ({"vibe": "date night", "count": 9}, 422, "count"),
        ({"vibe": "date night", "style": "baroque"}, 422, "unknown style 'baroque'"),
    ],
)
def test_bad_requests_say_what_to_fix(client: TestClient, body: dict[str, object], status: int, detail: str) -> None:
    response = client.post("/api/v1/outfits", json=body)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    assert detail in response.json()["detail"]


def test_impossible_budget_is_a_200_with_a_reason(client: TestClient) -> None:
    answer = client.post("/api/v1/outfits", json={**BODY, "budget": 70}).json()
    assert answer["outfits"] == [] and "above the $70 budget; raise the budget" in answer["message"]
    nothing = client.post("/api/v1/outfits", json={**BODY, "budget": 20}).json()
    assert nothing["outfits"] == [] and nothing["message"].startswith("no shoes in stock in size 39 under $20")


def test_a_budget_written_into_the_vibe_holds_when_the_budget_field_is_empty(client: TestClient) -> None:
    """"90s grunge coffee date under $200" is a budget of $200 per outfit, as if the field said so."""
    body = {key: value for key, value in BODY.items() if key != "budget"}
    answer = client.post("/api/v1/outfits", json={**body, "vibe": "90s grunge coffee date under $200"}).json()
    assert answer["outfits"] and all(float(o["total_price"]) <= 200 for o in answer["outfits"])
    free = client.post("/api/v1/outfits", json={**body, "vibe": "90s grunge coffee date"}).json()
    assert max(float(o["total_price"]) for o in free["outfits"]) > 200  # without it, dearer outfits come back
    too_little = client.post("/api/v1/outfits", json={**body, "vibe": "90s grunge coffee date under $20"}).json()
    assert too_little["outfits"] == [] and "budget" in too_little["message"]


def test_openapi_documents_the_outfit_routes(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/v1/outfits", "/api/v1/outfits/stream", "/api/v1/outfits/{outfit_id}",
                 "/api/v1/outfits/{outfit_id}/swap", "/api/v1/outfits/{outfit_id}/feedback",
                 "/api/v1/items/{handle}/complete-the-look", "/api/v1/items", "/api/v1/items/{handle}"):
        assert path in spec["paths"], path
    examples = spec["components"]["schemas"]["OutfitRequestBody"]["examples"]
    assert examples[0]["vibe"] == "90s grunge coffee date"


def test_vllm_command_serves_every_adapter(tmp_path: Path) -> None:
    for name in ("house", "minimalist"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "adapter_config.json").write_text('{"r": 16}')
    (tmp_path / "not-an-adapter").mkdir()
    adapters = served_adapters(tmp_path)
    assert list(adapters) == ["house", "minimalist"]
    command = vllm_command(tmp_path / "base", "stylist-base", adapters, 8100, 2048, ["--seed", "1"])
    joined = " ".join(command)
    assert "--enable-lora --max-loras 2 --max-lora-rank 16 --lora-modules" in joined
    assert f"house={tmp_path / 'house'}" in command and command[-2:] == ["--seed", "1"]
    fp32 = vllm_command(tmp_path / "base", "stylist-base", {}, 8100, 2048, [], "float32")
    assert fp32[fp32.index("--dtype") + 1] == "float32"
    assert fp32[fp32.index("--kv-cache-memory-bytes") + 1] == str(512 * 2**20)  # sized to the load, not 2 GiB
    bf16 = vllm_command(tmp_path / "base", "stylist-base", {}, 8100, 2048, [], "bfloat16")
    assert bf16[bf16.index("--kv-cache-memory-bytes") + 1] == str(256 * 2**20)  # the same tokens in half the bytes
    set_mb = vllm_command(tmp_path / "base", "stylist-base", {}, 8100, 2048, [], "bfloat16", kv_cache_mb=300)
    assert set_mb[set_mb.index("--kv-cache-memory-bytes") + 1] == str(300 * 2**20)  # STYLIST_LLM_KV_CACHE_MB
    assert "--enforce-eager" in fp32  # not compiled unless asked: starts in under a minute (STYLIST_LLM_COMPILE)
    compiled = vllm_command(tmp_path / "base", "stylist-base", {}, 8100, 2048, [], "float32", compile_model=True)
    assert "--enforce-eager" not in compiled


def test_each_styles_model_server_gets_cores_of_its_own() -> None:
    from app.stylist.runtime import core_shares

    assert core_shares([0, 1], 2) == ["0", "1"]  # this machine: one core per style, none shared
    assert core_shares(list(range(8)), 2) == ["0,1,2,3", "4,5,6,7"]
    assert core_shares([0, 1, 2], 2) == ["0", "1,2"] and core_shares([3], 2) == ["3", "3"]


def test_a_pinned_model_server_runs_on_its_cores_in_one_process(tmp_path: Path) -> None:
    """The managed server (here a stand-in that reports what it got) is pinned to its cores, with as many OpenMP
    threads, and vLLM's engine in-process (no worker process that vLLM's own binding would need)."""
    import os
    import sys

    from app.stylist.vllm_server import ManagedVllm

    core = sorted(os.sched_getaffinity(0))[-1]
    report = "import os; print(sorted(os.sched_getaffinity(0)), os.environ['OMP_NUM_THREADS'], " \
             "os.environ['VLLM_ENABLE_V1_MULTIPROCESSING'], flush=True)"
    server = ManagedVllm([sys.executable, "-c", report], 18299, tmp_path / "server.log", cores=[core])
    server.start()
    assert server.process is not None and server.process.wait(30) == 0
    assert (tmp_path / "server.log").read_text().split() == [f"[{core}]", "1", "0"]


def test_the_model_number_format_follows_the_cpu() -> None:
    from app.hardware import cpu_dtype, fast_bf16

    assert cpu_dtype("auto") == ("bfloat16" if fast_bf16() else "float32")
    assert cpu_dtype("float32") == "float32" and cpu_dtype("bfloat16") == "bfloat16"
    with pytest.raises(ValueError, match="auto, bfloat16 or float32"):
        cpu_dtype("fp8")


def test_each_design_is_offered_once(demo: Services) -> None:
    """Colourways share a title; offering three of one jacket would crowd out real alternatives."""
    from app.stylist.planning import StyleRequest, plan_request

    with demo.sessions() as session:
        plan = plan_request(session, demo.index, StyleRequest(vibe="rainy city walk", department="women"), 5)
    for slot, candidates in plan.candidates.by_slot.items():
        titles = [c.title for c in candidates]
        assert len(titles) == len(set(titles)), slot
        assert len(candidates) == 5, slot


def test_rate_limit_answers_429_with_retry_after(demo: Services) -> None:
    import dataclasses

    limited = dataclasses.replace(demo, settings=demo.settings.model_copy(update={"rate_limit_outfits": "2/minute"}))
    with TestClient(create_app(services=limited)) as client:
        body = {**BODY, "count": 1}
        answers = [client.post("/api/v1/outfits", json=body) for _ in range(2)]
        assert [a.status_code for a in answers] == [200, 200]
        refused = client.post("/api/v1/outfits", json=body)
        assert refused.status_code == 429
        assert refused.headers["content-type"] == "application/problem+json"
        assert 1 <= int(refused.headers["Retry-After"]) <= 60
        assert "2 per 1 minute" in refused.json()["detail"]
        # reading a saved outfit (a shared link) and browsing items are not generation: never rate limited
        outfit_id = answers[0].json()["outfits"][0]["id"]
        assert [client.get(f"/api/v1/outfits/{outfit_id}").status_code for _ in range(3)] == [200, 200, 200]
        assert client.get("/api/v1/items?limit=1").status_code == 200
        assert client.post("/api/v1/outfits", json=body).status_code == 429  # while generation stays limited


def test_generation_cap_answers_503_with_retry_after(demo: Services) -> None:
    """One generation held open at a hung model server fills a cap of one: the next shopper gets a 503 with
    Retry-After at once, and the slot is free again when the held request has its (composer) answer."""
    import dataclasses
    import threading

    with hung_model_server() as (url, connected):
        capped = dataclasses.replace(demo, settings=demo.settings.model_copy(update={
            "llm_url": url, "llm_deadline_s": 4.0, "llm_max_retries": 0, "max_concurrent_generations": 1}))
        with TestClient(create_app(services=capped)) as client:
            held: list[int] = []
            body = {**BODY, "count": 1}
            first = threading.Thread(target=lambda: held.append(client.post("/api/v1/outfits", json=body).status_code))
            first.start()
            assert connected.wait(30), "the first request never reached the model server"
            busy = client.post("/api/v1/outfits", json=body)
            assert busy.status_code == 503 and busy.headers["Retry-After"] == str(capped.settings.busy_retry_after_s)
            assert "busy" in busy.json()["detail"]
            first.join(30)
            assert held == [200]  # the held shopper still gets an answer (the composer's, at the deadline)
            assert client.post("/api/v1/outfits", json=body).status_code == 200  # the slot was given back


def test_request_ids_and_metrics(client: TestClient) -> None:
    given = client.post("/api/v1/outfits", json={**BODY, "count": 1}, headers={"X-Request-ID": "shopper-abc.1"})
    assert given.headers["x-request-id"] == "shopper-abc.1"
    made = client.get("/api/v1/items?limit=1", headers={"X-Request-ID": "bad id\n with spaces"})
    assert len(made.headers["x-request-id"]) == 32  # an unusable id is replaced, not echoed
    text = client.get("/metrics").text
    assert 'stylist_answers_total{outcome="degraded"}' in text
    assert 'stylist_http_request_seconds_count{method="POST",route="/api/v1/outfits",status="200"}' in text
    assert 'route="/api/v1/items"' in text
