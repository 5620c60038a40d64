"""Loading a lookbook CSV: looks are added or updated by look_id; with replace, the file is the whole lookbook, and
nothing is removed when a row was skipped. The served profiles notice a look edited in place. Real SQLite and
PostgreSQL (the `session` fixture)."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalog.lookbooks import LookbookError, load_lookbook_text
from app.catalog.models import Look, Product
from app.services import Services
from app.stylist.lookbook_profile import LookbookCache
from tests.helpers import basic_catalog, run_import, to_csv

HEADER = "look_id,vibe,paraphrases,occasion,season,department,handles,note\n"


@pytest.fixture
def catalog_session(services: Services) -> Iterator[Session]:
    """A session on a small real catalog (SQLite, and PostgreSQL when it runs)."""
    assert run_import(services, to_csv(basic_catalog())).status == "succeeded"
    with services.sessions() as session:
        yield session


def _handles(session: Session, n: int) -> list[str]:
    return list(session.scalars(select(Product.handle).order_by(Product.handle).limit(n)))


def _row(key: str, vibe: str, handles: list[str]) -> str:
    return f"{key},{vibe},,weekend,summer,women,{';'.join(handles)},a note\n"


def _keys(session: Session, lookbook: str) -> list[str]:
    return sorted(session.scalars(select(Look.look_key).where(Look.lookbook == lookbook)))


def test_looks_are_upserted_and_replace_removes_only_when_every_row_loads(catalog_session: Session) -> None:
    session = catalog_session
    a, b = _handles(session, 2)
    first = HEADER + _row("t-1", "linen day", [a]) + _row("t-2", "denim day", [b])
    assert load_lookbook_text(session, first, "trial", "trial.csv").loaded == 2
    # without replace, a look the file lacks stays
    load_lookbook_text(session, HEADER + _row("t-1", "linen afternoon", [a]), "trial", "trial.csv")
    assert _keys(session, "trial") == ["t-1", "t-2"]
    assert session.scalar(select(Look.vibe).where(Look.look_key == "t-1")) == "linen afternoon"
    # replace with a skipped row: nothing removed, and the report says why
    broken = HEADER + _row("t-1", "linen day", [a]) + _row("t-3", "ghost", ["no-such-product"])
    report = load_lookbook_text(session, broken, "trial", "trial.csv", replace=True)
    assert report.kept == 1 and report.removed == 0 and "kept because rows were skipped" in report.summary()
    assert _keys(session, "trial") == ["t-1", "t-2"]
    # a look id twice in one file: the second is reported, not a crash
    twice = HEADER + _row("t-1", "linen day", [a]) + _row("t-1", "linen night", [a])
    report = load_lookbook_text(session, twice, "trial", "trial.csv")
    assert report.loaded == 1 and "appears earlier in the file" in report.errors[0]
    # a file cut off in the middle of a row: that row is reported (not a crash) and nothing is removed
    cut = HEADER + _row("t-1", "linen day", [a]) + "t-2,denim day,,week"
    report = load_lookbook_text(session, cut, "trial", "trial.csv", replace=True)
    assert report.loaded == 1 and report.kept == 1 and "was the file cut off" in report.errors[0]
    assert _keys(session, "trial") == ["t-1", "t-2"]
    # an empty file cannot replace a lookbook
    with pytest.raises(LookbookError, match="nothing was changed"):
        load_lookbook_text(session, HEADER, "trial", "trial.csv", replace=True)
    assert _keys(session, "trial") == ["t-1", "t-2"]
    # replace with every row loading: the file is the lookbook
    report = load_lookbook_text(session, HEADER + _row("t-1", "linen day", [a]), "trial", "trial.csv", replace=True)
    assert report.removed == 1 and _keys(session, "trial") == ["t-1"]
    # a file that would remove more looks than it loads (here: new looks only) is refused unless confirmed
    load_lookbook_text(session, HEADER + _row("t-2", "denim day", [b]) + _row("t-3", "linen night", [a]), "trial",
                       "trial.csv")
    session.commit()
    with pytest.raises(LookbookError, match="would remove 3 of the 3 looks .* loads only 1"):
        load_lookbook_text(session, HEADER + _row("t-4", "new idea", [a]), "trial", "new.csv", replace=True)
    session.rollback()  # as the CLI and the staff page do
    assert _keys(session, "trial") == ["t-1", "t-2", "t-3"]
    report = load_lookbook_text(session, HEADER + _row("t-4", "new idea", [a]), "trial", "new.csv", replace=True,
                                allow_shrink=True)
    assert report.removed == 3 and _keys(session, "trial") == ["t-4"]


def test_a_look_id_of_another_lookbook_is_refused_not_moved(catalog_session: Session) -> None:
    session = catalog_session
    (a,) = _handles(session, 1)
    load_lookbook_text(session, HEADER + _row("x-1", "linen day", [a]), "one", "one.csv")
    report = load_lookbook_text(session, HEADER + _row("x-1", "linen day", [a]), "two", "two.csv", replace=True)
    assert report.loaded == 0 and "unique across lookbooks" in report.errors[0]
    assert _keys(session, "one") == ["x-1"] and _keys(session, "two") == []


def test_the_served_profiles_are_rebuilt_when_a_look_is_edited_in_place(catalog_session: Session) -> None:
    session = catalog_session
    a, b = _handles(session, 2)
    load_lookbook_text(session, HEADER + _row("e-1", "linen day", [a]), "edits", "edits.csv")
    session.flush()
    cache = LookbookCache(lambda style: lambda texts: [np.ones(4, dtype=np.float32).tolist() for _ in texts])
    before = cache.get(session, "edits")
    assert before is not None and before.looks[0].items[0].handle == a
    assert cache.get(session, "edits") is before  # unchanged: the built profiles are reused
    load_lookbook_text(session, HEADER + _row("e-1", "linen day", [b]), "edits", "edits.csv")  # same count and id
    session.flush()
    after = cache.get(session, "edits")
    assert after is not before and after is not None and after.looks[0].items[0].handle == b
