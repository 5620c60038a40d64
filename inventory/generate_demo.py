#!/usr/bin/env python3
"""Generate the Vibe Stylist demo inventory and lookbooks.

What it writes (all paths relative to the repository root):

* ``inventory/demo_products.csv`` - the demo store catalog (~700 products,
  one row per size variant) in the Vibe Stylist CSV schema.
* ``inventory/lookbooks/house.csv`` - the store's house lookbook (~180
  curated outfits, each tied to a vibe theme / "archetype").
* ``inventory/lookbooks/minimalist.csv`` - the "Studio Nord" lookbook (~100
  outfits in a Scandinavian-minimalist signature, built from the same catalog).

How it works:

1. The catalog is generated from ``MODELS`` - a table of product models
   (one row = one design, e.g. "Relaxed Linen Shirt") with their fabric,
   colourways, formality, seasons, style tags and price band.  Each model is
   expanded into one product per colourway and department, with sizes, stock,
   prices and a varied written description.
2. ``ARCHETYPES`` defines ~50 vibe themes (e.g. "90s grunge coffee date"),
   each with strict rules: allowed product types per slot, palette, style
   tags, formality range, seasons, weather and forbidden things.  Looks are
   assembled by a seeded search that only accepts combinations obeying the
   archetype rules AND the global house rules (slot rules, colour harmony,
   formality span, pattern mixing, metals, budget).  The Studio Nord lookbook
   applies the same occasion/weather rules plus its own signature rules.
3. ``check()`` re-reads the written CSVs and asserts every rule; it runs at
   the end of every generation and prints a short summary.

The written rules are documented for stylists in ``inventory/HOUSE_STYLE.md``.

Run (stdlib only, Python 3.11+)::

    python inventory/generate_demo.py            # regenerate + check
    python inventory/generate_demo.py --check    # only check existing files
    python inventory/generate_demo.py --coverage # show thin archetype slots

Output is deterministic: the same ``SEED`` regenerates every file
byte-identically (no wall-clock, no hash-order dependence).
"""

from __future__ import annotations

import csv
import io
import math
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20240611

HERE = Path(__file__).resolve().parent
PRODUCTS_CSV = HERE / "demo_products.csv"
HOUSE_CSV = HERE / "lookbooks" / "house.csv"
NORD_CSV = HERE / "lookbooks" / "minimalist.csv"

PRODUCT_COLUMNS = [
    "handle", "title", "description", "brand", "department", "slot",
    "product_type", "colors", "materials", "pattern", "seasons", "formality",
    "style_tags", "image_url", "active", "sku", "size", "color", "stock",
    "price", "compare_at_price",
]
LOOK_COLUMNS = [
    "look_id", "vibe", "paraphrases", "occasion", "season", "department",
    "handles", "note",
]

MIN_PRODUCTS = 650
MIN_HOUSE_LOOKS = 160
MIN_NORD_LOOKS = 90
MAX_USES_PER_LOOKBOOK = 5     # a product appears in at most 5 looks of one lookbook
MAX_USES_TOTAL = 8            # ... and at most 8 looks across both lookbooks

# ---------------------------------------------------------------------------
# Controlled vocabularies
# ---------------------------------------------------------------------------

DEPARTMENTS = ["women", "men", "unisex"]
SLOTS = ["top", "bottom", "dress", "outerwear", "shoes", "accessory"]
SEASONS = ["spring", "summer", "autumn", "winter"]

NEUTRALS = [
    "black", "white", "ivory", "cream", "beige", "camel", "tan", "brown",
    "chocolate", "grey", "charcoal", "navy", "denim blue", "olive",
]
STATEMENTS = [
    "sky blue", "sage", "forest green", "burgundy", "rust", "mustard",
    "blush", "red", "lilac", "cobalt",
]
METALS = ["silver", "gold"]
COLOURS = NEUTRALS + STATEMENTS + METALS

