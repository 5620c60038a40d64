#!/usr/bin/env python3
"""Generate the Vibe Stylist demo inventory and lookbooks.

What it writes (all paths relative to the repository root):

* ``inventory/demo_products.csv`` - the demo store catalog (~700 products,
  one row per size variant) in the Vibe Stylist CSV schema.
* ``inventory/lookbooks/house.csv`` - the store's house lookbook (~550
  curated outfits, each tied to a vibe theme / "archetype").
* ``inventory/lookbooks/minimalist.csv`` - the "Studio Nord" lookbook (~290
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
   Looks are curated in two rounds: the first (``house_n`` / ``nord_n`` per
   archetype, numbered from 001) contains all of the evaluation's held-out
   looks; the second adds up to ``ADDED_ROUNDS`` times as many (fewer where
   the usage caps run out), numbered after them under keys the evaluation
   split keeps for training, so the held-out set stays that of the first
   round.
3. ``check()`` re-reads the written CSVs and asserts every rule; it runs at
   the end of every generation and prints a short summary.

The written rules are documented for stylists in ``inventory/HOUSE_STYLE.md``.

Run (stdlib only, Python 3.11+)::

    python inventory/generate_demo.py            # regenerate + check
    python inventory/generate_demo.py --check    # only check existing files
    python inventory/generate_demo.py --coverage # show thin archetype slots
    python inventory/generate_demo.py --table    # print the archetype table for HOUSE_STYLE.md

Output is deterministic: the same ``SEED`` regenerates every file
byte-identically (no wall-clock, no hash-order dependence).
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import random
import re
import sys
import unicodedata
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
MAX_USES_PER_LOOKBOOK = 5     # a product appears in at most 5 looks of one lookbook (first round)
MAX_USES_TOTAL = 7            # ... and at most 7 looks across both lookbooks (first round)
# A second curation round adds up to ADDED_ROUNDS times each archetype's first-round looks to each lookbook (fewer
# where the caps below run out), all of them for training: numbered after the first round's looks under keys the
# evaluation split keeps for training (models/dataset.py, is_held_out), so every held-out look is a first-round
# look. This stands for a store's stylists curating more looks of the same ideas; with them the looks of an idea
# show more of the types, colours and tags the house wears for it (models/README.md has the measurement).
ADDED_ROUNDS = 2
ADDED_MAX_USES_PER_LOOKBOOK = 12  # caps once the second round is in
ADDED_MAX_USES_TOTAL = 18
EVAL_PERCENT = 20  # models/dataset.py: a look whose key hashes below this percentile is held out

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
# Style clashes: a look never combines clothing/shoes whose *primary* style tag
# (the first tag listed on the product) sits on opposite sides of one of these pairs.
STYLE_CLASHES = [
    ("grunge", "coastal"), ("grunge", "preppy"), ("grunge", "romantic"), ("grunge", "office"),
    ("grunge", "tailored"), ("grunge", "evening"), ("grunge", "boho"), ("grunge", "sporty"),
    ("evening", "sporty"), ("evening", "outdoor"), ("evening", "workwear"), ("evening", "cozy"),
    ("evening", "streetwear"), ("glam", "sporty"), ("glam", "outdoor"), ("glam", "workwear"),
    ("glam", "cozy"), ("sporty", "tailored"), ("sporty", "office"), ("sporty", "romantic"),
    ("boho", "office"), ("boho", "tailored"), ("boho", "streetwear"), ("outdoor", "office"),
    ("outdoor", "tailored"), ("outdoor", "romantic"), ("y2k", "office"), ("y2k", "tailored"),
    ("y2k", "outdoor"), ("y2k", "workwear"), ("y2k", "preppy"), ("coastal", "edgy"),
]
# Clothing fabrics that appear at most once per look.
SINGLE_USE_MATERIALS = ["fleece", "leather", "suede", "velvet", "satin", "shearling", "corduroy"]

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
                  "denim", "canvas", "waxed cotton", "rubber", "shearling", "jute",
                  "acetate", "sterling silver", "stainless steel"}
NORD_ACCESSORY_METALS = ["silver"]   # cool silver hardware/jewellery only, never gold
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

# ---------------------------------------------------------------------------
# Product models (the catalog is expanded from this table)
# ---------------------------------------------------------------------------
# Season shorthands
ALL = "spring;summer;autumn;winter"
SS = "spring;summer"
SU = "summer"
AW = "autumn;winter"
WI = "winter"
SSA = "spring;summer;autumn"
SAW = "spring;autumn;winter"
SPA = "spring;autumn"

# One tuple per model:
#  (key, product_type, departments ("w"/"m"/"u" letters), title stem,
#   short noun used in stylist notes, materials, pattern,
#   colourways ("|" between colourways, ";" inside a two-colour way),
#   formality, seasons, style_tags, (min_price, max_price), brand key,
#   fabric phrase, fit phrase, detail phrase, wear sentence[, options])
# options: {"sizes": "alpha"|"waist"} to override the default size scheme.
MODELS = [
    # ----------------------------------------------------------------- tops
    ("crew-tee", "t-shirt", "wm", "Essential Crew Tee", "crew tee", "cotton", "solid",
     "white|black|grey", 2, ALL, "minimalist;classic", (18, 32), "basics",
     "soft combed cotton jersey", "true to size with a clean, close crew neck",
     "a taped neckline and a slightly longer back hem",
     "Wear it on its own with jeans or under a blazer when you need a clean base layer."),
    ("boxy-tee", "t-shirt", "u", "Heavyweight Boxy Tee", "boxy tee", "cotton", "solid",
     "white|black|olive|cream", 2, ALL, "streetwear;minimalist", (34, 45), "street",
     "dense 240gsm cotton", "boxy and cropped just above the hip with dropped shoulders",
     "a thick ribbed collar that holds its shape wash after wash",
     "Let it hang loose over cargos or wide jeans."),
    ("band-tee", "t-shirt", "u", "Faded Band Tee", "faded band tee", "cotton", "graphic",
     "black|charcoal", 2, ALL, "grunge;90s;edgy;vintage", (28, 42), "edgy",
     "garment-dyed cotton with a washed-out hand", "slightly oversized with a worn-in drape",
     "a cracked, tour-style print on the front and a lived-in fade",
     "Layer it under flannel or a leather jacket and wear it with ripped denim."),
    ("skate-tee", "t-shirt", "u", "Skate Graphic Tee", "graphic tee", "cotton", "graphic",
     "white|black|sky blue", 2, SSA, "streetwear;90s", (30, 42), "street",
     "heavy ring-spun cotton", "loose and square with a longer sleeve",
     "a hand-drawn graphic across the chest and a small logo at the back neck",
     "Pair it with baggy denim and chunky trainers."),
    ("baby-tee", "t-shirt", "w", "Cropped Baby Tee", "baby tee", "cotton;elastane", "solid",
     "white|blush|black", 2, SSA, "y2k;streetwear", (20, 30), "street",
     "stretch cotton rib", "shrunken and cropped to sit at the waist",
     "contrast binding at the neck and cap sleeves",
     "Wear it with low-rise jeans or a mini skirt and a shoulder bag."),
    ("breton-tee", "long-sleeve tee", "wm", "Breton Stripe Tee", "Breton tee", "cotton", "striped",
     "navy;white|cream;navy|white;black", 2, SSA, "coastal;classic;preppy", (38, 55), "coastal",
     "heavyweight cotton jersey", "straight and easy with a wide boat neck",
     "classic sailor stripes and three-quarter sleeves you can push up",
     "Tuck it into wide trousers or wear it loose with cut-off shorts."),
    ("waffle-long", "long-sleeve tee", "u", "Waffle-Knit Long-Sleeve Tee", "waffle-knit tee", "cotton", "solid",
     "cream|charcoal|olive|burgundy", 2, SAW, "cozy;outdoor;workwear;grunge", (28, 42), "knit",
     "textured cotton waffle knit", "close-fitting but not tight, long enough to layer",
     "ribbed cuffs and a three-button placket",
     "Layer it under a flannel or an overshirt on cold mornings."),
    ("perf-tee", "t-shirt", "u", "Airflow Performance Tee", "performance tee", "recycled polyester", "solid",
     "black|grey|cobalt", 1, ALL, "sporty", (24, 38), "sport",
     "quick-drying recycled polyester mesh", "athletic without clinging",
     "flatlock seams and a reflective logo at the hem",
     "Train in it, then throw a sweatshirt over it for coffee."),
    ("rib-tank", "tank top", "w", "Ribbed Scoop Tank", "ribbed tank", "cotton", "solid",
     "white|black|rust", 2, SS, "minimalist;classic;festival", (18, 28), "basics",
     "stretchy cotton rib", "body-skimming with a low scoop neck",
     "clean bound edges that lie flat",
     "Tuck it into linen trousers or layer under an open shirt."),
    ("crochet-tank", "tank top", "w", "Crochet Halter Tank", "crochet halter", "cotton", "solid",
     "cream|rust", 2, SU, "boho;festival;vintage", (35, 55), "boho",
     "hand-finished cotton crochet", "cropped with a tie halter neck",
     "an open shell stitch and a lined bust",
     "Wear it with cut-off shorts or a tiered maxi skirt on hot days."),
    ("muscle-tank", "tank top", "mu", "Washed Muscle Tank", "muscle tank", "cotton", "solid",
     "white|black|sky blue", 2, SU, "sporty;festival;coastal;streetwear", (20, 30), "basics",
     "washed cotton jersey", "relaxed with deep armholes",
     "a raw-edge finish and a slightly curved hem",
     "Throw it on for the beach, the gym or a festival field."),
    ("train-tank", "tank top", "w", "Seamless Training Tank", "training tank", "recycled polyester;elastane", "solid",
     "black|sage|lilac", 1, ALL, "sporty", (28, 40), "sport",
     "seamless recycled stretch knit", "fitted with a racer back",
     "a built-in shelf bra and breathable knit zones",
     "Wear it for a class and keep it on for brunch under an open jacket."),
    ("silk-cami", "camisole", "w", "Silk Bias Cami", "silk cami", "silk", "solid",
     "ivory|black|blush", 3, SSA, "minimalist;romantic;date-night", (65, 95), "minimal",
     "washed sand silk", "cut on the bias so it skims rather than clings",
     "adjustable spaghetti straps and a softly draped V-neck",
     "Tuck it into tailored trousers or wear it alone on warm evenings."),
    ("satin-cami", "camisole", "w", "Cowl-Neck Satin Cami", "satin cowl cami", "satin", "solid",
     "black|burgundy|gold", 4, ALL, "evening;glam;date-night", (55, 85), "evening",
     "fluid satin", "loose and liquid through the body",
     "a deep cowl neck and fine cross-back straps",
     "Pair it with velvet or leather trousers and heels for a night out."),
    ("rib-crop", "crop top", "w", "Square-Neck Crop Top", "square-neck crop top", "cotton;elastane", "solid",
     "white|black|lilac", 2, SSA, "y2k;streetwear;festival", (22, 32), "street",
     "stretch cotton rib", "fitted and cropped to the natural waist",
     "a square neckline and double-layer front",
     "Wear it with high-waisted cargos or a denim mini."),
    ("corset-top", "corset top", "w", "Satin Corset Top", "satin corset top", "satin", "solid",
     "black|red|blush", 3, ALL, "y2k;glam;date-night;evening", (48, 75), "evening",
     "structured satin", "close-fitting with light boning",
     "a sweetheart neckline and a hidden side zip",
     "Pair it with low-slung jeans or a leather mini and a small shoulder bag."),
    ("sequin-top", "sequin top", "w", "Sequin Cami Top", "sequin cami", "recycled polyester", "solid",
     "gold|silver|black", 4, AW, "glam;evening", (60, 90), "evening",
     "all-over sequins on a soft recycled mesh", "straight and easy",
     "fine straps and a fully lined body",
     "Wear it with black trousers so the sparkle stays the point."),
    ("silk-blouse", "blouse", "w", "Silk Button Blouse", "silk blouse", "silk", "solid",
     "ivory|black|sky blue", 3, ALL, "office;classic;minimalist;date-night", (95, 145), "tailoring",
     "sand-washed mulberry silk", "relaxed and slightly longer at the back",
     "a concealed placket and mother-of-pearl buttons",
     "Tuck it into trousers for work or leave it half-untucked with jeans."),
    ("tie-blouse", "blouse", "w", "Tie-Neck Crepe Blouse", "tie-neck blouse", "viscose", "solid",
     "ivory|black|burgundy", 4, ALL, "office;classic;tailored;evening", (65, 95), "tailoring",
     "fluid viscose crepe", "straight with gently blousoned sleeves",
     "a soft pussy-bow tie and buttoned cuffs",
     "Wear it with a pencil skirt or tailored trousers and pumps."),
    ("peasant-blouse", "blouse", "w", "Embroidered Peasant Blouse", "peasant blouse", "cotton", "solid",
     "white|cream|rust", 2, SS, "boho;romantic;festival;vintage", (45, 70), "boho",
     "airy cotton voile", "loose with a gathered neckline you can wear on or off the shoulder",
     "tonal embroidery and balloon sleeves",
     "Wear it with flared jeans or a tiered skirt and flat sandals."),
    ("puff-blouse", "blouse", "w", "Puff-Sleeve Floral Blouse", "floral puff-sleeve blouse", "viscose", "floral",
     "cream;blush|sky blue;white|sage;cream", 2, SS, "romantic;vintage", (48, 72), "boho",
     "lightweight viscose", "fitted through the bodice with a little room at the hem",
     "puff sleeves, a sweetheart neck and a ditsy floral print",
     "Tuck it into a midi skirt or straight jeans for brunch."),
    ("poplin-shirt", "shirt", "w", "Crisp Poplin Shirt", "poplin shirt", "cotton", "solid",
     "white|sky blue|black", 3, ALL, "office;minimalist;classic;tailored", (55, 85), "tailoring",
     "crisp cotton poplin", "relaxed with a slightly dropped shoulder",
     "a stand-away collar and long buttoned cuffs",
     "Tuck it into wide trousers or wear it open over a tank."),
    ("stripe-shirt", "shirt", "w", "Striped Boyfriend Shirt", "striped shirt", "cotton", "striped",
     "navy;white|sky blue;white", 3, ALL, "office;preppy;classic", (55, 80), "coastal",
     "cotton poplin", "oversized with a curved hem",
     "fine bengal stripes and a single chest pocket",
     "Half-tuck it into jeans or wear it with a pleated skirt."),
    ("linen-shirt", "shirt", "wm", "Relaxed Linen Shirt", "linen shirt", "linen", "solid",
     "white|sage|sky blue", 2, SS, "coastal;minimalist;classic", (48, 78), "coastal",
     "washed European linen", "relaxed through the body with dropped shoulders",
     "a camp collar, coconut buttons and side vents",
     "Wear it open over a tank or buttoned with linen trousers."),
    ("tailored-linen-shirt", "shirt", "m", "Tailored Linen Shirt", "tailored linen shirt", "linen", "solid",
     "white|sky blue|navy", 3, SS, "coastal;tailored;classic", (65, 95), "tailoring",
     "crisp Irish linen", "slim but breathable through the body",
     "a spread collar and a clean, pocketless front",
     "Wear it with tailored linen trousers and loafers for summer events."),
    ("oxford-shirt", "shirt", "wm", "Oxford Button-Down Shirt", "oxford shirt", "cotton", "solid",
     "white|sky blue|blush", 3, ALL, "preppy;classic;office", (55, 85), "coastal",
     "brushed cotton oxford cloth", "classic fit with a little room through the chest",
     "a soft button-down collar and a single chest pocket",
     "Wear it with chinos and loafers, or under a crewneck."),
    ("dress-shirt", "dress shirt", "m", "Slim Poplin Dress Shirt", "poplin dress shirt", "cotton", "solid",
     "white|sky blue|black", 4, ALL, "tailored;office;classic;evening", (65, 95), "tailoring",
     "two-ply cotton poplin", "slim through the body with a high armhole",
     "a semi-spread collar and double-button cuffs",
     "Wear it with a suit and tie or open-necked under a blazer."),
    ("tux-shirt", "dress shirt", "m", "Pleated Tuxedo Shirt", "pleated tuxedo shirt", "cotton", "solid",
     "white|black", 5, ALL, "evening;tailored;classic", (85, 120), "evening",
     "fine cotton voile", "tailored with a slightly suppressed waist",
     "a pleated bib, covered placket and French cuffs",
     "Wear it with a tuxedo and a silk bow tie."),
    ("flannel-shirt", "flannel shirt", "u", "Brushed Flannel Shirt", "flannel shirt", "cotton", "plaid",
     "red;black|forest green;navy|burgundy;charcoal|mustard;brown", 2, SAW, "grunge;workwear;outdoor;vintage", (45, 68), "knit",
     "double-brushed cotton flannel", "relaxed with room to layer underneath",
     "two flap pockets and a curved shirttail hem",
     "Button it up with jeans or wear it open over a tee."),
    ("camp-shirt", "shirt", "u", "Printed Camp-Collar Shirt", "printed camp shirt", "viscose", "floral",
     "rust;cream|sky blue;white|black;cream", 2, SU, "festival;coastal;vintage", (48, 72), "boho",
     "fluid viscose", "boxy and short enough to wear untucked",
     "a retro camp collar and an all-over tropical floral",
     "Wear it open over a tank with shorts or with linen trousers for dinner."),
    ("pique-polo", "polo shirt", "wm", "Classic Piqué Polo", "piqué polo", "cotton", "solid",
     "white|navy|forest green", 2, SSA, "preppy;sporty;classic", (38, 58), "coastal",
     "breathable cotton piqué", "regular fit with a ribbed collar",
     "a two-button placket and tennis-tail hem",
     "Tuck it into chinos or wear it loose with shorts."),
    ("knit-polo", "polo shirt", "m", "Merino Knit Polo", "knit polo", "wool", "solid",
     "navy|black|cream", 3, SAW, "classic;minimalist;date-night;preppy", (75, 110), "knit",
     "fine-gauge merino wool", "neat and slightly fitted",
     "an open johnny collar and ribbed hem",
     "Wear it with tailored trousers and loafers for dinner."),
    ("merino-crew", "sweater", "wm", "Merino Crewneck Sweater", "merino crewneck", "wool", "solid",
     "black|grey|camel|burgundy", 3, SAW, "classic;minimalist;office;preppy", (75, 120), "knit",
     "extra-fine merino wool", "regular fit, easy to layer over a collared shirt",
     "fully fashioned shoulders and ribbed trims",
     "Wear it over an oxford shirt for the office or alone with jeans."),
    ("cable-knit", "sweater", "wm", "Cable-Knit Sweater", "cable-knit sweater", "wool", "solid",
     "cream|navy", 2, AW, "preppy;cozy;classic;vintage", (85, 130), "knit",
     "chunky lambswool", "relaxed with a slightly cropped body",
     "traditional cable panels and a high crew neck",
     "Wear it with corduroys or over a collared shirt with loafers."),
    ("chunky-sweater", "sweater", "wu", "Chunky Oversized Sweater", "chunky sweater", "wool", "solid",
     "cream|grey|rust", 2, AW, "cozy;minimalist;classic", (78, 120), "knit",
     "soft wool-alpaca blend yarn", "slouchy with dropped shoulders and a wide body",
     "a deep ribbed hem and a mock neck",
     "Tuck the front into jeans or wear it over leggings at home."),
    ("ladder-sweater", "sweater", "u", "Worn-In Ladder-Knit Sweater", "ladder-knit sweater", "cotton", "solid",
     "black|charcoal|forest green", 2, SAW, "grunge;90s;edgy", (55, 80), "edgy",
     "brushed cotton yarn", "oversized with long sleeves that cover your hands",
     "ladder-stitch runs and a deliberately frayed hem",
     "Wear it over a slip dress or with ripped denim and boots."),
    ("ski-rollneck", "sweater", "u", "Chunky Ski Roll-Neck", "ski roll-neck", "wool", "solid",
     "cream|red|navy", 2, WI, "cozy;outdoor;vintage;classic", (95, 140), "outdoor",
     "thick British wool", "roomy enough to layer over a thermal",
     "a deep roll neck and saddle shoulders",
     "Wear it after the slopes with jeans and snow boots."),
    ("turtleneck", "turtleneck", "wm", "Fine-Gauge Merino Turtleneck", "merino turtleneck", "wool", "solid",
     "black|ivory|charcoal|camel", 3, SAW, "minimalist;classic;office;evening", (70, 110), "minimal",
     "extra-fine merino wool", "slim and smooth enough to wear under tailoring",
     "a double-layer roll neck and long ribbed cuffs",
     "Wear it under a blazer or a wool coat instead of a shirt."),
    ("cashmere-crew", "sweater", "wm", "Cashmere Crewneck", "cashmere crewneck", "cashmere", "solid",
     "camel|grey|ivory", 3, AW, "minimalist;classic;cozy", (140, 220), "minimal",
     "two-ply Mongolian cashmere", "relaxed with a slightly boxy body",
     "fine rib trims and a neat crew neck",
     "Wear it with tailored trousers or your best jeans."),
    ("fine-cardigan", "cardigan", "w", "Fine-Knit Cardigan", "fine-knit cardigan", "wool", "solid",
     "black|camel|cream", 3, SAW, "classic;office;preppy;minimalist", (70, 105), "knit",
     "fine merino wool", "neat and slightly cropped",
     "a V-neck and small horn-effect buttons",
     "Button it up as a top or wear it open over a silk blouse."),
    ("boucle-cardigan", "cardigan", "w", "Bouclé Cropped Cardigan", "bouclé cardigan", "wool", "solid",
     "cream|blush", 2, SAW, "romantic;vintage;cozy", (65, 95), "knit",
     "textured bouclé yarn", "short and boxy",
     "oversized pearl buttons and a round neck",
     "Wear it buttoned with a midi skirt or open over a cami."),
    ("shawl-cardigan", "cardigan", "m", "Shawl-Collar Cardigan", "shawl-collar cardigan", "wool", "solid",
     "charcoal|camel", 2, AW, "cozy;classic;vintage", (95, 140), "knit",
     "chunky lambswool", "generous through the body",
     "a wide shawl collar, patch pockets and leather-look buttons",
     "Wear it over a tee on weekends or a collared shirt for dinner."),
    ("grandpa-cardigan", "cardigan", "u", "Grandpa Cardigan", "grandpa cardigan", "wool", "solid",
     "chocolate|olive|charcoal", 2, AW, "grunge;vintage;90s;cozy", (60, 90), "edgy",
     "brushed wool blend", "long, loose and slightly stretched-out by design",
     "two patch pockets and mismatched buttons",
     "Throw it over a band tee with ripped jeans."),
    ("cashmere-rollneck", "turtleneck", "m", "Fine Cashmere Roll-Neck", "cashmere roll-neck", "cashmere", "solid",
     "black|navy|charcoal", 4, AW, "evening;tailored;minimalist", (160, 240), "minimal",
     "fine-gauge two-ply cashmere", "slim and smooth under a coat or jacket",
     "a soft double roll neck and neatly linked seams",
     "Wear it instead of a shirt and tie under a dark suit or overcoat."),
    ("hoodie", "hoodie", "u", "Heavyweight Pullover Hoodie", "hoodie", "cotton", "solid",
     "grey|black|cream|sage", 1, ALL, "streetwear;sporty;cozy", (48, 75), "street",
     "loopback cotton fleece", "roomy with a slightly cropped body",
     "a double-layer hood, kangaroo pocket and ribbed cuffs",
     "Wear it with joggers on off days or under a puffer in the city."),
    ("crop-hoodie", "hoodie", "w", "Cropped Zip Hoodie", "cropped zip hoodie", "cotton", "solid",
     "grey|black|lilac", 1, ALL, "sporty;streetwear;y2k", (45, 65), "sport",
     "brushed-back cotton jersey", "cropped just above the waist",
     "a two-way zip and thumbholes",
     "Zip it over a sports bra or a tank with leggings."),
    ("crew-sweat", "sweatshirt", "u", "Vintage-Wash Crew Sweatshirt", "crew sweatshirt", "cotton", "solid",
     "grey|navy|forest green", 1, SAW, "cozy;sporty;vintage;streetwear", (42, 65), "basics",
     "garment-washed cotton fleece", "relaxed with a slightly shrunken rib hem",
     "a V-stitch at the neck and raglan sleeves",
     "Wear it with joggers at home or over a shirt with jeans."),
    ("college-sweat", "sweatshirt", "u", "Collegiate Graphic Sweatshirt", "collegiate sweatshirt", "cotton", "graphic",
     "grey|navy", 1, SAW, "preppy;streetwear;vintage", (48, 68), "street",
     "heavy cotton fleece", "boxy with a cropped waist rib",
     "a cracked varsity-style print across the chest",
     "Wear it with chinos or straight jeans and canvas sneakers."),
    ("sherpa-fleece", "fleece pullover", "u", "Sherpa Half-Zip Fleece", "sherpa fleece", "fleece", "solid",
     "cream|forest green|tan", 1, AW, "outdoor;cozy;sporty", (65, 95), "outdoor",
     "high-pile recycled fleece", "relaxed with a stand collar",
     "a half-zip, nylon-trimmed chest pocket and elastic cuffs",
     "Layer it under a shell on the trail and keep it on at the pub."),
    ("sweater-vest", "sweater vest", "wm", "Cable Sweater Vest", "cable sweater vest", "wool", "solid",
     "cream|chocolate", 2, SAW, "preppy;vintage;classic", (55, 85), "knit",
     "lambswool", "neat and close to the body",
     "a V-neck and a centre cable panel",
     "Layer it over an oxford shirt with pleated trousers or a kilt skirt."),
    # -------------------------------------------------------------- bottoms
    ("straight-jean-w", "jeans", "w", "High-Rise Straight Jean", "straight jeans", "denim", "solid",
     "denim blue|black|cream", 2, ALL, "classic;minimalist;vintage", (78, 118), "denim",
     "rigid 12oz cotton denim", "high-rise and straight from hip to ankle",
     "a five-pocket build and clean, unfaded finish",
     "Wear them with everything from a tee and sneakers to a blazer and loafers."),
    ("slim-jean-m", "jeans", "m", "Slim Straight Jean", "slim straight jeans", "denim", "solid",
     "denim blue|navy|black", 2, ALL, "classic;minimalist", (68, 110), "denim",
     "comfort-stretch selvedge denim", "slim through the thigh with a straight leg",
     "a button fly and subtle whiskering",
     "Wear them with a tee and boots or a knit and loafers."),
    ("ripped-jean", "jeans", "u", "Ripped 90s Relaxed Jean", "ripped jeans", "denim", "solid",
     "denim blue|black|grey", 2, ALL, "grunge;90s;streetwear;edgy", (68, 98), "denim",
     "vintage-washed rigid denim", "relaxed and slouchy with a slight taper",
     "blown-out knees and a frayed hem",
     "Roll them once over combat boots or high-tops."),
    ("baggy-jean", "jeans", "u", "Baggy Skater Jean", "baggy jeans", "denim", "solid",
     "denim blue|black", 2, ALL, "streetwear;90s;y2k", (70, 100), "street",
     "heavyweight cotton denim", "low-slung and wide through the whole leg",
     "deep back pockets and a stacked hem",
     "Stack them over chunky sneakers with a boxy tee."),
    ("flare-jean", "jeans", "w", "Low-Rise Flare Jean", "low-rise flares", "denim", "solid",
     "denim blue|black|white", 2, SSA, "y2k;boho;festival;vintage", (70, 105), "denim",
     "stretch cotton denim", "low on the hip, fitted through the thigh and flared from the knee",
     "a wide waistband and a long, floor-grazing hem",
     "Wear them with a baby tee or a peasant blouse and platform shoes."),
    ("wide-jean", "jeans", "w", "Wide-Leg Sailor Jean", "wide-leg jeans", "denim", "solid",
     "denim blue|cream", 2, SSA, "coastal;classic;vintage", (85, 125), "denim",
     "soft rigid denim", "high-waisted with a wide, swishy leg",
     "a sailor-style button front and patch pockets",
     "Wear them with a Breton tee and espadrilles."),
    ("black-skinny", "jeans", "wm", "Black Skinny Jean", "skinny jeans", "denim;elastane", "solid",
     "black|charcoal", 2, ALL, "edgy;grunge;date-night", (60, 90), "edgy",
     "power-stretch black denim", "skinny through the leg with a mid rise",
     "a washed black finish that fades slowly",
     "Wear them with boots and a leather jacket."),
    ("wool-trouser", "trousers", "wm", "Tailored Wool Trouser", "tailored wool trousers", "wool", "solid",
     "black|charcoal|navy|camel", 4, ALL, "tailored;office;classic;minimalist", (95, 160), "tailoring",
     "lightweight tropical wool", "straight and mid-rise with a pressed crease",
     "slanted pockets and a hook-and-bar waistband",
     "Wear them with a shirt and blazer or a fine knit and loafers."),
    ("wide-trouser", "trousers", "w", "Wide-Leg Pleated Trouser", "wide pleated trousers", "wool", "solid",
     "black|cream|camel", 3, ALL, "minimalist;tailored;office", (85, 140), "minimal",
     "fluid wool-blend twill", "high-waisted with a long, wide leg",
     "double front pleats and side-adjuster tabs",
     "Wear them with a tucked-in knit and pointed flats."),
    ("linen-pant-w", "trousers", "w", "Drawstring Linen Pant", "linen drawstring trousers", "linen", "solid",
     "white|black|sage", 2, SS, "coastal;minimalist;boho", (60, 88), "coastal",
     "washed European linen", "relaxed with a wide, cropped leg",
     "an elasticated drawstring waist and deep side pockets",
     "Wear them with a tank and sandals on hot days.", {"sizes": "alpha"}),
    ("linen-pant-m", "trousers", "mu", "Drawstring Linen Trouser", "drawstring linen trousers", "linen", "solid",
     "beige|navy|white", 2, SS, "coastal;minimalist", (60, 88), "coastal",
     "garment-washed linen", "easy and straight with a half-elastic waist",
     "a flat front and back patch pocket",
     "Wear them with a linen shirt or a tee and slides.", {"sizes": "alpha"}),
    ("tailored-linen-trouser", "trousers", "wm", "Tailored Linen Trouser", "tailored linen trousers", "linen", "solid",
     "beige|navy", 3, SS, "tailored;coastal;classic", (85, 125), "tailoring",
     "crisp linen", "mid-rise and straight with a sharp crease",
     "side adjusters and a neat French-bearer waist",
     "Wear them with a tailored shirt and loafers for summer events."),
    ("tailored-chino", "chinos", "m", "Tailored Chino", "tailored chinos", "cotton", "solid",
     "tan|navy|olive", 3, ALL, "classic;preppy;office", (65, 98), "coastal",
     "garment-dyed cotton twill", "slim and tapered with a clean front",
     "a hidden coin pocket and a button-through back pocket",
     "Wear them with an oxford shirt and loafers or a knit polo."),
    ("relaxed-chino", "chinos", "u", "Weekend Relaxed Chino", "relaxed chinos", "cotton", "solid",
     "beige|olive|navy", 2, SSA, "classic;coastal;workwear", (55, 85), "basics",
     "soft washed cotton twill", "relaxed with a slight taper and cuffed hem",
     "deep front pockets and a drawcord inside the waistband",
     "Wear them with a tee and canvas sneakers."),
    ("cord-trouser", "trousers", "u", "Wide-Wale Cord Trouser", "cord trousers", "corduroy", "solid",
     "chocolate|rust|cream", 2, AW, "vintage;cozy;workwear;preppy", (70, 110), "knit",
     "chunky cotton corduroy", "relaxed through the leg with a straight hem",
     "a button fly and patch back pockets",
     "Wear them with a chunky knit and boots."),
    ("check-trouser", "trousers", "wm", "Check Wool Trouser", "check wool trousers", "wool", "check",
     "charcoal;camel|brown;cream", 3, AW, "vintage;preppy;classic", (95, 145), "tailoring",
     "brushed wool Prince of Wales check", "high-rise with a full, straight leg",
     "double pleats and turn-ups",
     "Wear them with a roll-neck and loafers."),
    ("leather-trouser", "trousers", "w", "Leather Straight Trouser", "leather trousers", "leather", "solid",
     "black|chocolate", 3, SAW, "edgy;glam;date-night;evening", (190, 320), "edgy",
     "supple lamb leather", "high-rise and straight with a bit of room",
     "a clean front and concealed zip",
     "Wear them with a satin cami or a fine turtleneck and heels."),
    ("velvet-trouser", "trousers", "w", "Velvet Wide-Leg Trouser", "velvet trousers", "velvet", "solid",
     "black|burgundy", 4, AW, "glam;evening", (90, 140), "evening",
     "plush viscose velvet", "high-waisted with a wide, fluid leg",
     "a side zip and pressed front crease",
     "Wear them with a silk cami and strappy sandals for the party season.", {"sizes": "alpha"}),
    ("tux-trouser", "trousers", "m", "Satin-Stripe Tuxedo Trouser", "tuxedo trousers", "wool", "solid",
     "black|navy", 5, ALL, "evening;tailored", (140, 220), "evening",
     "Italian barathea wool", "slim and tapered with a clean break",
     "a satin side stripe and side adjusters",
     "Wear them with a tuxedo jacket, pleated shirt and patent shoes."),
    ("knit-pant", "trousers", "w", "Ribbed Knit Wide-Leg Pant", "ribbed knit trousers", "cotton", "solid",
     "cream|grey|black", 2, ALL, "cozy;minimalist", (58, 85), "knit",
     "soft ribbed cotton knit", "wide and fluid with an elasticated waist",
     "a flat front that looks tailored from a distance",
     "Wear them with a fine knit and sneakers for travel days.", {"sizes": "alpha"}),
    ("pencil-skirt", "skirt", "w", "Tailored Pencil Skirt", "pencil skirt", "wool", "solid",
     "black|charcoal|camel", 4, ALL, "office;tailored;classic", (70, 110), "tailoring",
     "stretch wool suiting", "high-waisted and knee-length with a slim line",
     "a back vent and fully lined body",
     "Wear it with a tucked-in blouse and pumps."),
    ("satin-skirt", "skirt", "w", "Bias Satin Midi Skirt", "satin midi skirt", "satin", "solid",
     "black|sage|burgundy", 3, ALL, "romantic;evening;date-night;minimalist", (60, 95), "evening",
     "liquid satin", "bias-cut to skim the hips and swing at the calf",
     "a slim elasticated waist",
     "Wear it with a chunky knit by day or a silk cami at night."),
    ("pleated-skirt", "skirt", "w", "Pleated Midi Skirt", "pleated midi skirt", "polyester", "solid",
     "camel|black|navy", 3, ALL, "office;romantic;classic", (55, 85), "tailoring",
     "fluid pleated crepe", "high-waisted with movement from the hip",
     "sunray pleats and a hidden side zip",
     "Wear it with a fine-knit top and ballet flats or ankle boots."),
    ("plaid-mini", "skirt", "w", "Plaid Pleated Mini Skirt", "plaid mini skirt", "wool;polyester", "plaid",
     "red;black|charcoal;black|forest green;navy", 2, SAW, "grunge;preppy;90s;y2k", (45, 70), "edgy",
     "brushed wool-blend tartan", "short and swingy with a flat waistband",
     "knife pleats all round",
     "Wear it with a fitted knit, tights and combat boots."),
    ("denim-mini", "skirt", "w", "Denim Mini Skirt", "denim mini skirt", "denim", "solid",
     "denim blue|black|white", 2, SSA, "y2k;festival;90s;streetwear", (45, 68), "denim",
     "rigid cotton denim", "low-rise and short with an A-line shape",
     "a raw hem and five-pocket detailing",
     "Wear it with a baby tee and platform sneakers."),
    ("leather-mini", "skirt", "w", "Leather Mini Skirt", "leather mini skirt", "leather", "solid",
     "black|burgundy", 3, SAW, "edgy;glam;date-night;y2k", (120, 190), "edgy",
     "soft lamb leather", "high-waisted and short with a slight flare",
     "a back zip and clean-cut hem",
     "Wear it with a tucked-in tee and knee-high boots."),
    ("tiered-maxi-skirt", "skirt", "w", "Tiered Cotton Maxi Skirt", "tiered maxi skirt", "cotton", "solid",
     "cream|rust|mustard", 2, SS, "boho;festival;romantic", (55, 85), "boho",
     "crinkled cotton gauze", "full and floaty to the ankle",
     "three gathered tiers and a smocked waist",
     "Wear it with a crochet top and flat sandals."),
    ("wool-midi-skirt", "skirt", "w", "A-Line Wool Midi Skirt", "wool midi skirt", "wool", "solid",
     "camel|grey|chocolate", 3, AW, "classic;vintage;preppy;minimalist", (75, 115), "knit",
     "brushed wool twill", "high-waisted with a soft A-line",
     "a hidden side zip and deep in-seam pockets",
     "Wear it with a tucked-in turtleneck and knee-high boots."),
    ("kilt-skirt", "skirt", "w", "Tartan Wrap Midi Skirt", "tartan midi skirt", "wool", "plaid",
     "forest green;navy|burgundy;navy", 3, AW, "preppy;vintage;classic", (75, 110), "knit",
     "Scottish wool tartan", "a wrap shape that falls below the knee",
     "a leather buckle strap and fringed edge",
     "Wear it with a cable knit and loafers."),
    ("tennis-skirt", "skirt", "w", "Pleated Tennis Skirt", "pleated tennis skirt", "recycled polyester", "solid",
     "white|navy|sage", 2, SS, "preppy;sporty", (38, 55), "sport",
     "lightweight recycled twill", "short and flippy with built-in shorts",
     "crisp knife pleats and a wide waistband",
     "Wear it with a polo and white sneakers."),
    ("denim-short-w", "shorts", "w", "Frayed Denim Short", "denim shorts", "denim", "solid",
     "denim blue|white|black", 2, SU, "festival;90s;y2k;coastal", (40, 60), "denim",
     "vintage-washed denim", "high-waisted with a relaxed leg",
     "a frayed cut-off hem and slight distressing",
     "Wear them with a tank and sandals or boots."),
    ("cutoff-short", "shorts", "u", "Denim Cut-Off Short", "denim cut-offs", "denim", "solid",
     "denim blue|black", 2, SU, "festival;90s;streetwear", (40, 58), "denim",
     "washed rigid denim", "relaxed and just above the knee",
     "a rough cut-off hem",
     "Wear them with a graphic tee and high-tops."),
    ("chino-short", "shorts", "m", "7in Chino Short", "chino shorts", "cotton", "solid",
     "beige|navy|olive", 2, SU, "preppy;coastal;classic", (42, 60), "coastal",
     "washed cotton twill", "tailored and above the knee",
     "a flat front and hidden coin pocket",
     "Wear them with a polo and boat shoes."),
    ("court-short", "shorts", "m", "Pleated Court Short", "court shorts", "cotton", "solid",
     "white|navy|cream", 2, SS, "preppy;sporty;classic", (45, 65), "coastal",
     "crisp cotton twill", "tailored and mid-thigh with a flat waistband",
     "a single front pleat and side adjusters",
     "Wear them with a piqué polo and white sneakers."),
    ("linen-short", "shorts", "wm", "Linen Pull-On Short", "linen shorts", "linen", "solid",
     "white|sage|beige", 2, SU, "coastal;minimalist;boho", (38, 58), "coastal",
     "washed linen", "relaxed with an easy drawstring waist",
     "deep side pockets and a soft, rolled hem",
     "Wear them with a linen shirt and sandals."),
    ("tailored-short", "shorts", "w", "Pleated Tailored Short", "tailored shorts", "cotton;linen", "solid",
     "black|beige|navy", 2, SU, "minimalist;classic;tailored", (55, 80), "minimal",
     "crisp cotton-linen", "high-waisted with a longer, wider leg",
     "front pleats and belt loops",
     "Wear them with a tucked-in tee and loafers or sandals."),
    ("train-short", "shorts", "u", "Training Short", "training shorts", "recycled polyester", "solid",
     "black|navy|grey", 1, SSA, "sporty", (30, 45), "sport",
     "quick-dry recycled woven", "light and loose with a split hem",
     "a built-in liner and zipped key pocket",
     "Run in them, then pull on a sweatshirt for coffee."),
    ("cargo", "cargo pants", "u", "Relaxed Cargo Pant", "cargo pants", "cotton", "solid",
     "olive|black|beige", 2, ALL, "streetwear;workwear;y2k;outdoor", (65, 95), "street",
     "cotton ripstop", "relaxed with a tapered, cuffable hem",
     "bellowed cargo pockets and a webbing belt",
     "Wear them with a hoodie and chunky sneakers."),
    ("jogger", "joggers", "u", "Fleece Jogger", "fleece joggers", "cotton", "solid",
     "grey|black|navy", 1, SAW, "cozy;sporty;streetwear", (45, 68), "basics",
     "loopback cotton fleece", "relaxed with a tapered, cuffed leg",
     "a drawcord waist and deep pockets",
     "Wear them with a matching sweatshirt or a hoodie."),
    ("cashmere-jogger", "joggers", "wm", "Cashmere-Blend Jogger", "cashmere joggers", "cashmere;wool", "solid",
     "grey|camel|black", 2, SAW, "cozy;minimalist", (110, 160), "minimal",
     "soft cashmere-wool knit", "straight and relaxed with a ribbed cuff",
     "a flat drawcord waist",
     "Wear them with a matching knit and clean sneakers for travel."),
    ("travel-pant", "joggers", "u", "Technical Travel Pant", "travel trousers", "nylon;elastane", "solid",
     "black|navy|olive", 2, ALL, "minimalist;sporty;outdoor", (75, 110), "outdoor",
     "four-way stretch nylon", "slim and tapered with a gusseted crotch",
     "zipped pockets and an elastic-back waist",
     "Wear them with a knit and sneakers for long-haul days.", {"sizes": "alpha"}),
    ("legging", "leggings", "w", "Sculpt High-Rise Legging", "high-rise leggings", "recycled polyester;elastane", "solid",
     "black|charcoal|sage", 1, ALL, "sporty;cozy", (45, 78), "sport",
     "brushed recycled stretch jersey", "high-rise and supportive",
     "a hidden waistband pocket and flatlock seams",
     "Wear them for class, then add a sweatshirt for errands."),
    ("hike-pant", "hiking trousers", "u", "Trail Hiking Pant", "hiking trousers", "nylon", "solid",
     "olive|black|tan", 2, SAW, "outdoor;sporty", (70, 105), "outdoor",
     "water-resistant stretch nylon", "straight with articulated knees",
     "zipped pockets and adjustable hems",
     "Wear them on the trail with a fleece and hiking boots.", {"sizes": "alpha"}),
    ("carpenter", "work pants", "u", "Canvas Carpenter Pant", "carpenter pants", "canvas", "solid",
     "tan|black|chocolate", 2, ALL, "workwear;streetwear;vintage", (68, 98), "knit",
     "12oz cotton duck canvas", "loose and straight with room to move",
     "a hammer loop, tool pockets and triple-stitched seams",
     "Wear them with a tee and work boots or a chore jacket."),
    # -------------------------------------------------------------- dresses
    ("silk-slip", "slip dress", "w", "Silk Slip Midi Dress", "silk slip dress", "silk", "solid",
     "black|burgundy|forest green", 4, ALL, "evening;date-night;minimalist;romantic", (140, 220), "evening",
     "heavy sand-washed silk", "bias-cut to skim the body and fall to mid-calf",
     "a low back and fine adjustable straps",
     "Wear it with strappy sandals, or with a blazer and boots in cooler months."),
    ("viscose-slip", "slip dress", "w", "Washed Viscose Slip Dress", "washed slip dress", "viscose", "solid",
     "black|burgundy|sage", 2, SSA, "90s;grunge;minimalist;date-night", (58, 85), "basics",
     "washed viscose twill", "straight and relaxed, landing below the knee",
     "a V-neck and skinny straps",
     "Wear it over a tee with boots or alone with sandals."),
    ("tea-dress", "midi dress", "w", "Floral Tea Midi Dress", "floral tea dress", "viscose", "floral",
     "blush;cream|sky blue;white|navy;cream", 3, SS, "romantic;vintage;boho", (75, 115), "boho",
     "soft viscose crepe", "fitted at the waist with a floaty skirt",
     "a button front, flutter sleeves and a ditsy floral print",
     "Wear it with ballet flats or block-heel sandals."),
    ("chiffon-midi", "midi dress", "w", "Floral Chiffon Midi Dress", "floral chiffon midi", "polyester", "floral",
     "blush;sage|lilac;cream", 4, SS, "romantic;evening", (110, 160), "evening",
     "layered recycled chiffon", "gathered at the waist with a soft, swishy skirt",
     "a sweetheart neckline and a painterly floral print",
     "Wear it with heeled sandals and a small clutch to daytime weddings."),
    ("satin-midi", "midi dress", "w", "One-Shoulder Satin Midi", "one-shoulder satin midi", "satin", "solid",
     "blush|sage|cobalt", 4, SSA, "evening;glam;romantic", (110, 170), "evening",
     "heavy satin", "sculpted at the bodice with a fluid skirt",
     "an asymmetric neckline and a thigh split",
     "Wear it with strappy heels and statement earrings."),
    ("wrap-dress", "wrap dress", "w", "Jersey Wrap Dress", "jersey wrap dress", "viscose", "solid",
     "navy|burgundy|black", 3, ALL, "office;classic;date-night;romantic", (80, 125), "tailoring",
     "matte viscose jersey", "a true wrap that ties at the waist",
     "long sleeves and a gently flared skirt",
     "Wear it with pumps for work or knee-high boots for dinner."),
    ("sheath-dress", "midi dress", "w", "Tailored Sheath Dress", "tailored sheath dress", "wool", "solid",
     "black|navy|burgundy", 4, ALL, "office;tailored;classic;minimalist", (120, 180), "tailoring",
     "stretch wool crepe", "fitted at the waist with a straight skirt",
     "a bateau neck and back zip",
     "Wear it with pumps and a blazer for big meetings."),
    ("sequin-mini", "mini dress", "w", "Sequin Mini Dress", "sequin mini dress", "recycled polyester", "solid",
     "gold|silver|black", 4, AW, "glam;evening", (95, 150), "evening",
     "all-over sequins on recycled mesh", "short and straight with a little swing",
     "long sleeves and an open back",
     "Wear it with strappy sandals and nothing else."),
    ("velvet-mini", "mini dress", "w", "Velvet Puff-Sleeve Mini", "velvet mini dress", "velvet", "solid",
     "black|burgundy", 4, AW, "evening;date-night;glam", (85, 130), "evening",
     "plush stretch velvet", "fitted through the body",
     "puff shoulders and a square neck",
     "Wear it with sheer tights and heeled ankle boots."),
    ("satin-mini", "mini dress", "w", "Satin Cowl Mini Dress", "satin cowl mini", "satin", "solid",
     "black|red|silver", 3, ALL, "y2k;glam;date-night", (70, 110), "evening",
     "liquid satin", "bias-cut and short",
     "a draped cowl neck and lace-up back",
     "Wear it with strappy heels and a baguette bag."),
    ("crochet-mini", "mini dress", "w", "Crochet Mini Dress", "crochet mini dress", "cotton", "solid",
     "cream|rust", 2, SU, "boho;festival;vintage", (75, 110), "boho",
     "cotton crochet with a slip lining", "relaxed and short",
     "a scalloped hem and tie shoulders",
     "Wear it with western boots and a fringed bag."),
    ("tennis-dress", "mini dress", "w", "Pleated Tennis Dress", "pleated tennis dress", "recycled polyester", "solid",
     "white|navy", 2, SS, "preppy;sporty", (60, 85), "sport",
     "recycled performance piqué", "fitted bodice with a pleated skirt",
     "built-in shorts and a polo collar",
     "Wear it with white sneakers and a cap."),
    ("boho-maxi", "maxi dress", "w", "Tiered Boho Maxi Dress", "tiered maxi dress", "cotton", "floral",
     "rust;cream|mustard;cream|sage;cream", 2, SU, "boho;festival;romantic", (85, 125), "boho",
     "crinkled cotton voile", "loose and tiered down to the ankle",
     "a smocked bodice, flutter sleeves and a faded floral print",
     "Wear it with flat sandals and a straw hat."),
    ("chiffon-maxi", "maxi dress", "w", "Draped Chiffon Maxi Dress", "chiffon maxi dress", "polyester", "solid",
     "sky blue|blush|lilac", 4, SS, "romantic;coastal;evening", (120, 175), "evening",
     "layered recycled chiffon", "a wrap bodice with a long, floaty skirt",
     "flutter sleeves and a tie waist",
     "Wear it with block-heel sandals to a beach or garden wedding."),
    ("sundress", "sundress", "w", "Smocked Cotton Sundress", "smocked sundress", "cotton", "check",
     "sky blue;white|red;white|sage;white", 2, SU, "coastal;romantic;vintage", (55, 85), "coastal",
     "crisp cotton gingham", "fitted through the smocked bodice with a full skirt",
     "tie shoulder straps and side pockets",
     "Wear it with flat sandals and a straw tote."),
    ("linen-sundress", "sundress", "w", "Linen Button Sundress", "linen sundress", "linen", "solid",
     "white|sage|rust", 2, SU, "coastal;minimalist;boho", (78, 115), "coastal",
     "washed European linen", "easy through the body with a midi-length skirt",
     "a full button front and wide straps",
     "Wear it with leather sandals and a woven tote."),
    ("poplin-shirtdress", "shirt dress", "w", "Belted Poplin Shirt Dress", "poplin shirt dress", "cotton", "solid",
     "white|sky blue|black", 3, ALL, "office;classic;minimalist;preppy", (85, 130), "tailoring",
     "crisp cotton poplin", "relaxed and belted at the waist",
     "a point collar, roll-up sleeves and a self-tie belt",
     "Wear it with loafers for work or sandals for the weekend."),
    ("linen-shirtdress", "shirt dress", "w", "Linen Shirt Dress", "linen shirt dress", "linen", "solid",
     "beige|sage|navy", 2, SS, "coastal;minimalist", (85, 125), "coastal",
     "washed linen", "loose with a dropped shoulder and midi length",
     "patch pockets and a curved hem",
     "Wear it open over shorts or buttoned with sandals."),
    ("sweater-dress", "sweater dress", "w", "Ribbed Knit Sweater Dress", "ribbed knit dress", "wool", "solid",
     "camel|grey|black", 3, AW, "cozy;minimalist;classic", (95, 145), "knit",
     "merino-blend rib", "close but not tight, falling to mid-calf",
     "a funnel neck and long sleeves",
     "Wear it with knee-high boots and a long coat."),
    ("prairie-dress", "midi dress", "w", "Prairie Floral Midi Dress", "prairie floral dress", "cotton", "floral",
     "cream;blush|sage;cream", 2, SSA, "romantic;vintage;boho", (85, 125), "boho",
     "soft cotton lawn", "a fitted yoke with a full, tiered skirt",
     "a ruffled collar and puff sleeves",
     "Wear it with ankle boots and a cardigan in the countryside."),
    ("velvet-midi", "midi dress", "w", "Long-Sleeve Velvet Midi Dress", "velvet midi dress", "velvet", "solid",
     "burgundy|forest green|black", 4, AW, "evening;glam;classic", (120, 175), "evening",
     "silk-blend velvet", "fitted through the waist with a fluid skirt",
     "long sleeves and a softly gathered V-neck",
     "Wear it with pumps and a wool coat to winter weddings."),
    ("knit-midi", "midi dress", "w", "Fine Rib Knit Midi Dress", "rib knit midi dress", "cotton", "solid",
     "black|camel|grey", 3, SAW, "minimalist;classic", (95, 140), "minimal",
     "fine cotton rib knit", "a long column shape that follows the body",
     "a crew neck and side slits",
     "Wear it with loafers or ankle boots and a long coat."),
    ("linen-midi", "midi dress", "w", "Linen Column Midi Dress", "linen column dress", "linen", "solid",
     "ivory|black|beige", 3, SS, "minimalist;coastal", (95, 140), "minimal",
     "heavy washed linen", "a straight, architectural column",
     "a square neck and deep in-seam pockets",
     "Wear it with flat leather sandals or mules."),
    ("boiler-suit", "jumpsuit", "u", "Utility Boiler Suit", "boiler suit", "cotton", "solid",
     "olive|navy|tan", 2, SPA, "workwear;streetwear;minimalist", (95, 140), "knit",
     "cotton drill", "roomy with a belted waist",
     "a two-way zip front and patch pockets",
     "Wear it with sneakers or work boots and roll the sleeves."),
    ("crepe-jumpsuit", "jumpsuit", "w", "Wide-Leg Crepe Jumpsuit", "crepe jumpsuit", "wool", "solid",
     "black|navy|rust", 4, ALL, "tailored;evening;minimalist", (110, 165), "tailoring",
     "stretch wool crepe", "a wrap bodice and wide, floor-grazing legs",
     "a self-tie belt and concealed pockets",
     "Wear it with heels and a clutch for cocktail hour."),
    ("satin-gown", "evening gown", "w", "Satin Column Gown", "satin column gown", "satin", "solid",
     "black|forest green|burgundy", 5, ALL, "evening;glam;classic", (220, 360), "evening",
     "double-faced duchess satin", "a sculpted column to the floor",
     "a square neckline and a high back split",
     "Wear it with strappy sandals and drop earrings."),
    ("sequin-gown", "evening gown", "w", "Sequin Evening Gown", "sequin gown", "recycled polyester", "solid",
     "gold|silver|black", 5, ALL, "evening;glam", (240, 380), "evening",
     "tonal sequins on a stretch mesh", "body-skimming to the floor",
     "long sleeves and a plunging back",
     "Let it do all the work: simple heels and tiny earrings."),
    ("crepe-gown", "evening gown", "w", "Wool Crepe Column Gown", "wool crepe gown", "wool", "solid",
     "black|navy|ivory", 5, ALL, "evening;minimalist;tailored", (260, 400), "minimal",
     "fine Italian wool crepe", "a clean column with a slight train",
     "a high neck and a deep open back",
     "Wear it with minimal heels and one piece of jewellery."),
    # ------------------------------------------------------------- outerwear
    ("trench", "trench coat", "wm", "Classic Cotton Trench", "cotton trench", "cotton", "solid",
     "beige|black|navy", 3, SPA, "classic;minimalist;office;waterproof", (150, 280), "tailoring",
     "water-repellent cotton gabardine", "relaxed and double-breasted, falling below the knee",
     "a storm flap, belted waist and buckled cuffs",
     "Wear it over tailoring for work or over a tee and jeans at the weekend."),
    ("rain-jacket", "raincoat", "u", "Hooded Rain Jacket", "rain jacket", "waterproof nylon", "solid",
     "mustard|black|navy|forest green", 2, SAW, "waterproof;outdoor;streetwear", (95, 150), "outdoor",
     "seam-sealed waterproof nylon", "boxy with room for a knit underneath",
     "a peaked hood, storm cuffs and snap pockets",
     "Wear it over everything from March to November."),
    ("long-raincoat", "raincoat", "u", "Longline Rubberised Raincoat", "longline raincoat", "cotton;rubber", "solid",
     "black|grey|navy", 3, SAW, "waterproof;minimalist", (120, 180), "minimal",
     "rubber-bonded cotton", "long and straight with a clean A-line",
     "a hidden placket, two-way vents and a drawcord hood",
     "Wear it over tailoring on wet commutes."),
    ("waxed-raincoat", "raincoat", "wm", "Waxed Cotton Raincoat", "waxed cotton raincoat", "waxed cotton", "solid",
     "black|navy|beige", 3, SAW, "waterproof;minimalist;classic", (170, 260), "minimal",
     "Scottish waxed cotton", "straight and knee-length",
     "a concealed hood in the collar and a storm placket",
     "Wear it over knitwear and trousers on grey days."),
    ("wool-overcoat", "wool coat", "wm", "Wool Overcoat", "wool overcoat", "wool", "solid",
     "camel|black|charcoal", 3, AW, "classic;minimalist;tailored", (180, 320), "tailoring",
     "double-faced wool", "relaxed and single-breasted to the knee",
     "a notch lapel and deep welt pockets",
     "Wear it over a knit and jeans or a suit."),
    ("tailored-coat", "wool coat", "wm", "Cashmere-Blend Tailored Coat", "cashmere-blend coat", "wool;cashmere", "solid",
     "camel|black", 4, AW, "tailored;classic;evening;office", (260, 420), "tailoring",
     "Italian wool-cashmere", "sharp through the shoulder with a long, clean line",
     "a peak lapel and fully lined body",
     "Wear it over eveningwear or your best tailoring."),
    ("cocoon-coat", "wool coat", "w", "Cocoon Wool Coat", "cocoon coat", "wool", "solid",
     "cream|grey|chocolate", 3, AW, "minimalist;cozy", (200, 320), "minimal",
     "brushed boiled wool", "rounded and generous through the back",
     "a collarless neck and hidden snaps",
     "Wear it over wide trousers or a knit dress."),
    ("puffer", "puffer jacket", "u", "Recycled Down Puffer", "puffer jacket", "recycled polyester", "solid",
     "black|cream|olive|red", 2, WI, "outdoor;streetwear;sporty;cozy", (140, 260), "outdoor",
     "recycled down fill in a matte shell", "boxy and hip-length",
     "a high funnel neck, baffle quilting and a stowaway hood",
     "Wear it over a hoodie in the city or a fleece on the mountain."),
    ("long-puffer", "puffer jacket", "w", "Longline Puffer Coat", "longline puffer", "recycled polyester", "solid",
     "black|beige|charcoal", 2, WI, "outdoor;minimalist;cozy", (180, 280), "outdoor",
     "recycled down in a water-resistant shell", "long and straight to mid-calf",
     "a two-way zip and side vents",
     "Wear it over knitwear and jeans all winter."),
    ("parka", "parka", "u", "Insulated Hooded Parka", "insulated parka", "waterproof nylon", "solid",
     "olive|black|navy", 2, WI, "outdoor;waterproof;classic", (220, 340), "outdoor",
     "waterproof nylon with synthetic insulation", "long and roomy to the thigh",
     "a faux-fur trimmed hood and four bellow pockets",
     "Wear it on the coldest days with boots and a beanie."),
    ("shearling", "shearling jacket", "wm", "Shearling Suede Jacket", "shearling jacket", "suede;shearling", "solid",
     "tan|chocolate|black", 2, AW, "vintage;cozy;edgy;classic", (260, 420), "edgy",
     "suede with a natural shearling lining", "hip-length with a boxy fit",
     "a big shearling collar and buckle throat-latch",
     "Wear it with jeans and boots all winter."),
    ("trucker", "denim jacket", "u", "Classic Trucker Denim Jacket", "denim jacket", "denim", "solid",
     "denim blue|black|white", 2, SSA, "classic;90s;vintage;streetwear;festival", (75, 115), "denim",
     "rigid cotton denim", "a classic boxy fit that sits at the hip",
     "pointed chest flaps and metal shank buttons",
     "Wear it over a dress or a hoodie."),
    ("biker", "leather jacket", "u", "Leather Biker Jacket", "leather biker jacket", "leather", "solid",
     "black|chocolate", 2, SAW, "edgy;grunge;90s;classic", (260, 420), "edgy",
     "waxed lamb leather", "cropped and close to the body",
     "an asymmetric zip, snap lapels and a buckled waist",
     "Wear it over a band tee or a slip dress."),
    ("tailored-blazer", "blazer", "wm", "Tailored Wool Blazer", "tailored wool blazer", "wool", "solid",
     "black|navy|charcoal|camel", 4, ALL, "office;tailored;classic;minimalist", (150, 260), "tailoring",
     "Italian wool suiting", "single-breasted and sharp through the shoulder",
     "a notch lapel, flap pockets and a half lining",
     "Wear it with its matching trousers or over a tee and jeans."),
    ("boyfriend-blazer", "blazer", "w", "Oversized Boyfriend Blazer", "oversized blazer", "wool;polyester", "solid",
     "black|beige|grey", 3, ALL, "minimalist;classic;office", (120, 190), "minimal",
     "wool-blend twill", "oversized with a longer length and soft shoulders",
     "a single button and padded shoulders",
     "Wear it over a tee and jeans or a slip dress."),
    ("cotton-blazer", "blazer", "m", "Unstructured Cotton Blazer", "unstructured blazer", "cotton", "solid",
     "navy|beige|olive", 3, SSA, "preppy;classic;minimalist", (140, 210), "coastal",
     "garment-dyed cotton twill", "relaxed with no shoulder padding",
     "patch pockets and a partial lining",
     "Wear it with chinos and a tee or an oxford shirt."),
    ("linen-blazer", "blazer", "wm", "Linen Blazer", "linen blazer", "linen", "solid",
     "beige|navy", 3, SS, "coastal;tailored;classic", (140, 210), "tailoring",
     "breathable linen", "relaxed with a soft shoulder",
     "patch pockets and an unlined back",
     "Wear it with matching trousers to summer weddings or with jeans for dinner."),
    ("tweed-blazer", "blazer", "wm", "Herringbone Tweed Blazer", "tweed blazer", "wool", "check",
     "brown;cream|charcoal;grey", 3, AW, "vintage;preppy;classic", (160, 240), "knit",
     "Donegal wool tweed", "classic with a slightly longer body",
     "elbow patches and a ticket pocket",
     "Wear it over a roll-neck with cords or a kilt."),
    ("velvet-blazer", "blazer", "wm", "Velvet Blazer", "velvet blazer", "velvet", "solid",
     "black|burgundy", 4, AW, "glam;evening;tailored", (160, 240), "evening",
     "cotton velvet", "single-breasted and slim",
     "a shawl lapel and satin lining",
     "Wear it with black trousers for the party season."),
    ("leather-blazer", "blazer", "w", "Leather Blazer", "leather blazer", "leather", "solid",
     "black|chocolate", 3, SAW, "edgy;minimalist;date-night", (280, 420), "edgy",
     "smooth lamb leather", "straight and slightly oversized",
     "a notch lapel and flap pockets",
     "Wear it over a turtleneck and trousers or a slip dress."),
    ("tux-jacket", "tuxedo jacket", "m", "Satin-Lapel Tuxedo Jacket", "tuxedo jacket", "wool", "solid",
     "black|navy", 5, ALL, "evening;tailored;classic", (260, 420), "evening",
     "Italian barathea wool", "slim and sharp through the shoulder",
     "grosgrain-faced peak lapels and a single covered button",
     "Wear it with matching trousers, a pleated shirt and a bow tie."),
    ("bomber", "bomber jacket", "u", "Nylon Flight Bomber", "nylon bomber", "nylon", "solid",
     "olive|black|navy", 2, SPA, "streetwear;90s;sporty;classic", (90, 140), "street",
     "padded nylon twill", "cropped at the hip with a ribbed hem",
     "a sleeve utility pocket and bright lining",
     "Wear it over a hoodie or a white tee."),
    ("chore", "chore jacket", "u", "Canvas Chore Jacket", "chore jacket", "canvas", "solid",
     "tan|navy|olive|black", 2, SAW, "workwear;vintage;minimalist", (85, 130), "knit",
     "garment-dyed cotton canvas", "boxy and hip-length",
     "three patch pockets and a corduroy collar",
     "Wear it over a tee or a hoodie instead of a coat."),
    ("flannel-overshirt", "overshirt", "u", "Heavyweight Flannel Overshirt", "flannel overshirt", "wool;polyester", "plaid",
     "red;black|forest green;black|burgundy;navy", 2, SAW, "grunge;workwear;outdoor;vintage", (75, 110), "edgy",
     "thick brushed wool-blend flannel", "oversized to layer like a jacket",
     "two chest pockets and a quilted lining",
     "Wear it open over a band tee or a hoodie."),
    ("wool-overshirt", "overshirt", "wm", "Wool Overshirt", "wool overshirt", "wool", "solid",
     "charcoal|camel|olive", 2, SAW, "minimalist;workwear;classic", (95, 140), "minimal",
     "boiled wool", "straight and slightly boxy",
     "press-stud fastening and patch pockets",
     "Wear it over a tee or a fine knit as a light jacket."),
    ("suede-jacket", "suede jacket", "wm", "Suede Trucker Jacket", "suede jacket", "suede", "solid",
     "tan|chocolate", 2, SPA, "boho;vintage;date-night", (220, 340), "boho",
     "soft goat suede", "boxy and hip-length",
     "pointed chest flaps and tonal stitching",
     "Wear it with flared jeans or over a floral dress."),
    ("kimono", "kimono", "w", "Fringed Printed Kimono", "fringed kimono", "viscose", "floral",
     "rust;cream|sage;cream|black;gold", 2, SU, "boho;festival", (45, 70), "boho",
     "lightweight viscose", "loose and long, open at the front",
     "a fringed hem and bold floral print",
     "Wear it over shorts and a tank at festivals."),
    ("fleece-jacket", "fleece jacket", "u", "Sherpa Fleece Jacket", "sherpa jacket", "fleece", "solid",
     "cream|tan|forest green", 1, AW, "outdoor;cozy;sporty", (85, 130), "outdoor",
     "deep-pile recycled fleece", "boxy with a high collar",
     "a full zip and nylon-trimmed pockets",
     "Wear it on cold walks or under a shell."),
    ("shell", "shell jacket", "u", "Three-Layer Waterproof Shell", "waterproof shell", "waterproof nylon", "solid",
     "black|forest green|cobalt", 2, SAW, "outdoor;waterproof;sporty", (160, 260), "outdoor",
     "three-layer waterproof nylon", "trim with room for a fleece",
     "taped seams, pit zips and a helmet-compatible hood",
     "Wear it on the trail and in city downpours."),
    ("down-vest", "puffer vest", "u", "Quilted Down Vest", "down vest", "recycled polyester", "solid",
     "black|olive|navy", 2, SAW, "outdoor;preppy;sporty", (85, 130), "outdoor",
     "recycled down fill", "trim to layer over a fleece or shirt",
     "a stand collar and zipped hand pockets",
     "Wear it over a flannel on crisp mornings."),
    ("waxed-jacket", "waxed jacket", "wm", "Waxed Cotton Field Jacket", "waxed field jacket", "waxed cotton", "solid",
     "olive|navy", 2, SAW, "outdoor;classic;vintage;waterproof;preppy", (180, 280), "outdoor",
     "British waxed cotton", "hip-length with room to layer",
     "a corduroy collar, tartan lining and bellows pockets",
     "Wear it with cords and boots for country weekends."),
    ("quilted-jacket", "quilted jacket", "wm", "Diamond Quilted Jacket", "quilted jacket", "nylon", "solid",
     "navy|olive", 2, SAW, "preppy;classic;outdoor", (95, 150), "coastal",
     "lightweight nylon with recycled wadding", "neat and hip-length",
     "diamond quilting and corduroy trims",
     "Wear it over a sweater and chinos."),
    ("track-jacket", "track jacket", "u", "Retro Track Jacket", "track jacket", "polyester", "colour-block",
     "black;white|navy;white|forest green;white", 1, SSA, "sporty;streetwear;90s", (55, 85), "sport",
     "tricot polyester", "slightly cropped with a ribbed hem",
     "contrast panels along the sleeves and a stand collar",
     "Wear it with joggers or leggings."),
    ("faux-fur", "faux fur coat", "w", "Faux Fur Coat", "faux fur coat", "polyester", "solid",
     "black|cream|chocolate", 3, WI, "glam;evening;y2k", (150, 240), "evening",
     "dense, soft faux fur", "relaxed and hip-length",
     "a wide collar and hook-and-eye fastening",
     "Wear it over a sequin dress or jeans and a satin top."),
    # ----------------------------------------------------------------- shoes
    ("leather-sneaker", "sneakers", "u", "Minimal Leather Sneaker", "leather sneakers", "leather;rubber", "solid",
     "white|black|cream", 2, ALL, "minimalist;classic;streetwear", (95, 150), "shoes",
     "smooth full-grain leather", "a slim, low profile",
     "a stitched cupsole and tonal laces",
     "Wear them with everything from tailoring to denim."),
    ("canvas-low", "sneakers", "u", "Canvas Low-Top Sneaker", "canvas sneakers", "canvas;rubber", "solid",
     "white|black|navy", 2, SSA, "classic;vintage;preppy;coastal", (55, 75), "shoes",
     "cotton canvas", "a flat, vulcanised silhouette",
     "a rubber toe cap and cushioned insole",
     "Wear them with shorts, chinos or a sundress."),
    ("canvas-high", "high-top sneakers", "u", "Canvas High-Top Sneaker", "canvas high-tops", "canvas;rubber", "solid",
     "black|cream|burgundy", 2, ALL, "grunge;90s;streetwear;edgy", (60, 80), "shoes",
     "heavy cotton canvas", "a classic high-top shape",
     "a chunky rubber sole and metal eyelets",
     "Wear them with rolled jeans or a slip dress."),
    ("chunky-sneaker", "sneakers", "u", "Chunky Dad Sneaker", "chunky sneakers", "leather;recycled polyester;rubber", "solid",
     "cream|grey|black", 2, ALL, "streetwear;90s;sporty;y2k", (110, 160), "shoes",
     "leather and mesh panels", "a chunky, layered sole",
     "padded collars and reflective details",
     "Wear them with cargos or baggy jeans."),
    ("runner", "running shoes", "u", "Cushioned Running Shoe", "running shoes", "recycled polyester;rubber", "solid",
     "black|grey|cobalt", 1, ALL, "sporty", (110, 160), "sport",
     "engineered recycled knit", "a cushioned neutral ride",
     "a rocker sole and reflective heel tab",
     "Run in them, then wear them for errands."),
    ("platform-sneaker", "sneakers", "w", "Platform Leather Sneaker", "platform sneakers", "leather;rubber", "solid",
     "white|black|silver", 2, ALL, "y2k;streetwear", (95, 140), "shoes",
     "patent and smooth leather", "a flatform with a 5cm sole",
     "a padded tongue and chunky laces",
     "Wear them with mini skirts or flares."),
    ("suede-trainer", "sneakers", "u", "Retro Suede Trainer", "suede trainers", "suede;rubber", "solid",
     "tan|navy|forest green", 2, SSA, "vintage;streetwear;90s", (85, 120), "shoes",
     "soft split suede", "a slim 70s-runner shape",
     "a gum sole and contrast stripe",
     "Wear them with straight jeans or chinos."),
    ("leather-chelsea", "chelsea boots", "wmu", "Leather Chelsea Boot", "leather Chelsea boots", "leather;rubber", "solid",
     "black|chocolate", 3, SAW, "classic;minimalist;edgy;office", (150, 230), "shoes",
     "polished calf leather", "a slim ankle with elastic gussets",
     "a stacked heel and grippy rubber sole",
     "Wear them with trousers, jeans or a midi dress."),
    ("suede-chelsea", "chelsea boots", "wm", "Suede Chelsea Boot", "suede Chelsea boots", "suede;rubber", "solid",
     "tan|chocolate", 3, SPA, "classic;vintage;boho", (140, 210), "shoes",
     "water-repellent suede", "a sleek, slim shape",
     "tonal elastic panels and a leather pull tab",
     "Wear them with chinos or cropped jeans on dry days."),
    ("lug-chelsea", "chelsea boots", "u", "Lug-Sole Chelsea Boot", "lug-sole Chelsea boots", "leather;rubber", "solid",
     "black|chocolate", 2, SAW, "grunge;edgy;minimalist;streetwear", (140, 200), "shoes",
     "oiled leather", "a chunky, slightly rounded shape",
     "a deep-lug commando sole",
     "Wear them with straight jeans or a slip dress."),
    ("combat", "combat boots", "u", "Leather Combat Boot", "combat boots", "leather;rubber", "solid",
     "black|burgundy|chocolate", 2, SAW, "grunge;edgy;90s;streetwear", (130, 190), "shoes",
     "smooth, hard-wearing leather", "an eight-eyelet lace-up shape",
     "a yellow welt stitch and an air-cushioned sole",
     "Wear them with ripped jeans, plaid minis or slip dresses."),
    ("heel-ankle", "ankle boots", "w", "Block-Heel Ankle Boot", "block-heel ankle boots", "leather", "solid",
     "black|chocolate|tan", 3, SAW, "classic;date-night;minimalist", (130, 190), "shoes",
     "soft nappa leather", "a slim ankle and almond toe",
     "a 6cm block heel and side zip",
     "Wear them with jeans, skirts or dresses."),
    ("suede-ankle", "ankle boots", "w", "Suede Slouch Ankle Boot", "suede ankle boots", "suede", "solid",
     "tan|chocolate|grey", 3, SPA, "boho;vintage;classic", (120, 180), "shoes",
     "soft suede", "a slouchy, gathered shaft",
     "a low Cuban heel",
     "Wear them with flared jeans or a floaty dress."),
    ("stiletto-ankle", "ankle boots", "w", "Pointed Stiletto Ankle Boot", "pointed stiletto boots", "leather", "solid",
     "black|burgundy", 4, SAW, "evening;edgy;glam", (150, 220), "shoes",
     "glossy leather", "a sharp pointed toe",
     "a 9cm stiletto heel and inside zip",
     "Wear them with leather trousers or a mini dress."),
    ("knee-boot", "knee-high boots", "w", "Leather Knee-High Boot", "knee-high boots", "leather", "solid",
     "black|chocolate|tan", 3, AW, "classic;vintage;date-night;y2k", (190, 260), "shoes",
     "supple leather", "a slim shaft that sits just below the knee",
     "a 6cm block heel and full-length zip",
     "Wear them with midi skirts, sweater dresses or minis."),
    ("western", "western boots", "u", "Stitched Western Boot", "western boots", "leather", "solid",
     "tan|black|chocolate", 2, SSA, "boho;festival;vintage", (160, 240), "shoes",
     "tooled leather", "a pointed toe and mid-calf shaft",
     "decorative stitching and a stacked Cuban heel",
     "Wear them with denim shorts or a floaty dress."),
    ("hiking-boot", "hiking boots", "u", "Waterproof Trail Boot", "trail boots", "leather;waterproof nylon;rubber", "solid",
     "chocolate|olive|grey", 2, SAW, "outdoor;waterproof", (140, 210), "outdoor",
     "leather and waterproof nylon", "a supportive mid-cut",
     "a waterproof membrane and grippy lugged sole",
     "Wear them on the trail and straight to the pub after."),
    ("rain-boot", "rain boots", "u", "Short Rubber Rain Boot", "rubber rain boots", "rubber", "solid",
     "black|olive|navy", 2, SAW, "waterproof;outdoor;minimalist", (70, 110), "outdoor",
     "natural rubber", "a short, ankle-height shaft",
     "pull tabs and a treaded sole",
     "Wear them with jeans tucked in or cropped trousers."),
    ("snow-boot", "snow boots", "u", "Shearling-Lined Snow Boot", "snow boots", "waterproof nylon;rubber;shearling", "solid",
     "black|tan|cream", 2, WI, "outdoor;cozy;waterproof", (140, 210), "outdoor",
     "waterproof nylon and rubber", "a warm mid-calf shape",
     "a shearling lining and thermal lugged sole",
     "Wear them for snow days and après."),
    ("lined-boot", "snow boots", "u", "Shearling-Lined Lace-Up Boot", "shearling-lined boots", "leather;shearling;rubber", "solid",
     "black|camel", 2, WI, "minimalist;outdoor;cozy", (170, 240), "shoes",
     "waxed leather", "a neat mid-calf lace-up",
     "a full shearling lining and a cleated rubber sole",
     "Wear them through snow, slush and cabin weekends."),
    ("work-boot", "work boots", "u", "Moc-Toe Work Boot", "moc-toe work boots", "leather;rubber", "solid",
     "tan|chocolate|black", 2, SAW, "workwear;vintage;outdoor", (180, 260), "shoes",
     "oil-tanned leather", "a classic 6-inch lace-up",
     "a moc-toe stitch and a white wedge sole",
     "Wear them with carpenter pants or cuffed jeans."),
    ("penny-loafer", "loafers", "wm", "Leather Penny Loafer", "penny loafers", "leather", "solid",
     "black|chocolate|burgundy", 3, ALL, "classic;preppy;office;vintage", (120, 180), "shoes",
     "polished leather", "a classic moccasin shape",
     "a saddle strap with penny slot and a leather sole",
     "Wear them with chinos, jeans or tailoring."),
    ("lug-loafer", "loafers", "w", "Chunky Lug Loafer", "chunky loafers", "leather;rubber", "solid",
     "black|chocolate", 3, ALL, "minimalist;edgy;office", (120, 170), "shoes",
     "brushed leather", "a rounded toe",
     "a chunky lug sole",
     "Wear them with wide trousers or a midi skirt and socks."),
    ("suede-loafer", "loafers", "m", "Suede Tassel Loafer", "suede loafers", "suede", "solid",
     "tan|navy|chocolate", 3, SSA, "classic;coastal;preppy", (120, 180), "shoes",
     "soft suede", "an unlined, slipper-soft build",
     "tassels and a stitched apron",
     "Wear them sockless with linen or chinos."),
    ("horsebit-loafer", "loafers", "wm", "Horsebit Loafer", "horsebit loafers", "leather", "solid",
     "black|chocolate", 4, ALL, "tailored;classic;evening;office", (160, 240), "shoes",
     "polished calf leather", "a slim, elegant last",
     "a metal horsebit and leather sole",
     "Wear them with tailoring or dark denim."),
    ("velvet-slipper", "loafers", "m", "Velvet Slipper Loafer", "velvet slippers", "velvet;leather", "solid",
     "black|burgundy", 5, AW, "evening;glam", (150, 220), "shoes",
     "plush cotton velvet", "a low-cut slipper shape",
     "a quilted lining and leather sole",
     "Wear them with a tuxedo or velvet blazer."),
    ("cap-oxford", "oxford shoes", "m", "Cap-Toe Oxford", "cap-toe oxfords", "leather", "solid",
     "black|chocolate", 4, ALL, "office;tailored;classic", (160, 240), "shoes",
     "burnished calf leather", "a sleek closed-lace last",
     "a cap toe and Goodyear-welted sole",
     "Wear them with suits and wool trousers."),
    ("patent-oxford", "oxford shoes", "m", "Patent Evening Oxford", "patent oxfords", "leather", "solid",
     "black", 5, ALL, "evening;tailored", (180, 260), "shoes",
     "high-shine patent leather", "a slim, plain-toe last",
     "a leather sole and silk laces",
     "Wear them with a tuxedo."),
    ("brogue-w", "oxford shoes", "w", "Leather Oxford Brogue", "leather brogues", "leather", "solid",
     "black|tan|burgundy", 3, ALL, "vintage;preppy;office", (110, 170), "shoes",
     "polished leather", "a low, lace-up shape",
     "brogue punching and a stacked heel",
     "Wear them with cropped trousers and socks."),
    ("derby", "derby shoes", "m", "Leather Derby Shoe", "leather derbies", "leather;rubber", "solid",
     "black|chocolate|tan", 3, ALL, "classic;office;minimalist", (130, 200), "shoes",
     "polished calf leather", "an open-lace, slightly rounded shape",
     "a light commando sole",
     "Wear them with trousers, chinos or dark denim."),
    ("boat-shoe", "boat shoes", "wm", "Leather Boat Shoe", "boat shoes", "leather;rubber", "solid",
     "tan|navy", 2, SS, "coastal;preppy", (85, 125), "coastal",
     "oiled leather", "a classic moccasin shape",
     "360-degree lacing and a siped rubber sole",
     "Wear them sockless with chino shorts."),
    ("ballet-flat", "ballet flats", "w", "Leather Ballet Flat", "ballet flats", "leather", "solid",
     "black|cream|red", 3, SSA, "classic;romantic;office;minimalist", (85, 130), "shoes",
     "soft nappa leather", "a low, rounded toe",
     "a grosgrain bow and padded footbed",
     "Wear them with cropped trousers, jeans or a midi dress."),
    ("mule", "mules", "w", "Square-Toe Leather Mule", "square-toe mules", "leather", "solid",
     "black|tan|cream", 3, SSA, "minimalist;office;classic", (95, 140), "shoes",
     "smooth leather", "a square toe and backless shape",
     "a 5cm block heel",
     "Wear them with wide trousers or a slip dress."),
    ("pump", "pumps", "w", "Pointed Leather Pump", "pointed pumps", "leather", "solid",
     "black|beige|red", 4, ALL, "office;classic;evening;tailored", (110, 170), "shoes",
     "smooth leather", "a pointed toe and low-cut vamp",
     "an 8cm stiletto heel",
     "Wear them with tailoring or dresses."),
    ("satin-pump", "pumps", "w", "Satin Evening Pump", "satin pumps", "satin", "solid",
     "black|silver|burgundy", 5, ALL, "evening;glam", (120, 180), "evening",
     "duchess satin", "a pointed toe",
     "a crystal buckle and 9cm heel",
     "Wear them with gowns and cocktail dresses."),
    ("strappy-heel", "heeled sandals", "w", "Strappy Heeled Sandal", "strappy heeled sandals", "leather", "solid",
     "black|gold|silver", 4, ALL, "evening;glam;date-night", (95, 150), "shoes",
     "fine leather", "barely-there straps",
     "an adjustable ankle strap and a 9cm heel",
     "Wear them with slip dresses and party trousers."),
    ("stiletto-sandal", "heeled sandals", "w", "Satin Stiletto Sandal", "satin stiletto sandals", "satin", "solid",
     "black|gold|silver", 5, ALL, "evening;glam", (130, 190), "evening",
     "satin", "a delicate, strappy shape",
     "a crystal-trimmed toe strap and a 10cm heel",
     "Wear them to black-tie events."),
    ("block-sandal", "heeled sandals", "w", "Block-Heel Sandal", "block-heel sandals", "leather", "solid",
     "tan|black|beige", 3, SS, "classic;romantic;coastal", (85, 130), "shoes",
     "smooth leather", "a square toe and wide straps",
     "a stable 6cm block heel",
     "Wear them to garden parties and beach weddings."),
    ("flat-sandal", "sandals", "w", "Leather Strappy Flat Sandal", "flat leather sandals", "leather", "solid",
     "tan|black|gold", 2, SU, "boho;coastal;minimalist", (55, 90), "shoes",
     "vegetable-tanned leather", "a flat, minimal footbed",
     "slim crossover straps and a buckle",
     "Wear them with everything all summer."),
    ("fisherman", "sandals", "u", "Suede Fisherman Sandal", "fisherman sandals", "suede;rubber", "solid",
     "tan|chocolate", 2, SU, "vintage;coastal;boho", (70, 100), "shoes",
     "soft suede", "a woven, closed-toe shape",
     "a cushioned rubber sole",
     "Wear them with linen and cropped trousers."),
    ("strap-sandal", "sandals", "m", "Leather Strap Sandal", "leather sandals", "leather;rubber", "solid",
     "tan|black|chocolate", 2, SU, "coastal;minimalist;classic", (65, 95), "shoes",
     "oiled leather", "two wide straps over a moulded footbed",
     "adjustable buckles",
     "Wear them with linen shorts or trousers."),
    ("sport-sandal", "sandals", "u", "Trail Sport Sandal", "sport sandals", "nylon;rubber", "solid",
     "black|olive", 1, SU, "sporty;outdoor;festival", (55, 80), "outdoor",
     "recycled webbing", "a secure, adjustable fit",
     "a grippy rubber sole and heel strap",
     "Wear them for festivals, lakes and long summer walks."),
    ("slide", "slides", "u", "Moulded Pool Slide", "pool slides", "rubber", "solid",
     "black|white|sage", 1, SU, "sporty;streetwear", (28, 42), "sport",
     "soft moulded rubber", "a chunky, cushioned slide",
     "a contoured footbed",
     "Wear them to the beach or gym."),
    ("espadrille", "espadrilles", "wm", "Canvas Espadrille", "canvas espadrilles", "canvas;jute", "solid",
     "navy|cream|black", 2, SS, "coastal;boho;classic", (45, 68), "coastal",
     "cotton canvas", "a flat, slip-on shape",
     "a hand-stitched jute sole",
     "Wear them with linen and shorts on holiday."),
    ("wedge-espadrille", "espadrilles", "w", "Wedge Espadrille", "wedge espadrilles", "canvas;jute", "solid",
     "beige|black|tan", 3, SS, "coastal;romantic;classic", (65, 95), "coastal",
     "cotton canvas", "a lace-up ankle tie",
     "a 7cm braided jute wedge",
     "Wear them with summer dresses to outdoor weddings."),
    ("slipper", "slippers", "u", "Shearling House Slipper", "shearling slippers", "suede;shearling", "solid",
     "tan|grey|cream", 1, ALL, "cozy", (55, 85), "knit",
     "suede with a shearling lining", "a soft, backless scuff",
     "a light rubber outsole",
     "Wear them around the house all year."),
    # ----------------------------------------------------------- accessories
    ("canvas-tote", "tote bag", "u", "Heavy Canvas Tote", "canvas tote", "canvas", "solid",
     "cream|black|navy", 2, ALL, "workwear;minimalist;coastal;classic", (35, 55), "knit",
     "16oz cotton canvas", "a roomy, laptop-sized body",
     "leather handles and an inside pocket",
     "Carry it every day."),
    ("leather-tote", "tote bag", "w", "Structured Leather Tote", "leather tote", "leather", "solid",
     "black|tan|chocolate", 3, ALL, "office;minimalist;classic", (150, 240), "jewellery",
     "smooth full-grain leather", "a structured, laptop-sized shape",
     "a zipped inner pocket and flat shoulder straps",
     "Carry it to the office."),
    ("work-tote", "tote bag", "mu", "Leather Work Tote", "leather work tote", "leather", "solid",
     "black|chocolate", 3, ALL, "office;minimalist;classic", (160, 240), "jewellery",
     "pebbled leather", "a squared-off shape with a laptop sleeve",
     "a magnetic closure and long handles",
     "Carry it to work over one shoulder."),
    ("straw-tote", "tote bag", "w", "Woven Straw Tote", "straw tote", "straw;leather", "solid",
     "tan|cream", 2, SU, "coastal;boho", (45, 75), "coastal",
     "hand-woven straw", "a roomy, slouchy shape",
     "leather handles and a drawstring liner",
     "Carry it to the beach or market."),
    ("camera-bag", "crossbody bag", "w", "Leather Camera Crossbody", "leather crossbody", "leather", "solid",
     "black|tan|burgundy", 2, ALL, "classic;minimalist;date-night", (85, 130), "jewellery",
     "pebbled leather", "a compact shape and an adjustable strap",
     "a front zip pocket and gold-tone hardware",
     "Wear it across the body on busy days."),
    ("sling", "crossbody bag", "u", "Nylon Sling Bag", "nylon sling bag", "nylon", "solid",
     "black|olive|silver", 2, ALL, "streetwear;sporty;outdoor", (38, 55), "street",
     "recycled ripstop nylon", "a small shape that sits at chest height",
     "a quick-release buckle and zipped main pocket",
     "Wear it across the chest at festivals or in the city."),
    ("fringe-bag", "crossbody bag", "w", "Fringed Suede Crossbody", "fringed suede bag", "suede", "solid",
     "tan|chocolate", 2, SSA, "boho;festival;vintage", (65, 95), "boho",
     "soft suede", "a small pouch shape",
     "long fringing and a braided strap",
     "Wear it with festival denim."),
    ("baguette", "shoulder bag", "w", "Baguette Shoulder Bag", "baguette bag", "leather", "solid",
     "black|silver|lilac", 3, ALL, "y2k;glam;date-night", (75, 120), "jewellery",
     "glossy leather", "a small shape that tucks under the arm",
     "a short shoulder strap and a flap closure",
     "Wear it with minis and going-out tops."),
    ("hobo", "shoulder bag", "w", "Slouchy Leather Hobo", "slouchy hobo bag", "leather", "solid",
     "black|chocolate|camel", 3, ALL, "minimalist;classic;date-night", (140, 220), "jewellery",
     "soft nappa leather", "a slouchy, medium-sized shape",
     "a knotted strap and zipped top",
     "Carry it every day over one shoulder."),
    ("satin-clutch", "clutch", "w", "Satin Evening Clutch", "satin clutch", "satin", "solid",
     "black|gold|silver", 5, ALL, "evening;glam", (55, 90), "evening",
     "duchess satin", "a small, structured frame",
     "a crystal clasp and detachable chain",
     "Carry it to black-tie events."),
    ("envelope-clutch", "clutch", "w", "Leather Envelope Clutch", "envelope clutch", "leather", "solid",
     "black|beige|tan", 4, ALL, "evening;classic;minimalist", (65, 110), "jewellery",
     "smooth leather", "a slim envelope shape",
     "a magnetic flap",
     "Carry it to weddings and dinners."),
    ("rolltop", "backpack", "u", "Roll-Top Backpack", "roll-top backpack", "waterproof nylon", "solid",
     "black|olive|mustard", 2, ALL, "outdoor;waterproof;streetwear;minimalist", (85, 130), "outdoor",
     "waterproof nylon", "a 20L roll-top",
     "a padded laptop sleeve and chest strap",
     "Carry it on rainy commutes and hikes."),
    ("leather-backpack", "backpack", "u", "Leather Backpack", "leather backpack", "leather", "solid",
     "black|tan", 3, ALL, "classic;minimalist;preppy", (180, 260), "jewellery",
     "vegetable-tanned leather", "a slim, structured shape",
     "a flap top and laptop sleeve",
     "Carry it to class or the office."),
    ("leather-belt", "belt", "u", "Leather Belt", "leather belt", "leather", "solid",
     "black|chocolate|tan", 3, ALL, "classic;office;minimalist", (45, 75), "jewellery",
     "bridle leather", "a 3cm strap",
     "a brushed metal buckle",
     "Wear it with trousers and jeans."),
    ("western-belt", "belt", "wu", "Western Buckle Belt", "western belt", "leather", "solid",
     "tan|black", 2, ALL, "boho;festival", (45, 70), "boho",
     "tooled leather", "a 4cm strap",
     "an engraved buckle",
     "Wear it with jeans and boots."),
    ("studded-belt", "belt", "u", "Studded Leather Belt", "studded belt", "leather", "solid",
     "black", 2, ALL, "grunge;edgy;y2k;90s", (40, 60), "edgy",
     "thick leather", "a wide strap",
     "pyramid studs",
     "Wear it with low-slung jeans."),
    ("beanie", "beanie", "u", "Ribbed Wool Beanie", "ribbed beanie", "wool", "solid",
     "black|charcoal|cream|forest green|rust", 2, AW, "cozy;grunge;streetwear;outdoor", (25, 38), "knit",
     "chunky merino", "a cuffed, close fit",
     "a deep turn-up",
     "Pull it on for cold walks."),
    ("cap", "cap", "u", "Washed Cotton Cap", "cotton cap", "cotton", "solid",
     "black|navy|beige|olive", 2, SSA, "sporty;streetwear;preppy;coastal", (25, 35), "street",
     "washed cotton twill", "a curved brim",
     "a brass buckle strap",
     "Wear it on sunny days."),
    ("bucket", "bucket hat", "u", "Cotton Bucket Hat", "bucket hat", "cotton", "solid",
     "black|cream|denim blue", 2, SU, "festival;streetwear;90s;y2k", (25, 38), "street",
     "cotton twill", "a short, floppy brim",
     "eyelets for airflow",
     "Wear it at festivals and on the beach."),
    ("sun-hat", "sun hat", "wu", "Wide-Brim Straw Hat", "straw sun hat", "straw", "solid",
     "tan|cream", 2, SU, "coastal;boho;romantic", (35, 65), "coastal",
     "packable paper straw", "a wide, floppy brim",
     "a grosgrain band",
     "Wear it to the beach and the market."),
    ("wool-scarf", "scarf", "u", "Lambswool Scarf", "lambswool scarf", "wool", "solid",
     "camel|grey|burgundy|forest green", 2, AW, "cozy;classic;preppy;minimalist", (35, 60), "knit",
     "soft lambswool", "a generous length that wraps twice",
     "fringed ends",
     "Wrap it over your coat."),
    ("silk-scarf", "scarf", "w", "Silk Square Scarf", "silk scarf", "silk", "floral",
     "navy;cream|burgundy;gold", 3, ALL, "classic;vintage;romantic;office", (45, 75), "jewellery",
     "silk twill", "a 70cm square",
     "hand-rolled edges and a vintage floral print",
     "Tie it at the neck or on your bag."),
    ("gold-chain", "necklace", "w", "Fine Gold Chain Necklace", "gold chain", "gold-plated brass", "solid",
     "gold", 3, ALL, "minimalist;classic;date-night", (35, 65), "jewellery",
     "18k gold-plated brass", "a fine 45cm chain",
     "a lobster clasp",
     "Wear it alone or layered."),
    ("silver-pendant", "necklace", "wu", "Sterling Silver Pendant", "silver pendant", "sterling silver", "solid",
     "silver", 3, ALL, "minimalist;classic;edgy", (45, 85), "jewellery",
     "recycled sterling silver", "a 50cm chain",
     "a small brushed disc pendant",
     "Wear it every day."),
    ("pearl-necklace", "necklace", "w", "Pearl Drop Necklace", "pearl drop necklace", "pearl;gold-plated brass", "solid",
     "gold", 4, ALL, "romantic;classic;evening", (60, 110), "jewellery",
     "freshwater pearl on gold-plated brass", "a 42cm fine chain",
     "a single baroque pearl drop",
     "Wear it with a neckline that lets it sit."),
    ("coin-necklace", "necklace", "w", "Layered Coin Necklace", "layered coin necklace", "gold-plated brass", "solid",
     "gold", 2, ALL, "boho;festival", (30, 50), "boho",
     "gold-plated brass", "two layered chains",
     "hammered coin charms",
     "Wear it with open necklines."),
    ("chain-choker", "necklace", "u", "Chunky Chain Choker", "chain choker", "sterling silver", "solid",
     "silver", 2, ALL, "grunge;edgy;90s;y2k;streetwear", (40, 70), "edgy",
     "sterling-silver-plated brass", "a short, chunky chain",
     "a toggle clasp",
     "Wear it with tees and leather."),
    ("gold-hoops", "earrings", "w", "Gold Hoop Earrings", "gold hoops", "gold-plated brass", "solid",
     "gold", 3, ALL, "classic;minimalist;date-night", (30, 55), "jewellery",
     "18k gold-plated brass", "a 25mm hoop",
     "a hinged click-top",
     "Wear them every day."),
    ("silver-huggies", "earrings", "w", "Silver Huggie Hoops", "silver huggies", "sterling silver", "solid",
     "silver", 2, ALL, "minimalist;edgy;classic", (28, 48), "jewellery",
     "recycled sterling silver", "a small hoop that hugs the lobe",
     "a chunky, rounded profile",
     "Wear them every day."),
    ("crystal-drops", "earrings", "w", "Crystal Drop Earrings", "crystal drop earrings", "sterling silver", "solid",
     "silver", 5, ALL, "evening;glam", (55, 120), "evening",
     "rhodium-plated sterling silver", "a 6cm drop",
     "hand-set crystals",
     "Wear them with evening wear."),
    ("pearl-studs", "earrings", "w", "Pearl Stud Earrings", "pearl studs", "pearl;sterling silver", "solid",
     "silver", 4, ALL, "classic;office;romantic", (35, 65), "jewellery",
     "freshwater pearl on sterling silver", "a small, round stud",
     "butterfly backs",
     "Wear them to work and weddings."),
    ("sculpt-earrings", "earrings", "w", "Sculptural Gold Earrings", "sculptural gold earrings", "gold-plated brass", "solid",
     "gold", 3, ALL, "glam;minimalist;evening;date-night", (45, 85), "jewellery",
     "gold-plated brass", "a bold, molten shape",
     "a lightweight hollow build",
     "Wear them with black."),
    ("bar-earrings", "earrings", "w", "Silver Bar Drop Earrings", "silver bar earrings", "sterling silver", "solid",
     "silver", 4, ALL, "minimalist;evening;classic", (45, 80), "jewellery",
     "polished sterling silver", "a slim 4cm drop",
     "a single brushed bar on a fine hook",
     "Wear them with a high neckline or hair up."),
    ("acetate-sunglasses", "sunglasses", "u", "Classic Acetate Sunglasses", "acetate sunglasses", "acetate", "solid",
     "black|brown", 2, SSA, "classic;coastal;minimalist", (55, 120), "jewellery",
     "Italian acetate", "a classic square frame",
     "UV400 lenses",
     "Wear them all summer."),
    ("tinted-sunglasses", "sunglasses", "w", "Tinted Oval Sunglasses", "tinted oval sunglasses", "acetate", "solid",
     "lilac|sky blue|black", 2, SU, "y2k;festival;90s", (35, 60), "street",
     "thin metal and acetate", "a small oval frame",
     "tinted lenses",
     "Wear them to festivals."),
    ("aviators", "sunglasses", "u", "Metal Aviator Sunglasses", "aviators", "stainless steel", "solid",
     "gold|silver", 2, SSA, "classic;festival;vintage", (65, 120), "jewellery",
     "lightweight stainless steel", "a classic teardrop frame",
     "gradient lenses",
     "Wear them for road trips."),
    ("silk-tie", "tie", "m", "Silk Tie", "silk tie", "silk", "solid",
     "navy|burgundy|black|forest green", 4, ALL, "office;tailored;classic", (45, 75), "tailoring",
     "Italian silk twill", "a 7cm blade",
     "hand-rolled edges",
     "Wear it with a dress shirt."),
    ("bow-tie", "bow tie", "m", "Silk Bow Tie", "silk bow tie", "silk", "solid",
     "black|navy|burgundy", 5, ALL, "evening;tailored", (45, 70), "evening",
     "silk grosgrain", "a self-tie shape",
     "an adjustable band",
     "Wear it with a tuxedo."),
    ("watch", "watch", "u", "Minimal Leather-Strap Watch", "leather-strap watch", "stainless steel;leather", "solid",
     "silver|gold", 3, ALL, "minimalist;classic;office", (120, 220), "jewellery",
     "brushed stainless steel", "a 38mm case",
     "a calf-leather strap and sapphire crystal",
     "Wear it every day."),
]

# ---------------------------------------------------------------------------
# Palettes used by the archetypes
# ---------------------------------------------------------------------------
P_NEUTRAL = NEUTRALS
P_DARK = ["black", "charcoal", "grey", "navy", "denim blue", "brown",
          "chocolate", "olive", "burgundy", "forest green"]
P_LIGHT = ["white", "ivory", "cream", "beige", "camel", "tan", "grey",
           "navy", "denim blue", "black", "brown", "olive"]
P_EARTH = ["cream", "ivory", "beige", "camel", "tan", "brown", "chocolate",
           "olive", "rust", "mustard", "forest green", "burgundy", "navy",
           "charcoal", "black", "grey", "denim blue"]
P_PASTEL = ["sky blue", "sage", "blush", "lilac"]
P_JEWEL = ["burgundy", "forest green", "cobalt", "red"]
P_MINIMAL = ["black", "white", "ivory", "cream", "beige", "camel", "grey",
             "charcoal", "navy"]
P_WEDDING_GUEST = ["sky blue", "sage", "blush", "lilac", "cobalt", "mustard",
                   "rust", "navy", "beige", "tan", "camel", "grey", "charcoal",
                   "chocolate", "brown", "gold", "silver", "denim blue"]

# ---------------------------------------------------------------------------
# Style archetypes (vibe themes)
# ---------------------------------------------------------------------------
# Each archetype is a dict:
#   id, theme, occasion
#   depts        departments this theme is styled for
#   seasons      seasons a look can be set in (["any"] = season-agnostic)
#   weather      "" | "rain" | "cold" | "hot"  (see the weather rules)
#   formality    (lo, hi) for clothing and shoes; accessories may sit one step outside
#   palette      every colour of every item must be in it (house lookbook)
#   tags         every item must carry at least one of these style tags (house lookbook)
#   slots        allowed product types per slot; no "dress" key = no dress looks
#   outer        "required" | "none" | probability, or a per-department dict
#   acc          (min, max) accessories
#   p_dress      chance a women's look is built around a dress
#   max_patterns max number of non-solid items (default 1)
#   forbid_*     types / materials / patterns / colours that are never allowed
#   nord         optional slot override used by the Studio Nord lookbook
#   house_n, nord_n  first-round looks per lookbook (the second round adds up to ADDED_ROUNDS times as many)
#   vibes        shopper phrasings used as the look's vibe
#   alts         different phrasings used only as paraphrases
#   moods, reasons, nord_lines  fragments for stylist notes
ARCHETYPES = [
    dict(id="grunge-coffee", theme="90s grunge coffee date", occasion="coffee date",
         depts=["women", "men", "unisex"], seasons=["autumn", "winter", "spring"], weather="",
         formality=(2, 2), palette=P_DARK + ["white", "red", "mustard"],
         tags=["grunge", "90s", "edgy"],
         slots=dict(top=["t-shirt", "long-sleeve tee", "sweater", "flannel shirt", "cardigan"],
                    bottom=["jeans", "skirt"], dress=["slip dress"],
                    outerwear=["overshirt", "leather jacket", "denim jacket"],
                    shoes=["combat boots", "high-top sneakers", "chelsea boots"],
                    accessory=["beanie", "necklace", "belt"]),
         outer=0.65, acc=(0, 1), p_dress=0.3, max_patterns=2, nord_formality=(2, 3),
         nord=dict(top=["t-shirt", "sweater", "turtleneck"], bottom=["jeans"],
                   outerwear=["leather jacket", "overshirt", "wool coat"],
                   shoes=["chelsea boots", "combat boots"], accessory=["necklace", "beanie"]),
         house_n=5, nord_n=3, budget=True,
         vibes=["90s grunge coffee date", "grungy outfit for a coffee date",
                "coffee with someone cute, 90s grunge vibes", "kurt cobain-ish look for a first coffee date",
                "thrift-store grunge for meeting up at a cafe"],
         alts=["grunge-y coffee run with a 90s feel", "coffee date with a nineties grunge edge",
               "flannel-and-boots look for meeting a date at a cafe", "slouchy 90s outfit for a casual coffee date",
               "seattle-in-1993 energy for a latte date", "a dark, undone look for a first coffee"],
         moods=["slouchy and properly 90s", "dark, easy and a little undone", "lived-in without looking sloppy"],
         reasons=["it can handle the walk to the café", "nothing here is precious, so spill the latte",
                  "it reads effortless across a small café table"],
         nord_lines=["Grunge, reduced to its silhouette.", "Worn, considered, quiet.",
                     "The attitude stays; the noise goes."]),
    dict(id="office-rain", theme="minimalist office on a rainy day", occasion="office",
         depts=["women", "men"], seasons=["spring", "autumn"], weather="rain",
         formality=(3, 4), palette=P_MINIMAL + ["chocolate"],
         tags=["minimalist", "office", "tailored", "classic"],
         slots=dict(top=["shirt", "blouse", "sweater", "turtleneck", "dress shirt"],
                    bottom=["trousers"], dress=["shirt dress", "midi dress"],
                    outerwear=["trench coat", "raincoat"],
                    shoes=["chelsea boots", "ankle boots", "derby shoes"],
                    accessory=["tote bag", "watch", "backpack"]),
         outer="required", acc=(0, 1), p_dress=0.2,
         forbid_patterns=["graphic", "floral", "animal print"],
         house_n=4, nord_n=3,
         vibes=["minimalist office on a rainy day", "clean office look when it's pouring",
                "rainy monday at the office, keep it simple", "minimal work outfit for a wet commute",
                "office day, rain forecast all day"],
         alts=["simple, polished workwear that can take a downpour", "understated office outfit for drizzly weather",
               "getting to the office dry but still looking sharp", "pared-back work look for a wet grey day",
               "no-fuss office clothes for a rainy commute"],
         moods=["clean and quietly sharp", "polished without any fuss", "minimal and very put-together"],
         reasons=["the coat takes the rain so nothing underneath has to", "nothing here minds a puddle on the way in",
                  "it still looks crisp once the coat comes off at your desk"],
         nord_lines=["Rain is weather, not an excuse.", "A few tones, one clean line.",
                     "Protected, precise, unhurried."]),
    dict(id="business-casual", theme="business casual office day", occasion="office",
         depts=["women", "men"], seasons=["any"], weather="",
         formality=(3, 4), palette=P_NEUTRAL + ["sky blue", "burgundy", "sage", "blush", "forest green"],
         tags=["office", "classic", "tailored", "minimalist", "preppy"],
         slots=dict(top=["shirt", "blouse", "sweater", "turtleneck", "polo shirt", "dress shirt"],
                    bottom=["trousers", "chinos", "skirt"], dress=["shirt dress", "midi dress", "wrap dress"],
                    outerwear=["blazer"],
                    shoes=["loafers", "ballet flats", "pumps", "oxford shoes", "derby shoes", "mules", "chelsea boots"],
                    accessory=["tote bag", "belt", "watch", "earrings", "necklace"]),
         outer=0.5, acc=(0, 1), p_dress=0.3,
         forbid_types=["shorts", "t-shirt", "hoodie"], forbid_patterns=["graphic", "animal print"],
         house_n=4, nord_n=2,
         vibes=["business casual for the office", "what to wear to work when business casual is the rule",
                "smart office outfit, not a full suit", "everyday office look, polished",
                "business casual, new job week one"],
         alts=["work clothes that are smart but not stuffy", "a polished everyday look for the office",
               "office-appropriate but relaxed, no suit", "smart-casual workwear for a normal day at the office",
               "professional without going full corporate"],
         moods=["smart but relaxed", "polished in an everyday way", "professional without the stiffness"],
         reasons=["it works for a 9am meeting and a desk lunch alike", "everything can stay on from the commute to the 5pm call",
                  "it reads capable, not corporate"],
         nord_lines=["Work clothes should disappear into the work.", "A uniform, not a costume.",
                     "Considered enough for any meeting."]),
    dict(id="corporate-interview", theme="corporate job interview", occasion="interview",
         depts=["women", "men"], seasons=["any"], weather="",
         formality=(3, 4), palette=["black", "white", "ivory", "grey", "charcoal", "navy", "sky blue",
                                   "camel", "beige", "burgundy", "silver", "gold", "chocolate"],
         tags=["office", "tailored", "classic", "minimalist"],
         slots=dict(top=["shirt", "blouse", "dress shirt", "turtleneck"],
                    bottom=["trousers", "skirt"], dress=["midi dress"],
                    outerwear=["blazer"],
                    shoes=["pumps", "loafers", "oxford shoes", "derby shoes"],
                    accessory=["tie", "tote bag", "watch", "earrings"]),
         outer="required", acc=(0, 1), p_dress=0.15,
         forbid_materials=["denim", "suede"], forbid_patterns=["graphic", "floral", "plaid", "animal print"],
         forbid_types=["sneakers", "chinos"],
         house_n=4, nord_n=3,
         vibes=["job interview at a bank", "corporate interview outfit",
                "final-round interview at a law firm", "interview at a big consulting firm",
                "what to wear to a formal job interview"],
         alts=["suit-level outfit for a serious interview", "conservative, sharp look for meeting a hiring panel",
               "formal interview clothes that say I'm ready for the job", "polished tailoring for a corporate interview",
               "looking trustworthy and sharp for an interview downtown"],
         moods=["sharp and reassuringly conservative", "tailored and confident", "quietly authoritative"],
         reasons=["nothing distracts from what you say", "it reads prepared from the first handshake",
                  "the blazer does the heavy lifting"],
         nord_lines=["Nothing to distract from the answer.", "Precision you can sit still in.",
                     "Quiet authority, cut well."]),
    dict(id="startup-interview", theme="job interview at a tech startup", occasion="interview",
         depts=["women", "men"], seasons=["any"], weather="",
         formality=(2, 3), palette=P_NEUTRAL + ["sage", "sky blue", "rust", "forest green"],
         tags=["minimalist", "classic", "office", "preppy"],
         slots=dict(top=["t-shirt", "shirt", "sweater", "polo shirt", "turtleneck"],
                    bottom=["jeans", "chinos", "trousers"], dress=["shirt dress"],
                    outerwear=["blazer", "overshirt", "bomber jacket", "chore jacket"],
                    shoes=["sneakers", "loafers", "derby shoes", "chelsea boots", "ballet flats"],
                    accessory=["tote bag", "backpack", "watch"]),
         outer=0.5, acc=(0, 1), p_dress=0.1,
         forbid_patterns=["graphic", "floral", "animal print", "plaid"],
         house_n=4, nord_n=2,
         vibes=["job interview at a tech startup", "startup interview, smart casual",
                "interviewing at a tech company where everyone wears hoodies",
                "product designer interview at a startup", "tech interview, don't want to look overdressed"],
         alts=["smart-casual look for meeting a startup team", "put-together but relaxed outfit for a tech interview",
               "interview clothes for a casual tech office", "not-a-suit interview outfit for a young company",
               "clean, modern look for interviewing at a scale-up"],
         moods=["relaxed but clearly considered", "modern and easy", "clean without trying too hard"],
         reasons=["you'll fit the room without disappearing in it", "it says competent, not corporate",
                  "it works for a whiteboard session or a coffee chat"],
         nord_lines=["Effort, without the suit.", "Clean lines, nothing extra.",
                     "Modern, and a little serious."]),
    dict(id="wine-bar-date", theme="first date at a wine bar", occasion="date night",
         depts=["women", "men"], seasons=["spring", "autumn", "winter"], weather="",
         formality=(2, 3), palette=P_NEUTRAL + ["burgundy", "forest green", "rust", "blush", "red", "gold", "silver"],
         tags=["date-night", "romantic", "classic", "minimalist", "edgy"],
         slots=dict(top=["blouse", "camisole", "sweater", "shirt", "polo shirt", "turtleneck"],
                    bottom=["jeans", "trousers", "skirt"], dress=["slip dress", "wrap dress", "midi dress"],
                    outerwear=["leather jacket", "blazer", "wool coat", "suede jacket", "overshirt"],
                    shoes=["ankle boots", "mules", "chelsea boots", "loafers", "knee-high boots"],
                    accessory=["earrings", "necklace", "crossbody bag", "shoulder bag", "watch"]),
         outer=0.6, acc=(0, 2), p_dress=0.35,
         forbid_types=["hoodie", "sneakers", "shorts"], forbid_patterns=["graphic"],
         house_n=4, nord_n=3,
         vibes=["first date at a wine bar", "wine bar date, want to look effortless",
                "drinks date on a tuesday night", "second date, natural wine place",
                "first date, small bar, candles"],
         alts=["low-key but flattering outfit for drinks with a date", "date night at a cosy wine bar",
               "looking good without trying too hard for a first date", "outfit for meeting a date for a glass of wine",
               "relaxed date-night look for a dim little bar"],
         moods=["easy, warm and a bit flirtatious", "relaxed but clearly chosen with care", "soft, confident and low-key"],
         reasons=["it looks great in low candlelight", "you can perch on a bar stool all night in it",
                  "it's dressy enough for a nice bar without looking like you tried too hard"],
         nord_lines=["Warm light suits a quiet palette.", "Soft textures, clear lines.",
                     "Intimate, not obvious."]),
    dict(id="gallery-opening", theme="gallery opening", occasion="art event",
         depts=["women", "men"], seasons=["any"], weather="",
         formality=(3, 4), palette=["black", "white", "ivory", "cream", "grey", "charcoal", "silver", "cobalt", "camel", "chocolate"],
         tags=["minimalist", "edgy", "tailored"],
         slots=dict(top=["t-shirt", "turtleneck", "shirt", "blouse", "sweater"],
                    bottom=["trousers", "jeans", "skirt"], dress=["slip dress", "midi dress", "shirt dress"],
                    outerwear=["blazer", "leather jacket", "wool coat"],
                    shoes=["loafers", "chelsea boots", "mules", "derby shoes", "sneakers"],
                    accessory=["earrings", "necklace", "shoulder bag", "tote bag"]),
         outer=0.5, acc=(0, 1), p_dress=0.3,
         forbid_patterns=["floral", "plaid", "check", "animal print", "polka dot", "graphic"],
         house_n=4, nord_n=3,
         vibes=["gallery opening", "art gallery opening, friday night",
                "private view at a contemporary gallery", "going to an art opening, want to look interesting",
                "gallery vernissage in the city"],
         alts=["what to wear to an art show opening", "cool, arty outfit for a gallery night",
               "something sharp and a bit artistic for an exhibition launch", "monochrome look for a gallery party",
               "evening at an exhibition opening"],
         moods=["sharp, monochrome and a little severe", "quietly interesting", "art-crowd cool without the costume"],
         reasons=["it lets the work on the walls be the colour in the room", "it photographs well under gallery lights",
                  "you'll look like you belong by the wine table"],
         nord_lines=["Let the walls hold the colour.", "Everything at full attention.",
                     "Form first, always."]),
    dict(id="beach-wedding", theme="beach wedding guest", occasion="wedding",
         depts=["women", "men"], seasons=["summer"], weather="hot",
         formality=(3, 4), palette=P_WEDDING_GUEST,
         tags=["romantic", "coastal", "classic", "evening", "tailored"],
         slots=dict(top=["shirt"], bottom=["trousers"], dress=["midi dress", "maxi dress", "slip dress", "wrap dress"],
                    outerwear=["blazer"],
                    shoes=["heeled sandals", "espadrilles", "loafers"],
                    accessory=["clutch", "earrings", "necklace", "sunglasses", "watch"]),
         outer={"men": 0.6, "women": "none"}, acc=(1, 2), p_dress=1.0,
         forbid_materials=["denim", "wool", "velvet"], forbid_types=["sneakers", "chelsea boots"],
         forbid_colours=["white", "ivory", "cream"],
         house_n=4, nord_n=3,
         vibes=["beach wedding guest", "wedding on the beach in july, what do I wear",
                "guest at a seaside wedding", "barefoot-ish beach wedding, dress code cocktail",
                "wedding guest outfit for a ceremony on the sand"],
         alts=["breezy but dressy look for a wedding by the sea", "what to wear as a guest at a coastal wedding",
               "summer wedding on a beach, smart but light", "elegant, heat-friendly outfit for a beach ceremony",
               "seaside wedding attire for a guest"],
         moods=["light, breezy and still properly dressed", "elegant but never stuffy", "summery and celebratory"],
         reasons=["it breathes in the heat and moves in the sea breeze", "the shoes won't sink into the sand",
                  "it's dressy enough for photos but relaxed enough for dancing"],
         nord_lines=["Air, ease and restraint.", "Long lines, calm colours.",
                     "Elegance that respects the heat."]),
    dict(id="black-tie", theme="black-tie gala", occasion="formal event",
         depts=["women", "men"], seasons=["any"], weather="",
         formality=(4, 5), palette=["black", "navy", "burgundy", "forest green", "red", "gold", "silver", "white", "ivory"],
         tags=["evening", "glam", "classic"],
         slots=dict(top=["dress shirt"], bottom=["trousers"], dress=["evening gown"],
                    outerwear=["tuxedo jacket"],
                    shoes=["pumps", "heeled sandals", "oxford shoes", "loafers"],
                    accessory=["clutch", "bow tie", "earrings", "necklace", "watch"]),
         outer={"men": "required", "women": "none"}, acc=(1, 2), p_dress=1.0,
         forbid_types=["sneakers", "sandals"], forbid_materials=["denim", "linen", "canvas"],
         forbid_patterns=["floral", "plaid", "check", "graphic", "striped", "animal print"],
         nord=dict(top=["dress shirt"], bottom=["trousers"], dress=["evening gown"], outerwear=["tuxedo jacket"],
                   shoes=["pumps", "oxford shoes", "loafers", "heeled sandals"],
                   accessory=["earrings", "bow tie", "watch"]),
         house_n=4, nord_n=3,
         vibes=["black tie gala", "black-tie charity ball", "formal gala, dress code black tie",
                "opera gala night", "black tie wedding reception"],
         alts=["the most formal outfit for an evening gala", "evening dress code: black tie",
               "what to wear to a formal ball", "full evening wear for a gala dinner",
               "tuxedo-or-gown level event"],
         moods=["properly formal and quietly glamorous", "classic and impeccably finished", "polished to the last detail"],
         reasons=["it meets a black-tie dress code without a single question", "it will look right in every photograph",
                  "the details carry it from dinner to the dance floor"],
         nord_lines=["Formality, stripped to its essentials.", "Perfect proportions, nothing more.",
                     "The most formal thing is restraint."]),
    dict(id="cocktail-party", theme="cocktail party", occasion="party",
         depts=["women", "men"], seasons=["any"], weather="",
         formality=(4, 4), palette=["black", "navy", "burgundy", "forest green", "red", "cobalt", "blush", "gold",
                                   "silver", "ivory", "white", "charcoal", "grey", "sage", "sky blue"],
         tags=["glam", "evening", "classic", "tailored", "date-night", "romantic"],
         slots=dict(top=["dress shirt", "blouse", "camisole"], bottom=["trousers", "skirt"],
                    dress=["mini dress", "midi dress", "slip dress", "wrap dress", "jumpsuit"],
                    outerwear=["blazer"],
                    shoes=["pumps", "heeled sandals", "loafers", "oxford shoes", "ankle boots"],
                    accessory=["clutch", "earrings", "necklace", "tie", "watch"]),
         outer={"men": 0.8, "women": 0.2}, acc=(1, 2), p_dress=0.65,
         forbid_types=["sneakers", "jeans"], forbid_patterns=["graphic", "plaid"],
         house_n=4, nord_n=3,
         vibes=["cocktail party", "cocktail attire party on saturday",
                "friend's 30th, dress code cocktail", "work cocktail reception downtown",
                "rooftop cocktail party"],
         alts=["dressy-but-not-gala outfit for cocktails", "what counts as cocktail attire",
               "party outfit for an evening drinks reception", "smart evening look for a cocktail do",
               "something chic for a cocktail hour"],
         moods=["dressy, polished and fun", "sleek with a bit of shine", "festive but grown-up"],
         reasons=["it hits cocktail dress code right on the nose", "you can hold a glass and mingle comfortably",
                  "it looks sharp under evening lights"],
         nord_lines=["Dressed up, never loud.", "Evening clothes with clean edges.",
                     "Polish, without noise."]),
    dict(id="nye-party", theme="new year's eve party", occasion="party",
         depts=["women", "men"], seasons=["winter"], weather="",
         formality=(3, 4), palette=["black", "gold", "silver", "burgundy", "red", "forest green", "charcoal",
                                   "ivory", "white", "navy", "cream"],
         tags=["glam", "evening", "edgy", "date-night", "tailored"],
         slots=dict(top=["sequin top", "camisole", "blouse", "dress shirt", "turtleneck", "corset top"],
                    bottom=["trousers", "skirt"], dress=["mini dress", "slip dress", "midi dress"],
                    outerwear=["blazer", "faux fur coat", "wool coat"],
                    shoes=["pumps", "heeled sandals", "ankle boots", "chelsea boots", "loafers"],
                    accessory=["clutch", "earrings", "necklace", "shoulder bag"]),
         outer=0.6, acc=(1, 2), p_dress=0.55, season_in_text=True,
         forbid_types=["sneakers", "jeans"], forbid_patterns=["graphic", "plaid", "floral"],
         house_n=4, nord_n=2,
         vibes=["new year's eve party", "NYE party, want some sparkle",
                "new years eve at a friend's loft", "countdown party on the 31st",
                "glam outfit for new year's eve"],
         alts=["something festive and shiny for ringing in the new year", "party look for december 31st",
               "ringing in the new year in style", "sparkly outfit for a midnight countdown",
               "dressing up for the last night of the year"],
         moods=["festive with just the right amount of shine", "glam but easy to dance in", "celebratory and a little bold"],
         reasons=["it catches the light at midnight", "it'll last from dinner to the countdown",
                  "the shine does the celebrating for you"],
         nord_lines=["Celebrate quietly; let the light do the rest.", "The party is the ornament.",
                     "Festive, by subtraction."]),
    dict(id="farmers-market", theme="weekend farmers market", occasion="weekend",
         depts=["women", "men"], seasons=["spring", "summer", "autumn"], weather="",
         formality=(2, 2), palette=P_NEUTRAL + ["sage", "rust", "mustard", "sky blue", "blush", "forest green"],
         tags=["classic", "coastal", "boho", "minimalist", "preppy", "cozy", "workwear"],
         slots=dict(top=["t-shirt", "long-sleeve tee", "shirt", "tank top", "sweater", "polo shirt"],
                    bottom=["jeans", "shorts", "chinos", "skirt", "trousers"],
                    dress=["sundress", "shirt dress", "midi dress"],
                    outerwear=["denim jacket", "overshirt", "chore jacket"],
                    shoes=["sneakers", "sandals", "espadrilles"],
                    accessory=["tote bag", "sun hat", "cap", "sunglasses", "crossbody bag"]),
         outer=0.35, acc=(1, 2), p_dress=0.3, budget=True,
         forbid_types=["heeled sandals", "pumps"],
         house_n=4, nord_n=2,
         vibes=["weekend farmers market", "saturday morning at the farmers market",
                "farmers market then brunch", "easy outfit for the sunday market",
                "grabbing veggies and flowers at the market"],
         alts=["relaxed weekend look for browsing market stalls", "casual outfit for a morning at the local market",
               "comfy but cute for a farmers market stroll", "laid-back look for picking up produce on a weekend",
               "simple weekend errands outfit for the market"],
         moods=["easy, fresh and weekend-ready", "relaxed and practical", "casual with a little charm"],
         reasons=["it is easy to carry flowers and a sourdough in", "you can wander the stalls for hours in comfort",
                  "it goes straight from the market to a café table"],
         nord_lines=["The weekend, kept simple.", "Practical and unhurried.",
                     "Comfortable enough to linger."]),
    dict(id="hike-pub", theme="autumn hike then pub", occasion="hike",
         depts=["women", "men", "unisex"], seasons=["autumn", "spring"], weather="",
         formality=(1, 2), palette=P_EARTH + ["cobalt"],
         tags=["outdoor", "cozy", "workwear", "sporty", "waterproof"],
         slots=dict(top=["fleece pullover", "flannel shirt", "sweater", "long-sleeve tee"],
                    bottom=["hiking trousers", "jeans", "cargo pants"],
                    outerwear=["shell jacket", "fleece jacket", "puffer vest", "waxed jacket", "raincoat"],
                    shoes=["hiking boots"],
                    accessory=["beanie", "cap", "backpack"]),
         outer="required", acc=(0, 1), p_dress=0.0, max_patterns=1, season_in_text=True,
         forbid_types=["sandals", "heeled sandals"],
         house_n=4, nord_n=0,
         vibes=["autumn hike then pub", "sunday hike followed by a pint",
                "country walk and a pub lunch", "hiking in the hills then the pub for dinner",
                "muddy trail walk ending at a village pub"],
         alts=["outdoorsy outfit that also works at the pub afterwards", "trail-to-tavern look",
               "walking gear that doesn't look out of place over a pint", "practical hiking clothes I can wear into a pub",
               "day in the hills with drinks at the end"],
         moods=["practical, warm and pub-ready", "outdoorsy without looking technical", "rugged and comfortable"],
         reasons=["the boots handle the mud and the pub floor", "layers come off easily by the fire",
                  "it copes with wind on the ridge and warmth inside"],
         nord_lines=["Function first; form follows naturally.", "Earth, stone and a good coat.",
                     "Built for the path, calm at the table."]),
    dict(id="music-festival", theme="summer music festival", occasion="festival",
         depts=["women", "men", "unisex"], seasons=["summer"], weather="hot",
         formality=(1, 2), palette=P_NEUTRAL + ["rust", "mustard", "sky blue", "lilac", "blush", "red", "cobalt",
                                             "sage", "gold", "silver"],
         tags=["festival", "boho", "y2k", "streetwear", "90s"],
         slots=dict(top=["tank top", "crop top", "t-shirt", "shirt", "blouse"],
                    bottom=["shorts", "skirt", "cargo pants"], dress=["mini dress", "maxi dress", "sundress"],
                    outerwear=["kimono", "denim jacket"],
                    shoes=["western boots", "sneakers", "high-top sneakers", "sandals"],
                    accessory=["bucket hat", "sunglasses", "crossbody bag", "necklace", "cap", "belt"]),
         outer=0.25, acc=(1, 2), p_dress=0.3, max_patterns=2, budget=True,
         house_n=4, nord_n=0,
         vibes=["summer music festival", "3-day festival outfit",
                "festival in a field, it'll be hot", "glastonbury-type festival look",
                "outdoor music festival with friends"],
         alts=["something fun for dancing at an open-air festival", "hot-weather festival fit",
               "what to wear to a summer festival weekend", "boho-meets-streetwear look for a music fest",
               "comfortable festival clothes that still look good in photos"],
         moods=["fun, free and sun-ready", "playful and easy to dance in", "loud in the right places"],
         reasons=["you can dance for hours without overheating", "the shoes survive dust, grass and a long walk to the stage",
                  "it looks great in every sunset photo"]),
    dict(id="airport", theme="airport comfy but put-together", occasion="travel",
         depts=["women", "men", "unisex"], seasons=["any"], weather="",
         formality=(2, 3), palette=P_NEUTRAL + ["sage"],
         tags=["cozy", "minimalist", "sporty", "classic"],
         slots=dict(top=["sweater", "t-shirt", "long-sleeve tee", "turtleneck"],
                    bottom=["joggers", "jeans", "trousers"],
                    outerwear=["trench coat", "denim jacket", "bomber jacket", "overshirt", "wool coat"],
                    shoes=["sneakers", "loafers"],
                    accessory=["tote bag", "backpack", "scarf", "cap"]),
         outer=0.55, acc=(1, 1), p_dress=0.0, budget=True,
         forbid_types=["skirt", "leggings"],
         house_n=4, nord_n=3,
         vibes=["airport comfy but put-together", "long-haul flight outfit",
                "travel day look that isn't sweatpants", "comfy outfit for a 10 hour flight",
                "airport outfit, landing straight into meetings"],
         alts=["cosy travel clothes that still look polished", "what to wear on a plane without looking sloppy",
               "soft, stretchy but smart outfit for flying", "comfortable travel look that works on arrival",
               "flight-friendly outfit that doesn't scream pyjamas"],
         moods=["soft, easy and still neat", "comfortable but clearly considered", "relaxed, neat and travel-proof"],
         reasons=["the shoes come off fast at security", "nothing wrinkles or pinches on a long flight",
                  "you'll look fine walking straight out of arrivals"],
         nord_lines=["Soft layers, clean edges, easy to move.", "Comfort, edited.",
                     "Arrive looking as you left."]),
    dict(id="wfh-lounge", theme="cozy work-from-home day", occasion="home",
         depts=["women", "men", "unisex"], seasons=["any"], weather="",
         formality=(1, 2), palette=P_NEUTRAL + ["sage", "lilac", "blush", "forest green", "rust"],
         tags=["cozy", "sporty", "minimalist"],
         slots=dict(top=["hoodie", "sweatshirt", "sweater", "t-shirt", "long-sleeve tee", "fleece pullover"],
                    bottom=["joggers", "leggings", "trousers"],
                    shoes=["slippers", "slides", "sneakers"],
                    accessory=[]),
         outer="none", acc=(0, 0), p_dress=0.0,
         nord=dict(top=["sweater", "t-shirt", "long-sleeve tee", "turtleneck"], bottom=["joggers", "trousers"],
                   shoes=["slippers", "sneakers"], accessory=[]),
         house_n=3, nord_n=3,
         vibes=["cozy work from home day", "WFH but camera-ready from the waist up",
                "lazy sunday on the sofa", "home all day, want to be comfy",
                "working from home in winter"],
         alts=["soft loungewear for a day at home", "comfortable home outfit that still feels nice",
               "sofa-and-laptop clothes", "relaxed at-home look for video calls",
               "slouchy, warm clothes for staying in"],
         moods=["soft, warm and zero effort", "cosy and still kind of cute", "relaxed from top to toe"],
         reasons=["it's comfortable enough for eight hours on the sofa", "you can answer the door without changing",
                  "it's warm without the heating cranked up"],
         nord_lines=["Home clothes, chosen as carefully as any.", "Softness, in quiet tones.",
                     "Comfort does not have to be careless."]),
    dict(id="gym-brunch", theme="gym to brunch", occasion="weekend",
         depts=["women", "men", "unisex"], seasons=["spring", "summer", "autumn"], weather="",
         formality=(1, 2), palette=P_NEUTRAL + ["sage", "sky blue", "cobalt", "lilac", "blush"],
         tags=["sporty", "streetwear", "minimalist"],
         slots=dict(top=["tank top", "t-shirt", "sweatshirt", "hoodie"],
                    bottom=["leggings", "joggers", "shorts"],
                    outerwear=["track jacket", "bomber jacket", "shell jacket"],
                    shoes=["running shoes", "sneakers"],
                    accessory=["cap", "backpack", "tote bag", "sunglasses"]),
         outer=0.35, acc=(0, 1), p_dress=0.0, budget=True,
         house_n=4, nord_n=0,
         vibes=["gym to brunch", "w:pilates class then brunch with the girls",
                "morning workout and then coffee", "athleisure for a saturday run and brunch",
                "post-gym brunch outfit"],
         alts=["sporty look that works after a workout too", "activewear I can wear to a café",
               "workout clothes that transition to brunch", "athleisure that doesn't look like I just left the gym",
               "from spin class to eggs benedict"],
         moods=["sporty and fresh", "clean and intentional", "easy, bright and weekend-ready"],
         reasons=["you can sweat in it and still sit down for pancakes", "it looks intentional at a café table",
                  "o:the jacket goes on as soon as you cool down"]),
    dict(id="sunday-brunch", theme="sunday brunch with friends", occasion="brunch",
         depts=["women", "men"], seasons=["spring", "summer"], weather="",
         formality=(2, 3), palette=P_LIGHT + ["blush", "sky blue", "sage", "lilac", "mustard", "cobalt", "gold"],
         tags=["romantic", "classic", "preppy", "coastal", "minimalist"],
         slots=dict(top=["blouse", "shirt", "t-shirt", "polo shirt", "long-sleeve tee"],
                    bottom=["jeans", "chinos", "skirt", "trousers", "shorts"],
                    dress=["midi dress", "wrap dress", "sundress", "shirt dress"],
                    outerwear=["denim jacket", "trench coat", "blazer"],
                    shoes=["sneakers", "ballet flats", "mules", "loafers", "sandals", "espadrilles", "boat shoes"],
                    accessory=["crossbody bag", "sunglasses", "earrings", "tote bag"]),
         outer=0.3, acc=(0, 1), p_dress=0.45,
         house_n=4, nord_n=2,
         vibes=["sunday brunch with friends", "bottomless brunch, spring",
                "brunch date on a sunny terrace", "easy brunch outfit",
                "w:meeting the girls for mimosas"],
         alts=["w:pretty, relaxed look for a late breakfast out", "weekend brunch outfit that feels fresh",
               "casual but cute for eggs and mimosas", "light daytime look for catching up over brunch",
               "sunny-day café outfit"],
         moods=["fresh, light and pretty", "relaxed with a little polish", "sunny and easy"],
         reasons=["it looks good on a terrace in full sunshine", "nothing is too precious for a spilled mimosa",
                  "you can walk off brunch afterwards"],
         nord_lines=["Light colours for a slow morning.", "Easy, clean, unhurried.",
                     "Soft structure for a long table."]),
    dict(id="preppy-campus", theme="preppy campus day", occasion="class",
         depts=["women", "men"], seasons=["autumn", "spring"], weather="",
         formality=(2, 3), palette=["navy", "cream", "white", "camel", "forest green", "burgundy", "grey",
                                   "brown", "chocolate", "tan", "denim blue", "sky blue", "charcoal", "olive"],
         tags=["preppy", "classic", "vintage"],
         slots=dict(top=["sweater", "shirt", "polo shirt", "cardigan", "sweater vest"],
                    bottom=["chinos", "skirt", "trousers", "jeans"],
                    outerwear=["blazer", "quilted jacket", "trench coat", "waxed jacket"],
                    shoes=["loafers", "sneakers", "oxford shoes", "boat shoes"],
                    accessory=["backpack", "tote bag", "belt", "crossbody bag", "scarf"]),
         outer=0.4, acc=(0, 1), p_dress=0.0, max_patterns=1,
         house_n=4, nord_n=0,
         vibes=["preppy campus day", "ivy league look for class",
                "old-money preppy outfit for uni", "first day of fall semester",
                "library then lecture, preppy"],
         alts=["classic collegiate outfit", "ivy style for a day on campus",
               "neat, preppy look for lectures", "cable knits and loafers kind of school day",
               "polished student look with a vintage feel"],
         moods=["neat, collegiate and classic", "crisp with an old-school feel", "preppy without being stiff"],
         reasons=["it goes from lecture hall to library to coffee", "it's classic enough to look good in ten years",
                  "o:the extra layer handles a chilly quad"]),
    dict(id="y2k-night", theme="y2k night out", occasion="night out",
         depts=["women"], seasons=["spring", "summer", "autumn"], weather="",
         formality=(2, 3), palette=["black", "white", "silver", "blush", "lilac", "sky blue", "red", "denim blue", "cobalt"],
         tags=["y2k", "glam", "streetwear", "date-night"],
         slots=dict(top=["crop top", "corset top", "t-shirt", "camisole"],
                    bottom=["jeans", "skirt", "cargo pants"], dress=["mini dress"],
                    outerwear=["leather jacket", "denim jacket", "bomber jacket"],
                    shoes=["sneakers", "heeled sandals", "knee-high boots"],
                    accessory=["shoulder bag", "sunglasses", "earrings", "necklace", "belt"]),
         outer=0.25, acc=(1, 2), p_dress=0.3, budget=True,
         house_n=3, nord_n=0,
         vibes=["y2k night out", "early 2000s going-out look",
                "y2k party outfit, low rise everything", "paris hilton era night out",
                "2000s themed birthday drinks"],
         alts=["throwback 2000s look for a night on the town", "baby tees and low-rise for a party",
               "noughties-inspired going-out outfit", "retro-2000s glam for drinks",
               "y2k-core outfit for the club"],
         moods=["flirty, shiny and very 2003", "playful and throwback-glam", "fun and a little extra"],
         reasons=["it's made for disposable-camera photos", "you can dance in it all night",
                  "it nails the era without looking like a costume"]),
    dict(id="streetwear-city", theme="streetwear day in the city", occasion="city",
         depts=["women", "men", "unisex"], seasons=["any"], weather="",
         formality=(1, 2), palette=["black", "white", "grey", "charcoal", "olive", "navy", "cobalt", "red",
                                   "beige", "tan", "denim blue", "cream", "silver", "sky blue"],
         tags=["streetwear", "sporty", "90s"],
         slots=dict(top=["hoodie", "t-shirt", "sweatshirt", "long-sleeve tee"],
                    bottom=["cargo pants", "jeans", "joggers"],
                    outerwear=["puffer jacket", "bomber jacket", "track jacket", "denim jacket"],
                    shoes=["sneakers", "high-top sneakers"],
                    accessory=["cap", "beanie", "crossbody bag", "backpack", "sunglasses"]),
         outer=0.55, acc=(1, 2), p_dress=0.0, budget=True,
         house_n=4, nord_n=0,
         vibes=["streetwear day in the city", "skate-shop streetwear fit",
                "sneakerhead outfit for walking around downtown", "oversized streetwear look",
                "city day, baggy and comfy"],
         alts=["urban, oversized look for exploring the city", "relaxed street style with chunky sneakers",
               "hoodie-and-cargos kind of day", "cool streetwear for hanging out downtown",
               "laid-back city look with a skater edge"],
         moods=["loose, loud in the right places, and comfortable", "properly street", "relaxed with an edge"],
         reasons=["you can walk across town all day in these sneakers", "the proportions do the talking",
                  "it's ready for record shops, skateparks and late lunches"]),
    dict(id="coastal-weekend", theme="coastal weekend away", occasion="weekend",
         depts=["women", "men"], seasons=["spring", "summer"], weather="",
         formality=(2, 3), palette=["white", "ivory", "cream", "beige", "navy", "sky blue", "denim blue", "tan",
                                   "camel", "sage", "brown"],
         tags=["coastal", "classic", "preppy", "minimalist"],
         slots=dict(top=["long-sleeve tee", "shirt", "sweater", "polo shirt", "tank top", "t-shirt"],
                    bottom=["trousers", "shorts", "jeans", "chinos", "skirt"],
                    dress=["shirt dress", "midi dress", "sundress"],
                    outerwear=["denim jacket", "trench coat", "quilted jacket"],
                    shoes=["espadrilles", "boat shoes", "sandals", "sneakers", "loafers"],
                    accessory=["tote bag", "sun hat", "sunglasses", "cap"]),
         outer=0.2, acc=(0, 1), p_dress=0.3,
         house_n=4, nord_n=3,
         vibes=["coastal weekend away", "seaside town weekend, nantucket vibes",
                "long weekend by the sea", "w:coastal grandmother aesthetic",
                "harbour walk and seafood lunch"],
         alts=["breezy, nautical-ish outfit for a weekend on the coast", "relaxed beach-town look",
               "linen-and-stripes weekend by the water", "effortless seaside outfit",
               "new england coast style for a weekend"],
         moods=["breezy, fresh and relaxed", "crisp and sea-air easy", "light, classic and unfussy"],
         reasons=["it's made for a long walk along the harbour", "it handles a sea breeze and a sunny lunch",
                  "everything packs small and creases nicely"],
         nord_lines=["Sea air and nothing more.", "Salt, light and clean lines.",
                     "Relaxed does not mean careless."]),
    dict(id="boho-picnic", theme="boho picnic in the park", occasion="picnic",
         depts=["women"], seasons=["spring", "summer"], weather="",
         formality=(2, 2), palette=["cream", "ivory", "white", "rust", "mustard", "sage", "tan", "camel", "brown",
                                   "chocolate", "blush", "denim blue", "olive", "gold"],
         tags=["boho", "romantic", "vintage", "festival"],
         slots=dict(top=["blouse", "tank top"], bottom=["skirt", "jeans"],
                    dress=["maxi dress", "sundress", "midi dress"],
                    outerwear=["kimono", "denim jacket", "suede jacket"],
                    shoes=["sandals", "espadrilles", "western boots"],
                    accessory=["sun hat", "crossbody bag", "necklace", "tote bag"]),
         outer=0.2, acc=(1, 2), p_dress=0.55,
         house_n=4, nord_n=0,
         vibes=["boho picnic in the park", "picnic with friends, flowy and boho",
                "70s-inspired picnic outfit", "golden hour picnic",
                "free-spirited look for a park picnic"],
         alts=["flowy, earthy outfit for sitting on a blanket in the sun", "relaxed seventies look for a picnic",
               "bohemian day outfit for the park", "soft, romantic picnic clothes",
               "sunny afternoon in the park, boho style"],
         moods=["soft, flowy and sun-warmed", "earthy and romantic", "easy and a bit 70s"],
         reasons=["it's easy to sit on a picnic blanket in", "it glows in golden-hour light",
                  "it moves beautifully in a breeze"]),
    dict(id="rainy-commute", theme="rainy day errands and commute", occasion="commute",
         depts=["women", "men", "unisex"], seasons=["spring", "autumn"], weather="rain",
         formality=(2, 3), palette=P_NEUTRAL + ["mustard", "cobalt", "forest green"],
         tags=["waterproof", "outdoor", "classic", "minimalist", "streetwear"],
         slots=dict(top=["sweater", "t-shirt", "long-sleeve tee", "shirt", "hoodie", "sweatshirt"],
                    bottom=["jeans", "trousers", "chinos", "cargo pants"],
                    outerwear=["raincoat", "trench coat", "shell jacket", "waxed jacket"],
                    shoes=["rain boots", "chelsea boots", "hiking boots"],
                    accessory=["backpack", "beanie", "tote bag", "cap"]),
         outer="required", acc=(0, 1), p_dress=0.0, budget=True,
         forbid_materials=["canvas"],
         house_n=4, nord_n=3,
         vibes=["rainy day errands", "it's pouring and I have to run around town",
                "wet commute on the bike and bus", "rainy saturday in the city",
                "showers all day, need to stay dry"],
         alts=["waterproof outfit for a drizzly day out", "what to wear when the forecast is all rain",
               "staying dry on a soggy commute", "practical rainy-weather look that still looks good",
               "puddle-proof city outfit"],
         moods=["practical and quietly stylish", "dry, warm and sensible", "weatherproof without looking technical"],
         reasons=["the coat and boots keep the rain out", "nothing here minds a soaking",
                  "it dries off fast once you're inside"],
         nord_lines=["Weather-ready, and calm about it.", "Weatherproof; nothing extra.",
                     "Let it rain."]),
    dict(id="winter-city", theme="winter city walk and christmas market", occasion="city",
         depts=["women", "men", "unisex"], seasons=["winter"], weather="cold",
         formality=(2, 3), palette=P_NEUTRAL + ["burgundy", "forest green", "red", "rust"],
         tags=["cozy", "classic", "minimalist", "vintage", "outdoor"],
         slots=dict(top=["sweater", "turtleneck", "cardigan"],
                    bottom=["jeans", "trousers", "skirt"], dress=["sweater dress"],
                    outerwear=["wool coat", "puffer jacket", "parka", "shearling jacket"],
                    shoes=["chelsea boots", "ankle boots", "combat boots", "knee-high boots", "snow boots"],
                    accessory=["scarf", "beanie", "crossbody bag"]),
         outer="required", acc=(1, 2), p_dress=0.2, season_in_text=True, budget=True,
         house_n=4, nord_n=3,
         vibes=["winter city walk", "christmas market with friends",
                "freezing day exploring the city", "december walk through the old town",
                "mulled wine at the christmas markets"],
         alts=["warm but stylish outfit for a cold day out", "bundled-up look for walking around in the snow",
               "cosy layers for a festive market", "what to wear sightseeing when it's below freezing",
               "cold-weather city outfit that isn't bulky"],
         moods=["warm, layered and festive", "bundled up but still sharp", "cosy in a polished way"],
         reasons=["it is built for standing around in freezing air", "you can stand at the mulled-wine stall for hours",
                  "the boots grip icy cobbles"],
         nord_lines=["Warmth against the cold, nothing wasted.", "Warmth in three quiet layers.",
                     "Winter, in its proper colours."]),
    dict(id="apres-ski", theme="après-ski", occasion="ski trip",
         depts=["women", "men", "unisex"], seasons=["winter"], weather="cold",
         formality=(1, 2), palette=["cream", "ivory", "white", "red", "navy", "forest green", "black", "grey",
                                   "camel", "burgundy", "charcoal", "tan", "chocolate", "olive"],
         tags=["cozy", "outdoor", "sporty", "vintage"],
         slots=dict(top=["sweater", "fleece pullover", "turtleneck", "hoodie"],
                    bottom=["leggings", "jeans", "joggers", "cargo pants"],
                    outerwear=["puffer jacket", "parka", "shearling jacket"],
                    shoes=["snow boots"],
                    accessory=["beanie", "scarf"]),
         outer="required", acc=(1, 2), p_dress=0.0, season_in_text=True,
         house_n=4, nord_n=0,
         vibes=["après-ski", "apres ski drinks at the lodge",
                "ski trip evenings in the chalet bar", "snowy mountain town after the slopes",
                "hot chocolate after skiing"],
         alts=["cosy ski-lodge outfit", "warm, chunky-knit look for the chalet",
               "what to wear after a day on the slopes", "mountain-cabin style for a winter trip",
               "snow-ready outfit for the lodge bar"],
         moods=["warm, chunky and very alpine", "cosy with a retro ski feel", "snug and ready for fondue"],
         reasons=["the snow boots handle the walk back to the chalet", "it's warm enough for a terrace in the snow",
                  "it's snug enough indoors once the coat comes off"],
         nord_lines=["Snow outside, wool inside.", "Warmth without bulk.",
                     "Quiet colours against white hills."]),
    dict(id="upscale-dinner", theme="dinner at an upscale restaurant", occasion="dinner",
         depts=["women", "men"], seasons=["any"], weather="",
         formality=(3, 4), palette=["black", "navy", "charcoal", "ivory", "cream", "camel", "burgundy",
                                   "forest green", "red", "gold", "silver", "chocolate", "grey", "white"],
         tags=["evening", "classic", "tailored", "date-night", "glam", "minimalist"],
         slots=dict(top=["blouse", "shirt", "dress shirt", "turtleneck", "sweater", "camisole", "polo shirt"],
                    bottom=["trousers", "skirt"], dress=["midi dress", "slip dress", "wrap dress"],
                    outerwear=["blazer", "wool coat"],
                    shoes=["pumps", "heeled sandals", "loafers", "oxford shoes", "chelsea boots", "ankle boots"],
                    accessory=["clutch", "earrings", "necklace", "watch", "shoulder bag"]),
         outer=0.55, acc=(0, 2), p_dress=0.5,
         forbid_types=["jeans", "sneakers"], forbid_patterns=["graphic", "plaid"],
         house_n=4, nord_n=3,
         vibes=["dinner at an upscale restaurant", "anniversary dinner somewhere fancy",
                "tasting menu date night", "michelin star dinner",
                "nice steakhouse dinner with my partner"],
         alts=["elegant dinner outfit for a fancy restaurant", "dressy look for a special-occasion meal",
               "what to wear to a fine-dining reservation", "grown-up evening look for a long dinner",
               "polished outfit for a posh restaurant"],
         moods=["elegant and effortless", "dressed up without being stiff", "polished and quietly luxurious"],
         reasons=["it looks right under low restaurant lighting", "it's comfortable for a seven-course menu",
                  "it matches the white tablecloths without trying"],
         nord_lines=["Evening, in its quietest form.", "Fine fabric, no fuss.",
                     "Luxury you notice second."]),
    dict(id="meet-parents", theme="meeting the parents", occasion="family",
         depts=["women", "men"], seasons=["any"], weather="",
         formality=(2, 3), palette=P_NEUTRAL + ["sky blue", "sage", "blush", "burgundy", "forest green"],
         tags=["classic", "preppy", "romantic", "minimalist"],
         slots=dict(top=["sweater", "shirt", "blouse", "cardigan", "polo shirt"],
                    bottom=["chinos", "trousers", "skirt", "jeans"],
                    dress=["midi dress", "wrap dress", "shirt dress"],
                    outerwear=["blazer", "trench coat", "wool coat"],
                    shoes=["loafers", "ballet flats", "derby shoes", "chelsea boots", "ankle boots"],
                    accessory=["watch", "earrings", "crossbody bag", "belt"]),
         outer=0.4, acc=(0, 1), p_dress=0.35,
         forbid_patterns=["graphic", "animal print"], forbid_types=["shorts", "t-shirt", "hoodie", "mini dress"],
         house_n=4, nord_n=3,
         vibes=["meeting the parents", "meeting my boyfriend's parents for lunch",
                "m:sunday lunch with her family for the first time", "first dinner with the in-laws",
                "w:meeting his mum, want to look nice"],
         alts=["wholesome, polished look for meeting a partner's family", "parent-approved outfit",
               "smart but friendly outfit for a family lunch", "neat, respectable look for a first family dinner",
               "make a good impression on the parents"],
         moods=["neat, warm and approachable", "polished but friendly", "classic and reassuring"],
         reasons=["it looks like you made an effort without trying too hard", "it's neat enough for a nice lunch and relaxed enough for the sofa",
                  "nothing here will raise an eyebrow"],
         nord_lines=["Respectful, warm, and entirely yourself.", "Clean, soft, reassuring.",
                     "Good manners, in good cloth."]),
    dict(id="rock-concert", theme="rock concert", occasion="concert",
         depts=["women", "men", "unisex"], seasons=["spring", "autumn", "winter"], weather="",
         formality=(2, 2), palette=["black", "charcoal", "grey", "white", "red", "burgundy", "denim blue", "silver"],
         tags=["edgy", "grunge", "90s", "streetwear"],
         slots=dict(top=["t-shirt", "tank top", "long-sleeve tee"],
                    bottom=["jeans", "skirt"], dress=["slip dress"],
                    outerwear=["leather jacket", "denim jacket", "overshirt"],
                    shoes=["combat boots", "chelsea boots", "high-top sneakers"],
                    accessory=["belt", "necklace", "crossbody bag"]),
         outer=0.7, acc=(0, 1), p_dress=0.15, max_patterns=2, budget=True,
         house_n=4, nord_n=0,
         vibes=["rock concert", "going to see a punk band tonight",
                "gig at a sweaty club venue", "indie rock show on friday",
                "front row at a rock gig"],
         alts=["edgy outfit for a live music night", "what to wear to a loud gig",
               "black denim and leather for a concert", "band-tee outfit for a show",
               "rock show look that can handle a mosh pit"],
         moods=["loud, dark and ready for the pit", "edgy and a little sweaty-proof", "rock-and-roll but not costume-y"],
         reasons=["it can survive a mosh pit", "nothing here minds spilled beer",
                  "it looks right in the strobe lights"]),
    dict(id="garden-wedding", theme="garden wedding guest", occasion="wedding",
         depts=["women", "men"], seasons=["spring", "summer"], weather="",
         formality=(3, 4), palette=P_WEDDING_GUEST,
         tags=["romantic", "classic", "tailored", "evening"],
         slots=dict(top=["shirt", "dress shirt"], bottom=["trousers"],
                    dress=["midi dress", "maxi dress", "wrap dress"],
                    outerwear=["blazer"],
                    shoes=["heeled sandals", "mules", "loafers", "oxford shoes", "pumps", "espadrilles"],
                    accessory=["clutch", "earrings", "tie", "necklace", "sun hat"]),
         outer={"men": "required", "women": 0.1}, acc=(1, 2), p_dress=1.0,
         forbid_colours=["white", "ivory", "cream"], forbid_types=["sneakers", "jeans"],
         forbid_materials=["denim", "velvet"],
         house_n=4, nord_n=2,
         vibes=["garden wedding guest", "spring wedding in a vineyard",
                "outdoor wedding, dress code garden party", "afternoon wedding in a country garden",
                "wedding guest, lawn ceremony in june"],
         alts=["w:pretty, formal-ish look for an outdoor wedding", "daytime wedding outfit for a guest",
               "what to wear to a wedding in a garden", "romantic guest look for a country wedding",
               "elegant summer-wedding outfit that works on grass"],
         moods=["romantic and properly dressed", "fresh, elegant and celebratory", "light, pretty and polished"],
         reasons=["it is made for standing on a lawn with a glass of fizz", "it's bright enough for a daytime celebration",
                  "it looks lovely in the ceremony photos"],
         nord_lines=["Soft tailoring for a summer lawn.", "Calm colours for someone else's day.",
                     "Elegant, and respectfully quiet."]),
    dict(id="winter-wedding", theme="winter wedding guest", occasion="wedding",
         depts=["women", "men"], seasons=["winter"], weather="cold",
         formality=(4, 4), palette=["burgundy", "forest green", "navy", "black", "charcoal", "camel", "gold",
                                   "silver", "chocolate", "red", "cobalt", "grey"],
         tags=["evening", "classic", "tailored", "glam"],
         slots=dict(top=["dress shirt", "turtleneck"], bottom=["trousers"],
                    dress=["midi dress", "evening gown"],
                    outerwear=["wool coat", "faux fur coat"],
                    shoes=["pumps", "oxford shoes", "loafers", "ankle boots"],
                    accessory=["clutch", "earrings", "tie", "necklace", "scarf", "watch"]),
         outer="required", acc=(1, 2), p_dress=1.0, season_in_text=True,
         forbid_colours=["white", "ivory", "cream"], forbid_types=["sneakers", "jeans"],
         house_n=4, nord_n=2,
         vibes=["winter wedding guest", "december wedding in a castle",
                "wedding guest outfit for a snowy january wedding", "evening wedding in winter",
                "christmas-time wedding reception"],
         alts=["warm but elegant look for a cold-weather wedding", "dressy winter wedding attire",
               "what to wear to a wedding when it's freezing", "rich, festive guest outfit for a winter ceremony",
               "formal wedding look that handles the cold"],
         moods=["rich, warm and festive", "elegant in deep winter tones", "luxurious and properly dressed"],
         reasons=["the coat handles the walk from church to reception", "deep colours feel right for a winter celebration",
                  "it's warm enough for photos outside"],
         nord_lines=["Warm cloth and a long coat.", "Winter formality, without ornament.",
                     "Celebration, in the quietest key."]),
    dict(id="road-trip", theme="summer road trip", occasion="travel",
         depts=["women", "men", "unisex"], seasons=["summer", "spring"], weather="",
         formality=(2, 2), palette=P_NEUTRAL + ["rust", "mustard", "sky blue", "red", "sage", "cobalt", "gold", "silver"],
         tags=["classic", "vintage", "streetwear", "90s", "coastal"],
         slots=dict(top=["t-shirt", "tank top", "shirt", "polo shirt"],
                    bottom=["jeans", "shorts"],
                    outerwear=["denim jacket", "overshirt"],
                    shoes=["sneakers", "high-top sneakers"],
                    accessory=["sunglasses", "cap", "crossbody bag", "backpack"]),
         outer=0.4, acc=(1, 2), p_dress=0.0, budget=True,
         house_n=3, nord_n=0,
         vibes=["summer road trip", "road trip down the coast",
                "long drive with the windows down", "driving route 66 vibes",
                "weekend road trip with stops at diners"],
         alts=["comfy, classic outfit for hours in the car", "americana road-trip look",
               "what to wear on a long summer drive", "denim-and-tee look for a road trip",
               "easy outfit for gas stations, diners and scenic stops"],
         moods=["easy, classic and a bit Americana", "relaxed and sun-faded", "comfortable with a vintage feel"],
         reasons=["it's comfy for hours in the passenger seat", "it looks great at every roadside stop",
                  "o:the jacket handles air-con and evening chill"]),
    dict(id="beach-day", theme="beach day", occasion="beach",
         depts=["women", "men", "unisex"], seasons=["summer"], weather="hot",
         formality=(1, 2), palette=["white", "ivory", "cream", "beige", "tan", "sky blue", "navy", "sage",
                                   "mustard", "rust", "cobalt", "blush", "denim blue", "camel", "black", "olive", "gold"],
         tags=["coastal", "boho", "sporty", "festival", "minimalist"],
         slots=dict(top=["tank top", "t-shirt", "shirt"], bottom=["shorts"],
                    dress=["sundress"],
                    shoes=["sandals", "slides", "espadrilles"],
                    accessory=["sun hat", "sunglasses", "tote bag", "bucket hat", "cap"]),
         outer="none", acc=(1, 2), p_dress=0.35, budget=True,
         house_n=4, nord_n=0,
         vibes=["beach day", "lazy day at the beach",
                "beach then ice cream on the boardwalk", "summer holiday beach outfit",
                "hot day by the sea"],
         alts=["easy throw-on look for the beach", "light clothes over swimwear for the seaside",
               "what to wear for a day on the sand", "breezy outfit for beach and boardwalk",
               "sun-ready seaside look"],
         moods=["light, breezy and sun-ready", "easy and salty-haired", "relaxed in the best way"],
         reasons=["everything pulls on over swimwear", "sand shakes right off",
                  "it keeps you cool in full sun"]),
    dict(id="resort-dinner", theme="holiday dinner at a resort", occasion="dinner",
         depts=["women", "men"], seasons=["summer"], weather="hot",
         formality=(3, 3), palette=["white", "ivory", "cream", "beige", "tan", "camel", "navy", "sage",
                                   "sky blue", "blush", "rust", "mustard", "gold", "black", "cobalt", "brown", "chocolate"],
         tags=["coastal", "romantic", "classic", "date-night", "minimalist", "tailored"],
         slots=dict(top=["shirt", "blouse", "camisole", "polo shirt"], bottom=["trousers", "skirt"],
                    dress=["midi dress", "slip dress"],
                    shoes=["heeled sandals", "espadrilles", "loafers", "mules"],
                    accessory=["earrings", "clutch", "necklace", "watch"]),
         outer="none", acc=(0, 1), p_dress=0.5,
         house_n=4, nord_n=2,
         vibes=["holiday dinner at a resort", "dinner on a terrace in greece",
                "vacation dinner overlooking the sea", "amalfi coast evening",
                "resort restaurant, warm night"],
         alts=["elegant but breezy holiday evening look", "what to wear to dinner on vacation",
               "warm-night dinner outfit by the sea", "polished resort wear for the evening",
               "sun-kissed dinner look"],
         moods=["breezy and quietly elegant", "sun-warmed and polished", "relaxed and holiday-glamorous"],
         reasons=["it stays cool on a warm night", "it looks lovely against a sunset",
                  "everything packs into a carry-on"],
         nord_lines=["Warm air and light cloth.", "Holiday, without the print.",
                     "Light fabric for long evenings."]),
    dict(id="dark-academia", theme="dark academia library day", occasion="study",
         depts=["women", "men"], seasons=["autumn", "winter"], weather="",
         formality=(2, 3), palette=["chocolate", "brown", "camel", "tan", "cream", "ivory", "charcoal", "grey",
                                   "forest green", "burgundy", "navy", "black", "olive"],
         tags=["vintage", "preppy", "classic"],
         slots=dict(top=["turtleneck", "sweater", "shirt", "cardigan", "sweater vest"],
                    bottom=["trousers", "skirt"],
                    outerwear=["blazer", "wool coat", "trench coat"],
                    shoes=["loafers", "oxford shoes", "derby shoes", "knee-high boots", "chelsea boots"],
                    accessory=["tote bag", "crossbody bag", "scarf", "belt", "watch"]),
         outer=0.6, acc=(0, 1), p_dress=0.0,
         house_n=4, nord_n=0,
         vibes=["dark academia library day", "dark academia outfit for studying",
                "old library and a secondhand bookshop", "tweed and turtlenecks, autumn reading day",
                "dead poets society vibes"],
         alts=["bookish, vintage look in browns and greens", "scholarly autumn outfit",
               "moody academic style for a day of reading", "literary, old-world outfit",
               "professor-chic look for the library"],
         moods=["bookish and moody", "scholarly with a vintage warmth", "rich, old-world and studious"],
         reasons=["it looks at home between library stacks", "the layers handle draughty old buildings",
                  "the palette feels like old leather-bound books"]),
    dict(id="countryside", theme="countryside weekend", occasion="weekend",
         depts=["women", "men"], seasons=["spring", "autumn"], weather="",
         formality=(2, 3), palette=["black", "cream", "ivory", "sage", "forest green", "olive", "brown", "chocolate", "tan",
                                   "camel", "rust", "mustard", "blush", "denim blue", "navy"],
         tags=["vintage", "romantic", "cozy", "workwear", "outdoor", "classic"],
         slots=dict(top=["blouse", "sweater", "flannel shirt", "long-sleeve tee", "cardigan"],
                    bottom=["jeans", "trousers", "skirt", "chinos", "work pants"], dress=["midi dress"],
                    outerwear=["waxed jacket", "chore jacket", "quilted jacket"],
                    shoes=["chelsea boots", "ankle boots", "work boots", "rain boots"],
                    accessory=["tote bag", "scarf", "crossbody bag"]),
         outer=0.6, acc=(0, 1), p_dress=0.4,
         house_n=3, nord_n=0,
         vibes=["countryside weekend", "cottagecore weekend in the cotswolds",
                "farm stay weekend", "cosy cottage weekend with long walks",
                "weekend in a country village"],
         alts=["rustic, romantic look for the countryside", "cottage-weekend clothes",
               "country walks and village tea rooms outfit", "pastoral, relaxed weekend style",
               "soft, earthy outfit for a rural getaway"],
         moods=["rustic, romantic and relaxed", "earthy and a little storybook", "easy and country-ready"],
         reasons=["the boots can take a muddy lane", "it works for a tea room and a long walk",
                  "it all looks better with a bit of wear"]),
    dict(id="holiday-family", theme="holiday family dinner", occasion="family",
         depts=["women", "men"], seasons=["autumn", "winter"], weather="",
         formality=(2, 3), palette=P_NEUTRAL + ["burgundy", "forest green", "rust", "mustard", "red", "gold"],
         tags=["cozy", "classic", "preppy"],
         slots=dict(top=["sweater", "turtleneck", "cardigan", "shirt"],
                    bottom=["trousers", "jeans", "skirt", "chinos"], dress=["sweater dress", "wrap dress"],
                    shoes=["loafers", "chelsea boots", "ankle boots", "knee-high boots"],
                    accessory=["earrings", "necklace", "watch", "belt"]),
         outer="none", acc=(0, 1), p_dress=0.3,
         house_n=4, nord_n=3,
         vibes=["holiday family dinner", "thanksgiving dinner at my parents'",
                "christmas day with the family", "big family dinner, cosy but nice",
                "festive lunch with the grandparents"],
         alts=["cosy-smart outfit for a holiday meal", "comfortable but festive look for family dinner",
               "knitwear look for a long holiday table", "what to wear to a family holiday gathering",
               "warm, polished outfit for a festive dinner at home"],
         moods=["cosy, festive and relaxed", "warm and quietly dressed up", "comfortable but made an effort"],
         reasons=["there's room for second helpings", "it looks good in the family photo",
                  "it's warm enough for a draughty dining room"],
         nord_lines=["Festive, without a single sparkle.", "Comfort for a long table.",
                     "Home, in its best clothes."]),
    dict(id="cozy-bookshop", theme="cosy coffee and bookshop afternoon", occasion="weekend",
         depts=["women", "men", "unisex"], seasons=["autumn", "winter"], weather="",
         formality=(2, 3), palette=P_EARTH,
         tags=["cozy", "vintage", "classic", "minimalist"],
         slots=dict(top=["sweater", "cardigan", "turtleneck", "long-sleeve tee"],
                    bottom=["jeans", "trousers", "skirt"], dress=["sweater dress"],
                    outerwear=["wool coat", "chore jacket", "shearling jacket", "trench coat"],
                    shoes=["loafers", "chelsea boots", "sneakers", "ankle boots"],
                    accessory=["tote bag", "scarf", "beanie"]),
         outer=0.5, acc=(0, 1), p_dress=0.15, budget=True,
         house_n=4, nord_n=3,
         vibes=["cosy afternoon in a bookshop", "rainy-ish autumn afternoon, coffee and books",
                "browsing second-hand bookshops", "slow saturday with a book and a flat white",
                "cafe reading afternoon"],
         alts=["warm, soft outfit for a lazy afternoon out", "knitwear look for a café and bookstore",
               "autumn coffee-and-books outfit", "comfy intellectual look for a slow day",
               "snug layers for browsing shelves"],
         moods=["soft, warm and unhurried", "cosy with a bookish edge", "relaxed and quietly put-together"],
         reasons=["you can curl up in an armchair in it", "it feels right between shelves of second-hand books",
                  "it's warm enough for the walk between cafés"],
         nord_lines=["Quiet clothes for a quiet afternoon.", "Soft layers for a slow day.",
                     "The best days need very little."]),
    dict(id="backyard-bbq", theme="backyard barbecue", occasion="party",
         depts=["women", "men", "unisex"], seasons=["summer"], weather="hot",
         formality=(2, 2), palette=P_NEUTRAL + ["sky blue", "red", "mustard", "rust", "sage", "cobalt", "blush"],
         tags=["classic", "coastal", "sporty", "vintage", "streetwear", "preppy"],
         slots=dict(top=["t-shirt", "tank top", "shirt", "polo shirt"],
                    bottom=["shorts", "jeans", "skirt"], dress=["sundress"],
                    shoes=["sneakers", "sandals", "slides", "espadrilles"],
                    accessory=["cap", "sunglasses", "bucket hat"]),
         outer="none", acc=(0, 1), p_dress=0.25, budget=True,
         house_n=3, nord_n=0,
         vibes=["backyard barbecue", "4th of july bbq",
                "friend's garden bbq on saturday", "summer cookout",
                "grill and beers in the backyard"],
         alts=["easy summer outfit for a cookout", "laid-back barbecue look",
               "what to wear to a casual garden party with a grill", "hot-weather hangout outfit",
               "relaxed summer afternoon with friends and burgers"],
         moods=["easy, summery and relaxed", "casual and sun-friendly", "low-effort in the best way"],
         reasons=["you can stand by the grill without overheating", "nothing here minds ketchup",
                  "it's comfortable on a lawn chair all afternoon"]),
    dict(id="client-meeting", theme="client meeting or business trip", occasion="work",
         depts=["women", "men"], seasons=["any"], weather="",
         formality=(3, 4), palette=["navy", "charcoal", "grey", "black", "white", "sky blue", "camel", "beige",
                                   "ivory", "cream", "burgundy", "chocolate", "gold", "silver"],
         tags=["office", "tailored", "classic", "minimalist"],
         slots=dict(top=["shirt", "blouse", "dress shirt", "turtleneck", "sweater"],
                    bottom=["trousers", "skirt"], dress=["midi dress", "shirt dress"],
                    outerwear=["blazer", "wool coat", "trench coat"],
                    shoes=["pumps", "loafers", "oxford shoes", "derby shoes", "ankle boots", "chelsea boots"],
                    accessory=["tote bag", "watch", "tie", "belt", "earrings"]),
         outer=0.7, acc=(0, 1), p_dress=0.2,
         forbid_patterns=["graphic", "floral", "animal print"], forbid_types=["jeans", "sneakers"],
         house_n=4, nord_n=3,
         vibes=["client meeting", "big pitch to a new client",
                "business trip, meetings all day", "presenting to the board",
                "two-day work trip to london"],
         alts=["sharp, trustworthy look for meeting clients", "professional outfit for a day of meetings away",
               "travel-friendly business wear", "confident outfit for a big presentation",
               "tailored look for an important work meeting"],
         moods=["sharp, confident and credible", "tailored but comfortable", "polished from the first slide to the last"],
         reasons=["it holds its shape after a flight", "it says trustworthy before you open the deck",
                  "it works for the meeting and the dinner after"],
         nord_lines=["Credibility is mostly cut.", "Everything pressed, nothing shouting.",
                     "A quiet frame for a strong argument."]),
    dict(id="creative-studio", theme="creative studio workday", occasion="work",
         depts=["women", "men", "unisex"], seasons=["spring", "autumn", "winter"], weather="",
         formality=(2, 2), palette=P_NEUTRAL + ["rust", "mustard", "cobalt", "forest green"],
         tags=["workwear", "minimalist", "vintage", "streetwear"],
         slots=dict(top=["t-shirt", "long-sleeve tee", "sweater", "shirt"],
                    bottom=["work pants", "jeans", "trousers", "cargo pants"], dress=["jumpsuit"],
                    outerwear=["chore jacket", "overshirt", "denim jacket"],
                    shoes=["sneakers", "high-top sneakers", "work boots"],
                    accessory=["tote bag", "beanie", "backpack"]),
         outer=0.6, acc=(0, 1), p_dress=0.2, budget=True,
         house_n=4, nord_n=3,
         vibes=["creative studio workday", "day in the design studio",
                "working in a ceramics studio", "architecture office, casual friday every day",
                "art school crit day"],
         alts=["practical, arty workwear", "utility look for a hands-on creative job",
               "relaxed but cool studio clothes", "workwear-inspired outfit for making things",
               "outfit for a studio where things get messy"],
         moods=["practical with a creative edge", "utilitarian and cool", "hard-wearing but considered"],
         reasons=["nothing here minds paint or clay", "the pockets hold pencils, phone and keys",
                  "it looks good on a studio stool all day"],
         nord_lines=["Workwear, drawn with a fine pen.", "Utility, in the right proportions.",
                     "Hands busy, clothes quiet."]),
    dict(id="tennis-club", theme="tennis club afternoon", occasion="sport",
         depts=["women", "men"], seasons=["summer", "spring"], weather="",
         formality=(2, 2), palette=["white", "cream", "ivory", "navy", "sky blue", "sage", "forest green", "beige", "grey"],
         tags=["preppy", "sporty", "classic"],
         slots=dict(top=["polo shirt", "t-shirt", "tank top", "sweater"],
                    bottom=["skirt", "shorts"], dress=["mini dress"],
                    shoes=["sneakers"],
                    accessory=["cap", "sunglasses", "tote bag"]),
         outer="none", acc=(0, 1), p_dress=0.25,
         house_n=3, nord_n=0,
         vibes=["tennis club afternoon", "tenniscore outfit",
                "country club tennis then lunch", "doubles at the club",
                "old money tennis look"],
         alts=["crisp, preppy sporty look for the courts", "classic whites for a tennis date",
               "sporty-preppy outfit for the club", "court-to-clubhouse outfit",
               "tennis outfit that works for lunch after"],
         moods=["crisp, preppy and sporty", "clean and classic", "fresh with a country-club polish"],
         reasons=["it's ready for a set and the clubhouse after", "the whites look sharp in the sun",
                  "it's light and moves with you"]),
    dict(id="heatwave-city", theme="heatwave day in the city", occasion="city",
         depts=["women", "men", "unisex"], seasons=["summer"], weather="hot",
         formality=(2, 2), palette=P_LIGHT + ["sage", "sky blue", "rust", "mustard", "charcoal", "gold"],
         tags=["minimalist", "coastal", "classic", "streetwear", "boho"],
         slots=dict(top=["tank top", "t-shirt", "shirt", "camisole"],
                    bottom=["shorts", "trousers", "skirt"], dress=["slip dress", "sundress", "shirt dress"],
                    shoes=["sandals", "slides", "sneakers", "espadrilles"],
                    accessory=["sunglasses", "tote bag", "cap", "bucket hat"]),
         outer="none", acc=(0, 1), p_dress=0.4, budget=True, nord_depts=["women", "men", "unisex"],
         house_n=4, nord_n=3,
         vibes=["heatwave in the city", "35 degrees and I have errands downtown",
                "hottest day of the year, still need to look decent", "sweltering city day",
                "humid summer day walking around town"],
         alts=["coolest possible outfit for a scorching city day", "breathable look for a heatwave",
               "what to wear when the city feels like an oven", "light, airy clothes for extreme heat",
               "staying cool on a boiling summer day"],
         moods=["cool, airy and minimal", "light and breathable", "barely-there but put-together"],
         reasons=["every piece lets the air through", "nothing clings in the humidity",
                  "it stays comfortable on hot pavements"],
         nord_lines=["Heat asks for less.", "Air, and as little as possible.",
                     "Cool by design, calm by choice."]),
    dict(id="club-night", theme="night out dancing", occasion="night out",
         depts=["women", "men"], seasons=["any"], weather="",
         formality=(2, 3), palette=["black", "silver", "gold", "red", "cobalt", "burgundy", "white", "charcoal"],
         tags=["glam", "edgy", "date-night", "y2k", "evening", "minimalist"],
         slots=dict(top=["corset top", "camisole", "shirt", "turtleneck", "polo shirt"],
                    bottom=["trousers", "skirt", "jeans"], dress=["mini dress", "slip dress"],
                    outerwear=["leather jacket", "blazer"],
                    shoes=["heeled sandals", "ankle boots", "chelsea boots", "loafers"],
                    accessory=["shoulder bag", "earrings", "necklace", "watch"]),
         outer=0.4, acc=(0, 2), p_dress=0.45,
         house_n=4, nord_n=0,
         vibes=["night out dancing", "w:girls' night out clubbing",
                "saturday night at a club", "birthday night out in town",
                "cocktails then dancing"],
         alts=["going-out outfit for a big night", "club look for dancing till late",
               "sleek night-out look", "dressy-edgy outfit for a night on the town",
               "what to wear out dancing"],
         moods=["sleek, dark and ready to dance", "glossy with an edge", "bold but comfortable enough to dance"],
         reasons=["it moves well on a dance floor", "it catches the light in a dark club",
                  "you can dance in these shoes till 2am"]),
    dict(id="city-break", theme="city break sightseeing", occasion="travel",
         depts=["women", "men", "unisex"], seasons=["spring", "autumn"], weather="",
         formality=(2, 3), palette=P_NEUTRAL + ["sky blue", "sage", "rust", "burgundy"],
         tags=["classic", "minimalist", "coastal", "streetwear"],
         slots=dict(top=["t-shirt", "shirt", "sweater", "long-sleeve tee"],
                    bottom=["jeans", "chinos", "trousers"], dress=["shirt dress"],
                    outerwear=["trench coat", "denim jacket", "bomber jacket", "overshirt"],
                    shoes=["sneakers"],
                    accessory=["crossbody bag", "backpack", "sunglasses", "cap"]),
         outer=0.6, acc=(1, 1), p_dress=0.15, budget=True,
         house_n=4, nord_n=3,
         vibes=["city break sightseeing", "weekend in paris, walking everywhere",
                "tourist day in rome but don't want to look like a tourist", "museum hopping in a new city",
                "long weekend exploring lisbon"],
         alts=["comfortable but chic outfit for walking a city all day", "stylish sightseeing clothes",
               "20,000-steps-a-day look that still looks good", "travel outfit for exploring a European city",
               "practical, polished outfit for a city trip"],
         moods=["chic, easy and walkable", "classic and traveller-polished", "comfortable without looking touristy"],
         reasons=["it handles cobblestones all day", "it copes with 20,000 steps and still looks good at dinner",
                  "it works in a museum and at a café"],
         nord_lines=["Walk all day; look composed at dinner.", "Comfort, in a clean frame.",
                     "A city deserves a considered outfit."]),
    dict(id="office-party", theme="office holiday party", occasion="party",
         depts=["women", "men"], seasons=["winter"], weather="",
         formality=(3, 4), palette=["black", "burgundy", "forest green", "red", "gold", "silver", "navy",
                                   "charcoal", "camel", "ivory", "cream", "grey"],
         tags=["glam", "evening", "classic", "office", "tailored"],
         slots=dict(top=["blouse", "turtleneck", "shirt", "camisole", "dress shirt", "sweater"],
                    bottom=["trousers", "skirt"], dress=["midi dress", "wrap dress", "slip dress"],
                    outerwear=["blazer"],
                    shoes=["pumps", "ankle boots", "loafers", "chelsea boots", "heeled sandals"],
                    accessory=["earrings", "clutch", "necklace", "watch"]),
         outer=0.5, acc=(0, 1), p_dress=0.45, season_in_text=True,
         forbid_types=["mini dress", "corset top", "sequin top", "jeans"],
         forbid_patterns=["graphic", "plaid"],
         house_n=4, nord_n=2,
         vibes=["office holiday party", "work christmas party",
                "company end-of-year party at a bar", "office xmas drinks straight from work",
                "holiday party with coworkers"],
         alts=["festive but work-appropriate outfit", "something a bit dressy for the company party",
               "seasonal party look that's still office-safe", "desk-to-party outfit for the holidays",
               "celebratory but sensible outfit for work drinks"],
         moods=["festive but still work-appropriate", "dressed up in a grown-up way", "polished with a little sparkle"],
         reasons=["it works from the desk to the party", "it's festive without being the office story on Monday",
                  "there's just enough shine for a party"],
         nord_lines=["Festive, and still yourself at work.", "One rich texture is celebration enough.",
                     "From desk to party, unchanged."]),
    dict(id="dinner-party", theme="casual dinner party at a friend's", occasion="dinner",
         depts=["women", "men", "unisex"], seasons=["any"], weather="",
         formality=(2, 3), palette=P_NEUTRAL + ["sage", "rust", "burgundy", "mustard", "blush", "gold", "silver"],
         tags=["classic", "minimalist", "cozy", "romantic"],
         slots=dict(top=["sweater", "shirt", "blouse", "t-shirt", "turtleneck", "polo shirt", "cardigan"],
                    bottom=["jeans", "trousers", "chinos", "skirt"], dress=["midi dress", "slip dress", "shirt dress"],
                    outerwear=["overshirt", "chore jacket", "trench coat", "wool coat", "denim jacket"],
                    shoes=["loafers", "sneakers", "ankle boots", "chelsea boots", "mules", "ballet flats"],
                    accessory=["earrings", "necklace", "watch"]),
         outer=0.3, acc=(0, 1), p_dress=0.25,
         forbid_patterns=["graphic"], forbid_types=["hoodie", "shorts", "sweatshirt"],
         house_n=4, nord_n=2,
         vibes=["dinner party at a friend's place", "casual dinner at friends' flat",
                "supper club at someone's house", "potluck dinner with friends",
                "friday night dinner party, nothing fancy"],
         alts=["relaxed but nice outfit for dinner at someone's home", "comfy-smart look for a home dinner party",
               "what to wear to a friend's dinner party", "easy, warm outfit for a long dinner table",
               "effortless look for eating and drinking at a friend's house"],
         moods=["relaxed with a little polish", "warm, easy and friendly", "casually nice"],
         reasons=["it's comfortable for a long night around a table", "it's nice enough to feel like an occasion",
                  "nothing here minds a red-wine splash"],
         nord_lines=["Dress for the table, not the room.", "Simple cloth, good company.",
                     "Ease, carefully chosen."]),
    dict(id="graduation", theme="graduation ceremony", occasion="ceremony",
         depts=["women", "men"], seasons=["spring", "summer"], weather="",
         formality=(3, 4), palette=P_LIGHT + ["navy", "blush", "sky blue", "sage", "lilac", "cobalt", "gold",
                                              "silver", "charcoal", "red"],
         tags=["classic", "romantic", "preppy", "tailored"],
         slots=dict(top=["shirt", "blouse", "dress shirt"], bottom=["trousers", "chinos", "skirt"],
                    dress=["midi dress", "wrap dress", "shirt dress"],
                    outerwear=["blazer"],
                    shoes=["heeled sandals", "mules", "loafers", "ballet flats", "derby shoes", "pumps"],
                    accessory=["earrings", "watch", "tie", "crossbody bag"]),
         outer=0.5, acc=(0, 1), p_dress=0.55,
         forbid_types=["sneakers", "jeans", "mini dress"], forbid_patterns=["graphic"],
         house_n=3, nord_n=2,
         vibes=["graduation ceremony", "my college graduation, under the gown",
                "my sister's graduation, family photos after", "graduation day outfit",
                "commencement ceremony then lunch"],
         alts=["smart, photo-ready outfit for a graduation", "what to wear under a grad gown",
               "polished look for a graduation and family lunch", "celebratory daytime outfit for commencement",
               "nice outfit for a university ceremony"],
         moods=["polished, fresh and photo-ready", "smart and celebratory", "classic with a little lift"],
         reasons=["it looks good under a gown and in the photos", "you can walk across the stage with confidence",
                  "it's smart enough for the ceremony and lunch after"],
         nord_lines=["A milestone, marked quietly.", "Pressed and ready for photographs.",
                     "Ceremony, without excess."]),
    # ---- Studio Nord's own themes (minimalist lookbook only) ----
    dict(id="nord-architecture", theme="architecture walk", occasion="city",
         depts=["women", "men", "unisex"], seasons=["spring", "autumn"], weather="",
         formality=(2, 3), palette=None, tags=None,
         slots=dict(top=["t-shirt", "sweater", "shirt", "turtleneck"], bottom=["trousers", "jeans"],
                    dress=["midi dress"],
                    outerwear=["trench coat", "wool coat", "overshirt", "raincoat"],
                    shoes=["sneakers", "loafers", "derby shoes"], accessory=["tote bag", "crossbody bag"]),
         outer=0.7, acc=(0, 1), p_dress=0.2,
         house_n=0, nord_n=3,
         vibes=["architecture tour in copenhagen", "walking tour of modernist buildings",
                "a day looking at buildings in a new city"],
         alts=["clean-lined outfit for a day of architecture", "minimal city-walking look for design lovers",
               "understated outfit for touring museums and buildings", "a design-trip wardrobe for one long walk"],
         nord_lines=["Concrete, glass and good cloth.", "Dress like the buildings: clear lines, no decoration.",
                     "Walk far; stay composed."]),
    dict(id="nord-presentation", theme="design presentation", occasion="work",
         depts=["women", "men"], seasons=["any"], weather="",
         formality=(3, 4), palette=None, tags=None,
         slots=dict(top=["shirt", "turtleneck", "sweater", "blouse", "dress shirt"], bottom=["trousers", "skirt"],
                    dress=["midi dress"], outerwear=["blazer", "wool coat"],
                    shoes=["loafers", "derby shoes", "ankle boots", "mules", "chelsea boots"],
                    accessory=["watch", "earrings", "tote bag"]),
         outer=0.5, acc=(0, 1), p_dress=0.2,
         house_n=0, nord_n=3,
         vibes=["presenting my design work to a client", "portfolio review",
                "design studio presentation day"],
         alts=["quietly confident outfit for presenting creative work", "sharp, minimal look for a design pitch",
               "what to wear when your work should do the talking", "calm, precise outfit for a client review"],
         nord_lines=["The work speaks; the clothes listen.", "Precision in cloth supports precision in thought.",
                     "Nothing on you competes with the screen."]),
    dict(id="nord-cabin", theme="cabin and sauna weekend", occasion="weekend",
         depts=["women", "men", "unisex"], seasons=["autumn", "winter"], weather="cold",
         formality=(2, 3), palette=None, tags=None,
         slots=dict(top=["sweater", "turtleneck", "long-sleeve tee"], bottom=["trousers", "jeans", "joggers"],
                    outerwear=["wool coat", "parka", "puffer jacket", "shearling jacket"],
                    shoes=["chelsea boots", "snow boots", "hiking boots"], accessory=["beanie", "scarf"]),
         outer="required", acc=(0, 1), p_dress=0.0,
         house_n=0, nord_n=3,
         vibes=["weekend at a cabin with a sauna", "lake cabin weekend in the cold",
                "forest cabin getaway"],
         alts=["warm, simple clothes for a weekend in the woods", "cosy outfit for a cabin by a frozen lake",
               "minimal cold-weather look for a cabin retreat", "wool-heavy outfit for a weekend off-grid"],
         nord_lines=["Wood smoke, wool and quiet.", "Warmth is the only luxury needed.",
                     "Pared back, like the forest in winter."]),
    dict(id="nord-solstice", theme="candlelit winter dinner", occasion="dinner",
         depts=["women", "men"], seasons=["winter"], weather="",
         formality=(3, 4), palette=None, tags=None,
         slots=dict(top=["turtleneck", "sweater", "shirt", "blouse"], bottom=["trousers", "skirt"],
                    dress=["midi dress", "sweater dress", "slip dress"],
                    shoes=["loafers", "ankle boots", "chelsea boots", "mules"], accessory=["earrings", "watch", "necklace"]),
         outer="none", acc=(0, 1), p_dress=0.4,
         house_n=0, nord_n=3,
         vibes=["candlelit winter solstice dinner", "midwinter dinner with close friends",
                "long dark evening, dinner by candlelight"],
         alts=["warm, elegant outfit for a candlelit supper", "quiet winter dinner look",
               "soft, dark outfit for a midwinter table", "evening knitwear for dinner at home with friends"],
         nord_lines=["Candlelight favours texture over colour.", "Warm light, long conversation.",
                     "Winter evenings ask for softness."]),
    dict(id="nord-ferry", theme="ferry day to the islands", occasion="travel",
         depts=["women", "men", "unisex"], seasons=["spring", "summer"], weather="",
         formality=(2, 3), palette=None, tags=None,
         slots=dict(top=["t-shirt", "sweater", "shirt", "long-sleeve tee"], bottom=["trousers", "jeans", "shorts"],
                    dress=["shirt dress", "midi dress"],
                    outerwear=["trench coat", "raincoat", "overshirt", "denim jacket"],
                    shoes=["sneakers", "sandals", "boat shoes", "loafers"],
                    accessory=["tote bag", "sunglasses"]),
         outer=0.5, acc=(0, 1), p_dress=0.25, nord_depts=["women", "men", "unisex"],
         house_n=0, nord_n=3,
         vibes=["ferry day trip to the archipelago", "island hopping by ferry",
                "day on the islands, windy deck"],
         alts=["breezy, simple outfit for a ferry crossing", "clean coastal look for a day on the water",
               "what to wear for a windy boat trip and island lunch", "relaxed nautical outfit without stripes"],
         nord_lines=["Wind, salt and a clean silhouette.", "Clean cloth for a bright crossing.",
                     "Sea-ready without a single stripe."]),
    dict(id="nord-concert", theme="evening at the concert hall", occasion="concert",
         depts=["women", "men"], seasons=["autumn", "winter"], weather="",
         formality=(3, 4), palette=None, tags=None,
         slots=dict(top=["turtleneck", "dress shirt", "blouse"], bottom=["trousers", "skirt"],
                    dress=["midi dress", "slip dress"], outerwear=["wool coat", "blazer"],
                    shoes=["loafers", "pumps", "oxford shoes", "ankle boots"],
                    accessory=["earrings", "clutch", "watch"]),
         outer=0.6, acc=(0, 1), p_dress=0.4,
         house_n=0, nord_n=3,
         vibes=["evening at the symphony", "classical concert at the concert hall",
                "opening night of the philharmonic season"],
         alts=["elegant, understated outfit for a classical concert", "dressy but quiet look for an orchestra night",
               "what to wear to the symphony", "refined evening outfit for the concert hall"],
         nord_lines=["Let the music be the ornament.", "Fine and perfectly still.",
                     "Evening dress, composed like a score."]),
]

# How colour names read on denim ("mid-wash jeans", not "denim blue denim jeans").
DENIM_WASH = {"denim blue": "mid-wash", "navy": "dark indigo", "black": "washed black",
              "grey": "washed grey", "cream": "ecru", "white": "white", "charcoal": "charcoal"}

# Phrase banks for vibe modifiers.  The vibe uses one phrasing and each
# paraphrase a different one, so a modifier never repeats word-for-word.
DEPT_MODS = {
    "men": [" for him", " (menswear)", ", men's", " for a guy", " - menswear please"],
    "women": [" for her", " (womenswear)", ", women's", " for a woman"],
    "unisex": [", gender-neutral", " (unisex)", ", genderless fit", " that anyone can wear"],
}
SEASON_MODS = {
    "spring": [" in spring", " this spring", ", early spring weather", " in april"],
    "summer": [" in summer", " this summer", ", midsummer", " in august"],
    "autumn": [" in autumn", " this fall", ", october weather", " in late september"],
    "winter": [" in winter", " this winter", ", january cold", " in december"],
}
BUDGET_MODS = [" under ${b}", ", budget ${b}", " for less than ${b} total", ", max ${b} all in",
               " without spending more than ${b}", " on a ${b} budget"]
BUDGET_STEPS = [100, 150, 200, 250, 300, 400]
MAX_QUOTED_BUDGET = 400

# Stylist-note fragments shared by all archetypes (archetype moods/reasons add the specifics).
# {s}/{o}/{a} are item descriptions; {v}/{vs} pick "is"/"are", "adds"/"add" for plural items.
SHOE_PHRASES = ["the {s} ground the look", "the {s} keep it practical", "the {s} finish it cleanly",
                "the {s} pull it together", "the {s} keep it grounded"]
DRESSY_SHOE_PHRASES = ["the {s} finish it elegantly", "the {s} add polish", "the {s} pull it together",
                       "the {s} give it lift"]
OUTER_STATEMENTS = ["the {o} goes on top when it cools down", "the {o} adds structure",
                    "the {o} is the layer that makes it"]
OUTER_IMPERATIVES = ["throw the {o} over everything", "layer the {o} on top"]
OUTER_RAIN = ["the {o} takes the rain", "the {o} keeps the weather out"]
OUTER_COLD = ["the {o} handles the cold", "the {o} does the heavy lifting against the chill"]
ACC_STATEMENTS = ["the {a} {v} the only extra it needs", "the {a} {vs} a finishing touch"]
ACC_IMPERATIVES = ["finish with the {a}", "add the {a} and you're done"]

# ---------------------------------------------------------------------------
# Catalog generation
# ---------------------------------------------------------------------------


@dataclass
class Product:
    handle: str
    title: str
    description: str
    brand: str
    department: str
    slot: str
    product_type: str
    colors: list
    materials: list
    pattern: str
    seasons: list
    formality: int
    style_tags: list
    active: bool
    variants: list            # [(sku, size, stock)]
    price: str
    compare_at_price: str
    short: str = ""            # short noun for stylist notes
    model: str = ""
    sizes: list = field(default_factory=list)

    @property
    def in_stock(self) -> bool:
        return any(stock > 0 for _, _, stock in self.variants)

    @property
    def price_value(self) -> float:
        return float(self.price)


DEPT_LETTER = {"w": "women", "m": "men", "u": "unisex"}
ALPHA_SIZES = {"women": ["XS", "S", "M", "L", "XL"], "men": ["S", "M", "L", "XL", "XXL"],
               "unisex": ["XS", "S", "M", "L", "XL", "XXL"]}
WAIST_SIZES = {"women": ["26", "27", "28", "29", "30", "31", "32"],
               "men": ["28", "30", "32", "34", "36", "38"],
               "unisex": ["28", "30", "32", "34", "36"]}
SHOE_SIZES = {"women": [str(s) for s in range(36, 42)], "men": [str(s) for s in range(40, 47)],
              "unisex": [str(s) for s in range(36, 46)]}
WAIST_TYPES = {"jeans", "chinos", "trousers", "work pants"}


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def is_plural(noun: str) -> bool:
    """'jeans', 'chelsea boots', 'gold hoops' are plural; 'slip dress' is not."""
    return noun.endswith("s") and not noun.endswith("ss")


def size_scheme(ptype: str, dept: str, opts: dict) -> list:
    slot = TYPE_SLOT[ptype]
    if slot == "shoes":
        return SHOE_SIZES[dept]
    if slot == "accessory":
        return ["S", "M", "L"] if ptype == "belt" else ["One Size"]
    scheme = opts.get("sizes")
    if scheme is None:
        scheme = "waist" if ptype in WAIST_TYPES else "alpha"
    return WAIST_SIZES[dept] if scheme == "waist" else ALPHA_SIZES[dept]


def colour_phrase(colours: list, pattern: str) -> str:
    if len(colours) == 1:
        base = colours[0]
    else:
        base = " and ".join(colours)
    if pattern == "solid":
        return base
    if pattern == "graphic":
        return base
    word = {"striped": "striped"}.get(pattern, pattern)
    return f"{base} {word}"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def a_an(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def describe(m: dict, colours: list, rng: random.Random) -> str:
    """Write a 2-3 sentence product description from the model's phrases."""
    plural = is_plural(m["ptype"])
    if "denim" in m["materials"] and len(colours) == 1:
        col = DENIM_WASH.get(colours[0], colours[0])
    else:
        col = colour_phrase(colours, m["pattern"])
    fab, fit, det, wear = m["fab"], m["fit"], m["det"], m["wear"]
    noun, ptype = m["short"], m["ptype"]
    slot = TYPE_SLOT[ptype]
    pron, be = ("They", "are") if plural else ("It", "is")
    # before a noun that already names the pattern ("floral tea dress"), say only the colours
    root = {"striped": "stripe"}.get(m["pattern"], m["pattern"])
    ncol = " and ".join(colours) if root in (noun + " " + m["stem"]).lower() else col
    stem_l = m["stem"].lower().replace("breton", "Breton").replace("chelsea", "Chelsea")
    lead = f"{ncol} {noun}" if plural else f"{a_an(ncol)} {ncol} {noun}"
    if slot in ("shoes", "accessory"):
        # fit phrases of shoes and accessories are noun phrases ("a pointed toe")
        display = ptype.replace("chelsea", "Chelsea")
        lead = f"{col} {display}" if plural else f"{a_an(col)} {col} {display}"
        templates = [
            f"{cap(lead)} in {fab} with {fit}. Finished with {det}. {wear}",
            f"Made from {fab} in {col}: {fit}, finished with {det}. {wear}",
        ]
        if not any(c in m["stem"].lower() for c in colours):
            templates.append(f"The {stem_l}, here in {col}. {cap(fab)} with {fit}. {wear}")
    else:
        templates = [
            f"{cap(lead)} in {fab}, {fit}. Details include {det}. {wear}",
            f"Made from {fab} in {col}. {pron} {be} {fit}, with {det}. {wear}",
            f"{cap(fit)}, in {col} {fab} with {det}. {wear}",
            f"Our {stem_l} in {ncol}: {fab}, {fit}, finished with {det}. {wear}",
            f"{cap(fab)} in {col}, {fit}. {wear}",
            f"{cap(det)} set this {ncol} {noun} apart. {cap(fit)}, in {fab}. {wear}" if not plural
            else f"{cap(lead)} with {det}. {cap(fit)}, in {fab}. {wear}",
        ]
    return rng.choice(templates)


