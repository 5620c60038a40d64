"""The weather a shopper names and what the store's rules say it rules out (app/stylist/weather.py), read from
the style-rules file, and kept by retrieval."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from app.config import REPO_ROOT
from app.stylist.outfit_rules import OutfitRules, RulesFileError
from app.search.service import SearchHit
from app.stylist.planning import WEATHER_MARGIN, StyleRequest, weather_first
from app.stylist.weather import WeatherRule, allowed, named_weather, temperature_c

RULES = OutfitRules.load(REPO_ROOT / "inventory" / "style_rules.toml")


@pytest.mark.parametrize(("text", "named"), [
    ("rainy autumn coffee date", {"wet"}),
    ("brunch while it's snowing", {"cold"}),  # snow is the store's cold weather (HOUSE_STYLE.md section 6)
    ("Freezing-cold city walk", {"cold"}),
    ("cosy bookshop afternoon, cold out", {"cold"}),
    ("summer music festival, 30 degrees", {"hot"}),
    ("heatwave in the city", {"hot"}),
    ("hot day at the fair", {"hot"}),
    ("rooftop drinks, 85°F", {"hot"}),
    ("rooftop drinks at 30℃", {"hot"}),
    ("market stroll at -5C", {"cold"}),
    ("market stroll at -5 C", {"cold"}),
    ("frosty morning market", {"cold"}),
    ("cold rainy walk", {"cold", "wet"}),
    ("humid city break", {"hot"}),
    ("it\u2019s hot!", {"hot"}),  # a typographic apostrophe
    ("market stroll at \u22125 °C", {"cold"}),  # a typographic minus
    ("walk on a 3°c morning", {"cold"}),
    ("picnic, 20-25 degrees", {"hot"}),  # a range: its warmer end
    ("picnic, 70 to 80 degrees", {"hot"}),
    ("patio lunch, 27.5 degrees", {"hot"}),
    ("walk at 40 degrees fahrenheit", {"cold"}),
    ("summer storm, 30 degrees", {"wet", "hot"}),
    ("april showers walk", {"wet"}),
    ("training day at the gym", set()),  # whole words: "training" is not "rain" ...
    ("hotel bar cocktails", set()),  # ... nor "hotel" hot
    ("hot pink party dress", set()),  # colours, drinks and parties are no weather
    ("cold brew coffee date", set()),
    ("icy blue gown for a gala", set()),
    ("bridal shower brunch", set()),
    ("winter white wedding guest", set()),  # colours and looks are no weather
    ("wet look leggings night out", set()),
    ("storm grey suit", set()),
    ("so hot right now party look", set()),
    ("a 90 degree angle neckline", set()),  # an angle is no temperature
    ("date night dress, bra size 32F.", set()),
    ("twist-out styles for 4C, brunch", set()),
    ("hot chocolate at the winter market", {"cold"}),  # hot chocolate is no weather, winter is
    ("hot days, freezing nights", set()),  # hot and cold together: neither
    ("90s grunge coffee date", set()),  # a decade is not a temperature
    ("3 course dinner", set()),
    ("4c hair friendly brunch look", set()),
    ("34c bra friendly dress", set()),
    ("360° rooftop view dinner", set()),
    ("45 degrees", set()),  # Celsius or Fahrenheit? neither is assumed
    ("mild 18 degree spring evening", set()),
])
def test_the_weather_a_shopper_names(text: str, named: set[str]) -> None:
    assert named_weather(text) == named


def test_temperatures_are_read_in_celsius_or_fahrenheit() -> None:
    assert temperature_c("30 degrees") == 30
    assert temperature_c("90 degrees") == pytest.approx(32.2, abs=0.1)  # no unit from 50: Fahrenheit
    assert temperature_c("98.6F") == pytest.approx(37.0, abs=0.1)
    assert temperature_c("-5c") == -5
    assert temperature_c("-5 to -10 degrees") == -5  # a range: its warmer end
    assert temperature_c("1234 degrees") is None
    assert temperature_c("no number here") is None


def test_the_season_settles_what_the_words_leave_open() -> None:
    assert named_weather("gig at a sweaty club, so hot inside", "winter") == frozenset()
    assert named_weather("heatwave", "summer") == {"hot"}
    assert named_weather("chilly evening", "summer") == frozenset()


def test_the_request_reads_the_vibe_and_the_occasion() -> None:
    assert StyleRequest(vibe="gallery opening", occasion="dinner in the rain").weather() == {"wet"}
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
    assert not wet.allows("shoes", "sneakers", ["canvas", "rubber"], ["streetwear"])  # no canvas shoes in rain
    assert wet.allows("bottom", "trousers", ["canvas"], ["workwear"])
    hot_rain = ("wet", "hot")  # a summer storm: the rain's coat, the heat's fabrics
    assert allowed(RULES.weather, hot_rain, "outerwear", "raincoat", ["waterproof nylon"], ["waterproof"])
    assert not allowed(RULES.weather, hot_rain, "outerwear", "waxed jacket", ["waxed cotton"], ["waterproof"])
    assert WeatherRule().allows("shoes", "sandals", ["straw"], [])


@pytest.mark.parametrize(("text", "message"), [
    ("[weather.foggy]\nforbid_types = ['sandals']", r"unknown weather \[weather.foggy\]; known: wet, cold, hot"),
    ("[weather.wet]\nforbid_shoes = ['sandals']", r"unknown setting\(s\) forbid_shoes in \[weather.wet\]"),
    ("[weather.wet]\nforbid_types = 'sandals'", "weather.wet.forbid_types must be a list of strings"),
    ("weather = 3", r"weather must be tables such as \[weather.wet\]"),
    ("[weather]\nwet = 3", "weather.wet must be a table"),
    ("wet_weather_outerwear_tags = ['waterproof']", r"is now outerwear_tags in a \[weather.wet\] table"),
])
def test_a_bad_weather_rule_says_what_to_fix(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(text)
    with pytest.raises(RulesFileError, match=message):
        OutfitRules.load(path)


def hit(product_type: str, score: float, materials: tuple[str, ...] = ("leather",),
        tags: tuple[str, ...] = ("classic",)) -> SearchHit:
    return SearchHit(SimpleNamespace(product_type=product_type, materials=list(materials),  # type: ignore[arg-type]
                                     style_tags=list(tags)), score)


def test_retrieval_offers_the_pieces_that_keep_the_rules_and_never_ranks_a_breaker_above_them() -> None:
    rainy = StyleRequest(vibe="rainy gallery opening", count=3)
    rain = rainy.weather()
    shoes = [hit("heeled sandals", 0.9), hit("chelsea boots", 0.5), hit("pumps", 0.4), hit("ankle boots", -0.2)]
    kept = weather_first(shoes, rainy, "shoes", RULES.weather, rain)  # two keep the rules, three outfits: all offered
    assert [h.product.product_type for h in kept] == ["chelsea boots", "ankle boots", "heeled sandals", "pumps"]
    assert max(h.score for h in kept[2:]) <= min(h.score for h in kept[:2]) - WEATHER_MARGIN + 1e-9
    far = [hit("ankle boots", -1.0), hit("chelsea boots", -2.0), hit("sandals", -10.0)]
    assert weather_first(far, rainy, "shoes", RULES.weather, rain)[-1].score == -10.0  # never raised towards the rest
    enough = shoes + [hit("rain boots", 0.1, ("rubber",))]
    assert {h.product.product_type for h in weather_first(enough, rainy, "shoes", RULES.weather, rain)} == {
        "chelsea boots", "ankle boots", "rain boots"}  # enough for every outfit: only those
    bags = [hit("tote bag", 0.8, ("straw",)), hit("crossbody bag", 0.3)]
    assert [h.product.product_type for h in weather_first(bags, rainy, "accessory", RULES.weather, rain)] == [
        "crossbody bag"]  # accessories are optional: a breaker is never offered
    dry = StyleRequest(vibe="gallery opening", count=3)
    assert weather_first(shoes, dry, "shoes", RULES.weather, dry.weather()) == shoes
