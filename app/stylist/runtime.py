"""The model side of a running app: the managed vLLM process (or an external URL), its client, the engine."""

from __future__ import annotations

import asyncio
import logging
import os
import shlex
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.config import Settings
from app.hardware import cpu_dtype
from app.services import Services
from app.stylist.outfit_rules import OutfitRules
from app.stylist.engine import AnswerSummary, Stylist, adapter_version
from app.stylist.llm import LlmClient, ModelUnavailable
from app.stylist.vllm_server import ManagedVllm, served_adapters, vllm_command

log = logging.getLogger(__name__)


@dataclass
class ModelRuntime:
    stylist: Stylist
    clients: dict[str, LlmClient]  # served model name -> client
    servers: list[ManagedVllm] = field(default_factory=list)
    status: str = "not configured"
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)
    _warming: asyncio.Task[None] | None = None  # loading the styles' vibe encoders and lookbook profiles

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        if self._warming is not None:  # it runs in a thread, which cannot be cancelled: let it finish first
            await asyncio.wait([self._warming], timeout=60)
        for client in set(self.clients.values()):
            await client.close()
        for server in self.servers:
            await asyncio.to_thread(server.stop)


def _client(settings: Settings, url: str) -> LlmClient:
    return LlmClient(url, timeout_s=settings.llm_timeout_s, max_retries=settings.llm_max_retries,
                     failure_threshold=settings.llm_failure_threshold, recovery_s=settings.llm_recovery_s,
                     api_key=settings.llm_api_key)


def _managed_servers(settings: Settings, adapters: dict[str, Path]) -> dict[str, ManagedVllm]:
    """served name -> a started vLLM child process. Merged mode: one per style (or the base alone when
    no adapter is released); LoRA mode: one serving the base and every adapter."""
    from models.merge import merge_adapter, merged_dir
    from models.prepare import is_prepared

    base = settings.resolved_base_model_dir
    if not is_prepared(base, settings.base_model):
        log.warning("base model not prepared in %s: run `stylist prepare-model`; serving without a model", base)
        return {}
    extra = shlex.split(settings.vllm_extra_args)
    logs = settings.data_dir / "logs"
    if not settings.merged_styles or not adapters:
        command = vllm_command(base, settings.llm_served_name, adapters, settings.llm_port, settings.llm_max_model_len,
                               extra, cpu_dtype(settings.llm_dtype), settings.llm_kv_cache_mb, settings.llm_compile)
        server = ManagedVllm(command, settings.llm_port, logs / "vllm.log")
        server.start()
        return dict.fromkeys([settings.llm_served_name, *adapters], server)
    servers = {}
    shares = core_shares(sorted(os.sched_getaffinity(0)), len(adapters))
    for i, (style, path) in enumerate(adapters.items()):
        version = adapter_version(path)
        merged = merge_adapter(base, path, merged_dir(settings.data_dir / "models", style, version), version)
        port = settings.llm_port + i
        # each style's server pinned to cores of its own (vllm_server.pinned_env): left to itself, vLLM binds
        # every server to the same first cores (keeping the last for the app), so on 2 cores both styles queued
        # on core 0 while core 1 idled; an operator's VLLM_CPU_OMP_THREADS_BIND wins (vLLM's binding instead)
        own = "VLLM_CPU_OMP_THREADS_BIND" in os.environ
        server = ManagedVllm(vllm_command(merged, style, {}, port, settings.llm_max_model_len, extra,
                                          cpu_dtype(settings.llm_dtype), settings.llm_kv_cache_mb,
                                          settings.llm_compile), port,
                             logs / f"vllm-{style}.log",
                             cores=None if own else [int(c) for c in shares[i].split(",")])
        server.start()
        servers[style] = server
    return servers


def core_shares(cores: list[int], servers: int) -> list[str]:
    """The CPU cores split evenly between `servers` model servers, as VLLM_CPU_OMP_THREADS_BIND lists
    ("0,1"); with fewer cores than servers, they take turns."""
    if len(cores) < servers:
        return [str(cores[i % len(cores)]) for i in range(servers)]
    return [",".join(map(str, cores[i * len(cores) // servers:(i + 1) * len(cores) // servers]))
            for i in range(servers)]


async def start_runtime(settings: Settings, services: Services,
                        on_answer: Callable[[AnswerSummary], None] | None = None) -> ModelRuntime:
    """Connect to (or start) the model server(s) without blocking start-up: until they are ready, answers
    are built by the composer and say so."""
    adapters = served_adapters(settings.adapters_dir)
    clients: dict[str, LlmClient] = {}
    servers: dict[str, ManagedVllm] = {}
    if settings.llm_url:
        client = _client(settings, settings.llm_url)
        clients = dict.fromkeys([settings.llm_served_name, *adapters], client)
    elif settings.llm_managed:
        servers = await asyncio.to_thread(_managed_servers, settings, adapters)
        by_server: dict[int, LlmClient] = {}
        for name, server in servers.items():
            clients[name] = by_server.setdefault(id(server), _client(settings, server.base_url))
    stylist = Stylist(
        services.sessions, services.index, clients, served_name=settings.llm_served_name, adapters=adapters,
        default_style=settings.default_style, deadline_s=settings.llm_deadline_s,
        per_slot=settings.candidates_per_slot, on_answer=on_answer, rules=OutfitRules.load(settings.style_rules),
        model_per_slot=settings.model_candidates_per_slot, model_notes=settings.model_writes_notes,
        outfit_per_call=settings.model_outfit_per_call,
        vibe_encoders_dir=settings.vibe_encoders_dir,
    )
    unique_servers = list({id(s): s for s in servers.values()}.values())
    runtime = ModelRuntime(stylist, clients, unique_servers, "starting" if clients else "not configured")
    # "warming up" only while the servers this process started are starting; an external server that does not
    # answer is unreachable, however long we wait for it
    stylist.warming_up = lambda: bool(runtime.servers) and (
        runtime.status == "starting" or runtime.status.startswith("waiting"))
    if clients:
        runtime._tasks.append(asyncio.create_task(_watch_ready(runtime, settings)))
    runtime._warming = asyncio.create_task(warm_styles(stylist))
    return runtime


async def warm_styles(stylist: Stylist) -> None:
    """Load each style's vibe encoder and build its lookbook profiles now, not in the first shopper's request
    (a few seconds per style on the CPU). A failure is logged; requests then load them themselves."""
    def work() -> None:
        with stylist.sessions() as session:
            for style in stylist.styles():
                stylist.lookbooks.get(session, style)

    started = time.perf_counter()
    try:
        await asyncio.to_thread(work)
        log.info("styles ready (%s) in %.1f s", ", ".join(stylist.styles()), time.perf_counter() - started)
    except Exception:  # noqa: BLE001 - start-up goes on; the first request of a style retries
        log.exception("loading the styles' lookbooks failed")


async def _watch_ready(runtime: ModelRuntime, settings: Settings) -> None:
    for server in runtime.servers:
        if not await server.wait_ready(settings.llm_start_timeout_s):
            runtime.status = f"failed: {server.failed}"
            return
    for _ in range(120):
        try:
            for client in set(runtime.clients.values()):
                served = await client.refresh_models()
                log.info("model server %s ready; serving %s", client.base_url, ", ".join(served))
            runtime.status = "ready"
            return
        except ModelUnavailable as exc:
            runtime.status = f"waiting: {exc}"
            await asyncio.sleep(1.0)  # an external server that is still starting
