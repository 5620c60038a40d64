"""The model side of a running app: the managed vLLM process (or an external URL), its client, the engine."""

from __future__ import annotations

import asyncio
import logging
import shlex
from dataclasses import dataclass, field

from app.config import Settings
from app.services import Services
from app.stylist.engine import Stylist
from app.stylist.llm import LlmClient, ModelUnavailable
from app.stylist.vllm_server import ManagedVllm, served_adapters, vllm_command

log = logging.getLogger(__name__)


@dataclass
class ModelRuntime:
    stylist: Stylist
    llm: LlmClient | None
    vllm: ManagedVllm | None = None
    status: str = "not configured"
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        if self.llm is not None:
            await self.llm.close()
        if self.vllm is not None:
            await asyncio.to_thread(self.vllm.stop)


async def start_runtime(settings: Settings, services: Services) -> ModelRuntime:
    """Connect to (or start) the model server without blocking start-up: until it is ready, answers are
    built by the composer and say so."""
    adapters = served_adapters(settings.adapters_dir)
    vllm: ManagedVllm | None = None
    base_url = settings.llm_url
    if not base_url and settings.llm_managed:
        from models.prepare import is_prepared

        model_dir = settings.resolved_base_model_dir
        if not is_prepared(model_dir, settings.base_model):
            log.warning("base model not prepared in %s: run `stylist prepare-model`; serving without a model",
                        model_dir)
        else:
            vllm = ManagedVllm(
                vllm_command(model_dir, settings.llm_served_name, adapters, settings.llm_port,
                             settings.llm_max_model_len, shlex.split(settings.vllm_extra_args)),
                settings.llm_port, settings.data_dir / "logs" / "vllm.log",
            )
            vllm.start()
            base_url = vllm.base_url
    llm = None
    if base_url:
        llm = LlmClient(base_url, timeout_s=settings.llm_timeout_s, max_retries=settings.llm_max_retries,
                        failure_threshold=settings.llm_failure_threshold, recovery_s=settings.llm_recovery_s,
                        api_key=settings.llm_api_key)
    stylist = Stylist(
        services.sessions, services.index, llm, served_name=settings.llm_served_name, adapters=adapters,
        default_style=settings.default_style, deadline_s=settings.llm_deadline_s,
        per_slot=settings.candidates_per_slot,
    )
    runtime = ModelRuntime(stylist, llm, vllm, "starting" if llm else "not configured")
    if llm is not None:
        runtime._tasks.append(asyncio.create_task(_watch_ready(runtime, settings)))
    return runtime


async def _watch_ready(runtime: ModelRuntime, settings: Settings) -> None:
    assert runtime.llm is not None
    if runtime.vllm is not None and not await runtime.vllm.wait_ready(settings.llm_start_timeout_s):
        runtime.status = f"failed: {runtime.vllm.failed}"
        return
    for _ in range(120):
        try:
            served = await runtime.llm.refresh_models()
            runtime.status = "ready"
            log.info("model server ready; serving %s", ", ".join(served))
            return
        except ModelUnavailable as exc:
            runtime.status = f"waiting: {exc}"
            await asyncio.sleep(1.0)  # an external server that is still starting
