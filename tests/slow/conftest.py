"""Slow-suite fixtures: the prepared base model, a smoke-trained adapter, and one real vLLM CPU server."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import REPO_ROOT, Settings
from app.hardware import cpu_dtype
from app.stylist.vllm_server import ManagedVllm, vllm_command

MODEL_CACHE = Path(os.environ.get("STYLIST_TEST_MODEL_DIR", REPO_ROOT / "var" / "test-models"))
PORT = 8197


@pytest.fixture(scope="session")
def base_model_dir() -> Path:
    from models.prepare import prepare_base_model

    return prepare_base_model("smollm2-135m-instruct", MODEL_CACHE / "smollm2-135m-instruct")


@pytest.fixture(scope="session")
def smoke_adapter(base_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few training steps on a tiny set: proves the fine-tuning path end to end (not its quality)."""
    from models.finetune import TrainConfig, train

    data = tmp_path_factory.mktemp("smoke-data")
    records = [json.loads(line) for line in (Path(__file__).parent / "data" / "tiny_train.jsonl").read_text()
               .splitlines()]
    (data / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    out = tmp_path_factory.mktemp("smoke") / "smoke"
    stats = train(base_model_dir, data, out, TrainConfig(max_steps=2, batch_size=2, grad_accum=1, logging_steps=1))
    assert stats["steps"] == 2
    return out


@pytest.fixture(scope="session")
def vllm_server(base_model_dir: Path, smoke_adapter: Path, tmp_path_factory: pytest.TempPathFactory
                ) -> Iterator[ManagedVllm]:
    """One real vLLM OpenAI server on CPU: the base model with the smoke adapter as a LoRA module."""
    try:
        import vllm  # noqa: F401
    except ImportError:
        pytest.fail("vLLM is not installed: run `bash scripts/install.sh`")
    adapters = {"smoke": smoke_adapter}
    server = ManagedVllm(
        vllm_command(base_model_dir, "stylist-base", adapters, PORT, 2048, [], cpu_dtype("auto")),
        PORT, tmp_path_factory.mktemp("vllm-log") / "vllm.log",
    )
    server.start()
    ready = asyncio.run(server.wait_ready(900))
    if not ready:
        log = server.log_path.read_text()[-3000:] if server.log_path.exists() else ""
        server.stop()
        pytest.fail(f"vLLM did not start: {server.failed}\n{log}")
    yield server
    server.stop()


def slow_settings(tmp_path: Path, base_model_dir: Path, **extra: object) -> Settings:
    """The embedded default, as the quick start runs it: the app starts vLLM itself (a merged model per
    released style) and loads the demo store."""
    return Settings(data_dir=tmp_path / "var", base_model_dir=str(base_model_dir), load_demo=True,
                    llm_port=8180, llm_deadline_s=60.0, api_key_routes="none", **extra)  # type: ignore[arg-type]
