"""What a shopper gets, judged by the store's own rules: the real engine, end to end, on held-out looks.

    stylist eval --lookbook house                         # every system, every held-out phrasing
    stylist eval --lookbook house --systems composer,random --limit 20

For every phrasing of every held-out look (models/dataset.py's split: held-out looks and every variant of their
wordings) the engine is asked for 3 outfits with the look's department, season and budget, exactly as the API
asks it: real retrieval (nothing injected), the style's lookbook built from the TRAINING looks only, the model
through vLLM, validation, repair, grounded notes and the composer's top-up. Each outfit is scored by the house
judge (models/judge.py: the demo store's rule functions, evaluation only). Systems:

- fine-tuned: the engine with the style's released adapter (what the quick start serves);
- base (prompted): the same engine with the base model, the rules in its prompt;
- composer: the engine with no model (the no-LLM baseline over the same lookbook: nearest looks' profile,
  written rules, beam search);
- random: well-formed random outfits (a body, shoes, outerwear half the time, 0-1 accessory) of in-stock
  products of the department, season and budget;
- theme-known (a diagnostic, only when asked for): the composer with the lookbook of the held-out look's own
  theme (its training looks), as if recognising which idea a new wording belongs to were solved. The gap
  between it and the composer is what better recognition could win; what it still breaks is retrieval's and
  the search's.

Reported per system: outfits that break no house rule ("clean"), rules broken per outfit and the commonest
kinds; retrieval: the share of offered candidates that break no item rule of the theme and the recall of the
curated look's items among them; notes that name a garment, colour or fabric not in the outfit, and notes
repeated within an answer; degraded answers; first-outfit and whole-answer latency.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalog.db import session_scope
from app.catalog.models import Look, Product
from app.config import Settings
from app.services import Services
from app.search.index import department_scope
from app.stylist.engine import Stylist
from app.stylist.llm import LlmClient
from app.stylist.outfit_rules import OutfitRules
from app.stylist.lookbook_profile import LookbookProfiles
from app.stylist.notes import untrue_terms
from app.stylist.planning import StyleRequest, in_season
from app.stylist.vibe_encoders import EmbedFn, VibeEncoders, encoder_version, trained_encoder
from models.dataset import phrasings, split_looks
from models.judge import Context, Judge, problem_kind
from models.metrics import markdown_table, percentile

OUTFITS_PER_REQUEST = 3
REQUESTS_FILE = "shopper-requests.jsonl.gz"  # every request as judged, beside shopper.md and shopper.json
THEME_KNOWN = "theme-known"  # the diagnostic system: the composer told which idea (theme) the vibe belongs to
SYSTEMS = ("fine-tuned", "base", "composer", "random", THEME_KNOWN)


@dataclass(frozen=True)
class Case:
    look: str
    phrasing: str
    request: StyleRequest
    context: Context
    look_handles: tuple[str, ...]


@dataclass
class Answered:
    case: Case
    outfits: list[list[str]] = field(default_factory=list)  # handles per outfit
    problems: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    untrue: list[list[str]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    scores: list[list[float]] = field(default_factory=list)  # the engine's retrieval score of each item
    degraded: bool = False
    notes_rewritten: int = 0  # the model's notes replaced by grounded ones (untrue or repeated)
    candidates_clean: int = 0
    candidates: int = 0
    recalled: int = 0
    recognised: bool | None = None  # the vibe's closest lookbook idea is of its theme (None: not asked)
    idea_theme: str | None = None  # the theme of the vibe's closest lookbook idea (None: not asked)
    first_s: float | None = None
    total_s: float = 0.0


class TrainingLookbook:
    """Stands in for the engine's lookbook cache: the style's lookbook from the training looks only."""

    def __init__(self, profiles: LookbookProfiles) -> None:
        self.profiles = profiles

    def get(self, session: Session, lookbook: str) -> LookbookProfiles:
        return self.profiles


def held_out(session: Session, lookbook: str, judge: Judge,
             embed: Callable[[list[str]], list[list[float]]]) -> tuple[list[Case], LookbookProfiles]:
    """The held-out cases and the lookbook profiles built from the training looks and wordings only."""
    looks = list(session.scalars(select(Look).where(Look.lookbook == lookbook).order_by(Look.look_key)))
    if not looks:
        raise ValueError(f"no looks in lookbook {lookbook!r}; load one with `stylist load-lookbook`")
    split = split_looks(looks)
    products = {p.handle: p for p in session.scalars(select(Product))}
    cases = []
    for look in split.eval:
        season = look.season if look.season in ("spring", "summer", "autumn", "winter") else None
        for phrasing in phrasings(look):
            # as the site asks: the budget is in the words ("... under $150"), the engine reads it from there
            request = StyleRequest(vibe=phrasing, department=look.department, season=season,
                                   count=OUTFITS_PER_REQUEST, style=lookbook)
            context = judge.context(phrasing, department=look.department, season=look.season, lookbook=lookbook,
                                    theme=judge.theme_of(look.vibe))
            cases.append(Case(look.look_key, phrasing, request, context, tuple(look.handles)))
    return cases, LookbookProfiles.build(split.train, products, embed, lambda p: not split.held_out_wording(p))


def theme_profiles(session: Session, lookbook: str, judge: Judge, embed: Callable[[list[str]], list[list[float]]],
                   store: dict[str, frozenset[object]]) -> dict[str, LookbookProfiles]:
    """A diagnostic's lookbooks: per theme, the profiles of that theme's training looks only. With them the
    engine knows which idea a held-out vibe belongs to, as if recognising it were solved."""
    looks = list(session.scalars(select(Look).where(Look.lookbook == lookbook).order_by(Look.look_key)))
    split = split_looks(looks)
    products = {p.handle: p for p in session.scalars(select(Product))}
    by_theme: dict[str, list[Look]] = {}
    for look in split.train:
        by_theme.setdefault(judge.theme_of(look.vibe), []).append(look)
    keep = lambda p: not split.held_out_wording(p)  # noqa: E731
    per_theme = {theme: LookbookProfiles.build(members, products, embed, keep) for theme, members in by_theme.items()}
    for profiles in per_theme.values():  # what the house never wears is the whole lookbook's (`store`), not the theme's
        profiles.store = store
    return per_theme


async def run_engine(stylist: Stylist, cases: Sequence[Case], judge: Judge,
                     per_theme: dict[str, LookbookProfiles] | None = None,
                     look_themes: dict[str, str] | None = None) -> list[Answered]:
    """Ask the engine for each case, one request at a time (the latency of one shopper). With `look_themes`
    (look key -> theme), whether the vibe's closest lookbook idea is of the case's theme is recorded."""
    results = []
    for case in cases:
        if per_theme is not None:  # the diagnostic: the lookbook of the case's own theme (empty if none trained)
            known = per_theme.get(case.context.theme) or LookbookProfiles([], np.zeros((0, 1), np.float32), [])
            stylist.lookbooks = TrainingLookbook(known)  # type: ignore[assignment]
        answered = Answered(case)
        started = time.perf_counter()
        plan_seen = None
        async for event, payload in stylist.stream(case.request):
            if event == "plan":
                plan_seen = payload
            elif event == "outfit":
                if answered.first_s is None:
                    answered.first_s = time.perf_counter() - started
            elif event == "done":
                answered.degraded = payload.degraded
                answered.notes_rewritten = payload.notes_rewritten
                for decided in payload.outfits:
                    items = decided.outfit.items
                    handles = [c.handle for c in items]
                    answered.outfits.append(handles)
                    answered.problems.append(judge.outfit_problems(handles, case.context))
                    answered.notes.append(decided.outfit.why)
                    answered.untrue.append(untrue_terms(decided.outfit.why, items, plan_seen.candidates.all()
                                                        if plan_seen else ()))
                    answered.sources.append(decided.outfit.source)
                    answered.scores.append([c.score for c in items])
        answered.total_s = time.perf_counter() - started
        if plan_seen is not None:
            offered = plan_seen.candidates.all()
            answered.candidates = len(offered)
            answered.candidates_clean = sum(not judge.item_problems(c.handle, case.context) for c in offered)
            answered.recalled = len({c.handle for c in offered} & set(case.look_handles))
            if look_themes is not None and plan_seen.profile is not None and plan_seen.profile.idea:
                answered.idea_theme = idea_theme(plan_seen.profile.idea, look_themes)
                answered.recognised = answered.idea_theme == case.context.theme
        results.append(answered)
    return results


def idea_theme(look_keys: Sequence[str], look_themes: dict[str, str]) -> str | None:
    """The theme most of an idea's looks are of (looks that share a wording are nearly always of one theme)."""
    counts = Counter(theme for key in look_keys if (theme := look_themes.get(key)) is not None)
    return counts.most_common(1)[0][0] if counts else None


