"""Several app processes sharing the production back-ends: the real PostgreSQL, a real Chroma server
(`chroma run` on loopback) and the real Redis. What one process saves, the other reads; rate limits are
counted once across them; an import by a third process is searchable through both."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.config import REPO_ROOT
from tests.conftest import fresh_postgres_database
from tests.helpers import to_csv, variant_row

VENV_BIN = Path(sys.executable).parent
REDIS_URL = os.environ.get("STYLIST_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_ready(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 180) -> None:
    """Poll a readiness URL (not a sleep): fails at once if the process died, with its log."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"{process.args} exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)  # poll interval between readiness checks
    raise AssertionError(f"{url} not ready after {timeout} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def redis_url() -> str:
    import redis

    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.RedisError as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"Redis not reachable at {REDIS_URL} ({exc}); set STYLIST_TEST_REDIS_URL")
    return REDIS_URL


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    folder = tmp_path_factory.mktemp("chroma")
    log = folder / "chroma.log"
    with log.open("wb") as out:
        process = subprocess.Popen([str(VENV_BIN / "chroma"), "run", "--path", str(folder / "data"),
                                    "--host", "127.0.0.1", "--port", str(port)], stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_until_ready(f"http://127.0.0.1:{port}/api/v2/heartbeat", process, log, timeout=60)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(scope="module")
def deployment(postgres_module: str, chroma_url: str, redis_url: str,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    folder = tmp_path_factory.mktemp("deploy")
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "STYLIST_DATA_DIR": str(folder / "var"),
        "STYLIST_DATABASE_URL": postgres_module,
        "STYLIST_CHROMA_URL": chroma_url,
        "STYLIST_CHROMA_COLLECTION": f"products-{uuid.uuid4().hex[:8]}",
        "STYLIST_REDIS_URL": redis_url,
        "STYLIST_RATE_LIMIT_NAMESPACE": f"test-{uuid.uuid4().hex}",
        "STYLIST_RATE_LIMIT_OUTFITS": "4/minute",
        "STYLIST_LLM_URL": "http://127.0.0.1:9/v1",  # no model server: the composer answers (degraded)
        "STYLIST_LLM_MAX_RETRIES": "0",
        "STYLIST_API_KEY_ROUTES": "none",  # the API's keys are tested in tests/test_access.py
        "STYLIST_SECRET_KEY": "multi-process-test-secret-key-0123456789abcdef",
    }
    prestart = subprocess.run([str(VENV_BIN / "stylist"), "prestart"], env=env, capture_output=True, text=True,
                              timeout=600)
    assert prestart.returncode == 0, prestart.stderr[-3000:]
    env = {**env, "STYLIST_LOAD_DEMO": "false", "STYLIST_RECONCILE_ON_STARTUP": "false"}
    processes, urls = [], []
    for workers in (2, 1):  # one server with two worker processes, and a second server
        port = free_port()
        log = folder / f"app-{port}.log"
        with log.open("wb") as out:
            process = subprocess.Popen([str(VENV_BIN / "stylist"), "serve", "--port", str(port),
                                        "--workers", str(workers)], env=env, stdout=out, stderr=subprocess.STDOUT)
        processes.append(process)
        urls.append(f"http://127.0.0.1:{port}")
        wait_until_ready(f"{urls[-1]}/healthz", process, log)
    yield {"urls": urls, "env": env, "folder": folder}
    for process in processes:
        process.terminate()
    for process in processes:
        process.wait(30)


@pytest.fixture(scope="module")
def postgres_module() -> Iterator[str]:
    """A database of its own: other modules reset the shared test database between their tests."""
    yield from fresh_postgres_database("stylist_mp")


BODY = {"vibe": "minimalist office on a rainy day", "department": "women", "size": "M", "count": 1}


def clear_outfit_limit(deployment: dict[str, object]) -> None:
    """Start a test from an empty rate-limit window, whatever the module's other tests spent."""
    from limits import parse
    from limits.storage import storage_from_string
    from limits.strategies import MovingWindowRateLimiter

    env: dict[str, str] = deployment["env"]  # type: ignore[assignment]
    limiter = MovingWindowRateLimiter(storage_from_string(env["STYLIST_REDIS_URL"]))
    limiter.clear(parse(env["STYLIST_RATE_LIMIT_OUTFITS"]), env["STYLIST_RATE_LIMIT_NAMESPACE"], "outfits", "127.0.0.1")


def test_outfit_saved_by_one_process_is_read_by_the_other(deployment: dict[str, object]) -> None:
    first, second = deployment["urls"]  # type: ignore[misc]
    clear_outfit_limit(deployment)
    answer = httpx.post(f"{first}/api/v1/outfits", json=BODY, timeout=60).json()
    assert answer["degraded"] and answer["outfits"], answer
    outfit = answer["outfits"][0]
    shared = httpx.get(f"{second}/api/v1/outfits/{outfit['id']}", timeout=30)
    assert shared.status_code == 200
    assert [i["sku"] for i in shared.json()["items"]] == [i["sku"] for i in outfit["items"]]
    swapped = httpx.post(f"{second}/api/v1/outfits/{outfit['id']}/swap", json={"slot": "shoes"}, timeout=60)
    assert swapped.status_code == 201
    assert httpx.get(f"{first}/api/v1/outfits/{swapped.json()['id']}", timeout=30).json()["parent_id"] == outfit["id"]


def test_rate_limit_is_shared_through_redis(deployment: dict[str, object]) -> None:
    first, second = deployment["urls"]  # type: ignore[misc]
    clear_outfit_limit(deployment)  # the limit is 4 per minute
    codes = [httpx.post(f"{url}/api/v1/outfits", json=BODY, timeout=60).status_code
             for url in (first, second, first, second)]
    assert codes == [200, 200, 200, 200]
    for url in (first, second):  # the fifth is refused by either server: they count together
        refused = httpx.post(f"{url}/api/v1/outfits", json=BODY, timeout=60)
        assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1


def test_import_by_another_process_is_searchable_through_both(deployment: dict[str, object]) -> None:
    folder: Path = deployment["folder"]  # type: ignore[assignment]
    csv = folder / "new.csv"
    csv.write_bytes(to_csv([variant_row("aurora-sequin-cape", "ASC-M", "M", 3, "150.00", slot="outerwear",
                                        title="Aurora Sequin Cape", colors="silver", materials="sequins",
                                        style_tags="party;glam")]))
    ingest = subprocess.run([str(VENV_BIN / "stylist"), "ingest", str(csv)], env=deployment["env"],
                            capture_output=True, text=True, timeout=300)
    assert ingest.returncode == 0, ingest.stderr[-3000:]
    for url in deployment["urls"]:  # type: ignore[attr-defined]
        for _ in range(2):  # both workers of the first server (requests land on either)
            found = httpx.get(f"{url}/api/v1/items", params={"q": "silver sequin cape", "limit": 3}, timeout=30)
            assert found.json()["items"][0]["handle"] == "aurora-sequin-cape"


def test_load_lookbook_refuses_a_shrinking_replace_and_loads_nothing_of_the_run(deployment: dict[str, object]) -> None:
    """`stylist load-lookbook`: all files in one transaction; a --replace that would remove more looks than it loads
    is refused (exit 2, no summary printed of a load that was rolled back) until --allow-shrink confirms it."""
    folder: Path = deployment["folder"]  # type: ignore[assignment]
    header = "look_id,vibe,paraphrases,occasion,season,department,handles,note\n"
    handle = "halden-essential-crew-tee-white-w"
    (folder / "trial.csv").write_text(header + "".join(
        f"trial-{n},white tee day {n},,weekend,summer,women,{handle},a note\n" for n in (1, 2)))
    (folder / "later").mkdir(exist_ok=True)
    (folder / "later" / "trial.csv").write_text(header + f"trial-9,white tee picnic,,weekend,summer,women,{handle},x\n")
    (folder / "extra.csv").write_text(header + f"extra-1,linen lunch,,weekend,summer,women,{handle},x\n")

    def load(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(VENV_BIN / "stylist"), "load-lookbook", *args], env=deployment["env"],
                              capture_output=True, text=True, timeout=300)

    first = load(str(folder / "trial.csv"))
    assert first.returncode == 0 and "trial: 2 looks loaded, 0 skipped" in first.stdout, first.stderr[-2000:]
    refused = load("--replace", str(folder / "extra.csv"), str(folder / "later" / "trial.csv"))
    assert refused.returncode == 2 and refused.stdout == "", refused.stdout
    assert "would remove 2 of the 2 looks" in refused.stderr and "nothing of extra.csv, trial.csv" in refused.stderr
    confirmed = load("--replace", "--allow-shrink", str(folder / "later" / "trial.csv"))
    assert confirmed.returncode == 0, confirmed.stderr[-2000:]
    assert "trial: 1 looks loaded, 0 skipped, 2 not in the file removed" in confirmed.stdout  # the refusal kept them
    # the refused run did not load extra.csv either: a whole-lookbook load of another look finds nothing to remove
    (folder / "later" / "extra.csv").write_text(header + f"extra-2,linen supper,,weekend,summer,women,{handle},x\n")
    again = load("--replace", str(folder / "later" / "extra.csv"))
    assert again.returncode == 0 and again.stdout.strip() == "extra: 1 looks loaded, 0 skipped", again.stdout


def test_several_workers_refuse_single_process_back_ends(tmp_path: Path) -> None:
    env = {**os.environ, "STYLIST_DATA_DIR": str(tmp_path), "STYLIST_DATABASE_URL": "", "STYLIST_CHROMA_URL": "",
           "STYLIST_LLM_URL": ""}
    result = subprocess.run([str(VENV_BIN / "stylist"), "serve", "--workers", "2"], env=env, capture_output=True,
                            text=True, timeout=120, cwd=REPO_ROOT)
    assert result.returncode != 0
    message = " ".join(result.stderr.replace("│", " ").split())
    assert "STYLIST_CHROMA_URL must name a Chroma server" in message
