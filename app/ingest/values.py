"""Parsers for single cell values; each raises ValueError with a message that says what to fix."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from decimal import Decimal, InvalidOperation
from urllib.parse import urlparse

HANDLE_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,254}$")
TRUE_WORDS = {"true", "yes", "y", "1", "active"}
FALSE_WORDS = {"false", "no", "n", "0", "inactive", "draft", "archived"}


def text(value: str) -> str:
    return " ".join(value.split())


def handle(value: str) -> str:
    value = value.strip().lower()
    if not HANDLE_RE.match(value):
        raise ValueError("must be lowercase letters, digits and hyphens (e.g. 'linen-shirt-sage')")
    return value


def money(value: str) -> Decimal:
    cleaned = value.strip().replace("$", "").replace("€", "").replace("£", "").replace(",", "")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError("must be a number like 49.90") from None
    if not amount.is_finite():
        raise ValueError("must be a number like 49.90")
    if amount < 0:
        raise ValueError("must not be negative")
    if amount >= Decimal("10000000"):
        raise ValueError("is implausibly large")
    return amount.quantize(Decimal("0.01"))


def stock(value: str) -> int:
    cleaned = value.strip()
    try:
        number = int(cleaned)
    except ValueError:
        try:
            as_decimal = Decimal(cleaned)
        except InvalidOperation:
            raise ValueError("must be a whole number like 12") from None
        if as_decimal != as_decimal.to_integral_value():
            raise ValueError("must be a whole number like 12") from None
        number = int(as_decimal)
    if number < 0:
        raise ValueError("must not be negative (use 0 for sold out)")
    return number


def boolean(value: str) -> bool:
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError("must be true or false")


def listing(value: str) -> list[str]:
    """Semicolon-separated (commas accepted too), lower-cased, de-duplicated, order kept."""
    items = [text(part).lower() for part in re.split(r"[;,|]", value)]
    seen: dict[str, None] = {}
    for item in items:
        if item:
            seen.setdefault(item, None)
    return list(seen)


def formality(value: str) -> int:
    try:
        number = int(value.strip())
    except ValueError:
        raise ValueError("must be a whole number from 1 (lounge) to 5 (black tie)") from None
    if not 1 <= number <= 5:
        raise ValueError("must be from 1 (lounge) to 5 (black tie)")
    return number


def image_url(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValueError("must be an http:// or https:// URL")
    return value


class _TextExtractor(HTMLParser):
    """Collects the text of an HTML fragment; block elements become spaces."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def strip_html(value: str) -> str:
    """Plain text of Shopify's `Body (HTML)`: tags and scripts dropped, entities decoded, spaces collapsed."""
    extractor = _TextExtractor()
    extractor.feed(value)
    extractor.close()
    return text("".join(extractor.parts))


def slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
