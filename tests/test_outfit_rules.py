"""The store's written outfit rules (inventory/style_rules.toml), the outfit search and truthful notes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.config import REPO_ROOT
from app.stylist.lookbook_profile import Profile
from app.stylist.notes import grounded_note, untrue_terms
from app.stylist.outfit_rules import OutfitRules, RulesFileError
from app.stylist.outfit_search import Shape, search
from app.stylist.planning import Plan, StyleRequest, outerwear_possible
from app.stylist.prompt import Candidate, number_candidates
from app.stylist.validation import check

RULES = OutfitRules.load(REPO_ROOT / "inventory" / "style_rules.toml")


def item(slot: str, kind: str, colour: str, *, formality: int = 2, material: str = "cotton", style: str = "classic",
         pattern: str = "solid", price: int = 50, score: float = 0.5) -> Candidate:
    return Candidate(id="", handle=f"{colour}-{kind}".replace(" ", "-"), slot=slot, title=f"{colour} {kind}".title(),
                     price=Decimal(price), colors=(colour,), materials=(material,), style_tags=(style,),
                     product_type=kind, formality=formality, score=score, pattern=pattern)


def test_each_written_rule_is_enforced() -> None:
    tee, jeans, boots = item("top", "t-shirt", "black"), item("bottom", "jeans", "denim blue"), item("shoes", "boots", "brown")
    assert RULES.problems([tee, jeans, boots]) == []
    gown = item("dress", "evening gown", "black", formality=5, style="evening")
    assert RULES.problems([gown, item("shoes", "sneakers", "white", formality=2)]) == ["formality spans 2-5"]
    red, sage = item("top", "blouse", "red"), item("bottom", "skirt", "sage")
    assert "2 statement colours (red, sage)" in RULES.problems([red, sage, boots])
    assert "the boots colour (red) is worn nowhere else" in RULES.problems([tee, jeans, item("shoes", "boots", "red")])
    assert RULES.problems([red, jeans, item("shoes", "boots", "red")]) == []  # a repeated colour anchors
    gold, silver = item("accessory", "necklace", "gold"), item("accessory", "watch", "silver")
    assert "mixed metals (gold, silver)" in RULES.problems([tee, jeans, boots, gold, silver])
    leather = item("outerwear", "jacket", "black", material="leather")
    assert "two leather pieces" in RULES.problems([tee, item("bottom", "trousers", "black", material="leather"),
                                                  boots, leather])
    plaid = item("outerwear", "overshirt", "grey", pattern="plaid")
    assert "2 patterned pieces" in RULES.problems([item("top", "t-shirt", "grey", pattern="graphic"), jeans, boots, plaid])
    assert "clashing styles (coastal and grunge)" in RULES.problems(
        [item("top", "sweater", "black", style="grunge"), item("bottom", "trousers", "beige", style="coastal"), boots])
    assert "two accessories of one kind (necklace)" in RULES.problems(
        [tee, jeans, boots, gold, item("accessory", "necklace", "black")])


@pytest.mark.parametrize(("text", "message"), [
    (None, "not found"), ("max_formality_span = [", "not valid TOML"), ("colour_rules = 1", "unknown setting"),
    ("neutrals = 3", "neutrals must be a list of strings"), ("max_patterns = -1", "whole number"),
    ("style_clashes = [['a']]", "pairs"),
])
def test_a_bad_rules_file_says_what_to_fix(tmp_path: Path, text: str | None, message: str) -> None:
    path = tmp_path / "rules.toml"
    if text is not None:
        path.write_text(text)
    with pytest.raises(RulesFileError, match=message):
        OutfitRules.load(path)


def grunge_candidates():  # type: ignore[no-untyped-def]
    return number_candidates({
        "top": [item("top", "t-shirt", "black", style="grunge", score=0.9), item("top", "blouse", "red", score=0.8)],
        "bottom": [item("bottom", "jeans", "denim blue", style="grunge", score=0.9),
                   item("bottom", "skirt", "sage", score=0.7)],
        "dress": [item("dress", "slip dress", "black", style="grunge", score=0.2)],
        "outerwear": [item("outerwear", "leather jacket", "black", material="leather", style="grunge", score=0.6)],
        "shoes": [item("shoes", "sandals", "red", style="coastal", score=0.95),
                  item("shoes", "combat boots", "black", style="grunge", material="leather", score=0.5)],
        "accessory": [item("accessory", "beanie", "charcoal", score=0.4)],
    })


def test_search_builds_the_best_outfit_that_breaks_no_rule() -> None:
    c = grunge_candidates()
    best = search(c, Shape(), RULES, budget=None, used=set())
    assert best is not None and RULES.problems(best) == []
    # the best-scored sandals are red (worn nowhere else) and coastal (clash with grunge): the boots win
    assert [x.product_type for x in best if x.slot == "shoes"] == ["combat boots"]
    cheap = search(c, Shape(), RULES, budget=Decimal(150), used=set())
    assert cheap is not None and sum(x.price for x in cheap) <= 150
    assert search(c, Shape(), RULES, budget=Decimal(20), used=set()) is None


def test_the_lookbook_shape_decides_outerwear_and_accessories() -> None:
    c = grunge_candidates()
    rainy = Profile(slot_share={"top": 1.0, "bottom": 1.0, "shoes": 1.0, "outerwear": 1.0}, accessories=0.0,
                    neighbours=[("look-1", 1.0)])
    shape = Shape.of(rainy, wants_outerwear=False)
    outfit = search(c, shape, RULES, budget=None, used=set())
    assert outfit is not None and {x.slot for x in outfit} == {"top", "bottom", "outerwear", "shoes"}
    beach = Shape.of(Profile(slot_share={"dress": 1.0, "shoes": 1.0}, accessories=1.0, neighbours=[("b", 1.0)]), False)
    outfit = search(c, beach, RULES, budget=None, used=set())
    assert outfit is not None and {x.slot for x in outfit} == {"dress", "shoes", "accessory"}
    assert beach.problems([c.by_id()["D1"], c.by_id()["S2"], c.by_id()["O1"]]) == ["outerwear this vibe does not wear"]


@pytest.mark.parametrize(("vibe", "occasion", "season", "names", "wants"), [
    ("rainy autumn coffee date", None, None, True, True),
    ("gallery opening", "dinner in the snow", None, True, True),
    ("Freezing-cold city walk", None, None, True, True),
    ("training day at the gym", None, None, False, False),  # whole words: "training" is not "rain"
    ("city walk in a rainstorm", None, None, True, True),
    ("brunch while it's snowing", None, None, True, True),
    ("autumn picnic", None, None, False, True),
    ("picnic in the park", None, "winter", False, True),
    ("picnic in the park", None, "summer", False, False),
])
def test_weather_words_are_whole_words(vibe: str, occasion: str | None, season: str | None, names: bool,
                                       wants: bool) -> None:
    request = StyleRequest(vibe=vibe, occasion=occasion, season=season)
    assert (request.names_wet_or_cold(), request.wants_outerwear()) == (names, wants)


def test_named_rain_makes_outerwear_required_whatever_the_looks_wear() -> None:
    c = grunge_candidates()
    sometimes = Profile(slot_share={"top": 1.0, "bottom": 1.0, "shoes": 1.0, "outerwear": 0.3}, accessories=0.0,
                        neighbours=[("look-1", 1.0)])
    assert Shape.of(sometimes, wants_outerwear=True).outerwear() == "optional"  # the looks decide ...
    rainy = Shape.of(sometimes, wants_outerwear=True, insists=True)  # ... unless the shopper named rain or cold
    assert rainy.outerwear() == "required"
    outfit = search(c, rainy, RULES, budget=None, used=set())
    assert outfit is not None and "outerwear" in {x.slot for x in outfit}
    never = Profile(slot_share={"dress": 1.0, "shoes": 1.0}, accessories=1.0, neighbours=[("b", 1.0)])
    assert "outerwear" in Shape.of(never, False, insists=True).worth_offering(c).by_slot


def test_outerwear_is_required_only_when_every_outfit_can_wear_one() -> None:
    """One coat cannot dress three outfits (a piece is in two at most), nor one the budget cannot pay for."""
    one_coat = grunge_candidates()
    three = StyleRequest(vibe="rainy coffee date", count=3)
    assert not outerwear_possible(Plan(three, one_coat, {}))
    assert outerwear_possible(Plan(StyleRequest(vibe="rainy coffee date", count=2), one_coat, {}))
    two_coats = number_candidates({**{s: list(v) for s, v in one_coat.by_slot.items()},
                                   "outerwear": [*one_coat.by_slot["outerwear"], item("outerwear", "raincoat", "navy")]})
    assert outerwear_possible(Plan(three, two_coats, {}))
    # cheapest body (a $50 dress) + shoes ($50) + coat ($50) = $150
    assert outerwear_possible(Plan(StyleRequest(vibe="rainy", count=3, budget=Decimal(150)), two_coats, {}))
    assert not outerwear_possible(Plan(StyleRequest(vibe="rainy", count=3, budget=Decimal(149)), two_coats, {}))


def test_the_model_is_offered_only_the_slots_the_looks_wear() -> None:
    c = grunge_candidates()
    every = set(c.by_slot)
    assert set(Shape().worth_offering(c).by_slot) == every  # no lookbook: no opinion, everything offered
    rainy = Shape.of(Profile(slot_share={"top": 1.0, "bottom": 1.0, "shoes": 1.0, "outerwear": 1.0},
                             accessories=0.0, neighbours=[("look-1", 1.0)]), False)
    assert set(rainy.worth_offering(c).by_slot) == {"top", "bottom", "outerwear", "shoes"}
    beach = Shape.of(Profile(slot_share={"dress": 1.0, "shoes": 1.0}, accessories=1.0, neighbours=[("b", 1.0)]), False)
    assert set(beach.worth_offering(c).by_slot) == {"dress", "shoes", "accessory"}
    # completing the look of a top keeps separates (and its bottoms) even where the looks wear dresses
    assert {"top", "bottom"} <= set(beach.worth_offering(c, keep=["T1"]).by_slot)
    # with no dress offered (a men's request), separates stay whatever the looks wear
    no_dress = number_candidates({s: items for s, items in c.by_slot.items() if s != "dress"})
    assert {"top", "bottom"} <= set(beach.worth_offering(no_dress).by_slot)


def test_the_models_outfit_is_repaired_to_obey_the_rules_keeping_its_picks() -> None:
    c = grunge_candidates()
    outfit, issues = check(["T1", "B1", "S1"], "why", c, None, set(), rules=RULES)
    assert any("worn nowhere else" in i for i in issues)
    assert outfit is not None and [x.id for x in outfit.ordered()] == ["T1", "B1", "S2"]
    assert outfit.repairs == ["dropped S1", "added S2"]


def test_a_pick_the_lookbook_would_never_wear_is_replaced_and_a_close_second_stays() -> None:
    """Scores as planning gives them with a lookbook: 0 is a perfect fit, about -3.9 per attribute the vibe's
    neighbouring looks never wear. The model's valid outfit keeps its picks unless one is far below the best
    free candidate of its slot."""
    c = number_candidates({
        "top": [item("top", "t-shirt", "black", score=-0.2), item("top", "tank top", "white", score=-0.9),
                item("top", "sequin cami", "gold", material="polyester", score=-7.5)],
        "bottom": [item("bottom", "jeans", "black", score=-0.1), item("bottom", "skirt", "charcoal", score=-0.6)],
        "shoes": [item("shoes", "boots", "black", material="leather", score=-0.3)],
    })
    close_second, issues = check(["T2", "B2", "S1"], "why", c, None, set(), rules=RULES)
    assert issues == [] and close_second is not None and close_second.repairs == []
    misfit, issues = check(["T3", "B2", "S1"], "why", c, None, set(), rules=RULES)
    assert issues == ["T3 is far from what the lookbook wears for this vibe"]
    assert misfit is not None and [x.id for x in misfit.ordered()] == ["T1", "B2", "S1"]
    assert misfit.repairs == ["dropped T3", "added T1"] and misfit.source == "model"
    # the best tops are worn by the answer's other outfits: the misfit is the best left, and stays
    kept, issues = check(["T3", "B2", "S1"], "why", c, None, {"black-t-shirt", "white-tank-top"}, rules=RULES)
    assert issues == [] and kept is not None and [x.id for x in kept.ordered()] == ["T3", "B2", "S1"]


def test_untrue_notes_are_caught_and_true_ones_pass() -> None:
    c = grunge_candidates().by_id()
    outfit = [c["T1"], c["B1"], c["S2"]]
    offered = list(c.values())
    assert untrue_terms("The black t-shirt with denim blue jeans and combat boots: grunge, done right.", outfit,
                        offered) == []
    assert untrue_terms("Black tee, jeans and boots.", outfit, offered) == []  # plural/short forms of what it has
    assert untrue_terms("A sky-blue graphic tee under a merino turtleneck with sandals.", outfit, offered) == [
        "sandals", "turtleneck"]
    assert untrue_terms("The red blouse works with the leather jacket.", outfit, offered) == [
        "blouse", "jacket", "leather jacket", "red"]  # the boots are leather: "leather" alone is true


def test_grounded_notes_are_true_and_never_repeat() -> None:
    c = grunge_candidates().by_id()
    outfit = [c["T1"], c["B1"], c["S2"], c["A1"]]
    first = grounded_note(outfit, "90s grunge coffee date in a sequin dress")
    assert untrue_terms(first, outfit, list(c.values())) == [] and "sequin" not in first
    assert "t-shirt" in first and "combat boots" in first
    second = grounded_note(outfit, "90s grunge coffee date", avoid=[first])
    assert second != first and untrue_terms(second, outfit, list(c.values())) == []
    third = grounded_note(outfit, "90s grunge coffee date", avoid=[first, second])
    assert len({first, second, third}) == 3 and untrue_terms(third, outfit, list(c.values())) == []


def test_a_grounded_note_names_each_piece_once_and_calls_the_lead_colour_matching() -> None:
    gown = Candidate("D1", "gown", "dress", "Jory Satin Column Gown", Decimal(200), ("black",), ("satin",),
                     ("evening", "glam"), "evening gown", 5)
    pumps = Candidate("S1", "pumps", "shoes", "Isla Satin Pump", Decimal(90), ("black",), ("satin",),
                      ("evening", "glam"), "pumps", 5)
    earrings = Candidate("A1", "earrings", "accessory", "Drop Earrings", Decimal(40), ("silver",), ("metal",),
                         ("evening",), "earrings", 5)
    note = grounded_note([gown, pumps, earrings], "black tie gala")
    assert note.startswith("A black satin evening gown, finished with matching pumps and silver earrings.")
    clutch = Candidate("A2", "clutch", "accessory", "Petra Clutch", Decimal(50), ("black",), ("satin",), ("glam",),
                       "clutch", 5)
    second = grounded_note([gown, pumps, clutch, earrings], "black tie gala", avoid=[note])
    assert "matching pumps, a matching clutch and silver earrings" in second
    assert "black against silver" in note.lower() and "formal" in note
    assert untrue_terms(note, [gown, pumps, earrings]) == []
    tee = Candidate("T1", "tee", "top", "Tee", Decimal(20), ("white",), ("cotton",), ("edgy",), "t-shirt")
    skirt = Candidate("B1", "skirt", "bottom", "Mini", Decimal(30), ("denim blue",), ("denim",), ("edgy",), "skirt")
    note = grounded_note([tee, skirt], "x", avoid=["a", "b"])
    assert "a white cotton t-shirt with a denim blue skirt" in note and "for an edgy look" in note
    # a two-colour body: the shoes are named by their colour, not "matching" (which would read as the skirt's)
    sneakers = Candidate("S3", "sneakers", "shoes", "Low-Top", Decimal(60), ("white",), ("canvas",), (), "sneakers")
    jacket = Candidate("O1", "jacket", "outerwear", "Trucker", Decimal(80), ("denim blue",), ("denim",), (),
                       "denim jacket")
    note = grounded_note([tee, skirt, jacket, sneakers], "x")
    assert "matching" not in note and "white sneakers" in note
    assert "a blue denim jacket" in note and "denim blue denim" not in note  # the type already says denim
    # a product without a type is named by its title, not its slot ("a black bottom")
    untyped = Candidate("B2", "", "bottom", "Arlo Pleated Trouser", Decimal(70), ("black",), ("wool",), (), "")
    note = grounded_note([tee, untyped], "x")
    assert "a black Arlo Pleated Trouser" in note and "bottom" not in note
    # a store's category types (Shopify's "Dresses", "T-Shirts") name one piece; jeans and boots stay plural
    dress = Candidate("D2", "", "dress", "Wrap", Decimal(90), ("navy",), ("silk",), (), "Dresses")
    bag = Candidate("A3", "", "accessory", "Sling", Decimal(40), ("tan",), ("leather",), (), "Bags")
    scarf = Candidate("A4", "", "accessory", "Wool", Decimal(30), ("grey",), ("wool",), (), "Scarves")
    boots = Candidate("S4", "", "shoes", "Ankle", Decimal(120), ("black",), ("leather",), (), "Boots")
    note = grounded_note([dress, boots, bag, scarf], "x").lower()
    assert "a navy silk dress" in note and "black boots" in note and "a tan bag" in note and "a grey scarf" in note
    shirt = Candidate("T2", "", "top", "Tee", Decimal(20), ("white",), ("cotton",), (), "T-Shirts")
    jeans = Candidate("B3", "", "bottom", "Straight", Decimal(60), ("indigo",), ("denim",), (), "Jeans")
    assert "a white cotton t-shirt with indigo jeans" in grounded_note([shirt, jeans], "x").lower()
