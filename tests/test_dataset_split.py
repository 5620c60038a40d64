"""The training set never contains a held-out look or a held-out phrasing, and matches the runtime format."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from app.catalog.db import session_scope
from app.catalog.lookbooks import load_lookbook
from app.config import REPO_ROOT
from app.services import Services
from app.stylist.prompt import SYSTEM_PROMPT, parse_answer
from models.dataset import build, is_held_out, normalize
from tests.helpers import run_import

HOUSE = REPO_ROOT / "inventory" / "lookbooks" / "house.csv"


@pytest.fixture
def sample(sqlite_services: Services, tmp_path: Path) -> tuple[Services, Path]:
    report = run_import(sqlite_services, (REPO_ROOT / "inventory" / "demo_products.csv").read_bytes())
    assert report.status == "succeeded"
    rows = list(csv.DictReader(HOUSE.open(encoding="utf-8")))
    held = [r for r in rows if is_held_out(r["look_id"])][:6]
    kept = [r for r in rows if not is_held_out(r["look_id"])][:24]
    path = tmp_path / "sample.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(kept + held)
    with session_scope(sqlite_services.sessions) as session:
        assert load_lookbook(session, path).loaded == 30
    return sqlite_services, tmp_path / "data"


def test_no_held_out_look_or_phrasing_in_training(sample: tuple[Services, Path]) -> None:
    services, out = sample
    with session_scope(services.sessions) as session:
        summary = build(session, services.index, "sample", out, per_slot=5)
    train = [json.loads(line) for line in (out / "train.jsonl").read_text().splitlines()]
    evaluation = [json.loads(line) for line in (out / "eval.jsonl").read_text().splitlines()]
    fitb = [json.loads(line) for line in (out / "fitb.jsonl").read_text().splitlines()]
    assert len(summary["eval_looks"]) == 6 and len(summary["train_looks"]) == 24
    held_looks = set(summary["eval_looks"])
    held_phrasings = {normalize(r["phrasing"]) for r in evaluation + fitb}
    assert train and evaluation and fitb
    for record in train:
        assert not set(record["looks"]) & held_looks
        assert normalize(record["phrasing"]) not in held_phrasings
        user = record["prompt"][-1]["content"]
        assert normalize(record["phrasing"]) not in {normalize(p) for p in held_phrasings}
        assert not any(p in normalize(user) for p in held_phrasings if len(p) > 20)
    for record in evaluation:
        assert set(record["looks"]) <= held_looks


def test_examples_use_the_runtime_prompt_and_offer_the_target_items(sample: tuple[Services, Path]) -> None:
    services, out = sample
    with session_scope(services.sessions) as session:
        build(session, services.index, "sample", out, per_slot=5)
    for line in (out / "train.jsonl").read_text().splitlines():
        record = json.loads(line)
        assert record["prompt"][0] == {"role": "system", "content": SYSTEM_PROMPT}
        offered = {c["id"] for c in record["candidates"]}
        outfits = parse_answer(record["completion"][0]["content"])
        assert len(outfits) == record["count"]
        for ids, why in outfits:
            assert set(ids) <= offered and why
        if record["kind"] == "fitb":
            assert record["answer_id"] in record["options"] and len(record["options"]) == 4
