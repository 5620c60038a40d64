"""vLLM servers for evaluation (or STYLIST_LLM_URL): the base model and the given adapters.

With LoRA serving (a GPU, or STYLIST_LLM_URL) one server serves the base and every adapter. With merged
serving (the CPU default, see models/merge.py) the base and each adapter run in a server of their own.
"""

from __future__ import annotations

import asyncio
import shlex
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

from app.config import Settings
from app.hardware import cpu_dtype
from app.stylist.engine import adapter_version
from app.stylist.vllm_server import ManagedVllm, vllm_command


@asynccontextmanager
async def _server(settings: Settings, model: Path, name: str, adapters: dict[str, Path], port: int,
                  log_name: str) -> AsyncIterator[str]:
    server = ManagedVllm(
        vllm_command(model, name, adapters, port, settings.llm_max_model_len, shlex.split(settings.vllm_extra_args),
                     cpu_dtype(settings.llm_dtype), settings.llm_kv_cache_mb, settings.llm_compile),
        port, settings.data_dir / "logs" / log_name,
    )
    server.start()
    try:
        if not await server.wait_ready(settings.llm_start_timeout_s):
            raise RuntimeError(server.failed or "vLLM did not start")
        yield server.base_url
    finally:
        await asyncio.to_thread(server.stop)


@asynccontextmanager
async def model_servers(settings: Settings, adapters: dict[str, Path],
                        with_base: bool = True) -> AsyncIterator[dict[str, str]]:
    """Yields {served model name: OpenAI base URL} for the base model (unless merged serving and not
    `with_base`: then only the adapters get a server) and each adapter."""
    names = [settings.llm_served_name, *adapters]
    if settings.llm_url:
        yield dict.fromkeys(names, settings.llm_url)
        return
    from models.merge import merge_adapter, merged_dir
    from models.prepare import prepare_base_model

    base = prepare_base_model(settings.base_model, settings.resolved_base_model_dir)
    port = settings.llm_port + 10  # beside a running app's own servers
    async with AsyncExitStack() as stack:
        if not settings.merged_styles:
            url = await stack.enter_async_context(_server(settings, base, settings.llm_served_name, adapters, port,
                                                          "vllm-eval.log"))
            yield dict.fromkeys(names, url)
            return
        urls = {}
        if with_base or not adapters:
            urls[settings.llm_served_name] = await stack.enter_async_context(
                _server(settings, base, settings.llm_served_name, {}, port, "vllm-eval-base.log"))
        for i, (name, path) in enumerate(adapters.items(), start=1):
            version = adapter_version(path)
            merged = await asyncio.to_thread(merge_adapter, base, path,
                                             merged_dir(settings.data_dir / "models", name, version), version)
            urls[name] = await stack.enter_async_context(
                _server(settings, merged, name, {}, port + i, f"vllm-eval-{name}.log"))
        yield urls
