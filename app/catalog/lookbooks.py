"""Lookbooks (curated looks) from CSV into the `looks` table. Columns are documented in inventory/SCHEMA.md."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.catalog.models import DEPARTMENTS, Look, Product

LOOK_COLUMNS = ("look_id", "vibe", "paraphrases", "occasion", "season", "department", "handles", "note")


class LookbookError(ValueError):
    pass


@dataclass
class LookbookReport:
    lookbook: str
    loaded: int = 0
    errors: list[str] = field(default_factory=list)
    removed: int = 0  # looks of the lookbook that the file no longer has, removed (replace)
    kept: int = 0  # ... or kept, because some rows were skipped (replace with errors)

    def summary(self) -> str:
        text = f"{self.lookbook}: {self.loaded} looks loaded, {len(self.errors)} skipped"
        if self.removed:
            text += f", {self.removed} not in the file removed"
        if self.kept:
            text += (f"; {self.kept} looks not in the file were kept because rows were skipped: fix them and load "
                     "the file again to remove those looks")
        return text


def load_lookbook(session: Session, path: Path, lookbook: str | None = None, replace: bool = False,
                  allow_shrink: bool = False) -> LookbookReport:
    """Upsert the looks of one CSV file; a look naming an unknown product is reported and skipped."""
    return load_lookbook_text(session, path.read_text(encoding="utf-8-sig"), lookbook or path.stem, path.name,
                              replace, allow_shrink)


def load_lookbook_text(session: Session, text: str, name: str, filename: str, replace: bool = False,
                       allow_shrink: bool = False) -> LookbookReport:
    """The same for the text of an uploaded file; `name` is the lookbook (and the style it trains).

    Looks are matched by look_id: a look in the file is added or updated. With `replace`, the file is the whole
    lookbook: its looks that the file does not have are removed, but only when every row loaded; a skipped row
    might be the fixed version of a look, so nothing is removed then (the report says how many were kept). A file
    that would remove more looks than it loads (a file of new looks only, another lookbook's file, a file cut off
    at a row's end) is refused unless `allow_shrink`: the caller rolls back, and nothing is changed."""
    report = LookbookReport(name)
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    missing = [c for c in LOOK_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise LookbookError(f"{filename}: missing column(s) {', '.join(missing)}")
    known = set(session.scalars(select(Product.handle)))
    existing = {look.look_key: look for look in session.scalars(select(Look).where(Look.lookbook == name))}
    elsewhere = {key: book for key, book in session.execute(select(Look.look_key, Look.lookbook)
                                                           .where(Look.lookbook != name))}
    seen: set[str] = set()
    for row in reader:
        line = reader.line_num
        if None in row.values():  # csv fills the columns a short row lacks with None
            report.errors.append(f"line {line}: fewer fields than the header has columns; was the file cut off?")
            continue
        handles = [h.strip() for h in row["handles"].split(";") if h.strip()]
        unknown = [h for h in handles if h not in known]
        department = row["department"].strip().lower()
        if not row["look_id"].strip() or not row["vibe"].strip() or not handles:
            report.errors.append(f"line {line}: look_id, vibe and handles are required")
            continue
        if unknown:
            report.errors.append(f"line {line}: unknown product handle(s) {', '.join(unknown)}")
            continue
        if department not in DEPARTMENTS:
            report.errors.append(f"line {line}: department must be one of {', '.join(DEPARTMENTS)}")
            continue
        key = row["look_id"].strip()
        if key in elsewhere:
            report.errors.append(f"line {line}: look_id {key!r} is a look of lookbook {elsewhere[key]!r}; "
                                 "look ids are unique across lookbooks, rename it")
            continue
        if key in seen:
            report.errors.append(f"line {line}: look_id {key!r} appears earlier in the file; each look once")
            continue
        seen.add(key)
        look = existing.get(key) or Look(look_key=key, lookbook=name)
        look.vibe = row["vibe"].strip()
        look.paraphrases = [p.strip() for p in row["paraphrases"].split("|") if p.strip()]
        look.occasion = row["occasion"].strip()
        look.season = row["season"].strip().lower() or "any"
        look.department = department
        look.handles = handles
        look.note = row["note"].strip()
        session.add(look)
        report.loaded += 1
    absent = [key for key in existing if key not in seen]
    if replace and absent and not report.loaded:
        raise LookbookError(f"{filename}: no look loaded, so it cannot replace lookbook {name!r} "
                            f"({len(existing)} looks); nothing was changed")
    if replace and absent and report.errors:
        report.kept = len(absent)
    elif replace and absent and len(absent) > report.loaded and not allow_shrink:
        raise LookbookError(f"{filename} would remove {len(absent)} of the {len(existing)} looks of lookbook {name!r} "
                            f"and loads only {report.loaded}; if it really is the whole lookbook now, confirm the "
                            "removal (--allow-shrink, or the staff page's confirm box); nothing was changed")
    elif replace and absent:
        session.execute(delete(Look).where(Look.lookbook == name, Look.look_key.in_(absent)))
        report.removed = len(absent)
    return report
