"""Start a vLLM server for evaluation (or use STYLIST_LLM_URL), serving the base model and given adapters."""

from __future__ import annotations

import asyncio
import shlex
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from app.config import Settings
from app.stylist.vllm_server import ManagedVllm, vllm_command


@asynccontextmanager
async def model_server(settings: Settings, adapters: dict[str, Path]) -> AsyncIterator[str]:
    """Yields the OpenAI base URL of a server that serves `settings.llm_served_name` and these adapters."""
    if settings.llm_url:
        yield settings.llm_url
        return
    from models.prepare import prepare_base_model

    base = prepare_base_model(settings.base_model, settings.resolved_base_model_dir)
    port = settings.llm_port + 1  # beside a running app's own server
    server = ManagedVllm(
        vllm_command(base, settings.llm_served_name, adapters, port, settings.llm_max_model_len,
                     shlex.split(settings.vllm_extra_args)),
        port, settings.data_dir / "logs" / "vllm-eval.log",
    )
    server.start()
    try:
        if not await server.wait_ready(settings.llm_start_timeout_s):
            raise RuntimeError(server.failed or "vLLM did not start")
        yield server.base_url
    finally:
        await asyncio.to_thread(server.stop)
