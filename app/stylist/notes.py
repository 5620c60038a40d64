"""Notes that tell the truth: find what a note names that the outfit does not have, and write a grounded one.

`untrue_terms(note, items, offered)` lists the garment types, colours and fabrics a note names that no item of
the outfit has: the words are the catalog's own (the offered candidates' types, colours and materials) plus a
list of common garment words, matched as whole words, singular or plural. A note with any is never shown: the
engine replaces it with `grounded_note(items, vibe)`, written from the chosen items only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from app.stylist.prompt import Candidate

COMMON_GARMENTS = frozenset("""
t-shirt tee tank top shirt blouse camisole cami sweater jumper cardigan hoodie sweatshirt turtleneck polo
jeans trousers pants chinos shorts skirt leggings joggers dress gown jumpsuit blazer jacket coat parka trench
raincoat puffer overshirt vest sneakers trainers boots loafers sandals heels pumps mules flats slides
espadrilles oxfords derbies bag tote clutch backpack belt hat cap beanie scarf necklace earrings bracelet
watch sunglasses tie
""".split())
# a note's word is true when the outfit has it or one of these ("tee" for a t-shirt)
SYNONYMS = {
    "tee": ("t-shirt", "long-sleeve tee"), "cami": ("camisole",), "jumper": ("sweater",), "pants": ("trousers",
    "chinos", "joggers", "work pants"), "trainers": ("sneakers",), "heels": ("pumps", "heeled sandals"),
    "flats": ("ballet flats",), "oxfords": ("oxford shoes",), "derbies": ("derby shoes",), "tote": ("tote bag",),
    "jacket": ("blazer", "tuxedo jacket", "leather jacket", "denim jacket", "bomber jacket"), "coat": ("trench coat",
    "wool coat", "raincoat", "faux fur coat"), "trench": ("trench coat",), "gown": ("evening gown",),
}
FORMALITY_WORDS = {1: "relaxed", 2: "casual", 3: "smart-casual", 4: "dressy", 5: "formal"}


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9'-]+", text.lower())) + " "


def _forms(term: str) -> set[str]:
    """A term and its simple plural/singular ('boot' ~ 'boots', 'dress' ~ 'dresses')."""
    term = term.lower().strip()
    forms = {term}
    if term.endswith("es") and term[:-2].endswith(("s", "sh", "ch", "x")):
        forms.add(term[:-2])
    elif term.endswith("s") and not term.endswith("ss"):
        forms.add(term[:-1])
    else:
        forms.add(term + ("es" if term.endswith(("s", "sh", "ch", "x")) else "s"))
    return forms


def _mentions(text: str, term: str) -> bool:
    return any(f" {form} " in text for form in _forms(term))


def _item_text(item: Candidate) -> str:
    return _words(" ".join([item.title, item.product_type, *item.colors, *item.materials, item.pattern]))


def untrue_terms(note: str, items: Sequence[Candidate], offered: Iterable[Candidate] = ()) -> list[str]:
    """Garments, colours and fabrics the note names that no item of the outfit has."""
    text = _words(note)
    outfit = " ".join(_item_text(c) for c in items)
    catalog = list(offered) + list(items)
    garments = COMMON_GARMENTS | {c.product_type.lower() for c in catalog if c.product_type}
    colours = {col.lower() for c in catalog for col in c.colors}
    fabrics = {m.lower() for c in catalog for m in c.materials}
    named = sorted(t for t in garments | colours | fabrics if t and _mentions(text, t))
    # a longer term that is true covers its parts ("ankle boots" worn: "boots" is true)
    untrue = [t for t in named if not _mentions(outfit, t)
              and not any(_mentions(outfit, alias) for alias in SYNONYMS.get(t, ()))]
    return [t for t in untrue if not any(t != other and t in other and _mentions(outfit, other) for other in named)]


def _describe(item: Candidate) -> str:
    colour = item.colors[0] if item.colors else ""
    kind = item.product_type or item.slot
    return f"{colour} {kind}".strip()


def grounded_note(items: Sequence[Candidate], vibe: str, avoid: Sequence[str] = ()) -> str:
    """A short note written from the chosen items only: what they are, and the palette and feel they share.
    (The vibe is not quoted: a garment it names may be one the outfit does not have.)"""
    by_slot = {c.slot: c for c in items}
    body = [by_slot[s] for s in ("dress", "top", "bottom") if s in by_slot]
    lead = " with ".join(_describe(c) for c in body) or "this outfit"
    finish = [_describe(by_slot[s]) for s in ("outerwear", "shoes") if s in by_slot]
    extras = [_describe(c) for c in items if c.slot == "accessory"]
    colours = [col for c in items for col in c.colors]
    tags = Counter(t for c in items for t in c.style_tags[:2])
    shared = [t for t, n in tags.most_common(2) if n > 1]
    levels = sorted({c.formality for c in items if c.formality and c.slot != "accessory"})
    feel = FORMALITY_WORDS.get(levels[len(levels) // 2]) if levels else None
    words = [x for x in [feel, *shared] if x] or ["easy"]
    mood = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    palette = Counter(colours).most_common(1)[0][0] if colours else ""
    sentences = [
        f"{lead.capitalize()}, finished with the {' and '.join(finish + extras)}." if finish + extras
        else f"{lead.capitalize()}.",
        f"It keeps a {mood} feel" + (f", anchored in {palette}." if palette else "."),
    ]
    note = " ".join(sentences)
    if note in avoid:  # a second outfit never repeats a note word for word
        note = note.replace("It keeps a", "Together they give a", 1)
    return note[:240]
