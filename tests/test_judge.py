"""The house-style judge (evaluation only) on hand-made outfits with known broken rules, and the rule that serving
never imports it or the demo generator."""

from __future__ import annotations

import ast
import csv
import subprocess
import sys
from pathlib import Path

import pytest

from app.config import REPO_ROOT
from models.judge import Judge, problem_kind, rules

HOUSE = REPO_ROOT / "inventory" / "lookbooks" / "house.csv"


@pytest.fixture(scope="module")
def judge() -> Judge:
    demo = rules()
    header, rows = demo.read_csv(demo.PRODUCTS_CSV)
    return Judge(demo.load_products(rows))


def look(theme_vibe: str) -> dict[str, str]:
    return next(r for r in csv.DictReader(HOUSE.open(encoding="utf-8")) if r["vibe"].startswith(theme_vibe))


def pick(judge: Judge, **want: str) -> str:
    """A product handle with these attributes (first match)."""
    for handle, p in judge.products.items():
        if all(getattr(p, k) == v for k, v in want.items()) and p.active and p.in_stock:
            return handle
    raise LookupError(want)


def test_a_curated_look_breaks_no_rule(judge: Judge) -> None:
    row = look("90s grunge coffee date")
    ctx = judge.context(row["vibe"], department=row["department"], season=row["season"], lookbook="house")
    assert ctx.theme == "grunge-coffee"
    assert judge.outfit_problems(row["handles"].split(";"), ctx) == []


def test_known_broken_rules_are_found(judge: Judge) -> None:
    row = look("minimalist office on a rainy day")
    ctx = judge.context(row["vibe"], department=row["department"], season=row["season"], lookbook="house")
    handles = row["handles"].split(";")
    shoes = next(h for h in handles if judge.products[h].slot == "shoes")
    outer = next(h for h in handles if judge.products[h].slot == "outerwear")
    sandals = pick(judge, product_type="heeled sandals", department=row["department"])
    broken = judge.outfit_problems([h for h in handles if h != shoes] + [sandals], ctx)
    assert any("rain: open or delicate shoe" in p for p in broken)
    no_coat = judge.outfit_problems([h for h in handles if h != outer], ctx)
    assert "outerwear required" in no_coat
    twice = judge.outfit_problems(handles + [shoes], ctx)
    assert "duplicate item" in twice and "more than one shoes" in twice
    over = judge.context(row["vibe"] + " under $100", department=row["department"], season=row["season"],
                         lookbook="house")
    assert over.budget == 100 and "over budget" in judge.outfit_problems(handles, over)


def test_studio_nord_rules_apply_to_the_minimalist_lookbook(judge: Judge) -> None:
    row = look("90s grunge coffee date")
    graphic = pick(judge, slot="top", pattern="graphic", department="unisex")
    ctx = judge.context(row["vibe"], department=row["department"], season=row["season"], lookbook="minimalist")
    assert "nord: pattern" in judge.item_problems(graphic, ctx)


def test_problem_kinds_group_the_same_rule() -> None:
    assert problem_kind("sweater: formality 2 outside 3-4") == problem_kind("boots: formality 5 outside 1-2")
    assert problem_kind("more than one statement colour ['red', 'sage']") == "more than one statement colour #"
    assert problem_kind("jeans: type jeans not allowed for bottom") == problem_kind(
        "chinos: type chinos not allowed for bottom") == "type not allowed for bottom"
    assert problem_kind("tee: nord: pattern") == "nord: pattern"


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_serving_code_never_imports_the_judge_or_the_generator() -> None:
    """A real store has no rule code per theme: what suits a vibe is learned from its lookbooks."""
    for path in (REPO_ROOT / "app").rglob("*.py"):
        if path.name == "cli.py":  # `stylist eval` is an offline command, not serving
            continue
        text = path.read_text(encoding="utf-8")
        assert "generate_demo" not in text and "judge" not in _imports(path), path
        assert not any(name.startswith("models.judge") or name.startswith("models.shopper_eval")
                       for name in _imports(path)), path
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, app.main, app.stylist.engine, app.stylist.runtime; "
         "print(sorted(m for m in sys.modules if 'judge' in m or 'demo_rules' in m or 'generate_demo' in m))"],
        cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
