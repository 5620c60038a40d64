"""A vibe's base wording: the phrase without its department, season and budget modifiers.

"breezy outfit for beach and boardwalk, gender-neutral" and "breezy outfit for beach and boardwalk under $150"
are one wording for the stylist: holding out a wording for evaluation must hold out every variant of it
(models/dataset.py), and lookbook looks that share a wording are styled for the same idea (lookbook_profile.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

_BUDGET = re.compile(
    r"(?:[\s,(-]+(?:under|below|budget|max|for less than|less than|without spending more than|up to|on an?)\s*)?"
    r"\s*\$\s?\d[\d,]*(?:\s*(?:total|all in|budget|max))?\)?$"
)
_DEPARTMENT = re.compile(
    r"[\s,(-]+(?:for (?:him|her|a guy|a man|a woman|a girl|men|women)|\(?(?:menswear|womenswear|unisex)\)?"
    r"(?: please)?|men's|women's|mens|womens|gender-neutral|genderless(?: fit)?|that anyone can wear)\)?$"
)
_SEASON = re.compile(
    r"[\s,]+(?:in |this |for |during )?(?:early |late |mid-?)?"
    r"(?:spring|summer|midsummer|autumn|fall|winter|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)(?: weather| cold| heat)?$"
)


# a price limit for the whole outfit said in words: "under $200", "budget: $150", "max $400 all in", "on a $300
# budget", "$250 total", "$50 or less", "budget $150-200" (the upper end), "$1.5k"
_AMOUNT = r"\$\s?(?P<{name}>\d[\d,]*(?:\.\d+)?)\s*(?P<{name}_k>k\b)?"
_RANGE_END = r"(?:\s*(?:-|to)\s*\$?\s?(?P<upper>\d[\d,]*(?:\.\d+)?)\s*(?P<upper_k>k\b)?)?"
_NAMED_BUDGET = re.compile(
    r"(?:\b(?:under|below|budget(?:\s+of|\s+is|:)?|max(?:imum)?\.?|less than|up to|no more than|at most|within|"
    r"(?:without|not|no) spending more than|on an?)\s*" + _AMOUNT.format(name="before") + _RANGE_END + ")"
    r"|(?:" + _AMOUNT.format(name="after") + _RANGE_END.replace("upper", "upper2")
    + r"\s*(?:budget|total|all in|max|or less|tops)\b)",
    re.IGNORECASE,
)
_PER_PIECE = re.compile(r"^\s*(?:each|apiece|a piece|per (?:piece|item|garment))\b", re.IGNORECASE)
MAX_NAMED_BUDGET = Decimal(100_000)  # as the API's budget field


def _amount(number: str | None, thousands: str | None) -> Decimal | None:
    if not number:
        return None
    value = Decimal(number.replace(",", ""))
    return value * 1000 if thousands else value


def named_budget(text: str) -> Decimal | None:
    """The price limit per outfit a shopper wrote into the vibe ("minimalist office, rainy day, under $200" ->
    200); None when the text names none. A bare amount ("my $90 boots") and a limit per piece ("up to $50 each")
    are not an outfit's budget; a range counts by its upper end; above MAX_NAMED_BUDGET it is not read."""
    for match in _NAMED_BUDGET.finditer(text):
        if _PER_PIECE.match(text[match.end():]):
            continue
        groups = match.groupdict()
        amount = (_amount(groups["upper"], groups["upper_k"]) or _amount(groups["upper2"], groups["upper2_k"])
                  or _amount(groups["before"], groups["before_k"]) or _amount(groups["after"], groups["after_k"]))
        if amount is not None and 0 < amount <= MAX_NAMED_BUDGET:
            return amount
    return None


def normalize(text: str) -> str:
    """Lower case, words only ("Minimalist office, rainy day!" -> "minimalist office rainy day")."""
    return " ".join(re.findall(r"[a-z0-9$']+", text.lower()))


def base_wording(text: str) -> str:
    """The normalised phrase with trailing department, season and budget modifiers removed (any order)."""
    phrase = text.strip().lower()
    while True:
        shorter = phrase
        for pattern in (_BUDGET, _DEPARTMENT, _SEASON):
            shorter = pattern.sub("", shorter).rstrip(" ,-(")
        if shorter == phrase or not shorter:
            return normalize(phrase)
        phrase = shorter
