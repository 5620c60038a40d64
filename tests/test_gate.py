"""The promotion gate refuses a worse adapter."""

from __future__ import annotations

from models.gate import decide

GOOD = {"fitb_accuracy": 0.8, "item_f1": 0.7, "answered_rate": 1.0}


def test_gate_refuses_a_worse_adapter() -> None:
    promote, why = decide(GOOD, {"fitb_accuracy": 0.6, "item_f1": 0.72, "answered_rate": 1.0})
    assert not promote and "kept the current adapter" in why and "0.660" in why


def test_gate_refuses_an_equal_adapter_and_a_less_valid_one() -> None:
    assert not decide(GOOD, dict(GOOD))[0]
    assert not decide(GOOD, {"fitb_accuracy": 0.9, "item_f1": 0.9, "answered_rate": 0.9})[0]


def test_gate_promotes_a_better_adapter_or_the_first() -> None:
    assert decide(GOOD, {"fitb_accuracy": 0.85, "item_f1": 0.72, "answered_rate": 1.0})[0]
    assert decide(None, GOOD)[0]