def run_random(session: Session, cases: Sequence[Case], judge: Judge, seed: int = 7) -> list[Answered]:
    """Well-formed random outfits from what the engine could offer (in stock, department, season, budget)."""
    rng = random.Random(seed)
    products = [p for p in session.scalars(select(Product)) if p.active and p.in_stock]
    results = []
    for case in cases:
        request = case.request.with_named_budget()
        scope = department_scope(request.department)
        pool: dict[str, list[Product]] = {}
        for p in products:
            if (scope is None or p.department in scope) and in_season(p, request.season):
                pool.setdefault(p.slot, []).append(p)
        answered = Answered(case)
        for _ in range(OUTFITS_PER_REQUEST):
            for _attempt in range(50):
                use_dress = bool(pool.get("dress")) and rng.random() < 0.3
                body = [rng.choice(pool["dress"])] if use_dress else [rng.choice(pool["top"]), rng.choice(pool["bottom"])]
                items = body + [rng.choice(pool["shoes"])]
                if pool.get("outerwear") and rng.random() < 0.5:
                    items.append(rng.choice(pool["outerwear"]))
                if pool.get("accessory") and rng.random() < 0.5:
                    items.append(rng.choice(pool["accessory"]))
                total = sum(min(v.price for v in p.variants) for p in items)
                if request.budget is None or total <= request.budget:
                    break
            handles = [p.handle for p in items]
            answered.outfits.append(handles)
            answered.problems.append(judge.outfit_problems(handles, case.context))
            answered.sources.append("random")
        results.append(answered)
    return results


