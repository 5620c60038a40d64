"""The shopper report's summary and its per-request file (models/shopper_eval.py): hand-made answers, no engine."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from app.stylist.planning import StyleRequest
from models.judge import Context
from models.shopper_eval import REQUESTS_FILE, Answered, Case, details, summarize, write_shopper_report


def answered(phrasing: str, problems: list[list[str]], recognised: bool) -> Answered:
    case = Case("look-1", phrasing, StyleRequest(vibe=phrasing, department="women", season="autumn"),
                Context("grunge", "women", "autumn", "house", None), ("tee", "jeans", "boots"))
    result = Answered(case, recognised=recognised, idea_theme="grunge" if recognised else "office")
    for n, found in enumerate(problems):
        result.outfits.append([f"top-{n}", "jeans", "boots"])
        result.problems.append(found)
        result.notes.append(f"note {n}")
        result.untrue.append([])
        result.sources.append("composer")
        result.scores.append([-0.5, -1.0, -4.2])
    return result


def test_the_summary_breaks_clean_outfits_down_by_place_and_recognition_and_every_request_is_kept(
        tmp_path: Path) -> None:
    results = [answered("grunge date", [[], [], ["formality 4 outside 1-2"]], True),
               answered("grunge gig", [[], ["forbidden colour"], ["forbidden colour"]], False)]
    summary = summarize(results)
    assert summary["clean"] == 3 / 6
    assert summary["clean_by_place"] == "100% / 50% / 0%"
    assert summary["clean_recognised"] == 2 / 3 and summary["clean_unrecognised"] == 1 / 3
    rows = details(results)
    assert rows[1]["idea_theme"] == "office" and rows[1]["outfits"][1]["problems"] == ["forbidden colour"]
    write_shopper_report({"summaries": {"composer": summary}, "cases": 2, "looks": 1, "samples": [],
                          "requests": {"composer": rows}}, tmp_path, "house")
    assert "| clean by place in the answer (first / second / third outfit) | 100% / 50% / 0% |" in (
        tmp_path / "shopper.md").read_text()
    assert "requests" not in json.loads((tmp_path / "shopper.json").read_text())  # the summary stays small
    with gzip.open(tmp_path / REQUESTS_FILE, "rt") as lines:
        kept = [json.loads(line) for line in lines]
    assert [(r["system"], r["phrasing"]) for r in kept] == [("composer", "grunge date"), ("composer", "grunge gig")]
    assert kept[0]["outfits"][2]["scores"] == [-0.5, -1.0, -4.2]
    first = (tmp_path / REQUESTS_FILE).read_bytes()
    write_shopper_report({"summaries": {"composer": summary}, "cases": 2, "looks": 1, "samples": [],
                          "requests": {"composer": rows}}, tmp_path, "house")
    assert (tmp_path / REQUESTS_FILE).read_bytes() == first  # the same evaluation, the same bytes
