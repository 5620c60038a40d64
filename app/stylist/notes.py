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


def _plural(kind: str) -> bool:
    """'boots', 'jeans', 'earrings' are worn as a pair; 'dress' and 'tote bag' are one."""
    return kind.endswith("s") and not kind.endswith("ss")


# worn as a pair or named in the plural: a store's type "Jeans" or "Earrings" is one piece, "Dresses" is a category
PAIRED = ("jeans", "trousers", "pants", "shorts", "chinos", "joggers", "leggings", "tights", "overalls", "earrings",
          "sunglasses", "gloves", "socks", "cufflinks", "braces", "suspenders")


def _singular(kind: str) -> str:
    """'dresses' -> 'dress', 't-shirts' -> 't-shirt', 'scarves' -> 'scarf'; a paired garment stays as it is."""
    last = kind.split()[-1] if kind.split() else kind
    if last in PAIRED or not last.endswith("s") or last.endswith("ss"):
        return kind
    if last.endswith(("sses", "shes", "ches", "xes")):
        return kind[:-2]
    if last.endswith("ves"):
        return kind[:-3] + "f"
    return kind[:-1]


def _kind(item: Candidate) -> str:
    """The piece's type ('evening gown'), singular when a store's type is a category ('Dresses': 'dress'); a product
    without one is named by its title, not its slot ('a bottom'). Shoes keep their type ('boots' are a pair)."""
    if not item.product_type:
        return item.title
    kind = item.product_type.lower()
    return kind if item.slot == "shoes" else _singular(kind)


def _describe(item: Candidate, colour: bool = True, fabric: bool = False) -> str:
    """'black satin evening gown': its first colour, its fabric where asked (unless the type says it) and type;
    a colour word the type already says is left out ('denim blue' denim jacket: 'blue denim jacket')."""
    kind = _kind(item)
    kind_words = set(kind.lower().split())
    shade = " ".join(w for w in item.colors[0].lower().split() if w not in kind_words) if item.colors else ""
    words = [shade] if colour and shade else []
    if fabric and item.materials and item.materials[0].lower() not in " ".join([*words, kind]):  # no "denim blue denim"
        words.append(item.materials[0].lower())
    return " ".join([*words, kind])


def _a(phrase: str) -> str:
    """'an edgy look', 'a unisex tee', 'a one-shoulder dress', 'an hour'."""
    word = phrase.lower()
    vowel_sound = word[:1] in "aeiou" and not word.startswith(("uni", "use", "one", "eu", "ewe")) or word.startswith(
        ("hour", "honest", "heir", "8", "11", "18"))
    return ("an " if vowel_sound else "a ") + phrase


def _with_article(phrase: str, kind: str) -> str:
    return phrase if _plural(kind) else _a(phrase)


def _series(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _palette(items: Sequence[Candidate]) -> str:
    """How the outfit's colours read: 'head-to-toe black', 'black against gold', 'navy, white and tan'."""
    colours = list(dict.fromkeys(c.colors[0].lower() for c in items if c.colors))
    if not colours:
        return ""
    if len(colours) == 1:  # a striped or two-tone piece is not head-to-toe anything
        return f"head-to-toe {colours[0]}" if all(len(c.colors) == 1 for c in items) else f"mostly {colours[0]}"
    if len(colours) == 2:
        return f"{colours[0]} against {colours[1]}"
    return _series(colours[:3])


def grounded_note(items: Sequence[Candidate], vibe: str, avoid: Sequence[str] = ()) -> str:
    """A short note written from the chosen items only: what they are, how their colours read and the feel they
    share. Each outfit of an answer (`avoid`: the notes before it) gets another wording, and a piece in the colour
    of a one-colour body (dress, or top and bottom) is called "matching" instead of repeating the colour. The vibe
    is not quoted: a garment it names may be one the outfit does not have."""
    by_slot = {c.slot: c for c in items}
    body = [by_slot[s] for s in ("dress", "top", "bottom") if s in by_slot]
    # "matching" only when the body is one colour: after "a white tee with black jeans" it would read as black
    body_colours = {c.colors[0].lower() if c.colors else None for c in body}
    lead_colour = body_colours.pop() if len(body_colours) == 1 else None
    lead = " with ".join(_with_article(_describe(c, fabric=n == 0), _kind(c)) for n, c in enumerate(body))
    lead = lead or "this outfit"
    rest = [by_slot[s] for s in ("outerwear", "shoes") if s in by_slot] + [c for c in items if c.slot == "accessory"]
    matching = [c for c in rest if lead_colour and c.colors and c.colors[0].lower() == lead_colour]
    finish = [_with_article(f"matching {_kind(c)}", _kind(c)) for c in matching]
    finish += [_with_article(_describe(c), _kind(c)) for c in rest if c not in matching]
    levels = sorted({c.formality for c in items if c.formality and c.slot != "accessory"})
    tags = Counter(t for c in items for t in c.style_tags[:2])
    feel_words = [x for x in [FORMALITY_WORDS.get(levels[len(levels) // 2]) if levels else None,
                              *[t for t, n in tags.most_common(2) if n > 1]] if x] or ["easy"]
    feel = _series(list(dict.fromkeys(feel_words)))
    palette = _palette(items)
    finished = f", finished with {_series(finish)}" if finish else ""
    wordings = [
        f"{lead}{finished}." + (f" {palette.capitalize()}, with {_a(feel)} feel." if palette
                                else f" {_a(feel).capitalize()} feel."),
        f"{_a(feel)} take: {lead}{finished}." + (f" The palette is {palette}." if palette else ""),
        f"{palette + ': ' if palette else ''}{lead}{finished}, for {_a(feel)} look.",
    ]
    start = len(avoid) % len(wordings)
    for n in range(len(wordings)):  # an outfit never repeats an earlier note of its answer word for word
        note = wordings[(start + n) % len(wordings)]
        if note not in avoid:
            break
    return note[0].upper() + note[1:] if note else note