def details(results: Sequence[Answered]) -> list[dict[str, Any]]:
    """Every request of one system as judged: enough to break the summary down again (by the outfit's place in
    the answer, by recognised or not, by theme) without running the engine again."""
    return [{
        "look": r.case.look, "phrasing": r.case.phrasing, "theme": r.case.context.theme,
        "department": r.case.request.department, "season": r.case.request.season,
        "budget": None if (budget := r.case.request.with_named_budget().budget) is None else str(budget),
        "idea_theme": r.idea_theme, "recognised": r.recognised, "degraded": r.degraded,
        "candidates": r.candidates, "candidates_clean": r.candidates_clean, "recalled": r.recalled,
        "first_s": None if r.first_s is None else round(r.first_s, 3), "total_s": round(r.total_s, 3),
        "outfits": [{"items": handles, "scores": scores, "source": source, "problems": problems, "note": note}
                    for handles, scores, source, problems, note in zip(
                        r.outfits, r.scores or [[]] * len(r.outfits), r.sources, r.problems,
                        r.notes or [""] * len(r.outfits), strict=True)],
    } for r in results]


def by_place(results: Sequence[Answered]) -> list[float]:
    """The share of clean outfits by their place in the answer (first, second, third)."""
    shares = []
    for place in range(OUTFITS_PER_REQUEST):
        judged = [not r.problems[place] for r in results if len(r.problems) > place]
        shares.append(statistics.fmean(judged) if judged else 0.0)
    return shares


