"""A vibe's base wording: the phrase without its department, season and budget modifiers.

"breezy outfit for beach and boardwalk, gender-neutral" and "breezy outfit for beach and boardwalk under $150"
are one wording for the stylist: holding out a wording for evaluation must hold out every variant of it
(models/dataset.py), and lookbook looks that share a wording are styled for the same idea (lookbook_profile.py).
"""

from __future__ import annotations

import re

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
