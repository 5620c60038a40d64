"""The production deployment files: docker-compose.yml passes docker-compose's own validation, and the
compose file and Dockerfile agree with the app (settings it needs, served model and adapter names)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.config import REPO_ROOT, Settings
from app.stylist.vllm_server import NO_WHITESPACE

COMPOSE_FILE = REPO_ROOT / "docker-compose.yml"
DOCKERFILE = REPO_ROOT / "Dockerfile"
# The variables the compose file requires (${VAR:?...}); dummy values are enough for validation.
REQUIRED_ENV = {"POSTGRES_PASSWORD": "ci-password", "STYLIST_SECRET_KEY": "ci-secret-key-0123456789-abcdefghijkl"}
MODEL_SERVERS = ("vllm", "vllm-cpu")


def _docker_compose() -> str:
    path = shutil.which("docker-compose")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("docker-compose is not installed: scripts/test.sh installs it with apt-get")
        pytest.skip("docker-compose is not installed (scripts/test.sh installs it with apt-get; "
                    "`apt-get install docker-compose`); under CI=true this fails")
    return path


def _compose(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in REQUIRED_ENV and not k.startswith("COMPOSE_")}
    return subprocess.run([_docker_compose(), "-f", str(COMPOSE_FILE), *args], cwd=REPO_ROOT,
                          env={**base, **(env if env is not None else REQUIRED_ENV)},
                          capture_output=True, text=True, timeout=120)


def _supports_profiles() -> bool:
    out = _compose("version", "--short").stdout.strip().lstrip("v")
    major_minor = tuple(int(n) for n in re.findall(r"\d+", out)[:2])
    return major_minor >= (1, 28)  # profiles came with docker-compose 1.28; every v2 has them


@pytest.mark.parametrize("profile", [None, "gpu", "cpu"])
def test_compose_file_passes_docker_compose_config(profile: str | None) -> None:
    if profile and not _supports_profiles():
        pytest.skip("this docker-compose predates profiles (1.28)")
    result = _compose(*(["--profile", profile] if profile else []), "config", "-q")
    assert result.returncode == 0, result.stderr


def test_compose_file_refuses_to_run_without_the_secrets() -> None:
    for missing in REQUIRED_ENV:
        result = _compose("config", "-q", env={k: v for k, v in REQUIRED_ENV.items() if k != missing})
        assert result.returncode != 0, f"config passed without {missing}"
        assert missing in result.stderr


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE_FILE.read_text())


def _environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {k: str(v) for k, v in env.items()}


def _option_values(command: list[str], option: str) -> list[str]:
    """The values after `option` up to the next option (--lora-modules takes several)."""
    values: list[str] = []
    for i, arg in enumerate(command):
        if arg == option:
            for value in command[i + 1:]:
                if value.startswith("--"):
                    break
                values.append(value)
    return values


def _released_adapters() -> dict[str, int]:
    """Folder name -> LoRA rank of every adapter the app serves (a folder with adapter_config.json)."""
    import json

    adapters_dir = REPO_ROOT / "models" / "adapters"
    return {p.name: int(json.loads((p / "adapter_config.json").read_text()).get("r", 16))
            for p in sorted(adapters_dir.iterdir()) if (p / "adapter_config.json").exists()}


def test_the_app_is_pointed_at_every_backing_service(compose: dict[str, Any]) -> None:
    app = compose["services"]["app"]
    env = _environment(app)
    for name in ("STYLIST_DATABASE_URL", "STYLIST_CHROMA_URL", "STYLIST_LLM_URL", "STYLIST_REDIS_URL"):
        assert env.get(name), f"app does not set {name}"
    assert env["STYLIST_DATABASE_URL"].startswith("postgresql+psycopg://")
    assert env["STYLIST_LLM_URL"].endswith("/v1")
    # the app must come up (degraded) without a model server
    depends = app.get("depends_on") or {}
    assert not set(depends) & set(MODEL_SERVERS)
    assert (depends.get("init") or {}).get("condition") == "service_completed_successfully"


def test_every_long_running_service_has_a_healthcheck_and_restarts(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert services["init"].get("restart") == "no", "init is one-shot"
    for name, service in services.items():
        if name == "init":
            continue
        check = service.get("healthcheck") or {}
        assert check.get("test") and not check.get("disable"), f"{name} has no healthcheck"
        assert service.get("restart") == "unless-stopped", f"{name} is not restarted"


def test_no_model_server_starts_without_a_profile(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert services["vllm"].get("profiles") == ["gpu"]
    assert services["vllm-cpu"].get("profiles") == ["cpu"]
    for name, service in services.items():
        if name not in MODEL_SERVERS:
            assert not service.get("profiles"), f"{name} would not start with a plain `docker compose up`"
    for name in MODEL_SERVERS:
        assert "vllm" in services[name]["networks"]["default"]["aliases"], f"{name} is not reachable as vllm"


def test_the_gpu_model_server_requests_an_nvidia_gpu(compose: dict[str, Any]) -> None:
    devices = compose["services"]["vllm"]["deploy"]["resources"]["reservations"]["devices"]
    assert any(d.get("driver") == "nvidia" and "gpu" in d.get("capabilities", []) for d in devices)


@pytest.mark.parametrize("name", MODEL_SERVERS)
def test_model_servers_serve_the_base_and_every_released_adapter(compose: dict[str, Any], name: str) -> None:
    service = compose["services"][name]
    command = [str(arg) for arg in service["command"]]
    adapters = _released_adapters()
    assert adapters, "no released adapter in models/adapters"

    assert "--enable-lora" in command
    modules = _option_values(command, "--lora-modules")
    assert sorted(modules) == sorted(f"{a}=/adapters/{a}" for a in adapters), modules
    assert int(_option_values(command, "--max-lora-rank")[0]) >= max(adapters.values())
    assert int(_option_values(command, "--max-loras")[0]) >= len(adapters)
    assert "./models/adapters:/adapters:ro" in service["volumes"]

    # the names and the model folder the app expects: the base under STYLIST_LLM_SERVED_NAME's default,
    # the folder that `stylist prepare-model` writes into the `models` volume (mounted at /models here)
    fields = Settings.model_fields
    assert _option_values(command, "--served-model-name") == [fields["llm_served_name"].default]
    model_dir = f"/models/{Path(fields['base_model'].default).stem.lower()}"
    model = command[0] if name == "vllm" else _option_values(command, "--model")[0]
    assert model == model_dir, "vLLM's image runs `vllm serve`: the command starts with the model"
    assert "models:/models:ro" in service["volumes"]
    assert any(v == "models:/data/models" for v in compose["services"]["init"]["volumes"])
    assert int(_option_values(command, "--port")[0]) == 8000  # STYLIST_LLM_URL and the healthcheck
    # compact JSON, as the managed server: an ids-only answer is never padded with whitespace
    assert _option_values(command, "--structured-outputs-config") == [NO_WHITESPACE]
    assert (service["depends_on"]["init"] or {}).get("condition") == "service_completed_successfully"


def test_chroma_server_matches_the_client(compose: dict[str, Any]) -> None:
    image, _, tag = compose["services"]["chroma"]["image"].partition(":")
    assert image == "chromadb/chroma"
    assert tag.split(".")[:2] == version("chromadb").split(".")[:2], "server and client minor versions differ"
    assert "chroma-data:/data" in compose["services"]["chroma"]["volumes"]


def test_dockerfile_runs_as_a_non_root_user_from_the_source_tree() -> None:
    lines = [line.strip() for line in DOCKERFILE.read_text().splitlines()]
    users = [line.split()[1] for line in lines if line.startswith("USER ")]
    assert users and users[-1] not in ("root", "0", "0:0"), "the image must run as a non-root user"
    assert any(line.startswith("HEALTHCHECK ") for line in lines)
    # the app finds templates/, inventory/ and models/adapters/ next to its package (REPO_ROOT)
    for folder in ("app/", "models/", "inventory/", "templates/"):
        assert any(re.match(rf"COPY .*\b{folder} ", line) for line in lines), f"{folder} not copied"
    assert any("PYTHONPATH=/app" in line for line in lines)