def price_in(lo: int, hi: int, rng: random.Random) -> float:
    raw = rng.uniform(lo, hi)
    if raw < 60:
        return float(int(round(raw)))
    value = int(round(raw / 5.0) * 5)
    if rng.random() < 0.6:
        value -= 1
    return float(max(lo, min(hi, value)))


def parse_models() -> list:
    keys = ["key", "ptype", "depts", "stem", "short", "materials", "pattern", "colourways",
            "formality", "seasons", "tags", "price", "brand", "fab", "fit", "det", "wear"]
    out = []
    for row in MODELS:
        m = dict(zip(keys, row[:17]))
        m["opts"] = row[17] if len(row) > 17 else {}
        out.append(m)
    return out


def build_catalog(rng: random.Random) -> list:
    names = list(DESIGN_NAMES)
    rng.shuffle(names)
    name_i = 0
    products = []
    for m in parse_models():
        for letter in m["depts"]:
            dept = DEPT_LETTER[letter]
            name = names[name_i % len(names)]
            name_i += 1
            title = f"{name} {m['stem']}"
            base_price = price_in(*m["price"], rng)
            for way in m["colourways"].split("|"):
                colours = way.split(";")
                handle = f"{slugify(title)}-{slugify('-'.join(colours))}"
                if len(m["depts"]) > 1 and dept != "unisex":
                    handle += "-" + ("w" if dept == "women" else "m")
                # colourways of one model share a price, with a little drift for special colours
                price = base_price if rng.random() < 0.75 else price_in(*m["price"], rng)
                products.append(Product(
                    handle=handle, title=title, description=describe(m, colours, rng),
                    brand=BRANDS[m["brand"]], department=dept, slot=TYPE_SLOT[m["ptype"]],
                    product_type=m["ptype"], colors=colours, materials=m["materials"].split(";"),
                    pattern=m["pattern"], seasons=m["seasons"].split(";"), formality=m["formality"],
                    style_tags=m["tags"].split(";"), active=True, variants=[],
                    price=f"{price:.2f}", compare_at_price="", short=m["short"], model=m["key"],
                    sizes=size_scheme(m["ptype"], dept, m["opts"])))
    # stock, sales, inactive and sold-out flags
    n = len(products)
    idx = list(range(n))
    rng.shuffle(idx)
    n_inactive = round(n * 0.03)
    n_soldout = round(n * 0.05)
    n_sale = round(n * 0.15)
    inactive = set(idx[:n_inactive])
    soldout = set(idx[n_inactive:n_inactive + n_soldout])
    sale = set(rng.sample(range(n), n_sale))
    for i, p in enumerate(products):
        sizes = p.sizes
        mid = (len(sizes) - 1) / 2.0
        stocks = []
        for j, size in enumerate(sizes):
            if i in soldout:
                stocks.append(0)
                continue
            centre = 1.0 - abs(j - mid) / (mid + 1.0) if len(sizes) > 1 else 1.0
            stock = int(round(rng.gauss(4 + 14 * centre, 4)))
            if rng.random() < 0.14:
                stock = 0
            stocks.append(max(0, stock))
        if i not in soldout and not any(stocks):
            stocks[len(stocks) // 2] = rng.randint(2, 9)
        p.variants = [(f"VS-{10001 + i}-{'OS' if s == 'One Size' else s}", s, st)
                      for s, st in zip(sizes, stocks)]
        p.active = i not in inactive
        if i in sale:
            price = float(p.price)
            compare = round(price * rng.uniform(1.2, 1.6) / 5.0) * 5
            if compare <= price:
                compare = math.ceil(price / 5.0) * 5 + 5
            p.compare_at_price = f"{compare:.2f}"
    handles = [p.handle for p in products]
    assert len(handles) == len(set(handles)), "duplicate product handle"
    return products


# ---------------------------------------------------------------------------
# Rules (shared by the look builder and check())
# ---------------------------------------------------------------------------

def arch_by_id() -> dict:
    return {a["id"]: a for a in ARCHETYPES}


def allowed_types(arch: dict, style: str, slot: str) -> list:
    if style == "nord" and "nord" in arch:
        return arch["nord"].get(slot, [])
    return arch["slots"].get(slot, [])


def outer_mode(arch: dict, dept: str):
    mode = arch["outer"]
    if isinstance(mode, dict):
        mode = mode.get(dept, "none")
    return mode


def look_depts(arch: dict, style: str) -> list:
    """Departments a lookbook styles this archetype for (Studio Nord skips unisex unless told)."""
    if style == "nord":
        return arch.get("nord_depts", [d for d in arch["depts"] if d != "unisex"])
    return arch["depts"]


def dept_ok(item_dept: str, look_dept: str) -> bool:
    if look_dept == "unisex":
        return item_dept == "unisex"
    return item_dept in (look_dept, "unisex")


def item_problems(p: Product, slot: str, ctx: dict) -> list:
    """Every reason this product may not fill `slot` in a look with this context."""
    arch, dept, season, style = ctx["arch"], ctx["dept"], ctx["season"], ctx["style"]
    probs = []
    if p.slot != slot:
        probs.append("wrong slot")
    if p.product_type not in allowed_types(arch, style, slot):
        probs.append(f"type {p.product_type} not allowed for {slot}")
    if not p.active:
        probs.append("inactive")
    if not p.in_stock:
        probs.append("out of stock")
    if not dept_ok(p.department, dept):
        probs.append(f"department {p.department} for a {dept} look")
    if season == "any":
        if len(p.seasons) < 3:
            probs.append("season-agnostic look needs a 3+ season item")
    elif season not in p.seasons:
        probs.append(f"not a {season} item")
    lo, hi = arch.get("nord_formality", arch["formality"]) if style == "nord" else arch["formality"]
    if slot == "accessory":
        lo, hi = lo - 1, hi + 1
    if not lo <= p.formality <= hi:
        probs.append(f"formality {p.formality} outside {lo}-{hi}")
    mats = set(p.materials)
    if p.product_type in arch.get("forbid_types", []):
        probs.append(f"forbidden type {p.product_type}")
    if mats & set(arch.get("forbid_materials", [])):
        probs.append("forbidden material")
    if p.pattern in arch.get("forbid_patterns", []):
        probs.append(f"forbidden pattern {p.pattern}")
    if set(p.colors) & set(arch.get("forbid_colours", [])):
        probs.append("forbidden colour")
    weather = arch["weather"]
    if weather == "rain":
        if mats & RAIN_FORBID_MATERIALS:
            probs.append("rain: delicate material")
        if p.product_type in RAIN_FORBID_TYPES:
            probs.append("rain: open or delicate shoe / shorts")
        if slot == "shoes" and "canvas" in mats:
            probs.append("rain: canvas shoes")
        if slot == "outerwear" and "waterproof" not in p.style_tags:
            probs.append("rain: outerwear must be waterproof")
    elif weather == "cold":
        if p.product_type in COLD_FORBID_TYPES:
            probs.append("cold: summer piece")
        if mats & COLD_FORBID_MATERIALS:
            probs.append("cold: summer material")
        if slot == "outerwear" and p.product_type not in COLD_OUTERWEAR:
            probs.append("cold: outerwear must be a warm coat")
    elif weather == "hot":
        if mats & HOT_FORBID_MATERIALS:
            probs.append("hot: heavy material")
        if p.product_type in HOT_FORBID_TYPES:
            probs.append("hot: cold-weather piece")
        if slot == "outerwear" and p.product_type not in HOT_ALLOWED_OUTERWEAR:
            probs.append("hot: heavy outerwear")
    if style == "house":
        if arch["palette"] is not None and not set(p.colors) <= set(arch["palette"]):
            probs.append("colour outside the archetype palette")
        if arch["tags"] is not None and not set(p.style_tags) & set(arch["tags"]):
            probs.append("no matching style tag")
    else:  # Studio Nord
        ok_colours = NORD_COLOURS + (NORD_ACCESSORY_METALS if slot == "accessory" else [])
        if not set(p.colors) <= set(ok_colours):
            probs.append("nord: colour outside the neutral palette")
        if p.pattern != "solid":
            probs.append("nord: pattern")
        if not mats <= NORD_MATERIALS:
            probs.append("nord: material")
        if not set(p.style_tags) & NORD_TAGS:
            probs.append("nord: not a minimalist/classic/tailored piece")
        if p.product_type in NORD_FORBID_TYPES:
            probs.append("nord: forbidden type")
    return probs


def colour_family(colour: str) -> str:
    if colour in METALS:
        return "metal"
    if colour in NEUTRALS:
        return "neutral"
    return "statement"


def look_problems(items: list, ctx: dict, complete: bool = True) -> list:
    """Rules about the combination of items (slot structure, colour, formality, ...)."""
    arch, dept, style = ctx["arch"], ctx["dept"], ctx["style"]
    probs = []
    slots = Counter(p.slot for p in items)
    handles = [p.handle for p in items]
    if len(set(handles)) != len(handles):
        probs.append("duplicate item")
    for s in ("top", "bottom", "dress", "outerwear", "shoes"):
        if slots[s] > 1:
            probs.append(f"more than one {s}")
    if slots["dress"] and (slots["top"] or slots["bottom"]):
        probs.append("dress combined with top/bottom")
    max_acc = arch["acc"][1]
    if style == "nord":
        max_acc = min(max_acc, NORD_MAX_ACCESSORIES)
    if slots["accessory"] > max_acc:
        probs.append("too many accessories")
    acc_types = [p.product_type for p in items if p.slot == "accessory"]
    if len(set(acc_types)) != len(acc_types):
        probs.append("two accessories of the same type")
    mode = outer_mode(arch, dept)
    if mode == "none" and slots["outerwear"]:
        probs.append("outerwear not wanted")
    if complete:
        if slots["shoes"] != 1:
            probs.append("shoes missing")
        if not (slots["dress"] == 1 or (slots["top"] == 1 and slots["bottom"] == 1)):
            probs.append("needs top+bottom or a dress")
        if (mode == "required" or arch["weather"] in ("rain", "cold")) and not slots["outerwear"]:
            probs.append("outerwear required")
        min_acc = arch["acc"][0]
        if style == "nord":
            min_acc = min(min_acc, NORD_MAX_ACCESSORIES)
        if slots["accessory"] < min_acc:
            probs.append("too few accessories")
        if not 3 <= len(items) <= 6:
            probs.append("look must have 3-6 items")
    # formality: clothing and shoes within one step of each other
    forms = [p.formality for p in items if p.slot != "accessory"]
    if forms and max(forms) - min(forms) > 1:
        probs.append("formality span > 1")
    # colour harmony
    colours = [c for p in items for c in p.colors]
    statements = sorted({c for c in colours if colour_family(c) == "statement"})
    if len(statements) > 1:
        probs.append(f"more than one statement colour {statements}")
    if "gold" in colours and "silver" in colours:
        probs.append("mixes gold and silver")
    for p in items:
        if p.slot == "shoes" or p.product_type in BAG_TYPES:
            others = {c for q in items if q is not p for c in q.colors}
            if not all(colour_family(c) in ("neutral", "metal") or c in others for c in p.colors):
                probs.append(f"{p.slot} colour does not anchor to the look")
    # style clashes between the main pieces (clothing and shoes)
    primaries = {p.style_tags[0] for p in items if p.slot != "accessory"}
    for x, y in STYLE_CLASHES:
        if x in primaries and y in primaries:
            probs.append(f"style clash {x}/{y}")
    # never double up a heavy or statement fabric (fleece on fleece, leather on leather ...)
    for mat in SINGLE_USE_MATERIALS:
        if sum(1 for p in items if p.slot in ("top", "bottom", "dress", "outerwear") and mat in p.materials) > 1:
            probs.append(f"two {mat} pieces")
    # pattern mixing
    patterned = [p.pattern for p in items if p.pattern != "solid"]
    if len(patterned) > arch.get("max_patterns", 1) or len(set(patterned)) != len(patterned):
        probs.append("too many patterns")
    budget = ctx.get("budget")
    if budget is not None and sum(p.price_value for p in items) > budget:
        probs.append("over budget")
    return probs


# ---------------------------------------------------------------------------
# Look building
# ---------------------------------------------------------------------------

def candidate_pool(products: list, ctx: dict, slot: str) -> list:
    return [p for p in products if p.slot == slot and not item_problems(p, slot, ctx)]


def weighted_choice(cands: list, weights: list, rng: random.Random):
    total = sum(weights)
    r = rng.random() * total
    for c, w in zip(cands, weights):
        r -= w
        if r <= 0:
            return c
    return cands[-1]


def build_look(products, ctx, rng, usage, usage_book, existing,
               caps=(MAX_USES_PER_LOOKBOOK, MAX_USES_TOTAL)):
    """Seeded randomised search for a look obeying every rule; None if impossible. `caps`: how many looks of
    this lookbook and of both lookbooks a product may already be in."""
    arch, dept, style = ctx["arch"], ctx["dept"], ctx["style"]
    pools = {s: candidate_pool(products, ctx, s) for s in SLOTS}
    mode = outer_mode(arch, dept)
    for _attempt in range(400):
        dress_ok = bool(pools["dress"]) and (dept == "women" or
                                             (dept == "unisex" and any(p.product_type == "jumpsuit" for p in pools["dress"])))
        use_dress = dress_ok and rng.random() < (arch["p_dress"] if dept == "women" else 0.3 * arch["p_dress"])
        if arch["p_dress"] >= 1.0 and dept == "women" and dress_ok:
            use_dress = True
        plan = ["dress"] if use_dress else ["top", "bottom"]
        plan.append("shoes")
        want_outer = mode == "required" or arch["weather"] in ("rain", "cold") or (
            isinstance(mode, float) and rng.random() < mode)
        if want_outer:
            plan.append("outerwear")
        lo, hi = arch["acc"]
        if style == "nord":
            hi = min(hi, NORD_MAX_ACCESSORIES)
            lo = min(lo, hi)
        n_acc = lo if hi == lo else rng.choice([k for k in range(lo, hi + 1) for _ in range(3 if k <= 1 else 1)])
        plan += ["accessory"] * n_acc
        items = []
        ok = True
        for slot in plan:
            cands, weights = [], []
            for p in pools[slot]:
                if usage_book[p.handle] >= caps[0] or usage[p.handle] >= caps[1]:
                    continue
                if look_problems(items + [p], ctx, complete=False):
                    continue
                w = 1.0 / (1 + usage[p.handle] + 2 * usage_book[p.handle]) ** 2
                if ctx.get("budget_mode"):
                    w *= (40.0 / p.price_value) ** 1.5
                if style == "house" and arch["tags"]:
                    w *= 1 + 0.5 * len(set(p.style_tags) & set(arch["tags"]))
                cands.append(p)
                weights.append(w)
            if not cands:
                ok = False
                break
            items.append(weighted_choice(cands, weights, rng))
        if not ok or look_problems(items, ctx):
            continue
        key = frozenset(p.handle for p in items)
        core = frozenset(p.handle for p in items if p.slot in ("top", "bottom", "dress"))
        if any(len(key & other) >= 3 or core == other_core for other, other_core in existing):
            continue
        return items
    return None


def order_items(items: list) -> list:
    rank = {s: i for i, s in enumerate(["top", "dress", "bottom", "outerwear", "shoes", "accessory"])}
    return sorted(items, key=lambda p: (rank[p.slot], p.handle))


# ---------------------------------------------------------------------------
# Text: vibes, paraphrases and stylist notes
# ---------------------------------------------------------------------------

def phrase_ok(phrase: str, dept: str) -> bool:
    if phrase[:2] in ("w:", "m:"):
        return {"w:": "women", "m:": "men"}[phrase[:2]] == dept
    return True


def strip_tag(phrase: str) -> str:
    return phrase[2:] if phrase[:2] in ("w:", "m:") else phrase


def vibe_texts(arch, k, dept, season, budget, rng):
    vibes = [strip_tag(v) for v in arch["vibes"] if phrase_ok(v, dept)]
    alts = [strip_tag(a) for a in arch["alts"] if phrase_ok(a, dept)]
    vibe = vibes[k % len(vibes)]
    paras = rng.sample(alts, 3)
    mods = []  # phrase banks for the modifiers applied to this look (at most two)
    if budget is not None:
        mods.append([m.replace("{b}", str(budget)) for m in BUDGET_MODS])
    p_dept = {"women": 0.12, "men": 0.45, "unisex": 0.5}[dept]
    if rng.random() < p_dept:
        mods.append(DEPT_MODS[dept])
    if (len(mods) < 2 and season != "any" and len(arch["seasons"]) > 1
            and not arch.get("season_in_text") and rng.random() < 0.3):
        mods.insert(0, SEASON_MODS[season])
    for bank in mods:
        picks = rng.sample(bank, 4)
        vibe += picks[0]
        paras = [p + picks[i + 1] for i, p in enumerate(paras)]
    return vibe, paras


def item_desc(p: Product) -> str:
    """Short, natural description of a product for notes ("mid-wash ripped jeans")."""
    short = p.short
    if any(c in short for c in p.colors):
        return short
    if "denim" in p.materials and len(p.colors) == 1:
        return f"{DENIM_WASH.get(p.colors[0], p.colors[0])} {short}"
    if len(p.colors) == 1:
        return f"{p.colors[0]} {short}"
    return "-and-".join(c.replace(" ", "-") for c in p.colors) + " " + short


def word_count(text: str) -> int:
    return len(text.split())


TUCKABLE = {"t-shirt", "shirt", "blouse", "camisole", "polo shirt", "tank top", "dress shirt"}


def noun_phrase(p: Product, article: str = "a") -> str:
    """Item description with an article where English needs one ("a black slip dress", "ripped jeans")."""
    desc = item_desc(p)
    if is_plural(p.product_type) or is_plural(p.short):
        return desc
    if article == "the":
        return f"the {desc}"
    return f"{a_an(desc)} {desc}"


def join_list(parts: list) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def house_note(items, arch, rng):
    """A stylist's one-liner that names the real pieces and says why the look works."""
    by = defaultdict(list)
    for p in items:
        by[p.slot].append(p)
    shoes = item_desc(by["shoes"][0])
    reasons = [r[2:] for r in arch["reasons"] if r.startswith("o:") and by["outerwear"]]
    reasons += [r for r in arch["reasons"] if not r.startswith("o:")]
    statements, imperatives = [], []
    if by["outerwear"]:
        o = item_desc(by["outerwear"][0])
        bank = OUTER_RAIN if arch["weather"] == "rain" else OUTER_COLD if arch["weather"] == "cold" else OUTER_STATEMENTS
        statements += [x.format(o=o) for x in bank]
        imperatives += [x.format(o=o) for x in OUTER_IMPERATIVES]
    if by["accessory"]:
        acc = by["accessory"][0]
        plural = is_plural(acc.product_type) or is_plural(acc.short)
        statements += [x.format(a=item_desc(acc), v="are" if plural else "is", vs="add" if plural else "adds")
                       for x in ACC_STATEMENTS]
        imperatives += [x.format(a=item_desc(acc)) for x in ACC_IMPERATIVES]
    colours = [c for p in items for c in p.colors]
    hit = next((p for p in items if p.slot in ("outerwear", "shoes", "accessory")
                and any(colour_family(c) == "statement" for c in p.colors)), None)
    if hit is not None:
        plural = is_plural(hit.product_type) or is_plural(hit.short)
        statements.append(f"the {item_desc(hit)} {'bring' if plural else 'brings'} the one hit of colour")
    for _ in range(300):
        mood = rng.choice(arch["moods"])
        reason = rng.choice(reasons)
        if by["dress"]:
            d = by["dress"][0]
            core = rng.choice([f"{cap(noun_phrase(d, 'the'))} keeps it {mood}",
                               f"Let {noun_phrase(d, 'the')} lead: it's {mood}",
                               f"Built around {noun_phrase(d)}, it's {mood}",
                               f"Start with {noun_phrase(d)}: it's {mood}"])
        else:
            top, bottom = by["top"][0], by["bottom"][0]
            t, b = noun_phrase(top), noun_phrase(bottom)
            options = [f"{cap(t)} with {b} feels {mood}", f"Pairing {t} with {b} keeps it {mood}",
                       f"{cap(noun_phrase(top, 'the'))} and {b} make it {mood}"]
            if top.product_type in TUCKABLE and bottom.product_type not in ("shorts", "joggers", "leggings"):
                options.append(f"{cap(t)} tucked into {b} is {mood}")
            core = rng.choice(options)
        dressy = by["shoes"][0].formality >= 3 or by["shoes"][0].product_type in ("pumps", "heeled sandals")
        shoe = rng.choice(DRESSY_SHOE_PHRASES if dressy else SHOE_PHRASES).format(s=shoes)
        form = rng.randrange(7)
        if form == 5:
            note = f"{core}, and {shoe}."
        elif form == 6 and not by["dress"]:
            note = f"{core}; {reason}."
        elif form == 1 and (statements or imperatives):
            note = f"{core}. {cap(rng.choice(statements + imperatives))}, and {shoe}."
        elif form == 2 and (statements or imperatives):
            note = f"{core}. {cap(rng.choice(statements + imperatives))}; {reason}."
        elif form == 3 and statements:
            note = f"{core}, and {rng.choice(statements)}."
        elif form == 4:
            note = f"{core}. {cap(shoe)}, and {reason}."
        else:
            note = f"{core}; {shoe}, and {reason}."
        if 12 <= word_count(note) <= 30:
            return note
    raise RuntimeError(f"could not write a note for {arch['id']}")


def nord_note(items, arch, rng):
    """Studio Nord's voice: the pieces, listed plainly, then one calm line."""
    lines = arch.get("nord_lines") or ["Nothing extra."]
    descs = [item_desc(p) for p in items]
    main = [item_desc(p) for p in items if p.slot in ("top", "bottom", "dress")]
    rest = [item_desc(p) for p in items if p.slot in ("outerwear", "shoes", "accessory")]
    tones = []
    for p in items:
        for c in p.colors:
            if c not in tones and c not in METALS:
                tones.append(c)
    for _ in range(100):
        line = rng.choice(lines)
        form = rng.randrange(4)
        if form == 1 and len(tones) >= 2:
            note = f"A study in {tones[0]} and {tones[1]}: {join_list(descs)}. {line}"
        elif form == 2:
            note = f"{cap(join_list(main))}, nothing more. {cap(join_list(rest))}. {line}"
        elif form == 3 and len(main) + len(rest) > 2:
            note = f"Start with the {main[0]}. {cap(join_list(main[1:] + rest))}. {line}"
        else:
            note = f"{cap(join_list(descs))}. {line}"
        if 12 <= word_count(note) <= 30:
            return note
    raise RuntimeError(f"could not write a Studio Nord note for {arch['id']}")


# ---------------------------------------------------------------------------
# Lookbook generation
# ---------------------------------------------------------------------------

def looks_per_archetype(style: str) -> dict:
    """How many first-round looks each archetype gets in this lookbook."""
    return {a["id"]: (a["house_n"] if style == "house" else a["nord_n"]) for a in ARCHETYPES}


def curate(products, style, rng, usage, usage_book, existing, first: dict, last: dict, caps) -> list:
    """Build looks number first[id] .. last[id] - 1 of each archetype, round-robin over the archetypes so that
    product usage (capped per lookbook and overall) is spread evenly. Unshuffled, without look ids."""
    looks = []
    for k in range(max(last.values())):
        for arch in ARCHETYPES:
            if not first[arch["id"]] <= k < last[arch["id"]]:
                continue
            depts = look_depts(arch, style)
            dept_order = depts[k % len(depts):] + depts[:k % len(depts)]
            seasons = arch["seasons"]
            season_order = seasons[k % len(seasons):] + seasons[:k % len(seasons)]
            budget_mode = bool(arch.get("budget")) and rng.random() < 0.4
            items = None
            for dept in dept_order:
                for season in season_order:
                    ctx = dict(arch=arch, dept=dept, season=season, style=style, budget_mode=budget_mode)
                    items = build_look(products, ctx, rng, usage, usage_book, existing[arch["id"]], caps)
                    if items:
                        break
                if items:
                    break
            if not items:
                print(f"  ! could not build {style} look {k + 1} for {arch['id']}", file=sys.stderr)
                continue
            total = sum(p.price_value for p in items)
            budget = None
            if budget_mode:  # a budget is only quoted when it is a real constraint
                budget = next((b for b in BUDGET_STEPS if b >= total), None)
                if budget is not None and budget > MAX_QUOTED_BUDGET:
                    budget = None
            for p in items:
                usage[p.handle] += 1
                usage_book[p.handle] += 1
            existing[arch["id"]].append((frozenset(p.handle for p in items),
                             frozenset(p.handle for p in items if p.slot in ("top", "bottom", "dress"))))
            vibe, paras = vibe_texts(arch, k, dept, season, budget, rng)
            note = house_note(items, arch, rng) if style == "house" else nord_note(items, arch, rng)
            looks.append(dict(arch=arch["id"], vibe=vibe, paraphrases=paras, occasion=arch["occasion"],
                              season=season, department=dept, items=order_items(items), note=note))
    return looks


@dataclass
class Lookbook:
    """One lookbook's looks and what a later curation round must know: how often each product is worn in it,
    and each archetype's looks so far (no new look repeats one)."""

    looks: list
    usage_book: Counter
    existing: dict


def make_lookbook(products, style, rng, usage, prefix) -> Lookbook:
    """The first round of one lookbook: each archetype's looks, shuffled and numbered prefix-001 onwards."""
    usage_book = Counter()
    existing = defaultdict(list)
    counts = looks_per_archetype(style)
    looks = curate(products, style, rng, usage, usage_book, existing, {a: 0 for a in counts}, counts,
                   (MAX_USES_PER_LOOKBOOK, MAX_USES_TOTAL))
    # the split holds out first-round looks by key: a missing look would renumber every look after it
    assert len(looks) == sum(counts.values()), f"{style}: the first round is incomplete"
    rng.shuffle(looks)
    for i, look in enumerate(looks):
        look["look_id"] = f"{prefix}-{i + 1:03d}"
    return Lookbook(looks, usage_book, existing)


def held_out_key(look_key: str) -> bool:
    """models/dataset.py's is_held_out (this script runs on the standard library alone)."""
    return int(hashlib.sha256(look_key.encode()).hexdigest(), 16) % 100 < EVAL_PERCENT


def next_training_number(prefix: str, after: int) -> int:
    """The first look number after `after` whose key the evaluation split keeps for training."""
    number = after + 1
    while held_out_key(f"{prefix}-{number:03d}"):
        number += 1
    return number


def add_looks(products, style, rng, usage, book: Lookbook, prefix) -> list:
    """The second curation round: up to ADDED_ROUNDS times each archetype's first-round looks more (fewer where
    the caps run out), shuffled and numbered after the lookbook's looks, skipping keys the evaluation split
    would hold out."""
    counts = looks_per_archetype(style)
    added = curate(products, style, rng, usage, book.usage_book, book.existing, counts,
                   {a: n * (1 + ADDED_ROUNDS) for a, n in counts.items()},
                   (ADDED_MAX_USES_PER_LOOKBOOK, ADDED_MAX_USES_TOTAL))
    rng.shuffle(added)
    number = len(book.looks)
    for look in added:
        number = next_training_number(prefix, number)
        look["look_id"] = f"{prefix}-{number:03d}"
    return added


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------

def write_csv(path: Path, columns: list, rows: list) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def product_rows(products: list) -> list:
    rows = []
    for p in products:
        for sku, size, stock in p.variants:
            rows.append([p.handle, p.title, p.description, p.brand, p.department, p.slot, p.product_type,
                         ";".join(p.colors), ";".join(p.materials), p.pattern, ";".join(p.seasons),
                         str(p.formality), ";".join(p.style_tags), "", "true" if p.active else "false",
                         sku, size, p.colors[0], str(stock), p.price, p.compare_at_price])
    return rows


def look_rows(looks: list) -> list:
    return [[lk["look_id"], lk["vibe"], " | ".join(lk["paraphrases"]), lk["occasion"], lk["season"],
             lk["department"], ";".join(p.handle for p in lk["items"]), lk["note"]] for lk in looks]


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

HANDLE_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SKU_RE = re.compile(r"^VS-\d{5}-[A-Z0-9]+$")
PRICE_RE = re.compile(r"^\d+\.\d{2}$")
BUDGET_RE = re.compile(r"\$(\d+)")


def read_csv(path: Path):
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        return header, [dict(zip(header, row)) for row in reader]


def base_vibes() -> dict:
    """base vibe phrase -> archetype id (used to recover a look's archetype from its vibe)."""
    out = {}
    for a in ARCHETYPES:
        for v in a["vibes"]:
            out[strip_tag(v)] = a["id"]
    return out


def archetype_for_vibe(vibe: str, bases: dict) -> str:
    matches = [b for b in bases if vibe.startswith(b)]
    assert matches, f"vibe {vibe!r} matches no archetype"
    return bases[max(matches, key=len)]


def check_archetypes() -> None:
    ids = [a["id"] for a in ARCHETYPES]
    assert len(ids) == len(set(ids)), "duplicate archetype id"
    seen_vibes, seen_alts = {}, {}
    for a in ARCHETYPES:
        for v in a["vibes"]:
            v = strip_tag(v)
            assert v not in seen_vibes, f"vibe {v!r} used twice"
            seen_vibes[v] = a["id"]
        for t in a["alts"]:
            t = strip_tag(t)
            assert t not in seen_alts, f"paraphrase {t!r} used twice"
            seen_alts[t] = a["id"]
        if a["weather"] in ("rain", "cold"):
            assert a["outer"] == "required", f"{a['id']}: rain/cold archetypes must require outerwear"
        if a["house_n"]:
            assert a["palette"] and a["tags"] and len(a["moods"]) >= 3 and len(a["reasons"]) >= 3, a["id"]
        if a["nord_n"]:
            assert a.get("nord_lines"), f"{a['id']}: Studio Nord looks need nord_lines"
        assert len([x for x in a["alts"]]) >= 4, f"{a['id']}: needs 4+ paraphrase phrasings"
        for slot, types in list(a["slots"].items()) + list(a.get("nord", {}).items()):
            for t in types:
                assert TYPE_SLOT.get(t) == slot, f"{a['id']}: {t} is not a {slot}"
        lo, hi = a["formality"]
        assert 1 <= lo <= hi <= 5 and hi - lo <= 1, f"{a['id']}: formality range must span <= 1"
    overlap = set(seen_vibes) & set(seen_alts)
    assert not overlap, f"phrases used both as vibe and paraphrase: {overlap}"
    bases = list(seen_vibes)
    for b in bases:
        for c in bases:
            if b != c and c.startswith(b):
                assert seen_vibes[b] == seen_vibes[c], f"vibe {b!r} is a prefix of {c!r}"


def load_products(rows: list) -> dict:
    products = {}
    product_fields = PRODUCT_COLUMNS[:15] + ["price", "compare_at_price"]
    first_row = {}
    for row in rows:
        h = row["handle"]
        if h not in products:
            first_row[h] = row
            products[h] = Product(
                handle=h, title=row["title"], description=row["description"], brand=row["brand"],
                department=row["department"], slot=row["slot"], product_type=row["product_type"],
                colors=row["colors"].split(";"), materials=row["materials"].split(";"),
                pattern=row["pattern"], seasons=row["seasons"].split(";"), formality=int(row["formality"]),
                style_tags=row["style_tags"].split(";"), active=row["active"] == "true", variants=[],
                price=row["price"], compare_at_price=row["compare_at_price"])
        else:
            for f in product_fields:
                if f in ("sku",):
                    continue
                assert row[f] == first_row[h][f], f"{h}: field {f} differs between variants"
        products[h].variants.append((row["sku"], row["size"], int(row["stock"])))
    return products


def check_products(header: list, rows: list) -> dict:
    assert header == PRODUCT_COLUMNS, f"product header mismatch: {header}"
    skus = set()
    order = []
    for row in rows:
        h = row["handle"]
        if not order or order[-1] != h:
            assert h not in order, f"{h}: variant rows are not contiguous"
            order.append(h)
        assert HANDLE_RE.match(h), f"bad handle {h}"
        assert row["title"] and row["description"], h
        assert row["brand"] in BRANDS.values(), f"{h}: unknown brand"
        assert row["department"] in DEPARTMENTS, h
        assert row["product_type"] in TYPE_SLOT, f"{h}: unknown type {row['product_type']}"
        assert row["slot"] == TYPE_SLOT[row["product_type"]], f"{h}: slot/type mismatch"
        colours = row["colors"].split(";")
        assert 1 <= len(colours) <= 2 and all(c in COLOURS for c in colours), f"{h}: colours {colours}"
        assert row["color"] == colours[0], f"{h}: variant colour must be the first colour"
        assert all(m in MATERIALS for m in row["materials"].split(";")), f"{h}: materials"
        assert row["pattern"] in PATTERNS, h
        seasons = row["seasons"].split(";")
        assert seasons and all(s in SEASONS for s in seasons) and len(set(seasons)) == len(seasons), h
        assert row["formality"] in {"1", "2", "3", "4", "5"}, h
        assert all(t in STYLE_TAGS for t in row["style_tags"].split(";")), f"{h}: tags"
        assert row["image_url"] == "", h
        assert row["active"] in ("true", "false"), h
        assert SKU_RE.match(row["sku"]) and row["sku"] not in skus, f"bad/duplicate sku {row['sku']}"
        skus.add(row["sku"])
        dept, ptype = row["department"], row["product_type"]
        valid_sizes = set(size_scheme(ptype, dept, {"sizes": "alpha"})) | set(size_scheme(ptype, dept, {"sizes": "waist"}))
        assert row["size"] in valid_sizes, f"{h}: size {row['size']}"
        assert row["stock"].isdigit(), h
        assert PRICE_RE.match(row["price"]) and float(row["price"]) > 0, h
        if row["compare_at_price"]:
            assert PRICE_RE.match(row["compare_at_price"]), h
            assert float(row["compare_at_price"]) > float(row["price"]), f"{h}: compare_at <= price"
        if row["slot"] == "dress":
            assert dept == "women" or ptype == "jumpsuit", f"{h}: dresses are womenswear"
    products = load_products(rows)
    assert len(products) >= MIN_PRODUCTS, f"only {len(products)} products"
    for p in products.values():
        sizes = [size for _, size, _ in p.variants]
        assert len(sizes) == len(set(sizes)), f"{p.handle}: duplicate size rows"
    n = len(products)
    share = lambda k: k / n  # noqa: E731
    assert 0.10 <= share(sum(1 for p in products.values() if p.compare_at_price)) <= 0.20, "sale share"
    assert 0.03 <= share(sum(1 for p in products.values() if not p.in_stock)) <= 0.08, "sold-out share"
    assert 0.02 <= share(sum(1 for p in products.values() if not p.active)) <= 0.05, "inactive share"
    return products


def check_lookbook(path: Path, style: str, products: dict, usage: Counter, first_total: Counter) -> list:
    header, rows = read_csv(path)
    assert header == LOOK_COLUMNS, f"{path.name}: header mismatch"
    arches = arch_by_id()
    bases = base_vibes()
    prefix = "house" if style == "house" else "minimalist"
    book_usage = Counter()
    first_round = sum(looks_per_archetype(style).values())  # prefix-001 onwards; the added looks follow
    first_usage = Counter()
    result = []
    previous = 0
    for i, row in enumerate(rows):
        lid = row["look_id"]
        expected = previous + 1 if i < first_round else next_training_number(prefix, previous)
        assert lid == f"{prefix}-{expected:03d}", f"bad look id {lid}: expected {prefix}-{expected:03d}"
        previous = expected
        arch = arches[archetype_for_vibe(row["vibe"], bases)]
        assert (arch["house_n"] if style == "house" else arch["nord_n"]) > 0, f"{lid}: archetype not in this lookbook"
        paras = row["paraphrases"].split(" | ")
        assert len(paras) == 3 and len(set(paras)) == 3 and row["vibe"] not in paras, f"{lid}: paraphrases"
        assert all(p.strip() == p and p for p in paras), f"{lid}: paraphrase whitespace"
        assert row["occasion"] == arch["occasion"], lid
        assert row["season"] in SEASONS + ["any"] and row["season"] in arch["seasons"], f"{lid}: season"
        assert row["department"] in look_depts(arch, style), f"{lid}: department"
        budget = None
        m = BUDGET_RE.search(row["vibe"])
        if m:
            budget = int(m.group(1))
            assert all(f"${budget}" in p for p in paras), f"{lid}: budget missing from a paraphrase"
        handles = row["handles"].split(";")
        assert all(h in products for h in handles), f"{lid}: unknown handle"
        items = [products[h] for h in handles]
        ctx = dict(arch=arch, dept=row["department"], season=row["season"], style=style, budget=budget)
        for p in items:
            probs = item_problems(p, p.slot, ctx)
            assert not probs, f"{lid} ({arch['id']}): {p.handle}: {probs}"
        probs = look_problems(items, ctx)
        assert not probs, f"{lid} ({arch['id']}): {probs}"
        assert not re.search(r"\b[Aa] (?!uni|use|one)[aeiou]", row["note"]), f"{lid}: article error in note"
        n_words = word_count(row["note"])
        assert 12 <= n_words <= 30, f"{lid}: note has {n_words} words"
        mentioned = sum(1 for p in items if p.short and p.short in row["note"])
        assert mentioned >= 2, f"{lid}: note mentions too few of the items"
        for h in handles:
            book_usage[h] += 1
            usage[h] += 1
            if i < first_round:
                first_usage[h] += 1
                first_total[h] += 1
        result.append((row, arch["id"], items))
    assert max(first_usage.values()) <= MAX_USES_PER_LOOKBOOK, f"{path.name}: product overused in the first round"
    assert max(book_usage.values()) <= ADDED_MAX_USES_PER_LOOKBOOK, f"{path.name}: product overused"
    return result


def check() -> None:
    check_archetypes()
    header, rows = read_csv(PRODUCTS_CSV)
    products = check_products(header, rows)
    # product.short is not in the CSV; recover it from the model table for the note check
    shorts = {m["stem"]: m["short"] for m in parse_models()}
    for p in products.values():
        stem = p.title.split(" ", 1)[1]
        p.short = shorts.get(stem, "")
    usage = Counter()
    first_total = Counter()
    house = check_lookbook(HOUSE_CSV, "house", products, usage, first_total)
    nord = check_lookbook(NORD_CSV, "nord", products, usage, first_total)
    assert max(first_total.values()) <= MAX_USES_TOTAL, "a product is in too many first-round looks"
    assert len(house) >= MIN_HOUSE_LOOKS, f"only {len(house)} house looks"
    assert len(nord) >= MIN_NORD_LOOKS, f"only {len(nord)} minimalist looks"
    assert max(usage.values()) <= ADDED_MAX_USES_TOTAL, "a product is used in too many looks"
    house_themes = Counter(a for _, a, _ in house)
    assert 40 <= len(house_themes) <= 60, f"{len(house_themes)} house themes"
    shared = set(house_themes) & {a for _, a, _ in nord}
    assert len(shared) >= 15, "minimalist lookbook should reuse many house themes"

    # ---- summary ----
    plist = list(products.values())
    n = len(plist)
    print(f"products: {n}  variants: {len(rows)}")
    print("  by department:", dict(Counter(p.department for p in plist)))
    print("  by slot:      ", dict(Counter(p.slot for p in plist)))
    by_ds = Counter((p.department, p.slot) for p in plist)
    for d in DEPARTMENTS:
        print(f"    {d:7s}", {s: by_ds[(d, s)] for s in SLOTS})
    sale = sum(1 for p in plist if p.compare_at_price)
    soldout = sum(1 for p in plist if not p.in_stock)
    inactive = sum(1 for p in plist if not p.active)
    print(f"  on sale: {sale} ({100 * sale / n:.0f}%)  sold out: {soldout} ({100 * soldout / n:.0f}%)  "
          f"inactive: {inactive} ({100 * inactive / n:.0f}%)")
    print(f"  product types: {len({p.product_type for p in plist})}  brands: {len({p.brand for p in plist})}")
    for name, book in (("house", house), ("minimalist", nord)):
        print(f"{name} looks: {len(book)}  themes: {len({a for _, a, _ in book})}  by department:",
              dict(Counter(r['department'] for r, _, _ in book)),
              " dresses:", sum(1 for _, _, it in book if any(p.slot == 'dress' for p in it)),
              " budget vibes:", sum(1 for r, _, _ in book if '$' in r['vibe']))
    print("  looks per archetype (house/minimalist):")
    nord_themes = Counter(a for _, a, _ in nord)
    line = []
    for a in ARCHETYPES:
        line.append(f"{a['id']} {house_themes.get(a['id'], 0)}/{nord_themes.get(a['id'], 0)}")
    for i in range(0, len(line), 6):
        print("    " + ", ".join(line[i:i + 6]))
    print(f"  products used in looks: {len(usage)}  max uses of one product: {max(usage.values())}")
    print("check: OK")


def coverage(products: list) -> None:
    """Print archetype/department/season/slot combinations with fewer than 3 candidates."""
    for style in ("house", "nord"):
        for a in ARCHETYPES:
            if not (a["house_n"] if style == "house" else a["nord_n"]):
                continue
            for dept in look_depts(a, style):
                for season in a["seasons"]:
                    ctx = dict(arch=a, dept=dept, season=season, style=style)
                    counts = {s: len(candidate_pool(products, ctx, s)) for s in SLOTS}
                    needed = ["shoes"]
                    if not (dept == "women" and a["p_dress"] >= 1.0):
                        needed += ["top", "bottom"]
                    if dept == "women" and a["p_dress"] > 0:
                        needed.append("dress")
                    if outer_mode(a, dept) == "required" or a["weather"] in ("rain", "cold"):
                        needed.append("outerwear")
                    if a["acc"][0] > 0:
                        needed.append("accessory")
                    thin = {s: counts[s] for s in needed if counts[s] < 3}
                    if thin:
                        print(f"{style:5s} {a['id']:20s} {dept:7s} {season:7s} {thin}")


def archetype_table() -> str:
    """Markdown table of the archetypes, pasted into HOUSE_STYLE.md (`--table`)."""
    def short_list(types, n=3):
        return ", ".join(types[:n]) if types else "-"

    def palette_text(pal):
        if pal is None:
            return "Studio Nord neutrals"
        neutrals = [c for c in pal if c in NEUTRALS]
        rest = [c for c in pal if c not in NEUTRALS]
        base = "all neutrals" if len(neutrals) >= 12 else ", ".join(neutrals)
        return base + (" + " + ", ".join(rest) if rest else "")

    lines = ["| Theme (id) | Occasion | Depts | Seasons / weather | Formality | Key pieces | Palette | Style tags |",
             "|---|---|---|---|---|---|---|---|"]
    for a in ARCHETYPES:
        sl = a["slots"]
        pieces = "; ".join(x for x in [
            "top: " + short_list(sl.get("top", [])) if sl.get("top") else "",
            "bottom: " + short_list(sl.get("bottom", [])) if sl.get("bottom") else "",
            "dress: " + short_list(sl.get("dress", []), 2) if sl.get("dress") else "",
            "outer: " + short_list(sl.get("outerwear", [])) if sl.get("outerwear") else "",
            "shoes: " + short_list(sl.get("shoes", [])),
        ] if x)
        weather = f" / {a['weather']}" if a["weather"] else ""
        depts = ", ".join(d[0].upper() for d in a["depts"])
        lo, hi = a["formality"]
        form = f"{lo}" if lo == hi else f"{lo}-{hi}"
        tags = ", ".join(a["tags"]) if a["tags"] else "minimalist, classic, tailored"
        lines.append(f"| {a['theme']} (`{a['id']}`) | {a['occasion']} | {depts} | {', '.join(a['seasons'])}{weather} "
                     f"| {form} | {pieces} | {palette_text(a['palette'])} | {tags} |")
    return "\n".join(lines)


def main(argv: list) -> int:
    if "--table" in argv:
        print(archetype_table())
        return 0
    if "--check" in argv:
        check()
        return 0
    products = build_catalog(random.Random(SEED))
    if "--coverage" in argv:
        coverage(products)
        return 0
    usage = Counter()
    # Studio Nord is the more constrained signature, so it gets first pick of the neutrals.
    nord = make_lookbook(products, "nord", random.Random(SEED + 2), usage, "minimalist")
    house = make_lookbook(products, "house", random.Random(SEED + 1), usage, "house")
    nord_added = add_looks(products, "nord", random.Random(SEED + 4), usage, nord, "minimalist")
    house_added = add_looks(products, "house", random.Random(SEED + 3), usage, house, "house")
    write_csv(PRODUCTS_CSV, PRODUCT_COLUMNS, product_rows(products))
    write_csv(HOUSE_CSV, LOOK_COLUMNS, look_rows(house.looks + house_added))
    write_csv(NORD_CSV, LOOK_COLUMNS, look_rows(nord.looks + nord_added))
    check()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