MATERIALS = [
    "cotton", "linen", "wool", "cashmere", "denim", "leather", "suede", "silk",
    "satin", "velvet", "polyester", "recycled polyester", "nylon",
    "waterproof nylon", "waxed cotton", "viscose", "corduroy", "fleece",
    "canvas", "rubber", "shearling", "straw", "jute", "elastane", "acetate",
    "sterling silver", "gold-plated brass", "pearl", "stainless steel",
]
PATTERNS = [
    "solid", "striped", "plaid", "floral", "graphic", "check", "animal print",
    "polka dot", "colour-block",
]
STYLE_TAGS = [
    "minimalist", "classic", "tailored", "office", "grunge", "90s", "y2k",
    "streetwear", "boho", "preppy", "romantic", "edgy", "sporty", "workwear",
    "outdoor", "coastal", "vintage", "glam", "festival", "date-night", "cozy",
    "waterproof", "evening",
]

# product_type -> slot.  Every product type used by the catalog is listed here.
TYPE_SLOT = {
    # tops
    "t-shirt": "top", "long-sleeve tee": "top", "tank top": "top",
    "camisole": "top", "crop top": "top", "corset top": "top",
    "sequin top": "top", "blouse": "top", "shirt": "top",
    "dress shirt": "top", "flannel shirt": "top", "polo shirt": "top",
    "sweater": "top", "turtleneck": "top", "cardigan": "top",
    "sweater vest": "top", "hoodie": "top", "sweatshirt": "top",
    "fleece pullover": "top",
    # bottoms
    "jeans": "bottom", "trousers": "bottom", "chinos": "bottom",
    "skirt": "bottom", "shorts": "bottom", "cargo pants": "bottom",
    "joggers": "bottom", "leggings": "bottom", "hiking trousers": "bottom",
    "work pants": "bottom",
    # dresses & jumpsuits
    "midi dress": "dress", "maxi dress": "dress", "mini dress": "dress",
    "slip dress": "dress", "wrap dress": "dress", "shirt dress": "dress",
    "sweater dress": "dress", "sundress": "dress", "evening gown": "dress",
    "jumpsuit": "dress",
    # outerwear
    "trench coat": "outerwear", "raincoat": "outerwear",
    "wool coat": "outerwear", "puffer jacket": "outerwear",
    "parka": "outerwear", "shearling jacket": "outerwear",
    "denim jacket": "outerwear", "leather jacket": "outerwear",
    "blazer": "outerwear", "tuxedo jacket": "outerwear",
    "bomber jacket": "outerwear", "chore jacket": "outerwear",
    "overshirt": "outerwear", "suede jacket": "outerwear",
    "kimono": "outerwear", "fleece jacket": "outerwear",
    "shell jacket": "outerwear", "puffer vest": "outerwear",
    "waxed jacket": "outerwear", "quilted jacket": "outerwear",
    "track jacket": "outerwear", "faux fur coat": "outerwear",
    # shoes
    "sneakers": "shoes", "high-top sneakers": "shoes",
    "running shoes": "shoes", "chelsea boots": "shoes",
    "combat boots": "shoes", "ankle boots": "shoes",
    "knee-high boots": "shoes", "western boots": "shoes",
    "hiking boots": "shoes", "rain boots": "shoes", "snow boots": "shoes",
    "work boots": "shoes", "loafers": "shoes", "oxford shoes": "shoes",
    "derby shoes": "shoes", "boat shoes": "shoes", "ballet flats": "shoes",
    "mules": "shoes", "pumps": "shoes", "heeled sandals": "shoes",
    "sandals": "shoes", "slides": "shoes", "espadrilles": "shoes",
    "slippers": "shoes",
    # accessories
    "tote bag": "accessory", "crossbody bag": "accessory",
    "shoulder bag": "accessory", "clutch": "accessory",
    "backpack": "accessory", "belt": "accessory", "beanie": "accessory",
    "cap": "accessory", "bucket hat": "accessory", "sun hat": "accessory",
    "scarf": "accessory", "necklace": "accessory", "earrings": "accessory",
    "sunglasses": "accessory", "tie": "accessory", "bow tie": "accessory",
    "watch": "accessory",
}
BAG_TYPES = {"tote bag", "crossbody bag", "shoulder bag", "clutch", "backpack"}

# Weather vocabulary (used by archetype rules and by check()).
OPEN_SHOES = {"sandals", "heeled sandals", "slides", "espadrilles", "mules"}
RAIN_FORBID_MATERIALS = {"suede", "silk", "satin", "velvet", "straw"}
RAIN_FORBID_TYPES = OPEN_SHOES | {"ballet flats", "pumps", "slippers", "shorts"}
COLD_OUTERWEAR = {"wool coat", "puffer jacket", "parka", "shearling jacket",
                  "faux fur coat"}