def summarize(results: Sequence[Answered]) -> dict[str, Any]:
    problems = [p for r in results for p in r.problems]
    kinds = Counter(problem_kind(x) for p in problems for x in set(p))
    notes = [(r, i) for r in results for i, note in enumerate(r.notes) if note]
    repeated = sum(len(r.notes) - len(set(r.notes)) for r in results if r.notes)
    firsts = [r.first_s for r in results if r.first_s is not None]
    totals = [r.total_s for r in results if r.total_s]
    candidates = sum(r.candidates for r in results)
    look_items = sum(len(r.case.look_handles) for r in results)
    return {
        "requests": len(results),
        "outfits": len(problems),
        "clean": sum(not p for p in problems) / len(problems) if problems else 0.0,
        "broken_per_outfit": statistics.fmean(len(p) for p in problems) if problems else 0.0,
        "clean_by_place": " / ".join(f"{share:.0%}" for share in by_place(results)) if problems else None,
        "clean_recognised": _clean_share([r for r in results if r.recognised is True]),
        "clean_unrecognised": _clean_share([r for r in results if r.recognised is False]),
        "common_problems": kinds.most_common(6),
        "model_outfits": sum(s == "model" for r in results for s in r.sources),
        "model_clean": (statistics.fmean(mine) if (mine := [not p for r in results
                                                           for p, s in zip(r.problems, r.sources) if s == "model"])
                        else None),
        "idea_recognised": (statistics.fmean(known) if (known := [r.recognised for r in results
                                                                   if r.recognised is not None]) else None),
        "candidates_clean": (sum(r.candidates_clean for r in results) / candidates) if candidates else None,
        "look_recall": (sum(r.recalled for r in results) / look_items) if candidates else None,
        "untrue_notes": (sum(bool(r.untrue[i]) for r, i in notes) / len(notes)) if notes else None,
        "notes_rewritten": (sum(r.notes_rewritten for r in results) / n_model) if (n_model := sum(
            s == "model" for r in results for s in r.sources)) else None,
        "repeated_notes": repeated if notes else None,
        "degraded": (sum(r.degraded for r in results) / len(results)) if totals else None,
        "first_outfit_p50_s": percentile(firsts, 0.5) if firsts else None,
        "all_outfits_p50_s": percentile(totals, 0.5) if totals else None,
        "all_outfits_p95_s": percentile(totals, 0.95) if totals else None,
    }


def _clean_share(results: Sequence[Answered]) -> float | None:
    judged = [not p for r in results for p in r.problems]
    return statistics.fmean(judged) if judged else None


ROWS = [
    ("outfits", "outfits judged", "{}"), ("clean", "break no house rule", "{:.1%}"),
    ("broken_per_outfit", "house rules broken per outfit", "{:.2f}"),
    ("clean_by_place", "clean by place in the answer (first / second / third outfit)", "{}"),
    ("model_outfits", "outfits chosen by the model", "{}"),
    ("model_clean", "of those, break no house rule", "{:.1%}"),
    ("idea_recognised", "vibe's idea recognised (its closest lookbook idea is of its theme)", "{:.0%}"),
    ("clean_recognised", "of its outfits when recognised, break no house rule", "{:.1%}"),
    ("clean_unrecognised", "... when not recognised", "{:.1%}"),
    ("candidates_clean", "offered candidates that break no item rule", "{:.1%}"),
    ("look_recall", "curated look's items among the candidates", "{:.1%}"),
    ("untrue_notes", "notes naming what the outfit lacks", "{:.1%}"),
    ("notes_rewritten", "model notes rewritten from the items (untrue or repeated)", "{:.0%}"), ("repeated_notes", "notes repeated in an answer", "{}"),
    ("fitb", "FITB (one hidden item, 4 options; by likelihood for models)", "{:.2f}"),
    ("degraded", "degraded answers", "{:.0%}"), ("first_outfit_p50_s", "first outfit p50 (s)", "{:.2f}"),
    ("all_outfits_p50_s", "all outfits p50 (s)", "{:.2f}"), ("all_outfits_p95_s", "all outfits p95 (s)", "{:.2f}"),
]


def table(summaries: dict[str, dict[str, Any]]) -> str:
    return markdown_table(summaries, ROWS)


def report(summaries: dict[str, dict[str, Any]], lookbook: str, cases: int, looks: int,
           samples: list[dict[str, Any]], fitb_questions: int = 0) -> str:
    kinds = "\n".join(f"- **{system}**: " + "; ".join(f"{kind} ({n})" for kind, n in s["common_problems"])
                      for system, s in summaries.items() if s.get("common_problems"))
    return "\n".join([
        f"# What shoppers get: the `{lookbook}` style on held-out looks",
        "",
        f"{cases} requests: every phrasing of {looks} held-out looks (looks and wordings never trained on, nor in "
        f"the lookbook the engine used), {OUTFITS_PER_REQUEST} outfits each, with the look's department, season "
        "and budget, through the real engine one request at a time. Judged by the demo store's own rule functions "
        "(`inventory/generate_demo.py`, evaluation only). Written by `stylist eval` (models/shopper_eval.py).",
        "",
        table(summaries),
        "",
        f"FITB: {fitb_questions} questions from the same held-out looks (models/fitb.py): the composer row is the "
        "engine's retrieval score (lookbook profile from the training looks, plus similarity to the vibe), the "
        "model rows pick the option whose answer they find most likely. Latency: one request at a time on this "
        "machine, the managed CPU vLLM of the quick start.",
        "",
        "Most common broken rules (outfits breaking each kind):",
        "",
        kinds,
        "",
        "## Sample answers",
        "",
        *[f"- *{s['phrasing']}* ({s['system']}): {s['items']}: \u201c{s['note']}\u201d"
          + (f" breaks: {'; '.join(s['problems'][:3])}" if s["problems"] else " (clean)") for s in samples],
        "",
    ])


