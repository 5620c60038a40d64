"""Pure parts of the outfit engine: prompt format, schema, stream parsing, validation and the composer."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

from app.stylist.composer import compose
from app.stylist.planning import StyleRequest
from app.stylist.prompt import (
    Candidate, OutfitStreamParser, PromptRequest, answer_text, build_messages, make_answer, number_candidates,
    output_schema, parse_answer,
)
from app.stylist.validation import check, problems
from app.stylist.variety import MAX_SHARED, NEVER_SHARED


def cand(slot: str, name: str, price: int, score: float) -> Candidate:
    return Candidate(id="", handle=name, slot=slot, title=name.replace("-", " ").title(), price=Decimal(price),
                     colors=("black",), materials=("cotton",), style_tags=("grunge",), score=score)


def candidates():  # type: ignore[no-untyped-def]
    return number_candidates({
        "top": [cand("top", "band-tee", 30, 0.8), cand("top", "flannel-shirt", 50, 0.7), cand("top", "silk-cami", 90, 0.3)],
        "bottom": [cand("bottom", "ripped-jeans", 80, 0.8), cand("bottom", "black-skirt", 60, 0.6)],
        "dress": [cand("dress", "slip-dress", 120, 0.5), cand("dress", "sequin-mini", 200, 0.1)],
        "outerwear": [cand("outerwear", "denim-jacket", 90, 0.6), cand("outerwear", "raincoat", 140, 0.5)],
        "shoes": [cand("shoes", "combat-boots", 140, 0.9), cand("shoes", "sneakers", 70, 0.6)],
        "accessory": [cand("accessory", "beanie", 20, 0.7)],
    })


def test_candidates_are_numbered_per_slot_and_listed_compactly() -> None:
    c = candidates()
    assert c.ids() == ["T1", "T2", "T3", "B1", "B2", "D1", "D2", "O1", "O2", "S1", "S2", "A1"]
    assert c.by_id()["S1"].line() == "S1 Combat Boots; black cotton; grunge; $140"
    messages = build_messages(PromptRequest(vibe="90s grunge coffee date", department="women", size="M",
                                            budget=Decimal(300), count=2), c)
    user = messages[-1]["content"]
    assert user.startswith("Vibe: 90s grunge coffee date\nShopper: women, size M, budget $300 per outfit\nOutfits: 2")
    assert "Candidates (data):\nT1 Band Tee" in user
    assert "Rules:" not in messages[0]["content"]
    assert "Rules:" in build_messages(PromptRequest(vibe="x"), c, with_rules=True)[0]["content"]


def test_schema_allows_only_offered_ids() -> None:
    schema = output_schema(["T1", "S1"], 2)
    outfits = schema["properties"]["outfits"]
    assert (outfits["minItems"], outfits["maxItems"]) == (2, 2)
    assert outfits["items"]["properties"]["items"]["items"]["enum"] == ["T1", "S1"]


def test_answer_text_is_compact_and_in_slot_order() -> None:
    answer = make_answer([(["S1", "B1", "T1"], "Band tee and ripped jeans.")])
    assert answer_text(answer) == '{"outfits":[{"items":["T1","B1","S1"],"why":"Band tee and ripped jeans."}]}'
    assert parse_answer(answer_text(answer)) == [(["T1", "B1", "S1"], "Band tee and ripped jeans.")]


def test_stream_parser_emits_each_outfit_when_it_closes() -> None:
    text = '{"outfits":[{"items":["T1","B1","S1"],"why":"a {brace} \\"quote\\""},{"items":["D1","S2"],"why":"b"}]}'
    parser = OutfitStreamParser()
    seen = []
    for i in range(0, len(text), 7):
        seen += [(i, outfit) for outfit in parser.feed(text[i : i + 7])]
    assert [o for _, o in seen] == [(["T1", "B1", "S1"], 'a {brace} "quote"'), (["D1", "S2"], "b")]
    assert seen[0][0] < text.index('{"items":["D1"')  # the first came out before the second was written


def test_valid_outfit_passes_unchanged() -> None:
    outfit, issues = check(["T1", "B1", "S1"], "why", candidates(), Decimal(300), set())
    assert issues == [] and outfit is not None and outfit.repairs == []


def test_rules_are_detected() -> None:
    c = candidates().by_id()
    assert problems([c["T1"], c["B1"]], None, set(), None) == ["no shoes"]
    assert "a dress with a top or bottom" in problems([c["D1"], c["T1"], c["S1"]], None, set(), None)
    assert "neither a dress nor a top and a bottom" in problems([c["T1"], c["S1"]], None, set(), None)
    assert "more than 1 top" in problems([c["T1"], c["T2"], c["B1"], c["S1"]], None, set(), None)
    assert "over budget" in problems([c["T1"], c["B1"], c["S1"]], Decimal(100), set(), None)
    assert problems([c["T1"], c["B1"], c["S1"]], None, {"band-tee"}, None) == [
        "items the answer's other outfits keep to themselves: T1"]


def test_repairs() -> None:
    c = candidates()
    missing_shoes, issues = check(["T1", "B1"], "w", c, None, set())
    assert issues == ["no shoes"]
    assert missing_shoes is not None and [i.id for i in missing_shoes.ordered()] == ["T1", "B1", "S1"]
    assert missing_shoes.repairs == ["added S1"]
    dress_and_top, _ = check(["D1", "T1", "S1"], "w", c, None, set())
    assert dress_and_top is not None and {i.slot for i in dress_and_top.items} == {"dress", "shoes"}
    repeat, _ = check(["T1", "B1", "S1"], "w", c, None, {"band-tee"})
    assert repeat is not None and [i.id for i in repeat.ordered()] == ["T2", "B1", "S1"]
    assert repeat.repairs == ["dropped T1", "added T2"]
    # two pieces from earlier outfits: each replaced within its slot by the best free one: still the model's outfit
    two, _ = check(["T1", "B1", "S1", "A1"], "w", c, None, {"band-tee", "combat-boots"})
    assert two is not None and [i.id for i in two.ordered()] == ["T2", "B1", "S2", "A1"]
    assert two.repairs == ["dropped S1", "dropped T1", "added S2", "added T2"]
    # a third (the only accessory, dropped) is more fixing than MAX_REPAIRS allows: rejected
    three, issues = check(["T1", "B1", "S1", "A1"], "w", c, None, {"band-tee", "combat-boots", "beanie"})
    assert three is None and "items the answer's other outfits keep to themselves: T1, S1, A1" in issues
    # shoes and a beanie that earlier outfits wear: one may be shared (variety.MAX_SHARED), so one goes (here the
    # beanie: dropping the optional accessory is the smallest change)
    assert "more than 1 piece shared with the answer's other outfits" in problems(
        [c.by_id()[i] for i in ("T1", "B1", "S1", "A1")], None, set(), None, shared={"combat-boots", "beanie"})
    sharing, _ = check(["T1", "B1", "S1", "A1"], "w", c, None, set(), shared={"combat-boots", "beanie"})
    assert sharing is not None and sharing.repairs == ["dropped A1"]
    assert sum(i.handle in {"combat-boots", "beanie"} for i in sharing.items) == 1
    over, _ = check(["T1", "B1", "S1", "A1"], "w", c, Decimal(190), set())
    assert over is not None and over.total <= 190
    assert len({"T1", "B1", "S1", "A1"} & {i.id for i in over.items}) == 2  # the fewest changes that fit
    impossible, issues = check(["T1", "B1", "S1"], "w", c, Decimal(50), set())
    assert impossible is None and "over budget" in issues
    unknown, issues = check(["T9", "B1", "S1"], "w", c, None, set())
    assert issues[0] == "ids not offered: T9" and unknown is not None


def test_complete_the_look_check_puts_the_item_back() -> None:
    """An outfit for "complete the look" that leaves the shopper's item out is repaired to wear it, keeping the
    model's other picks; with no room for the item it is refused with the reason."""
    c = candidates()
    kept, issues = check(["T1", "B1", "S1"], "w", c, None, set(), anchor_id="B2")
    assert "missing the item to complete" in issues
    assert kept is not None and [i.id for i in kept.items if i.slot == "bottom"] == ["B2"]
    assert {"T1", "S1"} <= {i.id for i in kept.items} and kept.repairs[:2] == ["dropped B1", "added B2"]
    assert check(["T1", "B2", "S1"], "w", c, None, set(), anchor_id="B2") == (kept.__class__(
        [c.by_id()[i] for i in ("T1", "B2", "S1")], "w", "model"), [])  # already wearing it: unchanged
    refused, issues = check(["T1", "B1", "S1"], "w", c, Decimal(55), set(), anchor_id="B2")  # the skirt is 60
    assert refused is None and "missing the item to complete" in issues