COLD_FORBID_TYPES = OPEN_SHOES | {"shorts", "ballet flats", "slippers",
                                  "tank top", "camisole", "sun hat"}
COLD_FORBID_MATERIALS = {"linen", "straw"}
HOT_FORBID_MATERIALS = {"wool", "cashmere", "fleece", "corduroy", "shearling",
                        "velvet", "waxed cotton"}
HOT_ALLOWED_OUTERWEAR = {"kimono", "denim jacket", "blazer"}  # blazers must be linen (material rule)
HOT_FORBID_TYPES = {"chelsea boots", "combat boots", "ankle boots",
                    "knee-high boots", "hiking boots", "rain boots",
                    "snow boots", "work boots", "beanie", "scarf", "hoodie",
                    "sweatshirt", "sweater", "turtleneck", "joggers",
                    "leggings", "slippers"}

# Studio Nord signature (minimalist lookbook)
NORD_COLOURS = ["black", "white", "ivory", "cream", "beige", "camel", "grey",
                "charcoal", "navy"]
NORD_MATERIALS = {"leather", "suede", "wool", "cashmere", "linen", "cotton",
                  "denim", "waxed cotton", "rubber", "shearling",
                  "sterling silver"}
NORD_TAGS = {"minimalist", "classic", "tailored"}
NORD_FORBID_TYPES = {"sequin top", "corset top", "crop top", "cap",
                     "bucket hat", "kimono", "track jacket", "hoodie",
                     "sweatshirt", "graphic tee", "western boots",
                     "faux fur coat", "high-top sneakers", "running shoes",
                     "slides"}
NORD_MAX_ACCESSORIES = 1

BRANDS = {
    "basics": "Common Thread",
    "tailoring": "Atelier Maren",
    "denim": "Indigo Row",
    "coastal": "Harbor & Pine",
    "boho": "Wild Meridian",
    "edgy": "Blackline Supply",
    "outdoor": "Summit Lane",
    "sport": "Pace Athletic",
    "evening": "Velour & Vine",
    "knit": "Oak & Ember",
    "shoes": "Ferro & Finch",
    "jewellery": "Gilt Theory",
    "minimal": "Lumen Studio",
    "street": "Static Youth",
}

# Design names put in front of each model's stem ("Harper Relaxed Linen Shirt").
# Each (model, department) pair gets its own name, so titles are unique.
DESIGN_NAMES = """
Harper Dune Arlo Sloane Mercer Fenn Juniper Bowery Atlas Marlow Tilda Colby
Ridge Hollis Wren Ellis Maren Otto Bristol Camden Delphine Ezra Flint Greer
Hazel Iris Jonah Keats Linden Margot Nico Orla Pike Quinn Rowan Soren Thea
Ulla Vale Wilder Yara Zane Alder Birch Cove Drift Ember Fjord Grove Heath
Isla Jett Kai Lark Moss Nova Pembroke Quarry Reed Shore Tarn Vesper Weston
Yardley Astor Beck Clement Dorian Emery Finch Gideon Hart Ivo Jules Kit
Lowell Monroe Nell Oakley Perry Remy Sully Tate Vaughn Wells Bodhi Calla
Dell Esme Frankie Hudson Imogen June Kestrel Lyle Milo Nora Piper Rhea
Stellan Tobin Viggo Willa Ada Bram Cleo Dex Elsa Fox Greta Hugo Ines Jasper
Kenji Luca Mabel Niall Opal Pax Silas Teo Uma Vera Wes Abbot Brooks Carver
Darby Easton Fairfax Halden Indie Jory Kip Leif Mara Noor Oren Petra Ravi
Saoirse Tove Umi Vida Wynn Xavi Yusuf Zelda Anouk Bellamy Cassius Dagny
Elio Faye Gus Hanne Ilse Joss Kaia Lotte Mika Nils Odile Penn Rune Selma
Tomas Vivi Waverly Axel Blythe Corin Dara Edie Freya Gio Holt Ingrid Jarvis
Knox Lena Matteo Noa Olsen Priya Rafe Stig Tessa Ugo Valo Wolf
""".split()
