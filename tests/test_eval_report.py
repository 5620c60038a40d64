"""The evaluation report pipeline on hand-made records: scoring raw answers, summaries, files written."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

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
