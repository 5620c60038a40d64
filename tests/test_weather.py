"""The weather a shopper names and what the store's rules say it rules out (app/stylist/weather.py), read from
the style-rules file, and kept by retrieval."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config import REPO_ROOT
from app.stylist.outfit_rules import OutfitRules, RulesFileError
from app.stylist.planning import StyleRequest
from app.stylist.weather import WeatherRule, allowed, named_weather, temperature_c

RULES = OutfitRules.load(REPO_ROOT / "inventory" / "style_rules.toml")


@pytest.mark.parametrize(("text", "named"), [
    ("rainy autumn coffee date", {"wet"}),
    ("brunch while it's snowing", {"wet", "cold"}),
    ("Freezing-cold city walk", {"cold"}),
    ("summer music festival, 30 degrees", {"hot"}),
    ("heatwave in the city", {"hot"}),
    ("rooftop drinks, 85°F", {"hot"}),
    ("market stroll at -5 C", {"cold"}),
    ("walk on a 3°c morning", {"cold"}),
    ("training day at the gym", set()),  # whole words: "training" is not "rain" ...
    ("photo shoot downtown", set()),  # ... nor "shoot" hot
    ("90s grunge coffee date", set()),  # a decade is not a temperature
    ("3 course dinner", set()),
    ("mild 18 degree spring evening", set()),
])
def test_the_weather_a_shopper_names(text: str, named: set[str]) -> None:
    assert named_weather(text) == named


def test_temperatures_are_read_in_celsius_or_fahrenheit() -> None:
    assert temperature_c("30 degrees") == 30
    assert temperature_c("90 degrees") == pytest.approx(32.2, abs=0.1)  # no unit above 45: Fahrenheit
    assert temperature_c("-5c") == -5
    assert temperature_c("no number here") is None


def test_the_request_reads_the_vibe_and_the_occasion() -> None:
    assert StyleRequest(vibe="gallery opening", occasion="dinner in the snow").weather() == {"wet", "cold"}
    assert StyleRequest(vibe="gallery opening", season="winter").weather() == frozenset()  # a season is no weather
    assert StyleRequest(vibe="festival, 30 degrees").names_wet_or_cold() is False


def test_the_store_rules_for_each_weather() -> None:
    wet, cold, hot = RULES.weather["wet"], RULES.weather["cold"], RULES.weather["hot"]
    assert not wet.allows("shoes", "heeled sandals", ["leather"], ["evening"])
    assert not wet.allows("outerwear", "leather jacket", ["leather"], ["edgy"])  # not waterproof
    assert wet.allows("outerwear", "raincoat", ["waterproof nylon"], ["waterproof", "outdoor"])
    assert not wet.allows("top", "blouse", ["silk"], ["office"])
    assert not cold.allows("outerwear", "raincoat", ["waterproof nylon"], ["waterproof"])  # not a warm coat
    assert cold.allows("outerwear", "Wool Coat", ["wool"], ["classic"])  # case does not matter
    assert not cold.allows("bottom", "trousers", ["cotton", "linen"], ["office"])
    assert not hot.allows("outerwear", "blazer", ["wool"], ["tailored"])  # blazers in heat are linen or cotton
    assert hot.allows("outerwear", "blazer", ["linen"], ["tailored"])
    assert not hot.allows("shoes", "chelsea boots", ["leather"], ["classic"])
    assert hot.allows("shoes", "western boots", ["leather"], ["boho"])
    both = ("wet", "cold")
    assert not allowed(RULES.weather, both, "shoes", "pumps", ["leather"], ["office"])
    assert allowed(RULES.weather, both, "shoes", "snow boots", ["waterproof nylon", "rubber"], ["outdoor"])
    assert allowed({}, both, "shoes", "pumps", ["leather"], ["office"])  # a store without weather rules
    assert WeatherRule().allows("shoes", "sandals", ["straw"], [])


@pytest.mark.parametrize(("text", "message"), [
    ("[weather.foggy]\nforbid_types = ['sandals']", r"unknown weather \[weather.foggy\]; known: wet, cold, hot"),
    ("[weather.wet]\nforbid_shoes = ['sandals']", r"unknown setting\(s\) forbid_shoes in \[weather.wet\]"),
    ("[weather.wet]\nforbid_types = 'sandals'", "weather.wet.forbid_types must be a list of strings"),
    ("weather = 3", r"weather must be tables such as \[weather.wet\]"),
    ("[weather]\nwet = 3", "weather.wet must be a table"),
])
def test_a_bad_weather_rule_says_what_to_fix(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(text)
    with pytest.raises(RulesFileError, match=message):
        OutfitRules.load(path)