def samples_of(results: dict[str, list[Answered]], products: dict[str, Product], n: int = 4) -> list[dict[str, Any]]:
    out = []
    for system, answered in results.items():
        for r in answered[:n]:
            if not r.outfits:
                continue
            out.append({"system": system, "phrasing": r.case.phrasing, "note": r.notes[0] if r.notes else "",
                        "items": ", ".join(products[h].title for h in r.outfits[0]), "problems": r.problems[0]})
    return out


def vibe_encoder(settings: Settings, services: Services, lookbook: str) -> EmbedFn:
    """The style's released vibe encoder (the stock embedder when it has none), as serving uses it."""
    return VibeEncoders(services.index.embedder, settings.vibe_encoders_dir).for_style(lookbook)


def _stylist(settings: Settings, services: Services, lookbook: str, clients: dict[str, LlmClient],
             adapters: dict[str, Path], profiles: LookbookProfiles) -> Stylist:
    stylist = Stylist(services.sessions, services.index, clients, served_name=settings.llm_served_name,
                      adapters=adapters, default_style=lookbook, deadline_s=settings.llm_deadline_s,
                      per_slot=settings.candidates_per_slot, rules=OutfitRules.load(settings.style_rules),
                      model_per_slot=settings.model_candidates_per_slot, model_notes=settings.model_writes_notes,
                      vibe_encoders_dir=settings.vibe_encoders_dir, outfit_per_call=settings.model_outfit_per_call)
    stylist.lookbooks = TrainingLookbook(profiles)  # type: ignore[assignment]
    return stylist


async def evaluate_shopper(settings: Settings, services: Services, lookbook: str, adapter_dir: Path,
                           systems: Sequence[str], limit: int | None = None) -> dict[str, Any]:
    """Run the chosen systems on the held-out cases; returns summaries, samples and the case count."""
    from models.serving import model_servers

    with session_scope(services.sessions) as session:
        judge = Judge.for_session(session)
        cases, profiles = held_out(session, lookbook, judge, vibe_encoder(settings, services, lookbook))
        look_themes = {look.look_key: judge.theme_of(look.vibe)
                       for look in session.scalars(select(Look).where(Look.lookbook == lookbook))}
        products = {p.handle: p for p in session.scalars(select(Product))}
        session.expunge_all()
    cases = cases[:limit] if limit else cases
    results: dict[str, list[Answered]] = {}
    adapters = {lookbook: adapter_dir} if "fine-tuned" in systems else {}
    if "fine-tuned" in systems or "base" in systems:
        async with model_servers(settings, adapters, with_base="base" in systems) as urls:
            for system in ("fine-tuned", "base"):
                if system not in systems:
                    continue
                name = lookbook if system == "fine-tuned" else settings.llm_served_name
                client = LlmClient(urls[name], timeout_s=settings.llm_timeout_s, max_retries=settings.llm_max_retries)
                stylist = _stylist(settings, services, lookbook, {name: client},
                                   adapters if system == "fine-tuned" else {}, profiles)
                await run_engine(stylist, cases[:1], judge)  # warm the prefix cache and compiled graphs
                results[system] = await run_engine(stylist, cases, judge, look_themes=look_themes)
                await client.close()
    if "composer" in systems:
        results["composer"] = await run_engine(_stylist(settings, services, lookbook, {}, {}, profiles), cases, judge,
                                               look_themes=look_themes)
    if THEME_KNOWN in systems:
        with session_scope(services.sessions) as session:
            per_theme = theme_profiles(session, lookbook, Judge.for_session(session),
                                       vibe_encoder(settings, services, lookbook), profiles.store)
        results[THEME_KNOWN] = await run_engine(_stylist(settings, services, lookbook, {}, {}, profiles), cases, judge,
                                                per_theme)
    if "random" in systems:
        with session_scope(services.sessions) as session:
            results["random"] = run_random(session, cases, judge)
    summaries = {system: summarize(answered) for system, answered in results.items()}
    fitb = await asyncio.to_thread(fitb_accuracies, settings, services, lookbook, adapter_dir, systems, limit)
    for system, value in fitb["accuracy"].items():
        summaries.setdefault(system, {})["fitb"] = value
    return {"summaries": summaries, "cases": len(cases), "looks": len({c.look for c in cases}),
            "requests": {system: details(answered) for system, answered in results.items()},
            "vibe_encoder": encoder_version(trained_encoder(settings.vibe_encoders_dir, lookbook)),
            "fitb_questions": fitb["questions"], "samples": samples_of(results, products)}


