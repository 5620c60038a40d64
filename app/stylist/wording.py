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


# a price limit said in words: "under $200", "budget $150", "max $400 all in", "on a $300 budget", "$250 total"
_NAMED_BUDGET = re.compile(
    r"(?:\b(?:under|below|budget(?: of)?|max(?:imum)?|less than|up to|no more than|spending more than|on an?)"
    r"\s*\$\s?(?P<before>\d[\d,]*(?:\.\d{1,2})?))"
    r"|(?:\$\s?(?P<after>\d[\d,]*(?:\.\d{1,2})?)\s*(?:budget|total|all in|max)\b)",
    re.IGNORECASE,
)


def named_budget(text: str) -> Decimal | None:
    """The price limit per outfit a shopper wrote into the vibe ("minimalist office, rainy day, under $200" ->
    200); None when the text names none. A bare amount ("my $90 boots") is not a limit."""
    match = _NAMED_BUDGET.search(text)
    if match is None:
        return None
    amount = Decimal((match.group("before") or match.group("after")).replace(",", ""))
    return amount if amount > 0 else None


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
