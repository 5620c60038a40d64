"""Every setting is documented, with its default, and no page documents a setting that does not exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import SecretStr

from app.config import REPO_ROOT, Settings

PAGE = REPO_ROOT / "docs" / "settings.md"
ROW = re.compile(r"^\| `(STYLIST_[A-Z0-9_]+)`(?:, `(STYLIST_[A-Z0-9_]+)`)? \| ([^|]*) \|", re.MULTILINE)


def documented(path: str) -> dict[str, str]:
    """The settings rows of a page's tables: variable -> its default column."""
    rows: dict[str, str] = {}
    for match in ROW.finditer((REPO_ROOT / path).read_text(encoding="utf-8")):
        for name in match.group(1, 2):
            if name:
                rows[name] = match.group(3)
    return rows


def env_name(field: str) -> str:
    return f"STYLIST_{field.upper()}"


def shown(default: object) -> str | None:
    """How the page writes a default in its first backticks; None for an empty one (the page says "empty")."""
    if isinstance(default, SecretStr):
        default = default.get_secret_value()
    if default is None or default == "":
        return None
    if isinstance(default, bool):
        return str(default).lower()
    if isinstance(default, Path):
        return str(default.relative_to(REPO_ROOT)) if default.is_absolute() else str(default)
    return str(default)


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_every_setting_is_on_the_settings_page_with_its_default(field: str) -> None:
    rows = documented("docs/settings.md")
    assert env_name(field) in rows, f"docs/settings.md has no row for {env_name(field)}"
    column, expected = rows[env_name(field)].strip(), shown(Settings.model_fields[field].default)
    if expected is None:
        assert column.startswith("empty"), f"{env_name(field)}: the default is empty, the page says {column!r}"
        return
    written = re.match(r"`([^`]*)`", column)
    assert written is not None and written.group(1) == expected, (
        f"{env_name(field)}: the page says {column!r}, the code {expected!r}")


@pytest.mark.parametrize("page", ["docs/settings.md", "README.md"])
def test_no_page_documents_a_setting_that_does_not_exist(page: str) -> None:
    real = {env_name(field) for field in Settings.model_fields}
    assert set(documented(page)) - real == set()