def fitb_accuracies(settings: Settings, services: Services, lookbook: str, adapter_dir: Path,
                    systems: Sequence[str], limit: int | None) -> dict[str, Any]:
    """FITB on the held-out looks: the engine's retrieval score (composer), the models by likelihood, random."""
    from app.stylist.engine import adapter_version
    from models import fitb
    from models.merge import merge_adapter, merged_dir
    from models.prepare import prepare_base_model

    with session_scope(services.sessions) as session:
        looks = list(session.scalars(select(Look).where(Look.lookbook == lookbook).order_by(Look.look_key)))
        split = split_looks(looks)
        products = {p.handle: p for p in session.scalars(select(Product))}
        items = fitb.questions(session, split.eval)
        profiles = LookbookProfiles.build(split.train, products, vibe_encoder(settings, services, lookbook),
                                          lambda p: not split.held_out_wording(p))
        services.index.refresh(session)
        session.expunge_all()
    items = items[: limit * 2] if limit else items
    embed_one = services.index.embedder.embed_one

    def item_vector(handle: str, vibe: list[float]) -> float:
        _, found = services.index.replica.vectors_of([handle])
        query = np.asarray(vibe, dtype=np.float32)
        return float(found[0] @ (query / (np.linalg.norm(query) or 1.0))) if len(found) else 0.0

    accuracy: dict[str, float] = {}
    rng = random.Random(3)
    if "random" in systems:
        accuracy["random"] = fitb.accuracy(items, [rng.choice(q.options) for q in items])
    if "composer" in systems:
        accuracy["composer"] = fitb.accuracy(items, [fitb.baseline_choice(q, products, profiles, embed_one,
                                                                         item_vector) for q in items])
    wants_model = "fine-tuned" in systems or "base" in systems
    base_dir = prepare_base_model(settings.base_model, settings.resolved_base_model_dir) if wants_model else None
    if "fine-tuned" in systems and base_dir is not None:
        version = adapter_version(adapter_dir)
        merged = merge_adapter(base_dir, adapter_dir, merged_dir(settings.data_dir / "models", lookbook, version),
                               version)
        accuracy["fine-tuned"] = fitb.accuracy(items, fitb.llm_choices(merged, items, products))
    if "base" in systems and base_dir is not None:
        accuracy["base"] = fitb.accuracy(items, fitb.llm_choices(base_dir, items, products))
    return {"accuracy": accuracy, "questions": len(items)}


def write_shopper_report(result: dict[str, Any], out_dir: Path, lookbook: str) -> str:
    out_dir.mkdir(parents=True, exist_ok=True)
    text = report(result["summaries"], lookbook, result["cases"], result["looks"], result["samples"],
                  result.get("fitb_questions", 0))
    (out_dir / "shopper.md").write_text(text)
    summary = {key: value for key, value in result.items() if key != "requests"}
    (out_dir / "shopper.json").write_text(json.dumps(summary, indent=2, default=str))
    if "requests" in result:  # one line per system and request: what was asked, offered, chosen and judged
        lines = [json.dumps({"system": system, **request}, default=str)
                 for system, requests in result["requests"].items() for request in requests]
        # gzip without a timestamp: the same evaluation writes the same bytes (about 0.1 MB a style, 1 MB unpacked)
        with gzip.GzipFile(out_dir / REQUESTS_FILE, "wb", mtime=0) as out:
            out.write(("\n".join(lines) + "\n").encode())
    return table(result["summaries"])
