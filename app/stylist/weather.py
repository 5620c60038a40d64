"""The weather a shopper names, and what the store's rules say that weather rules out.

A shopper who writes "rainy day errands", "freezing city walk" or "festival, 30 degrees" has told the stylist
something no lookbook can overrule: sandals do not go out in the rain, a linen shirt does not go out in the
snow, a wool coat does not go to a heatwave. `named_weather(text, season)` finds the conditions ("wet", "cold",
"hot") in the shopper's words; `WeatherRule` is what the store writes for each (inventory/style_rules.toml,
`[weather.wet]` ...): piece types and materials to leave out, and what outerwear suits. Retrieval
(planning.weather_first) and swaps (swap.py) offer pieces that keep the rule first, and only those when the
store has enough of them for every outfit of the answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# Whole words only ("training" is not "rain", "hotel" is not "hot"). Words that also name colours, looks,
# drinks or parties ("icy blue", "cold brew", "hot pink", "baby shower") count only in a weather phrase (below),
# and phrases that are no weather ("winter white", "wet look", "storm grey") are taken out first.
WET_WORDS = frozenset({"rain", "rains", "rainy", "raining", "rained", "rainstorm", "downpour", "drizzle", "drizzly",
                       "storm", "storms", "stormy", "thunderstorm", "sleet", "wet", "raincoat", "monsoon"})
COLD_WORDS = frozenset({"chilly", "freezing", "winter", "wintry", "wintery", "snow", "snowy", "snowing", "snowfall",
                        "snowstorm", "blizzard", "subzero"})
HOT_WORDS = frozenset({"heat", "heatwave", "scorching", "sweltering", "swelter", "sizzling", "humid", "muggy"})
_NOT_WEATHER = re.compile(r"\b(?:winter|snow|off)[ -]white\b|\bwet[ -]look\b|\bstorm[ -]gr[ae]y\b|\bsize \w+")
_WEATHER_NOUNS = (r"(?:day|days|weather|morning|mornings|afternoon|evening|evenings|night|nights|out|outside|spell|"
                  r"snap|front|summer|sun|today|walk|commute|sidewalks?|streets?|roads?)")
_END = r"(?=\s*(?:$|[,.;:!?)]|out\b|outside\b|today\b|tonight\b|inside\b))"  # "so hot!", not "so hot right now"
_HOT_PHRASE = re.compile(rf"\bhot {_WEATHER_NOUNS}\b|\b(?:so|very|really|too|it's|it is|boiling) hot{_END}")
_COLD_PHRASE = re.compile(rf"\b(?:cold|colder|icy|frosty|frost) {_WEATHER_NOUNS}\b|\b(?:so|very|really|too|it's|"
                          rf"it is|bitterly|freezing|crisp)[ -]cold\b|\bcold[, ]+(?:and )?(?:wet|rainy|snowy|damp|"
                          rf"windy|grey|gray)\b|\bcold{_END}")
_WET_PHRASE = re.compile(r"\b(?:rain|april|spring|summer|thunder) showers?\b")

HOT_FROM_C = 25.0  # a named temperature at or above this (Celsius) is hot weather ...
COLD_TO_C = 5.0  # ... and at or below this, cold
# a number with no unit: up to 40 it reads as Celsius, from 50 as Fahrenheit, in between it could be either
CELSIUS_UP_TO, FAHRENHEIT_FROM = 40.0, 50.0

_NUMBER = r"[-\u2212]?\d{1,3}(?:\.\d+)?"
_TEMPERATURE = re.compile(
    rf"(?<![\w.])(?P<low>{_NUMBER})(?:\s*(?:-|\u2013|to)\s*(?P<high>{_NUMBER}))?"
    # a degree sign or word, then maybe the scale; not an angle ("a 90 degree neckline")
    r"(?:\s*(?:°|º|degrees?\b|deg\b)\s*(?P<unit>celsius|fahrenheit|c|f)?(?![a-z])"
    r"(?!\s*(?:angle|neck|turn|view|rotation|spin|panorama))"
    # or the scale's letter alone ("30C", "-5 C"), only at the end or before punctuation
    r"|\s?(?P<letter>[cf])(?=\s*$|[,.;:!?)]))", re.IGNORECASE)


def words_of(text: str) -> set[str]:
    """The whole words of a text, lower case."""
    return set(re.findall(r"[a-z]+", text.lower()))


def temperature_c(text: str) -> float | None:
    """The temperature a text names ("30 degrees", "85°F", "-5C", "20-25 degrees": the warmer end), in Celsius;
    None when it names none, or only a number that could be either scale ("45 degrees")."""
    text = text.replace("\u2103", "°c").replace("\u2109", "°f")
    for match in _TEMPERATURE.finditer(text):
        numbers = [float(n.replace("\u2212", "-")) for n in match.group("low", "high") if n]
        value = max(numbers)
        unit = (match.group("unit") or match.group("letter") or "").lower()[:1]
        if match.group("letter") and abs(value) < 10 and value >= 0:
            continue  # "4c hair", "size 2c": one digit and a letter is no temperature
        if not unit:
            if CELSIUS_UP_TO < value < FAHRENHEIT_FROM:
                continue
            unit = "f" if value >= FAHRENHEIT_FROM else "c"
        celsius = (value - 32) * 5 / 9 if unit == "f" else value
        if -60 <= celsius <= 60:  # "360° rooftop" is no weather
            return celsius
    return None


def named_weather(text: str, season: str | None = None) -> frozenset[str]:
    """The conditions a shopper's words name: any of "wet", "cold" and "hot". Hot and cold together contradict
    each other and count as neither; a winter request is never hot, a summer one never cold."""
    lower = _NOT_WEATHER.sub(" ", text.lower().replace("\u2019", "'"))
    words = words_of(lower)
    found = set()
    if words & WET_WORDS or _WET_PHRASE.search(lower):
        found.add("wet")
    if words & COLD_WORDS or _COLD_PHRASE.search(lower):
        found.add("cold")
    if words & HOT_WORDS or _HOT_PHRASE.search(lower):
        found.add("hot")
    degrees = temperature_c(lower)
    if degrees is not None and degrees >= HOT_FROM_C:
        found.add("hot")
    if degrees is not None and degrees <= COLD_TO_C:
        found.add("cold")
    if season == "winter":
        found.discard("hot")
    if season == "summer":
        found.discard("cold")
    if {"hot", "cold"} <= found:
        found -= {"hot", "cold"}
    return frozenset(found)


@dataclass(frozen=True)
class WeatherRule:
    """What one kind of weather rules out, as the store writes it. Empty sets rule out nothing."""

    forbid_types: frozenset[str] = frozenset()  # product types never worn in it (sandals in the rain)
    forbid_materials: frozenset[str] = frozenset()  # materials never worn in it, in any slot (suede in the rain)
    forbid_shoe_materials: frozenset[str] = frozenset()  # materials never worn on the feet in it (canvas)
    outerwear_tags: frozenset[str] = frozenset()  # outerwear carries one of these style tags (waterproof) ...
    outerwear_types: frozenset[str] = frozenset()  # ... and is one of these types (wool coat, parka), when listed

    def allows(self, slot: str, product_type: str, materials: Iterable[str], style_tags: Iterable[str],
               outerwear: bool = True) -> bool:
        """Whether a piece keeps this rule; `outerwear=False` leaves out the rule's outerwear kinds."""
        kinds = {m.lower() for m in materials}
        if product_type.lower() in self.forbid_types or kinds & self.forbid_materials:
            return False
        if slot == "shoes" and kinds & self.forbid_shoe_materials:
            return False
        if slot == "outerwear" and outerwear:
            if self.outerwear_tags and not {t.lower() for t in style_tags} & self.outerwear_tags:
                return False
            if self.outerwear_types and product_type.lower() not in self.outerwear_types:
                return False
        return True


def allowed(rules: Mapping[str, WeatherRule], named: Iterable[str], slot: str, product_type: str,
            materials: Iterable[str], style_tags: Iterable[str]) -> bool:
    """Whether a piece keeps the store's rule for every condition the shopper named. In a hot rain ("summer
    storm") the coat is the rain's: the heat's outerwear kinds (a kimono, a linen blazer) do not apply."""
    named = set(named)
    materials, style_tags = list(materials), list(style_tags)
    return all(rules[name].allows(slot, product_type, materials, style_tags,
                                  outerwear=not (name == "hot" and "wet" in named))
               for name in named if name in rules)