def test_composer_is_deterministic_and_shares_at_most_one_piece_per_outfit() -> None:
    request = StyleRequest(vibe="grunge", budget=Decimal(400), count=3, season="autumn")
    first = compose(candidates(), request, 3)
    assert first == compose(candidates(), request, 3)
    # autumn: every outfit wears a jacket; with two jackets and two pairs of shoes a third outfit would share
    # both with the first two, one piece more than variety.py allows
    assert len(first) == 2
    dresses = [c.handle for o in first for c in o.items if c.slot in NEVER_SHARED]
    assert len(dresses) == len(set(dresses))
    earlier = {c.handle for c in first[0].items}
    assert sum(c.handle in earlier for c in first[1].items) <= MAX_SHARED
    three_pairs = candidates()
    three_pairs.by_slot["shoes"].append(replace(three_pairs.by_slot["shoes"][1], id="S3", handle="loafers"))
    more = compose(three_pairs, request, 3)
    assert len(more) == 3  # a third pair of shoes: the third outfit shares only one piece with the first two
    assert all(sum(c.handle in {h.handle for o in more[:n] for h in o.items} for c in more[n].items) <= MAX_SHARED
               for n in range(3))
    assert all(not problems(o.items, request.budget, set(), None) for o in first)
    assert any(c.slot == "outerwear" for c in first[0].items)  # autumn: a jacket
    assert all(o.source == "composer" and o.why for o in first)


