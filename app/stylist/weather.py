"""The weather a shopper names, and what the store's rules say that weather rules out.

A shopper who writes "rainy day errands", "freezing city walk" or "festival, 30 degrees" has told the stylist
something no lookbook can overrule: sandals do not go out in the rain, a linen shirt does not go out in the
snow, a wool coat does not go to a heatwave. `named_weather(text)` finds the conditions ("wet", "cold", "hot")
in the shopper's words; `WeatherRule` is what the store writes for each (inventory/style_rules.toml,
`[weather.wet]` ...): piece types and materials to leave out, and what outerwear suits. Retrieval
(planning.plan_request) and swaps (swap.py) offer pieces that keep the rule first, and only those when the store
has enough of them for every outfit of the answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# whole words only: "training" is not "rain", "shot" is not "hot"
WET_WORDS = frozenset({"rain", "rains", "rainy", "raining", "rained", "rainstorm", "downpour", "drizzle", "drizzly",
                       "storm", "storms", "stormy", "thunderstorm", "sleet", "snow", "snowy", "snowing", "snowfall",
                       "snowstorm", "blizzard", "wet", "shower", "showers", "raincoat"})
COLD_WORDS = frozenset({"cold", "colder", "chilly", "freezing", "frost", "frosty", "icy", "winter", "wintry", "snow",
                        "snowy", "snowing", "snowfall", "snowstorm", "blizzard", "sleet"})
HOT_WORDS = frozenset({"hot", "heat", "heatwave", "scorching", "sweltering", "boiling", "humid", "tropical",
                       "sweaty", "swelter", "sizzling"})
HOT_FROM_C = 25  # a named temperature at or above this (Celsius) is hot weather ...
COLD_TO_C = 5  # ... and at or below this, cold
FAHRENHEIT_FROM = 45  # "90 degrees" with no unit: above this it must be Fahrenheit

_TEMPERATURE = re.compile(r"(-?\d{1,3})\s*(?:°|º|degrees?\b|deg\b)\s*([cf]\b)?|(-?\d{1,3})\s*([cf])\b")


def words_of(text: str) -> set[str]:
    """The whole words of a text, lower case."""
    return set(re.findall(r"[a-z]+", text.lower()))


def temperature_c(text: str) -> float | None:
    """The temperature a text names ("30 degrees", "85°F", "-5 C"), in Celsius; None when it names none."""
    match = _TEMPERATURE.search(text.lower())
    if match is None:
        return None
    value = float(match.group(1) or match.group(3))
    unit = match.group(2) or match.group(4)
    if unit == "f" or (unit is None and value > FAHRENHEIT_FROM):
        return (value - 32) * 5 / 9
    return value


def named_weather(text: str) -> frozenset[str]:
    """The conditions a shopper's words name: any of "wet", "cold" and "hot"."""
    words = words_of(text)
    found = set()
    if words & WET_WORDS:
        found.add("wet")
    if words & COLD_WORDS:
        found.add("cold")
    if words & HOT_WORDS:
        found.add("hot")
    degrees = temperature_c(text)
    if degrees is not None and degrees >= HOT_FROM_C:
        found.add("hot")
    if degrees is not None and degrees <= COLD_TO_C:
        found.add("cold")
    return frozenset(found)


@dataclass(frozen=True)
class WeatherRule:
    """What one kind of weather rules out, as the store writes it. Empty sets rule out nothing."""

    forbid_types: frozenset[str] = frozenset()  # product types never worn in it (sandals in the rain)
    forbid_materials: frozenset[str] = frozenset()  # materials never worn in it, in any slot (suede in the rain)
    outerwear_tags: frozenset[str] = frozenset()  # outerwear carries one of these style tags (waterproof) ...
    outerwear_types: frozenset[str] = frozenset()  # ... and is one of these types (wool coat, parka), when listed

    def allows(self, slot: str, product_type: str, materials: Iterable[str], style_tags: Iterable[str]) -> bool:
        if product_type.lower() in self.forbid_types:
            return False
        if {m.lower() for m in materials} & self.forbid_materials:
            return False
        if slot == "outerwear":
            if self.outerwear_tags and not {t.lower() for t in style_tags} & self.outerwear_tags:
                return False
            if self.outerwear_types and product_type.lower() not in self.outerwear_types:
                return False
        return True


def allowed(rules: Mapping[str, WeatherRule], named: Iterable[str], slot: str, product_type: str,
            materials: Iterable[str], style_tags: Iterable[str]) -> bool:
    """Whether a piece keeps the store's rule for every condition the shopper named."""
    materials, style_tags = list(materials), list(style_tags)
    return all(rules[name].allows(slot, product_type, materials, style_tags) for name in named if name in rules)
