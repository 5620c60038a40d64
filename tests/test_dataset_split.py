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
from app.stylist.wording import base_wording
from models.dataset import build, is_held_out, overlaps
from models.judge import rules
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
    held_bases = {base_wording(r["phrasing"]) for r in evaluation + fitb}
    assert train and evaluation and fitb
    for record in train:
        assert not set(record["looks"]) & held_looks
        base = base_wording(record["phrasing"])
        # no variant of a held-out wording, in either direction (one containing the other)
        assert not any(base in held or held in base for held in held_bases), record["phrasing"]
    for record in evaluation:
        assert set(record["looks"]) <= held_looks


def test_base_wording_strips_every_modifier_in_any_order() -> None:
    """Both directions: a wording with modifiers maps to the bare wording, and the bare one to itself."""
    demo = rules()
    banks = [m for bank in demo.DEPT_MODS.values() for m in bank] + \
        [m for bank in demo.SEASON_MODS.values() for m in bank] + [m.replace("{b}", "250") for m in demo.BUDGET_MODS]
    wordings = [demo.strip_tag(v) for arch in demo.ARCHETYPES for v in arch["vibes"] + arch["alts"]]
    for wording in wordings[::7]:
        bare = base_wording(wording)
        for first in banks[::3]:
            for second in banks[1::4]:
                assert base_wording(wording + first + second) == bare, wording + first + second
    assert overlaps(base_wording("breezy outfit for beach and boardwalk, gender-neutral"),
                    base_wording("breezy outfit for beach and boardwalk"))
    assert overlaps("breezy outfit for beach and boardwalk", "a breezy outfit for beach and boardwalk today")
    assert not overlaps("beach day", "beach wedding guest")


def test_the_budget_a_shopper_writes_into_the_vibe_is_read_from_every_modifier_the_lookbooks_use() -> None:
    """The engine reads "... under $250" as a budget (wording.named_budget), as the judge does, for every budget
    modifier of the demo lookbooks, wherever it stands; a bare price is not a budget; the field wins."""
    from decimal import Decimal

    from app.stylist.planning import StyleRequest
    from app.stylist.wording import named_budget

    for modifier in rules().BUDGET_MODS:
        text = "minimalist office, rainy day" + modifier.replace("{b}", "1,250")
        assert named_budget(text) == Decimal(1250), text
        assert named_budget(modifier.replace("{b}", "250").lstrip(" ,") + ", rainy day") == Decimal(250), modifier
    assert named_budget("minimalist office, rainy day, under $200") == Decimal(200)
    assert named_budget("$180 total for a beach day") == Decimal(180)
    assert named_budget("styling my $90 boots for a date") is None
    assert named_budget("rainy day") is None
    for text, amount in [("wedding guest under $1k", 1000), ("gala, under $1.5k", 1500), ("budget $150-200", 200),
                         ("$100-$200 budget", 200), ("budget: $200", 200), ("my budget is $300", 300),
                         ("$50 or less", 50), ("at most $150", 150), ("within $250", 250), ("$150 tops", 150),
                         ("max. $200", 200)]:
        assert named_budget(text) == amount, text
    for text in ["under $1,000,000", "up to $50 each", "less than $100 per piece", "don't mind spending more than $90"]:
        assert named_budget(text) is None, text  # above any budget the API takes; a limit per piece; not a limit
    asked = StyleRequest(vibe="rainy day under $200")
    assert asked.with_named_budget().budget == Decimal(200)
    assert StyleRequest(vibe="rainy day under $200", budget=Decimal(150)).with_named_budget().budget == 150
    assert StyleRequest(vibe="date night", occasion="dinner, max $300 all in").with_named_budget().budget == 300
    around = StyleRequest(vibe="an outfit around the Under $50 Tee", anchor="under-50-tee")  # the app's words
    assert around.with_named_budget().budget is None


def test_held_out_wordings_are_dropped_from_training_in_both_directions() -> None:
    from app.catalog.models import Look
    from models.dataset import split_looks

    held = Look(look_key="house-002", lookbook="h", vibe="breezy outfit for beach and boardwalk, gender-neutral",
                paraphrases=["sunny boardwalk day"], department="unisex", handles=[], note="")
    kept = Look(look_key="house-003", lookbook="h", vibe="breezy outfit for beach and boardwalk",
                paraphrases=["sunny boardwalk day with ice cream under $150", "boardwalk", "cinema night"],
                department="unisex", handles=[], note="")
    assert is_held_out("house-002") and not is_held_out("house-003")
    split = split_looks([held, kept])
    # equal after stripping; training contains the held-out wording; the held-out contains the training one
    assert split.training_phrasings(kept) == ["cinema night"]


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


def test_looks_added_in_the_second_curation_round_are_all_for_training() -> None:
    """The demo lookbooks' second round (inventory/generate_demo.py, add_looks) must not change the held-out set:
    the first round's looks keep their keys 001..n (n as released before the second round), the held-out looks
    are exactly the first round's held-out keys, and every added look is under a key the split keeps for
    training; the generator's copy of the split rule is the split's."""
    generator = rules()
    assert all(generator.held_out_key(f"house-{n:03d}") == is_held_out(f"house-{n:03d}") for n in range(1, 2000))
    for name, first_round, held_looks in (("house", 186, 33), ("minimalist", 103, 27)):
        rows = list(csv.DictReader((REPO_ROOT / "inventory" / "lookbooks" / f"{name}.csv").open(encoding="utf-8")))
        assert [r["look_id"] for r in rows[:first_round]] == [f"{name}-{n:03d}" for n in range(1, first_round + 1)]
        assert len(rows) > 2 * first_round, name
        held = [r["look_id"] for r in rows if is_held_out(r["look_id"])]
        assert held == [f"{name}-{n:03d}" for n in range(1, first_round + 1) if is_held_out(f"{name}-{n:03d}")]
        assert len(held) == held_looks, name