def test_composer_repeats_a_top_or_bottom_only_when_no_fresh_one_comes_close() -> None:
    """A top or bottom an earlier outfit wears costs outfit_search.REPEAT_COST: with a fresh skirt nearly as good,
    the second outfit wears it; with only a far worse one (a misfit for the vibe), it wears the jeans again."""
    request = StyleRequest(vibe="grunge", budget=Decimal(400), count=2, season="summer")
    separates = candidates()
    separates.by_slot["dress"] = []
    separates.by_slot["bottom"][1] = replace(separates.by_slot["bottom"][1], score=0.0)
    # the skirt (0.0, with the first outfit's boots) beats the jeans again (0.8 - REPEAT_COST, new sneakers 0.6)
    fresh = compose(separates, request, 2)
    bottoms = [c.handle for o in fresh for c in o.items if c.slot == "bottom"]
    assert len(fresh) == 2 and bottoms == ["ripped-jeans", "black-skirt"]
    misfit = candidates()
    misfit.by_slot["bottom"][1] = replace(misfit.by_slot["bottom"][1], score=-8.0)
    misfit.by_slot["dress"] = []
    repeated = compose(misfit, request, 2)
    assert [c.handle for c in repeated[1].items if c.slot == "bottom"] == ["ripped-jeans"]
    assert sum(c.handle in {h.handle for h in repeated[0].items} for c in repeated[1].items) == 1


def test_composer_keeps_the_anchor_in_every_outfit() -> None:
    c = candidates()
    anchor = "B2"
    request = StyleRequest(vibe="skirt look", count=2)
    outfits = compose(c, request, 2, anchor_id=anchor)
    assert len(outfits) == 2 and all(anchor in [i.id for i in o.items] for o in outfits)


def test_schema_is_valid_json_schema() -> None:
    import jsonschema

    schema = output_schema(candidates().ids(), 1)
    jsonschema.validate(json.loads('{"outfits":[{"items":["T1","B1","S1"],"why":"x"}]}'), schema)


def test_a_top_an_earlier_outfit_wears_is_no_yardstick_for_fresh_tops() -> None:
    """The band tee (0.8) is in the first outfit: for the next one it counts REPEAT_COST lower, so the flannel (0.7)
    is the slot's best. The cami is offered within a margin of the flannel, not of the tee, and a far pick is a
    misfit only when it is MISFIT_MARGIN (3.0) below the flannel."""
    from app.stylist.validation import MISFIT_MARGIN, fitting, misfits_of

    c = candidates()
    tops = lambda offer: [x.handle for x in offer.by_slot["top"]]  # noqa: E731
    assert tops(fitting(c, margin=0.45)) == ["band-tee", "flannel-shirt"]
    assert tops(fitting(c, margin=0.45, shared={"band-tee"})) == ["flannel-shirt", "silk-cami"]
    assert MISFIT_MARGIN == 3.0
    c.by_slot["top"][2] = far = replace(c.by_slot["top"][2], score=-2.25)  # 3.05 below the tee, 2.95 the flannel
    assert misfits_of([far], c, set()) == [far]
    assert misfits_of([far], c, set(), shared={"band-tee"}) == []
