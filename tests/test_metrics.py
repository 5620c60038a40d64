"""Evaluation metrics on hand-made cases with known answers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from models.metrics import complete, fitb_correct, over_budget, percentile, prf, repeated, specificity


def test_prf() -> None:
    assert prf(["T1", "B1", "S1"], ["T1", "B1", "S1"]) == (1.0, 1.0, 1.0)
    p, r, f = prf(["T1", "B2", "S1", "A1"], ["T1", "B1", "S1"])
    assert (p, r) == (0.5, pytest.approx(2 / 3)) and f == pytest.approx(4 / 7)
    assert prf([], ["T1"]) == (0.0, 0.0, 0.0)
    assert prf(["T9"], ["T1"]) == (0.0, 0.0, 0.0)


def test_complete() -> None:
    assert complete(["top", "bottom", "shoes"])
    assert complete(["dress", "shoes", "outerwear", "accessory", "accessory"])
    assert not complete(["top", "bottom"])
    assert not complete(["dress", "top", "shoes"])
    assert not complete(["top", "top", "bottom", "shoes"])
    assert not complete(["top", "shoes"])


def test_fitb() -> None:
    options = ["S1", "S2", "S3", "S4"]
    assert fitb_correct(["T1", "B1", "S3"], options, "S3")
    assert not fitb_correct(["T1", "B1", "S2"], options, "S3")
    assert not fitb_correct(["T1", "B1", "S2", "S3"], options, "S3")  # hedging is wrong
    assert not fitb_correct(["T1", "B1"], options, "S3")


def test_budget_repeats_specificity_percentile() -> None:
    assert over_budget([Decimal(100), Decimal("50.01")], Decimal(150))
    assert not over_budget([Decimal(100)], None)
    assert repeated([["T1", "B1"], ["T1", "B2"], ["B2"]]) == 2
    assert specificity("The faded flannel over black jeans.", ["Camden Flannel Shirt", "Rivet Black Jeans",
                                                                 "Mara Chelsea Boot"]) == pytest.approx(2 / 3)
    assert percentile([1, 2, 3, 4], 0.5) == 2.5 and percentile([5], 0.95) == 5
    assert not over_budget([Decimal(100), Decimal(50)], Decimal(150))  # a budget exactly met is within it
    # q=0.95 interpolates between the two highest of 21 values (k = 19): not the maximum, not the median
    assert percentile(list(range(21)), 0.95) == 19
    assert percentile([1, 2, 3, 10], 0.95) == pytest.approx(3 + 7 * 0.85)
    assert percentile([4, 1, 3, 2], 1.0) == 4 and percentile([], 0.95) == 0.0  # order of input does not matter
