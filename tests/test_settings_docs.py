"""Every setting is documented, with its default, and no page documents a setting that does not exist."""

from __future__ import annotations

import re

import pytest

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


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_every_setting_is_on_the_settings_page_with_its_default(field: str) -> None:
    rows = documented("docs/settings.md")
    assert env_name(field) in rows, f"docs/settings.md has no row for {env_name(field)}"
    default = Settings.model_fields[field].default
    if isinstance(default, bool):
        shown = str(default).lower()
    elif isinstance(default, int | float | str) and default != "":
        shown = str(default)
    else:
        return  # paths, secrets and empty values are described in words
    assert shown in rows[env_name(field)], f"{env_name(field)}: the page says {rows[env_name(field)]!r}, the code {shown}"


@pytest.mark.parametrize("page", ["docs/settings.md", "README.md"])
def test_no_page_documents_a_setting_that_does_not_exist(page: str) -> None:
    real = {env_name(field) for field in Settings.model_fields}
    assert set(documented(page)) - real == set()
