"""Infer slot, department, colours, materials, pattern and seasons from free text (Shopify exports).

The rules (documented in inventory/SCHEMA.md, "Shopify exports"):
- An explicit tag wins: `slot:top`, `department:women`.
- Slot: the product Type, then the Title, then the Tags, then the Product Category are searched for garment
  nouns; within one text the noun that comes last wins, because English titles end with the head noun
  ("Shirt Dress" is a dress, "Dress Shirt" is a top, "Boot-Cut Jeans" are a bottom).
- Department: words like women/womens/ladies or men/mens in Tags, Type, Title or Product Category;
  both or neither means unisex.
- Colours: palette colour names in the variants' Color option, else in the Title and Tags.
- Materials, pattern and seasons: known words in the Title, Tags and description ("fall" means autumn).
"""

from __future__ import annotations

import re

SLOT_WORDS: dict[str, tuple[str, ...]] = {
    "dress": ("dress", "dresses", "jumpsuit", "jumpsuits", "romper", "playsuit", "gown", "sundress", "kaftan"),
    "outerwear": (
        "coat", "coats", "jacket", "jackets", "blazer", "blazers", "parka", "puffer", "trench", "raincoat",
        "anorak", "gilet", "overcoat", "bomber", "windbreaker", "cape", "shacket", "overshirt", "peacoat", "fleece",
    ),
    "shoes": (
        "shoe", "shoes", "sneaker", "sneakers", "trainer", "trainers", "boot", "boots", "loafer", "loafers",
        "sandal", "sandals", "heel", "heels", "pump", "pumps", "mule", "mules", "flats", "oxford", "oxfords",
        "derby", "derbies", "brogue", "brogues", "espadrille", "espadrilles", "slipper", "slippers", "clog",
        "clogs", "slides", "footwear",
    ),
    "bottom": (
        "jeans", "jean", "trousers", "trouser", "pants", "pant", "chinos", "chino", "shorts", "skirt", "skirts",
        "leggings", "joggers", "jogger", "culottes", "slacks", "cargos", "sweatpants", "bottoms",
    ),
    "accessory": (
        "bag", "bags", "tote", "backpack", "clutch", "crossbody", "purse", "belt", "belts", "hat", "hats", "cap",
        "beanie", "scarf", "scarves", "necklace", "earrings", "earring", "bracelet", "ring", "rings",
        "sunglasses", "watch", "gloves", "wallet", "jewellery", "jewelry", "tie", "bandana", "headband",
        "accessories", "accessory",
    ),
    "top": (
        "t-shirt", "tshirt", "tee", "tees", "shirt", "shirts", "blouse", "blouses", "top", "tops", "tank",
        "camisole", "cami", "sweater", "sweaters", "jumper", "cardigan", "hoodie", "sweatshirt", "polo", "knit",
        "turtleneck", "bodysuit", "henley", "pullover", "vest", "crewneck",
    ),
}
_WORD_TO_SLOT = {word: slot for slot, words in SLOT_WORDS.items() for word in words}

WOMEN_WORDS = {"women", "womens", "woman", "ladies", "lady", "female", "her", "womenswear"}
MEN_WORDS = {"men", "mens", "man", "male", "gentlemen", "him", "menswear"}

COLOURS = (
    "off white", "denim blue", "sky blue", "navy blue", "forest green", "dusty pink", "light blue", "dark green",
    "black", "white", "ivory", "cream", "beige", "camel", "tan", "brown", "chocolate", "grey", "gray", "charcoal",
    "navy", "blue", "olive", "sage", "green", "burgundy", "rust", "mustard", "yellow", "blush", "pink", "red",
    "lilac", "purple", "orange", "silver", "gold", "khaki", "teal", "coral", "taupe", "stone", "ecru", "indigo",
)
MATERIALS = (
    "cotton", "organic cotton", "linen", "wool", "merino", "cashmere", "denim", "leather", "suede", "silk",
    "satin", "polyester", "nylon", "viscose", "corduroy", "fleece", "canvas", "rubber", "velvet", "tweed",
    "alpaca", "mohair", "lyocell", "tencel", "modal", "sterling silver", "brass", "straw", "jersey", "gore-tex",
)
PATTERNS = {
    "striped": ("stripe", "striped", "stripes", "breton", "pinstripe"),
    "plaid": ("plaid", "tartan", "flannel check"),
    "check": ("check", "checked", "gingham", "houndstooth"),
    "floral": ("floral", "flower", "flowers", "ditsy"),
    "polka dot": ("polka", "dot", "dots"),
    "animal print": ("leopard", "zebra", "snake", "animal print"),
    "graphic": ("graphic", "print", "logo", "slogan", "band tee"),
}
SEASON_WORDS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", text.lower().replace("’", "'"))


def _last_slot(text: str) -> str | None:
    found: str | None = None
    for word in words(text):
        word = word.removesuffix("'s")
        for candidate in (word, *word.split("-")):
            if candidate in _WORD_TO_SLOT:
                found = _WORD_TO_SLOT[candidate]
        if word in _WORD_TO_SLOT:  # a hyphenated noun ("t-shirt") beats its parts
            found = _WORD_TO_SLOT[word]
    return found


def tag_value(tags: list[str], key: str) -> str | None:
    for tag in tags:
        name, _, value = tag.partition(":")
        if value and name.strip().lower() == key:
            return value.strip().lower()
    return None


def infer_slot(product_type: str, title: str, tags: list[str], category: str) -> str | None:
    explicit = tag_value(tags, "slot")
    if explicit:
        return explicit
    for text in (product_type, title, " ".join(tags), category):
        slot = _last_slot(text)
        if slot:
            return slot
    return None


def infer_department(tags: list[str], product_type: str, title: str, category: str) -> str | None:
    explicit = tag_value(tags, "department")
    if explicit:
        return explicit
    found = {w.removesuffix("'s") for w in words(" ".join([*tags, product_type, title, category]))}
    women, men = bool(found & WOMEN_WORDS), bool(found & MEN_WORDS)
    if women and not men:
        return "women"
    if men and not women:
        return "men"
    if women and men or "unisex" in found:
        return "unisex"
    return None


def find_colours(*texts: str) -> list[str]:
    found: list[str] = []
    for text in texts:
        lowered = " " + " ".join(words(text)) + " "
        for colour in COLOURS:
            name = "grey" if colour == "gray" else colour
            if f" {colour} " in lowered and name not in found and not any(name in f for f in found):
                found.append(name)
    return found


def find_materials(*texts: str) -> list[str]:
    lowered = " " + " ".join(words(" ".join(texts))) + " "
    found = [m for m in MATERIALS if f" {m} " in lowered]
    return [m for m in found if not any(m != other and m in other for other in found)]


def find_pattern(*texts: str) -> str:
    lowered = " " + " ".join(words(" ".join(texts))) + " "
    for pattern, keys in PATTERNS.items():
        if any(f" {key} " in lowered for key in keys):
            return pattern
    return ""


def find_seasons(tags: list[str]) -> list[str]:
    found: list[str] = []
    for word in words(" ".join(tags)):
        season = SEASON_WORDS.get(word)
        if season and season not in found:
            found.append(season)
    if "all-season" in [t.lower() for t in tags]:
        return ["spring", "summer", "autumn", "winter"]
    return found
