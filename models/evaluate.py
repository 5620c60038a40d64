"""The evaluation suite: base model (best prompt) vs fine-tuned adapter vs the composer, on held-out looks.

    stylist eval --lookbook house --selection   # starts vLLM on CPU with the served adapters, writes eval.md
    STYLIST_LLM_URL=http://gpu:8000/v1 stylist eval --lookbook house --selection   # against a running vLLM

Every system sees the same held-out examples (models/data/LOOKBOOK/eval.jsonl and fitb.jsonl: the same
retrieval, the same candidates) through vLLM with the same JSON-schema constraint (one server with LoRA on a
GPU; on the CPU the adapter is merged and served by a second, identical vLLM, see models/merge.py):
(a) the base model with the rules and two worked examples in the prompt, (b) the fine-tuned adapter with the
short production prompt, (c) the engine's deterministic composer. Reported: validity of the raw answers and
of the answers after validation/repair (what shoppers see), item precision/recall/F1 against the curated
look, FITB accuracy (random = 25%), vibe relevance, explanation length and specificity, latency and tokens.
Writes models/reports/LOOKBOOK/eval.{md,json,png} and eval-unseen.md (held-out looks whose items no
training look uses).
"""

from __future__ import annotations

import asyncio
import json
import logging
import statistics
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np

from app.search.index import ProductIndex
from app.stylist.composer import compose
from app.stylist.planning import StyleRequest
from app.stylist.prompt import (
    RULES_PROMPT, SYSTEM_PROMPT, Candidate, CandidateSet, output_schema, parse_answer, AnswerError,
)
from app.stylist.validation import check
from app.stylist.variety import shared, unavailable
from models import metrics

log = logging.getLogger(__name__)

FEW_SHOT = 2  # worked examples in the base model's prompt
CONCURRENCY = 4  # requests in flight during the quality pass (vLLM batches them)


@dataclass
class Result:
    system: str
    kind: str  # outfit | fitb
    record: dict[str, Any]
    raw_ids: list[list[str]] = field(default_factory=list)
    final_ids: list[list[str]] = field(default_factory=list)
    whys: list[str] = field(default_factory=list)
    parsed: bool = True
    off_list: int = 0
    total_ids: int = 0
    latency_s: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def candidate_set(record: dict[str, Any], scores: dict[str, float]) -> CandidateSet:
    by_slot: dict[str, list[Candidate]] = {}
    for c in record["candidates"]:
        by_slot.setdefault(c["slot"], []).append(Candidate(
            id=c["id"], handle=c["handle"], slot=c["slot"], title=c["title"], price=Decimal(c["price"]),
            score=scores.get(c["handle"], 0.0)))
    for items in by_slot.values():  # the composer takes the best-ranked first
        items.sort(key=lambda c: -c.score)
    return CandidateSet(by_slot)


def expected_ids(record: dict[str, Any]) -> list[str]:
    return list(record["target"]["outfits"][0]["items"])


def messages_for(system: str, record: dict[str, Any], shots: list[dict[str, Any]]) -> list[dict[str, str]]:
    if system == "fine-tuned":
        return record["prompt"]
    messages = [{"role": "system", "content": SYSTEM_PROMPT + " " + RULES_PROMPT}]
    for shot in shots:
        messages += [shot["prompt"][-1], shot["completion"][0]]
    return messages + [record["prompt"][-1]]


