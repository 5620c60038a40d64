"""The store's written outfit rules that hold for every vibe, read from a TOML file (inventory/style_rules.toml).

Formality span, one statement colour, no mixed metals, shoes and bags that anchor the look, no doubled statement
fabric, one pattern, distinct accessories, primary styles that never meet: a store writes these down once.
`OutfitRules.problems(items)` lists what an outfit breaks; the validator repairs the model's outfits to obey
them and the composer only builds outfits that do. Which pieces suit which vibe is learned from the lookbooks
(lookbook_profile.py), never written here.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from app.stylist.prompt import Candidate
from app.stylist.weather import WeatherRule

CLOTHING = ("top", "bottom", "dress", "outerwear")


class RulesFileError(ValueError):
    """The style-rules file is missing, not TOML, or has a value of the wrong kind; the message says which."""


@dataclass(frozen=True)
class OutfitRules:
    max_formality_span: int | None = None
    neutrals: frozenset[str] = frozenset()
    statement_colours: frozenset[str] = frozenset()
    max_statement_colours: int | None = None
    metals: frozenset[str] = frozenset()
    anchor_types: frozenset[str] = frozenset()
    anchor_slots: frozenset[str] = frozenset()
    single_use_materials: tuple[str, ...] = ()
    max_patterns: int | None = None
    distinct_accessory_types: bool = False
    style_clashes: frozenset[frozenset[str]] = field(default_factory=frozenset)
    weather: Mapping[str, WeatherRule] = field(default_factory=lambda: MappingProxyType({}))  # "wet" ...: what
    # the weather a shopper names rules out (app/stylist/weather.py)

    @classmethod
    def load(cls, path: Path) -> OutfitRules:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise RulesFileError(f"style rules file {path} not found; set STYLIST_STYLE_RULES to an existing "
                                 "file (inventory/style_rules.toml is the documented example)") from None
        except tomllib.TOMLDecodeError as exc:
            raise RulesFileError(f"style rules file {path} is not valid TOML: {exc}") from None
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(data) - known)
        for old, new in MOVED.items():
            if old in data:
                raise RulesFileError(f"style rules file {path}: {old} is now {new} (inventory/style_rules.toml "
                                     "shows the [weather.*] tables)")
        if unknown:
            raise RulesFileError(f"style rules file {path}: unknown setting(s) {', '.join(unknown)}; "
                                 f"known: {', '.join(sorted(known))}")

        def words(key: str) -> frozenset[str]:
            value = data.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise RulesFileError(f"style rules file {path}: {key} must be a list of strings")
            return frozenset(v.lower() for v in value)

        def number(key: str) -> int | None:
            value = data.get(key)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                raise RulesFileError(f"style rules file {path}: {key} must be a whole number >= 0")
            return value

        clashes = data.get("style_clashes", [])
        if not isinstance(clashes, list) or not all(
            isinstance(c, list) and len(c) == 2 and all(isinstance(s, str) for s in c) for c in clashes
        ):
            raise RulesFileError(f"style rules file {path}: style_clashes must be a list of [style, style] pairs")
        return cls(
            max_formality_span=number("max_formality_span"), neutrals=words("neutrals"),
            statement_colours=words("statement_colours"), max_statement_colours=number("max_statement_colours"),
            metals=words("metals"), anchor_types=words("anchor_types"), anchor_slots=words("anchor_slots"),
            single_use_materials=tuple(sorted(words("single_use_materials"))), max_patterns=number("max_patterns"),
            distinct_accessory_types=bool(data.get("distinct_accessory_types", False)),
            style_clashes=frozenset(frozenset(s.lower() for s in c) for c in clashes),
            weather=_weather_rules(path, data.get("weather", {})),
        )

    def problems(self, items: Sequence[Candidate]) -> list[str]:
        """Every written rule the outfit breaks, in words a stylist would use."""
        found: list[str] = []
        main = [c for c in items if c.slot != "accessory"]
        levels = [c.formality for c in main if c.formality is not None]
        if self.max_formality_span is not None and levels and max(levels) - min(levels) > self.max_formality_span:
            found.append(f"formality spans {min(levels)}-{max(levels)}")
        colours = [c.lower() for item in items for c in item.colors]
        statements = sorted(set(colours) & self.statement_colours)
        if self.max_statement_colours is not None and len(statements) > self.max_statement_colours:
            found.append(f"{len(statements)} statement colours ({', '.join(statements)})")
        metals = set(colours) & self.metals
        if len(metals) > 1:
            found.append(f"mixed metals ({', '.join(sorted(metals))})")
        for item in items:
            if item.slot in self.anchor_slots or item.product_type.lower() in self.anchor_types:
                others = {c.lower() for other in items if other is not item for c in other.colors}
                loose = [c for c in item.colors
                         if c.lower() not in self.neutrals | self.metals and c.lower() not in others]
                if loose:
                    found.append(f"the {item.product_type or item.slot} colour ({', '.join(loose)}) is worn nowhere else")
        for material in self.single_use_materials:
            if sum(material in [m.lower() for m in c.materials] for c in items if c.slot in CLOTHING) > 1:
                found.append(f"two {material} pieces")
        patterns = [c.pattern.lower() for c in items if c.pattern and c.pattern.lower() != "solid"]
        if self.max_patterns is not None and (len(patterns) > self.max_patterns or len(set(patterns)) < len(patterns)):
            found.append(f"{len(patterns)} patterned pieces")
        if self.distinct_accessory_types:
            kinds = Counter(c.product_type.lower() for c in items if c.slot == "accessory" and c.product_type)
            found += [f"two accessories of one kind ({kind})" for kind, n in kinds.items() if n > 1]
        primaries = {c.style_tags[0].lower() for c in main if c.style_tags}
        for pair in self.style_clashes:
            if pair <= primaries:
                found.append("clashing styles (" + " and ".join(sorted(pair)) + ")")
        return found


MOVED = {"wet_weather_outerwear_tags": "outerwear_tags in a [weather.wet] table"}  # settings renamed since
WEATHER_KINDS = ("wet", "cold", "hot")  # the conditions app/stylist/weather.py recognises in a shopper's words


def _weather_rules(path: Path, tables: object) -> Mapping[str, WeatherRule]:
    """The `[weather.wet]`, `[weather.cold]` and `[weather.hot]` tables."""
    if not isinstance(tables, dict):
        raise RulesFileError(f"style rules file {path}: weather must be tables such as [weather.wet]")
    keys = set(WeatherRule.__dataclass_fields__)
    rules: dict[str, WeatherRule] = {}
    for kind, table in tables.items():
        if kind not in WEATHER_KINDS:
            raise RulesFileError(f"style rules file {path}: unknown weather [weather.{kind}]; "
                                 f"known: {', '.join(WEATHER_KINDS)}")
        if not isinstance(table, dict):
            raise RulesFileError(f"style rules file {path}: weather.{kind} must be a table")
        unknown = sorted(set(table) - keys)
        if unknown:
            raise RulesFileError(f"style rules file {path}: unknown setting(s) {', '.join(unknown)} in "
                                 f"[weather.{kind}]; known: {', '.join(sorted(keys))}")
        for key, value in table.items():
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise RulesFileError(f"style rules file {path}: weather.{kind}.{key} must be a list of strings")
        rules[kind] = WeatherRule(**{key: frozenset(v.lower() for v in value) for key, value in table.items()})
    return MappingProxyType(rules)


NO_RULES = OutfitRules()
