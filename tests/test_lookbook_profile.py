"""What the lookbook profile learns from looks: which idea a new wording belongs to, the tags that license an item,
the formality span the looks wear. Small hand-made lookbooks with fixed vectors: no model needed."""

from __future__ import annotations

import numpy as np

from app.stylist.lookbook_profile import ItemFacts, LookbookProfiles, LookFacts, tag_cover


def item(handle: str, slot: str = "top", tags: tuple[str, ...] = ("grunge",), formality: int = 2,
         product_type: str = "t-shirt") -> ItemFacts:
    return ItemFacts(handle, slot, product_type, ("black",), ("cotton",), "solid", tags, formality)


def test_the_tags_that_explain_every_item_license_a_candidate_not_the_commonest_ones() -> None:
    # every item carries an idea tag (grunge or 90s); "classic" is on most of them, but never alone
    items = [(("grunge", "classic"), 1.0), (("90s", "classic"), 1.0), (("grunge", "classic"), 1.0),
             (("90s",), 1.0), (("grunge", "edgy"), 1.0)]
    assert tag_cover(items) == {"grunge", "90s"}
    looks = [LookFacts("a", "women", tuple(item(f"i{n}", tags=tags) for n, (tags, _) in enumerate(items)))]
    profiles = LookbookProfiles(looks, np.eye(2, dtype=np.float32)[:1], [0])
    profile = profiles.profile([1.0, 0.0], "women")
    assert profile.licensed_tags == {"grunge", "90s"}
    on_idea, common_only = item("x", tags=("grunge",)), item("y", tags=("classic",))
    assert profile.item_score(on_idea) - profile.item_score(common_only) > 3  # a never-licensing tag costs ~-3.9


def test_a_wording_is_matched_to_the_idea_whose_phrasings_it_is_closest_to_on_average() -> None:
    """Idea A has two phrasings around the query; idea B one phrasing a little closer than either, and one far
    away. The closest single phrasing says B; the ideas' mean vectors say A."""
    angle = np.radians
    vectors = np.array([[np.cos(angle(a)), np.sin(angle(a))] for a in (25, -25, 20, 120)], dtype=np.float32)
    looks = [LookFacts("a", "women", (item("a1"),), group=0), LookFacts("b", "women", (item("b1"),), group=1)]
    profiles = LookbookProfiles(looks, vectors, [0, 0, 1, 1])
    neighbours = profiles.neighbours([1.0, 0.0], "women")
    assert profiles.looks[neighbours[0][0]].key == "a" and neighbours[0][1] > 0.9
    assert abs(sum(weight for _, weight in neighbours) - 1) < 1e-6


def test_the_formality_span_a_look_wears_counts_for_the_levels_between() -> None:
    look = LookFacts("a", "women", (item("t", formality=2), item("b", "bottom", formality=4, product_type="jeans")))
    profile = LookbookProfiles([look], np.eye(2, dtype=np.float32)[:1], [0]).profile([1.0, 0.0], "women")
    assert profile.formality == {2: 1.0, 3: 1.0, 4: 1.0}
    assert profile.item_score(item("z", formality=3)) > profile.item_score(item("z", formality=5)) + 3


def test_the_closest_idea_is_reported_even_when_a_look_of_another_idea_weighs_more() -> None:
    """Idea A (three looks) is closest; idea B (one look) a little further. A's weight is shared by its three
    looks, so B's single look is the heaviest neighbour, but the vibe's idea is A."""
    angle = np.radians
    vectors = np.array([[np.cos(angle(a)), np.sin(angle(a))] for a in (10, 10, 10, 14)], dtype=np.float32)
    looks = [LookFacts(key, "women", (item(f"{key}1"),), group=0) for key in ("a", "b", "c")]
    looks.append(LookFacts("d", "women", (item("d1"),), group=1))
    profile = LookbookProfiles(looks, vectors, [0, 1, 2, 3]).profile([1.0, 0.0], "women")
    assert profile.neighbours[0][0] == "d"
    assert sorted(profile.idea) == ["a", "b", "c"]


def test_a_colour_or_fabric_the_whole_lookbook_never_wears_costs_more_than_one_the_neighbours_skip() -> None:
    """Idea A (the vibe's) wears black cotton; idea B, far from the vibe, wears navy linen. A navy linen top is
    unworn by the vibe's looks but worn by the house; a red polyester top is worn by no look at all."""
    from dataclasses import replace

    from app.stylist.lookbook_profile import STORE_PENALTY
    black = item("a1")
    navy = replace(item("b1"), colors=("navy",), materials=("linen",))
    looks = [LookFacts("a", "women", (black,), group=0), LookFacts("b", "women", (navy,), group=1)]
    vectors = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    profile = LookbookProfiles(looks, vectors, [0, 1]).profile([1.0, 0.0], "women")
    assert profile.never_worn(navy) == []
    red = replace(item("x"), colors=("red",), materials=("polyester",))
    assert profile.never_worn(red) == ["colours", "materials"]
    assert profile.item_score(navy) - profile.item_score(red) > 2 * STORE_PENALTY - 0.5
    assert profile.never_worn(replace(item("y"), style_tags=("sporty", "grunge"))) == []  # one tag the house wears