def pick_shots(train: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Two short training examples (one outfit each, one FITB) as the base model's worked examples."""
    outfits = sorted((r for r in train if r["kind"] == "outfit" and r["count"] == 1),
                     key=lambda r: len(r["prompt"][-1]["content"]))
    fitb = sorted((r for r in train if r["kind"] == "fitb"), key=lambda r: len(r["prompt"][-1]["content"]))
    return (outfits[:1] + fitb[:1])[:FEW_SHOT]


async def ask(client: Any, model: str, messages: list[dict[str, str]], schema: dict[str, Any],
              max_tokens: int) -> tuple[str, int, int, float]:
    started = time.perf_counter()
    response = await client.chat.completions.create(
        model=model, messages=messages, temperature=0.0, max_tokens=max_tokens,
        response_format={"type": "json_schema", "json_schema": {"name": "outfits", "schema": schema}},
    )
    usage = response.usage
    return (response.choices[0].message.content or "", usage.prompt_tokens if usage else 0,
            usage.completion_tokens if usage else 0, time.perf_counter() - started)


def score_answer(result: Result, text: str, cands: CandidateSet) -> None:
    record = result.record
    try:
        outfits = parse_answer(text)
    except AnswerError:
        result.parsed = False
        outfits = []
    offered = set(cands.ids())
    worn: list[list[Candidate]] = []  # the outfits kept so far: the answer's variety (app/stylist/variety.py)
    budget = Decimal(record["budget"]) if record.get("budget") else None
    for ids, why in outfits:
        result.raw_ids.append(ids)
        result.whys.append(why)
        result.total_ids += len(ids)
        result.off_list += sum(1 for i in ids if i not in offered)
        outfit, _ = check(ids, why, cands, budget, unavailable(worn), shared=shared(worn))
        if outfit is not None:
            result.final_ids.append([c.id for c in outfit.items])
            worn.append(outfit.items)


async def run_llm(system: str, model: str, records: list[dict[str, Any]], kind: str, shots: list[dict[str, Any]],
                  scores: dict[str, dict[str, float]], client: Any) -> list[Result]:
    semaphore = asyncio.Semaphore(CONCURRENCY)

    async def one(record: dict[str, Any]) -> Result:
        cands = candidate_set(record, scores[record["phrasing"]])
        result = Result(system, kind, record)
        schema = output_schema(cands.ids(), record["count"])
        async with semaphore:
            try:
                text, pt, ct, seconds = await ask(client, model, messages_for(system, record, shots), schema,
                                                  90 * record["count"] + 20)
            except Exception as exc:  # noqa: BLE001 - a failed request counts as an unparsed answer
                log.warning("%s: request failed: %s", system, exc)
                result.parsed = False
                return result
        result.prompt_tokens, result.completion_tokens, result.latency_s = pt, ct, seconds
        score_answer(result, text, cands)
        return result

    return list(await asyncio.gather(*(one(r) for r in records)))


def run_composer(records: list[dict[str, Any]], kind: str, scores: dict[str, dict[str, float]]) -> list[Result]:
    results = []
    for record in records:
        cands = candidate_set(record, scores[record["phrasing"]])
        anchor = record["must_include"]
        started = time.perf_counter()
        request = StyleRequest(vibe=record["phrasing"], count=record["count"],
                               budget=Decimal(record["budget"]) if record.get("budget") else None)
        if kind == "fitb":  # the composer completes the given items with its best-ranked option
            given = {c.id for c in cands.all() if c.id in anchor}
            hidden_slot = next(c.slot for c in cands.all() if c.id in record["options"])
            best = max((c for c in cands.by_slot[hidden_slot] if c.id in record["options"]), key=lambda c: c.score)
            outfits = [[*given, best.id]]
            whys = [""]
        else:
            built = compose(cands, request, record["count"])
            outfits = [[c.id for c in o.items] for o in built]
            whys = [o.why for o in built]
        result = Result("composer", kind, record, raw_ids=outfits, final_ids=outfits, whys=whys,
                        total_ids=sum(map(len, outfits)), latency_s=time.perf_counter() - started)
        results.append(result)
    return results


def summarize(results: list[Result], vibe_vectors: dict[str, np.ndarray], item_vectors: dict[str, np.ndarray],
              fitb: list[Result]) -> dict[str, Any]:
    f1_raw, f1_final, p_final, r_final, complete_raw, relevance, lengths, specific = [], [], [], [], [], [], [], []
    over, repeats = 0, 0
    for r in results:
        expected = expected_ids(r.record)
        by_id = {c["id"]: c for c in r.record["candidates"]}
        first_raw = r.raw_ids[0] if r.raw_ids else []
        first_final = r.final_ids[0] if r.final_ids else []
        f1_raw.append(metrics.prf(first_raw, expected)[2])
        p, rec, f = metrics.prf(first_final, expected)
        p_final.append(p), r_final.append(rec), f1_final.append(f)
        complete_raw.append(all(metrics.complete([by_id[i]["slot"] for i in o if i in by_id]) for o in r.raw_ids)
                            and bool(r.raw_ids))
        budget = Decimal(r.record["budget"]) if r.record.get("budget") else None
        over += sum(metrics.over_budget([Decimal(by_id[i]["price"]) for i in o if i in by_id], budget)
                    for o in r.final_ids)
        repeats += metrics.repeated(r.final_ids)
        vibe = vibe_vectors[r.record["phrasing"]]
        chosen = [item_vectors[by_id[i]["handle"]] for o in r.final_ids for i in o if by_id[i]["handle"] in item_vectors]
        if chosen:
            relevance.append(float(np.mean([v @ vibe for v in chosen])))
        for ids, why in zip(r.raw_ids, r.whys, strict=False):
            if why:
                lengths.append(len(why.split()))
                specific.append(metrics.specificity(why, [by_id[i]["title"] for i in ids if i in by_id]))
    latencies = [r.latency_s for r in results + fitb if r.latency_s]
    mean = statistics.fmean
    return {
        "examples": len(results),
        "json_parse_rate": mean([r.parsed for r in results + fitb]),
        "off_list_rate": (sum(r.off_list for r in results + fitb) / max(1, sum(r.total_ids for r in results + fitb))),
        "raw_slot_complete": mean(complete_raw) if complete_raw else 0.0,
        "answered_rate": mean([bool(r.final_ids) for r in results]),
        "item_precision": mean(p_final), "item_recall": mean(r_final), "item_f1": mean(f1_final),
        "item_f1_raw": mean(f1_raw),
        "fitb_accuracy": mean([metrics.fitb_correct((r.raw_ids or [[]])[0], r.record["options"],
                                                    r.record["answer_id"]) for r in fitb]) if fitb else None,
        "budget_violations": over, "size_violations": 0, "repeated_items": repeats,
        "vibe_relevance": mean(relevance) if relevance else 0.0,
        "why_words": mean(lengths) if lengths else 0.0,
        "why_specificity": mean(specific) if specific else 0.0,
        "latency_p50_s": metrics.percentile(latencies, 0.5), "latency_p95_s": metrics.percentile(latencies, 0.95),
        "prompt_tokens": mean([r.prompt_tokens for r in results]) if results else 0,
        "completion_tokens": mean([r.completion_tokens for r in results]) if results else 0,
    }


ROWS = [
    ("json_parse_rate", "JSON parses", "{:.0%}"), ("off_list_rate", "off-list item rate", "{:.1%}"),
    ("raw_slot_complete", "raw answers slot-complete", "{:.0%}"), ("answered_rate", "valid outfit after checks",
                                                                    "{:.0%}"),
    ("item_precision", "item precision", "{:.3f}"), ("item_recall", "item recall", "{:.3f}"),
    ("item_f1", "item F1", "{:.3f}"), ("item_f1_raw", "item F1 (raw answer)", "{:.3f}"),
    ("fitb_accuracy", "FITB accuracy (random 0.25)", "{:.3f}"),
    ("budget_violations", "budget violations", "{}"), ("size_violations", "size violations", "{}"),
    ("repeated_items", "repeated items", "{}"), ("vibe_relevance", "vibe relevance (cosine)", "{:.3f}"),
    ("why_words", "explanation words", "{:.1f}"), ("why_specificity", "explanation names its items", "{:.0%}"),
    ("latency_p50_s", "latency p50 (s)", "{:.2f}"), ("latency_p95_s", "latency p95 (s)", "{:.2f}"),
    ("prompt_tokens", "prompt tokens", "{:.0f}"), ("completion_tokens", "completion tokens", "{:.0f}"),
]


def table(summaries: dict[str, dict[str, Any]]) -> str:
    return metrics.markdown_table(summaries, ROWS, corner="metric")


def chart(summaries: dict[str, dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    keys = [("fitb_accuracy", "FITB accuracy"), ("item_f1", "item F1"), ("raw_slot_complete", "raw complete"),
            ("why_specificity", "why names items")]
    systems = list(summaries)
    fig, ax = plt.subplots(figsize=(8, 4), dpi=120)
    width = 0.8 / len(systems)
    for i, system in enumerate(systems):
        values = [summaries[system].get(k) or 0 for k, _ in keys]
        ax.bar([x + i * width for x in range(len(keys))], values, width, label=system)
    ax.axhline(0.25, color="grey", linestyle=":", linewidth=1)
    ax.text(len(keys) - 0.6, 0.26, "FITB chance", color="grey", fontsize=8)
    ax.set_xticks([x + width * (len(systems) - 1) / 2 for x in range(len(keys))], [label for _, label in keys])
    ax.set_ylim(0, 1)
    ax.set_title("Held-out looks: base (prompted) vs fine-tuned vs composer")
    ax.legend(frameon=False)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


async def evaluate(urls: dict[str, str], base_name: str, adapter_name: str, data_dir: Path, index: ProductIndex,
                   limit: int | None = None) -> dict[str, Any]:
    from openai import AsyncOpenAI

    records = load(data_dir / "eval.jsonl")[:limit]
    fitb = load(data_dir / "fitb.jsonl")[:limit]
    shots = pick_shots(load(data_dir / "train.jsonl"))
    embedder = index.embedder
    phrasings = sorted({r["phrasing"] for r in records + fitb})
    vibe_vectors = dict(zip(phrasings, np.asarray(embedder.embed(phrasings)), strict=True))
    handles = sorted({c["handle"] for r in records + fitb for c in r["candidates"]})
    stored = index.collection.get(ids=handles, include=["embeddings"])
    item_vectors = dict(zip(stored["ids"], np.asarray(stored["embeddings"], dtype=np.float32), strict=True))
    scores = {
        p: {h: float(item_vectors[h] @ vibe_vectors[p]) for h in handles if h in item_vectors} for p in phrasings
    }
    systems = {"base (prompted)": base_name, "fine-tuned": adapter_name}
    summaries, raw = {}, {}
    for label, model in systems.items():
        client = AsyncOpenAI(base_url=urls[model], api_key="not-needed", timeout=300, max_retries=1)
        started = time.perf_counter()
        style = "fine-tuned" if label == "fine-tuned" else "base"
        outfit_results = await run_llm(style, model, records, "outfit", shots, scores, client)
        fitb_results = await run_llm(style, model, fitb, "fitb", shots, scores, client)
        summary = summarize(outfit_results, vibe_vectors, item_vectors, fitb_results)
        summary["seconds"] = round(time.perf_counter() - started, 1)
        summaries[label] = summary
        raw[label] = outfit_results
        unseen = [r for r in outfit_results if r.record.get("unseen_items")]
        summaries[label + " [unseen items]"] = summarize(unseen, vibe_vectors, item_vectors, []) if unseen else {}
        log.info("%s: %s", label, json.dumps(summary))
        await client.close()
    composer_outfits = run_composer(records, "outfit", scores)
    composer_fitb = run_composer(fitb, "fitb", scores)
    summaries["composer"] = summarize(composer_outfits, vibe_vectors, item_vectors, composer_fitb)
    unseen = [r for r in composer_outfits if r.record.get("unseen_items")]
    summaries["composer [unseen items]"] = summarize(unseen, vibe_vectors, item_vectors, []) if unseen else {}
    samples = [
        {"phrasing": record["phrasing"], "expected": expected_ids(record),
         **{label: {"ids": raw[label][i].raw_ids[:1], "why": raw[label][i].whys[:1]} for label in raw}}
        for i, record in enumerate(records[:6])
    ]
    return {"summaries": summaries, "samples": samples, "shots": len(shots), "examples": len(records),
            "fitb_examples": len(fitb)}


def write_report(result: dict[str, Any], out_dir: Path, lookbook: str, adapter: str, data_hash: str) -> str:
    out_dir.mkdir(parents=True, exist_ok=True)
    main = {k: v for k, v in result["summaries"].items() if "[unseen" not in k}
    unseen = {k.replace(" [unseen items]", ""): v for k, v in result["summaries"].items() if "[unseen" in k and v}
    main_table = table(main)
    base, tuned = main["base (prompted)"], main["fine-tuned"]
    ratio = base["prompt_tokens"] / tuned["prompt_tokens"] if tuned["prompt_tokens"] else 0
    text = "\n".join([
        f"# Evaluation: `{adapter}` on the `{lookbook}` lookbook's held-out looks",
        "",
        f"{result['examples']} outfit requests ({result['examples']} held-out phrasings of held-out looks) and "
        f"{result['fitb_examples']} fill-in-the-blank questions; data hash `{data_hash[:16]}`. Every system gets "
        "the same retrieved candidates through the same vLLM server and JSON-schema constraint; the base model "
        f"gets the rules and {result['shots']} worked examples in its prompt, the fine-tuned adapter the short "
        "production prompt. Metrics after validation are what a shopper would see (invalid outfits are repaired "
        "or dropped); 'raw' rows score the model's own answer.",
        "",
        main_table,
        "",
        f"Prompt length: the few-shot base prompt is {ratio:.1f}x the fine-tuned prompt "
        f"({base['prompt_tokens']:.0f} vs {tuned['prompt_tokens']:.0f} tokens). Latency was measured with "
        f"{CONCURRENCY} requests in flight on the evaluation machine.",
        "",
        "![chart](eval.png)",
        "",
        "## Sample answers",
        "",
        *[f"- *{s['phrasing']}*: expected {s['expected']}; "
          + "; ".join(f"{label}: {s[label]['ids']} \u201c{(s[label]['why'] or [''])[0][:120]}\u201d"
                      for label in ("base (prompted)", "fine-tuned")) for s in result["samples"]],
        "",
    ])
    (out_dir / "eval.md").write_text(text)
    (out_dir / "eval.json").write_text(json.dumps(result, indent=2, default=str))
    chart(main, out_dir / "eval.png")
    (out_dir / "eval-unseen.md").write_text("\n".join([
        f"# Evaluation on items the model never trained on: `{adapter}` / `{lookbook}`",
        "",
        "The held-out looks whose products appear in no training look (so the model cannot have memorised "
        "which of these items go together). Same systems and metrics as eval.md, outfit requests only.",
        "",
        table(unseen) if unseen else "No held-out look uses only unseen products in this split.",
        "",
    ]))
    return main_table
