"""What the outfits of one answer may share (app/stylist/variety.py), and the "Also in outfit N" labels."""

from __future__ import annotations

from dataclasses import dataclass

from app.stylist.variety import MAX_SHARED, MAX_WEARS, shared, too_many_shared, unavailable, worn_earlier


@dataclass(frozen=True)
class P:
    slot: str
    handle: str


TEE, JEANS, DRESS, BOOTS, COAT, BAG = (P("top", "tee"), P("bottom", "jeans"), P("dress", "slip"),
                                      P("shoes", "boots"), P("outerwear", "coat"), P("accessory", "bag"))


def test_a_dress_is_never_worn_twice_and_other_pieces_at_most_twice() -> None:
    assert unavailable([]) == set()
    first = [DRESS, BOOTS, COAT]
    assert unavailable([first]) == {"slip"}  # the boots and the coat may come back once
    second = [TEE, JEANS, BOOTS, BAG]
    assert unavailable([first, second]) == {"slip", "boots"}  # boots worn MAX_WEARS times
    third = [TEE, P("bottom", "cords"), P("shoes", "loafers")]
    assert unavailable([first, second, third]) == {"slip", "boots", "tee"}  # a top too: worn twice
    assert MAX_WEARS == 2


def test_the_item_to_complete_stays_available_and_the_set_only_grows() -> None:
    outfits = [[TEE, JEANS, BOOTS], [TEE, P("bottom", "skirt"), BOOTS], [TEE, P("bottom", "cords"), BAG]]
    assert "tee" not in unavailable(outfits, anchor="tee")
    sets = [unavailable(outfits[:n]) for n in range(len(outfits) + 1)]
    assert all(a <= b for a, b in zip(sets, sets[1:], strict=False))


def test_labels_name_the_first_earlier_outfit_and_never_the_item_to_complete() -> None:
    outfits = [["tee", "jeans", "boots"], ["slip", "boots", "bag"], ["shirt", "cords", "boots", "bag"]]
    assert worn_earlier(outfits) == [{}, {"boots": 1}, {"boots": 1, "bag": 2}]
    assert worn_earlier([["tee", "jeans"], ["tee", "skirt"]], exempt="tee") == [{}, {}]


def test_an_outfit_shares_at_most_one_piece_with_the_earlier_ones() -> None:
    first = [TEE, JEANS, BOOTS, COAT, BAG]
    assert shared([first]) == {"tee", "jeans", "boots", "coat", "bag"}
    assert shared([first], anchor="bag") == {"tee", "jeans", "boots", "coat"}  # the item to complete: in all anyway
    assert MAX_SHARED == 1
    assert not too_many_shared([DRESS, BOOTS], shared([first]))
    assert too_many_shared([DRESS, BOOTS, COAT], shared([first]))  # the first outfit with another body
    assert not too_many_shared([TEE, P("bottom", "cords"), P("shoes", "loafers")], shared([first]))  # the tee again
    assert too_many_shared([TEE, P("bottom", "cords"), BOOTS], shared([first]))  # the tee and the boots: two
    assert shared([first, [DRESS, BOOTS]]) == {"tee", "jeans", "coat", "bag"}  # the boots are worn twice: no longer
    assert shared([[DRESS, BOOTS]]) == {"boots"}  # a dress is never shared
