"""The evaluation report pipeline on hand-made records: scoring raw answers, summaries, files written."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from fastapi import FastAPI, Request

from models import evaluate as ev


def _record(kind: str = "outfit") -> dict[str, object]:
    candidates = [
        {"id": "T1", "handle": "tee", "slot": "top", "title": "Band Tee", "price": "30"},
        {"id": "T2", "handle": "cami", "slot": "top", "title": "Silk Cami", "price": "90"},
        {"id": "B1", "handle": "jeans", "slot": "bottom", "title": "Ripped Jeans", "price": "80"},
        {"id": "S1", "handle": "boots", "slot": "shoes", "title": "Combat Boots", "price": "140"},
        {"id": "S2", "handle": "heels", "slot": "shoes", "title": "Satin Heels", "price": "120"},
    ]
    record: dict[str, object] = {
        "kind": kind, "phrasing": "grunge coffee date", "count": 1, "budget": None, "must_include": [],
        "candidates": candidates, "unseen_items": False,
        "target": {"outfits": [{"items": ["T1", "B1", "S1"], "why": "x"}]},
        "prompt": [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}],
    }
    if kind == "fitb":
        record.update(must_include=["T1", "B1"], options=["S1", "S2"], answer_id="S1")
    return record


def test_scoring_and_report(tmp_path: Path) -> None:
    record, fitb = _record(), _record("fitb")
    cands = ev.candidate_set(record, {})
    good = ev.Result("fine-tuned", "outfit", record)
    ev.score_answer(good, '{"outfits":[{"items":["T1","B1","S1"],"why":"Band tee, ripped jeans, combat boots."}]}',
                    cands)
    bad = ev.Result("base", "outfit", record)
    ev.score_answer(bad, '{"outfits":[{"items":["T2","S2","X9"],"why":"nice"}]}', cands)
    right = ev.Result("fine-tuned", "fitb", fitb, raw_ids=[["T1", "B1", "S1"]])
    wrong = ev.Result("base", "fitb", fitb, raw_ids=[["T1", "B1", "S2"]])
    vectors = {"tee": np.ones(4) / 2, "jeans": np.ones(4) / 2, "boots": np.ones(4) / 2, "cami": -np.ones(4) / 2,
               "heels": -np.ones(4) / 2}
    vibes = {"grunge coffee date": np.ones(4) / 2}
    tuned = ev.summarize([good], vibes, vectors, [right])
    base = ev.summarize([bad], vibes, vectors, [wrong])
    assert tuned["item_f1"] == 1.0 and tuned["fitb_accuracy"] == 1.0 and tuned["why_specificity"] == 1.0
    assert tuned["vibe_relevance"] == pytest.approx(1.0)
    assert base["off_list_rate"] == pytest.approx(1 / 3) and base["raw_slot_complete"] == 0.0
    assert base["fitb_accuracy"] == 0.0
    composer = ev.run_composer([record], "outfit", {"grunge coffee date": {"tee": 0.9, "jeans": 0.8, "boots": 0.7}})
    result = {"summaries": {"base (prompted)": base, "fine-tuned": tuned, "composer": ev.summarize(
        composer, vibes, vectors, []), "fine-tuned [unseen items]": {}},
        "samples": [{"phrasing": "p", "expected": ["T1"], "base (prompted)": {"ids": [], "why": []},
                     "fine-tuned": {"ids": [["T1"]], "why": ["w"]}}], "shots": 2, "examples": 1, "fitb_examples": 1}
    table = ev.write_report(result, tmp_path, "house", "house", "0" * 64)
    assert "| FITB accuracy (random 0.25) | 0.000 | 1.000 |" in table
    assert {p.name for p in tmp_path.iterdir()} == {"eval.md", "eval.json", "eval.png", "eval-unseen.md"}
    assert json.loads((tmp_path / "eval.json").read_text())["examples"] == 1


def test_evaluate_runs_both_models_and_the_composer_through_a_scripted_server(demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`evaluate` end to end: the fine-tuned model gets the record's own prompt, the base model the house prompt
    with worked examples; answers are scored; the composer answers FITB with its best-scored option (real
    embeddings of the demo store)."""
    import asyncio

    from sqlalchemy import select

    from app.catalog.models import Product
    from app.stylist.prompt import SYSTEM_PROMPT
    from tests.helpers import serve_in_thread

    with demo_store.sessions() as session:
        def first(product_type: str) -> str:
            return session.scalars(select(Product.handle).where(Product.product_type == product_type)
                                   .order_by(Product.handle)).first() or ""
        handles = {"T1": first("t-shirt"), "T2": first("blouse"), "B1": first("jeans"),
                   "S1": first("combat boots"), "S2": first("sandals")}
    assert all(handles.values()), handles
    slots = {"T": "top", "B": "bottom", "S": "shoes"}
    candidates = [{"id": i, "handle": h, "slot": slots[i[0]], "title": h.replace("-", " "), "price": "50"}
                  for i, h in handles.items()]

    def record(kind: str, phrasing: str) -> dict[str, object]:
        row: dict[str, object] = {
            "kind": kind, "phrasing": phrasing, "count": 1, "budget": None, "must_include": [],
            "candidates": candidates, "unseen_items": False,
            "target": {"outfits": [{"items": ["T1", "B1", "S1"], "why": "tee, jeans, boots"}]},
            "prompt": [{"role": "system", "content": "tuned system"}, {"role": "user", "content": f"vibe: {phrasing}"}],
            "completion": [{"role": "assistant", "content": '{"outfits":[{"items":["T1","B1","S1"],"why":"x"}]}'}]}
        if kind == "fitb":
            row.update(must_include=["T1", "B1"], options=["S1", "S2"], answer_id="S1")
        return row

    data = tmp_path / "data"
    data.mkdir()
    for name, rows in {"train.jsonl": [record("outfit", "band tee and jeans"), record("fitb", "grunge")],
                       "eval.jsonl": [record("outfit", "grunge coffee date"), record("outfit", "rock concert")],
                       "fitb.jsonl": [record("fitb", "black leather combat boots")]}.items():
        (data / name).write_text("".join(json.dumps(r) + "\n" for r in rows))

    seen: list[dict[str, object]] = []
    server = FastAPI()

    @server.post("/v1/chat/completions")
    async def complete(request: Request) -> dict[str, object]:
        body = await request.json()
        seen.append(body)
        items = ["T1", "B1", "S1"] if body["model"] == "house" else ["T2", "S2", "X9"]  # the base: wrong, off-list
        text = json.dumps({"outfits": [{"items": items, "why": "A band tee with jeans and combat boots."}]})
        return {"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 40, "completion_tokens": 20, "total_tokens": 60}}

    with serve_in_thread(server) as url:
        urls = {"house": f"{url}/v1", "stylist-base": f"{url}/v1"}
        result = asyncio.run(ev.evaluate(urls, "stylist-base", "house", data, demo_store.index))

    summaries = result["summaries"]
    assert (result["examples"], result["fitb_examples"], result["shots"]) == (2, 1, 2)
    assert summaries["fine-tuned"]["item_f1"] == 1.0 and summaries["fine-tuned"]["fitb_accuracy"] == 1.0
    assert summaries["fine-tuned"]["prompt_tokens"] == 40
    assert summaries["base (prompted)"]["item_f1_raw"] == 0.0 and summaries["base (prompted)"]["fitb_accuracy"] == 0.0
    assert summaries["base (prompted)"]["off_list_rate"] == pytest.approx(1 / 3)
    assert summaries["composer"]["fitb_accuracy"] == 1.0  # combat boots are closer to the vibe than sandals
    tuned = [b["messages"] for b in seen if b["model"] == "house"]
    based = [b["messages"] for b in seen if b["model"] == "stylist-base"]
    assert len(tuned) == len(based) == 3
    asked = ["black leather combat boots", "grunge coffee date", "rock concert"]
    assert sorted(tuned, key=str) == [record("outfit", p)["prompt"] for p in asked]  # the record's own prompt
    for messages in based:
        assert messages[0]["role"] == "system" and messages[0]["content"].startswith(SYSTEM_PROMPT)
        assert len(messages) == 1 + 2 * 2 + 1  # system, two worked examples (question and answer), the question
        assert messages[1] == {"role": "user", "content": "vibe: band tee and jeans"}  # the shorter outfit shot
    assert sorted(m[-1]["content"] for m in based) == [f"vibe: {p}" for p in asked]
    assert result["samples"][0]["fine-tuned"]["ids"] == [["T1", "B1", "S1"]]
