"""vLLM's OpenAI-compatible server as a managed child process (the embedded default, on CPU).

The app starts it when STYLIST_LLM_URL is empty, streams its log to a file, waits for /health in the
background (requests meanwhile get the composer's outfits, labelled degraded) and stops it on shutdown.
With STYLIST_LLM_URL set (a GPU server in production) nothing is started.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

log = logging.getLogger(__name__)


def served_adapters(adapters_dir: Path) -> dict[str, Path]:
    """Every folder with an adapter_config.json is a style, served under the folder's name."""
    if not adapters_dir.is_dir():
        return {}
    return {p.name: p for p in sorted(adapters_dir.iterdir()) if (p / "adapter_config.json").exists()}


def adapter_rank(adapter: Path) -> int:
    import json

    return int(json.loads((adapter / "adapter_config.json").read_text()).get("r", 16))


NO_WHITESPACE = '{"backend": "xgrammar", "disable_any_whitespace": true}'


KV_CACHE_MB = {"float32": 512, "bfloat16": 256}  # about 11,600 tokens of the 135M base in each format


def vllm_command(
    model_dir: Path,
    served_name: str,
    adapters: dict[str, Path],
    port: int,
    max_model_len: int,
    extra_args: list[str],
    dtype: str = "bfloat16",
    kv_cache_mb: int | None = None,
    compile_model: bool = False,
) -> list[str]:
    """The vLLM OpenAI server's command line. `dtype`: bfloat16 or float32 (`app.hardware.cpu_dtype` picks the
    one this CPU computes natively). `kv_cache_mb`: the KV cache, allocated (and resident) at start (None: the
    same number of tokens in either format, KV_CACHE_MB); an operator's VLLM_CPU_KVCACHE_SPACE (whole GiB)
    overrides it on the CPU. `compile_model`: torch.compile the
    model at start (STYLIST_LLM_COMPILE); else `--enforce-eager` (measured on the 2-core machine: model ready in
    48 s instead of 121 s on a first start and 31 s instead of 84 s on a restart, decoding 22 instead of 28
    tokens/s; docs/benchmarks.md)."""
    command = [
        sys.executable, "-m", "vllm.entrypoints.openai.api_server",
        "--model", str(model_dir),
        "--served-model-name", served_name,
        "--host", "127.0.0.1", "--port", str(port),
        "--dtype", dtype,
        "--max-model-len", str(max_model_len),
        "--kv-cache-memory-bytes", str((kv_cache_mb or KV_CACHE_MB.get(dtype, 512)) * 2**20),
        "--disable-uvicorn-access-log",
        # compact JSON only: a model trained to write a note after the ids would otherwise pad the answer with
        # whitespace (which JSON allows) where the ids-only schema closes the outfit, until max_tokens
        "--structured-outputs-config", NO_WHITESPACE,
    ]
    if not compile_model:
        command.append("--enforce-eager")
    if adapters:
        command += ["--enable-lora", "--max-loras", str(max(1, len(adapters))),
                    "--max-lora-rank", str(max(adapter_rank(p) for p in adapters.values())),
                    "--lora-modules", *[f"{name}={path}" for name, path in adapters.items()]]
    return command + extra_args


def port_in_use(port: int) -> bool:
    """True when something already listens on 127.0.0.1:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def pinned_env(cores: list[int]) -> dict[str, str]:
    """The environment of a CPU server pinned to `cores` (ManagedVllm(cores=...)): its engine runs in one
    process with the model (VLLM_ENABLE_V1_MULTIPROCESSING=0: no worker process, no per-step messages between
    processes) and OpenMP uses as many threads as it has cores. vLLM's own binding (VLLM_CPU_OMP_THREADS_BIND)
    needs its worker process; the pinning replaces it (without it, two servers on 2 cores overran the deadline
    with four shoppers at once). Measured: docs/benchmarks.md."""
    return {"VLLM_ENABLE_V1_MULTIPROCESSING": "0", "OMP_NUM_THREADS": str(len(cores))}


class ManagedVllm:
    def __init__(self, command: list[str], port: int, log_path: Path, env: dict[str, str] | None = None,
                 cores: list[int] | None = None) -> None:
        self.command = command
        self.port = port
        self.log_path = log_path
        self.cores = cores  # pin the server (and the processes it starts) to these CPU cores
        self.env = {**(pinned_env(cores) if cores else {}), **(env or {})}
        self.process: subprocess.Popen[bytes] | None = None
        self.ready = False
        self.failed: str | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> None:
        if port_in_use(self.port):  # another server answering there would pass for this one
            self.failed = (f"port {self.port} is already in use (another vLLM or app?); stop it or set "
                           "STYLIST_LLM_PORT to a free port")
            log.error(self.failed)
            return
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log_file = self.log_path.open("ab")
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "VLLM_NO_USAGE_STATS": "1", "DO_NOT_TRACK": "1", **self.env}
        log.info("starting vLLM: %s (log: %s)", " ".join(self.command), self.log_path)
        self.process = subprocess.Popen(
            self.command, stdout=log_file, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )
        log_file.close()
        if self.cores:  # at once: the new interpreter has no threads yet, and what it starts inherits the cores
            try:
                os.sched_setaffinity(self.process.pid, self.cores)
            except ProcessLookupError:  # it exited already: wait_ready reports the exit code and the log
                pass

    async def wait_ready(self, timeout_s: float) -> bool:
        """Poll /health until the server answers, the process dies, or the time is up. No fixed sleeps."""
        if self.failed:
            return False
        deadline = time.monotonic() + timeout_s
        async with httpx.AsyncClient(timeout=2.0) as client:
            while time.monotonic() < deadline:
                if self.process is None or self.process.poll() is not None:
                    code = self.process.returncode if self.process else None
                    self.failed = f"vLLM exited with code {code}; see {self.log_path}"
                    log.error(self.failed)
                    return False
                try:
                    if (await client.get(f"http://127.0.0.1:{self.port}/health")).status_code == 200:
                        self.ready = True
                        log.info("vLLM is ready on port %d", self.port)
                        return True
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.5)  # polling interval of a readiness check, not a wait for a guess
        self.failed = f"vLLM was not ready after {timeout_s:.0f} s; see {self.log_path}"
        log.error(self.failed)
        return False

    def stop(self, grace_s: float = 15.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        log.info("stopping vLLM (pid %d)", self.process.pid)
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(grace_s)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(5)
        self.ready = False
