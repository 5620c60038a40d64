"""Lookbooks (curated looks) from CSV into the `looks` table. Columns are documented in inventory/SCHEMA.md."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
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


def load_lookbook(session: Session, path: Path, lookbook: str | None = None) -> LookbookReport:
    """Upsert the looks of one CSV file; a look naming an unknown product is reported and skipped."""
    return load_lookbook_text(session, path.read_text(encoding="utf-8-sig"), lookbook or path.stem, path.name)


def load_lookbook_text(session: Session, text: str, name: str, filename: str) -> LookbookReport:
    """The same for the text of an uploaded file; `name` is the lookbook (and the style it trains)."""
    report = LookbookReport(name)
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    missing = [c for c in LOOK_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise LookbookError(f"{filename}: missing column(s) {', '.join(missing)}")
    known = set(session.scalars(select(Product.handle)))
    existing = {look.look_key: look for look in session.scalars(select(Look).where(Look.lookbook == name))}
    for row in reader:
        line = reader.line_num
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
        look = existing.get(row["look_id"].strip()) or Look(look_key=row["look_id"].strip(), lookbook=name)
        look.vibe = row["vibe"].strip()
        look.paraphrases = [p.strip() for p in row["paraphrases"].split("|") if p.strip()]
        look.occasion = row["occasion"].strip()
        look.season = row["season"].strip().lower() or "any"
        look.department = department
        look.handles = handles
        look.note = row["note"].strip()
        session.add(look)
        report.loaded += 1
    return report
