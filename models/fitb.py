"""Fill in the blank, scored by likelihood: one item of a held-out look hidden among three same-slot distractors.

The standard way to put a multiple-choice question to a language model: each option is scored by the model's
log-probability of the answer that picks it (the runtime prompt in its complete-the-look form, the given items
as "Every outfit includes", the options as that slot's candidates; the answer text up to the end of the item
list), and the most likely option is the model's choice. No generation, so no positional habit of free decoding.
The no-LLM baseline scores each option by the engine's own retrieval score (the lookbook profile built from the
training looks, plus similarity to the vibe). Distractors: in-stock products of the hidden item's slot and the
look's department, never a colourway of it (same title) and never another item of the look. Random = 0.25.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalog.models import Product
from app.search.index import department_scope
from app.stylist.lookbook_profile import ItemFacts, LookbookProfiles
from app.stylist.planning import SIMILARITY_WEIGHT, candidate_of
from app.stylist.prompt import SLOT_ORDER, Candidate, PromptRequest, build_messages, number_candidates
from app.stylist.wording import base_wording

OPTIONS = 4


@dataclass(frozen=True)
class Question:
    look: str
    vibe: str
    department: str
    given: tuple[str, ...]  # handles
    options: tuple[str, ...]  # handles, shuffled
    answer: str  # the hidden handle


def questions(session: Session, looks: Sequence[Any], seed: int = 11) -> list[Question]:
    """One question per slot of each look, asked with the look's vibe."""
    rng = random.Random(seed)
    products = {p.handle: p for p in session.scalars(select(Product)) if p.active and p.in_stock}
    out = []
    for look in looks:
        items = [products[h] for h in look.handles if h in products]
        scope = department_scope(look.department) or ("women", "men", "unisex")
        for hidden in items:
            pool = [p for p in products.values() if p.slot == hidden.slot and p.department in scope
                    and p.handle not in look.handles and p.title.lower() != hidden.title.lower()]
            if len(pool) < OPTIONS - 1:
                continue
            options = [hidden.handle, *(p.handle for p in rng.sample(pool, OPTIONS - 1))]
            rng.shuffle(options)
            out.append(Question(look.look_key, look.vibe, look.department,
                                tuple(p.handle for p in items if p is not hidden), tuple(options), hidden.handle))
    return out


def baseline_choice(question: Question, products: dict[str, Product], profiles: LookbookProfiles,
                    embed_one: Any, item_vector: Any) -> str:
    """The engine's retrieval score: the lookbook profile (training looks) plus similarity to the vibe."""
    department = question.department if question.department != "unisex" else None
    profile = profiles.profile_of(base_wording(question.vibe), department)  # the style's vibe encoder
    full = embed_one(question.vibe)  # the search index's embedder, as item vectors are

    def score(handle: str) -> float:
        return profile.item_score(ItemFacts.of(products[handle])) + SIMILARITY_WEIGHT * item_vector(handle, full)

    return max(question.options, key=score)


def _prompt(question: Question, products: dict[str, Product]) -> tuple[list[dict[str, str]], list[Candidate],
                                                                         dict[str, str]]:
    by_slot: dict[str, list[Candidate]] = {}
    for handle in (*question.given, *question.options):
        product = products[handle]
        by_slot.setdefault(product.slot, []).append(candidate_of(product, 0.0, None))
    numbered = number_candidates(by_slot)
    ids = {c.handle: c.id for c in numbered.all()}
    request = PromptRequest(vibe=question.vibe, department=question.department if question.department != "unisex"
                            else None, count=1, must_include=tuple(ids[h] for h in question.given))
    return build_messages(request, numbered), numbered.all(), ids


def llm_choices(model_dir: Path, items: Sequence[Question], products: dict[str, Product]) -> list[str]:
    """The most likely option of each question under the model (transformers on the CPU, or a GPU)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    model.eval()
    order = {slot: i for i, slot in enumerate(SLOT_ORDER)}
    choices = []
    for question in items:
        messages, _, ids = _prompt(question, products)
        prompt_ids = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)
        if not isinstance(prompt_ids, list):  # transformers 5 returns a BatchEncoding
            prompt_ids = list(prompt_ids["input_ids"])
        with torch.no_grad():  # the prompt once; each option's answer continues from its cached keys
            prompt_out = model(torch.tensor([prompt_ids]), use_cache=True)
        cache, first_logits = prompt_out.past_key_values, prompt_out.logits[0, -1]
        best, best_score = question.options[0], float("-inf")
        for option in question.options:
            chosen = sorted((*question.given, option), key=lambda h: (order[products[h].slot], ids[h]))
            answer = '{"outfits":[{"items":[' + ",".join(f'"{ids[h]}"' for h in chosen) + "]"
            answer_ids = tokenizer(answer, add_special_tokens=False)["input_ids"]
            with torch.no_grad():
                out = model(torch.tensor([answer_ids]), past_key_values=cache, use_cache=True)
            cache.crop(-len(answer_ids))  # back to the prompt alone for the next option
            logits = torch.cat([first_logits[None], out.logits[0, :-1]])
            logprobs = torch.log_softmax(logits.float(), dim=-1)
            score = float(logprobs[torch.arange(len(answer_ids)), torch.tensor(answer_ids)].sum())
            if score > best_score:
                best, best_score = option, score
        choices.append(best)
    return choices


def accuracy(items: Sequence[Question], choices: Sequence[str]) -> float:
    return sum(q.answer == c for q, c in zip(items, choices, strict=True)) / len(items) if items else 0.0
