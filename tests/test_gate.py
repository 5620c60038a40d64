"""The promotion gate refuses a worse adapter (on what shoppers get), and replacing the served adapter never
loses it, even when the copy fails."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from models.gate import decide, replace_adapter

GOOD = {"clean": 0.6, "fitb": 0.7, "degraded": 0.1, "untrue_notes": 0.0}


def test_gate_refuses_a_worse_adapter() -> None:
    promote, why = decide(GOOD, {**GOOD, "clean": 0.4, "fitb": 0.72})
    assert not promote and "kept the current adapter" in why and "0.560" in why


def test_gate_refuses_an_equal_one_a_more_degraded_one_and_one_with_untrue_notes() -> None:
    assert not decide(GOOD, dict(GOOD))[0]
    more_degraded = decide(GOOD, {**GOOD, "clean": 0.9, "degraded": 0.3})
    assert not more_degraded[0] and "finish more" in more_degraded[1]
    untrue = decide(GOOD, {**GOOD, "clean": 0.9, "untrue_notes": 0.05})
    assert not untrue[0] and "untrue notes" in untrue[1]


def test_gate_promotes_a_better_adapter_or_the_first() -> None:
    assert decide(GOOD, {**GOOD, "clean": 0.7})[0]
    assert decide(None, GOOD)[0]


def adapter(folder: Path, weights: bytes) -> Path:
    folder.mkdir(parents=True)
    (folder / "adapter_config.json").write_text("{}")
    (folder / "adapter_model.safetensors").write_bytes(weights)
    return folder


def test_promotion_replaces_the_served_adapter(tmp_path: Path) -> None:
    served = adapter(tmp_path / "adapters" / "house", b"old")
    candidate = adapter(tmp_path / "candidates" / "house", b"new")
    replace_adapter(candidate, served, {"why": "better"})
    assert (served / "adapter_model.safetensors").read_bytes() == b"new"
    assert '"why": "better"' in (served / "gate.json").read_text()
    assert sorted(p.name for p in served.parent.iterdir()) == ["house"]  # no staging or retired copy left


def test_a_failed_copy_leaves_the_served_adapter_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    served = adapter(tmp_path / "adapters" / "house", b"old")
    candidate = adapter(tmp_path / "candidates" / "house", b"new")

    def copy_then_fail(src: Path, dst: Path, *args: object, **kwargs: object) -> object:
        Path(dst).mkdir()
        (Path(dst) / "adapter_config.json").write_text("{}")  # half-way through, the disk fills up
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copytree", copy_then_fail)
    with pytest.raises(OSError, match="No space left"):
        replace_adapter(candidate, served, {})
    assert (served / "adapter_model.safetensors").read_bytes() == b"old"
    assert sorted(p.name for p in served.parent.iterdir()) == ["house"]
