"""Structured logs and request limits: JSON log lines carry the request id; oversized bodies get 413."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

from fastapi.testclient import TestClient

from app.main import create_app
from app.services import Services


def test_json_logs_carry_the_request_id() -> None:
    code = ("import logging; from app.observability import configure_logging, REQUEST_ID; "
            "configure_logging('json'); REQUEST_ID.set('req-42'); "
            "logging.getLogger('app.test').info('imported %d rows', 3, extra={'job': 7})")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    line = json.loads(result.stderr.strip().splitlines()[-1])
    assert line["message"] == "imported 3 rows" and line["request_id"] == "req-42" and line["job"] == 7
    assert line["level"] == "INFO" and line["logger"] == "app.test" and "time" in line


def test_oversized_bodies_are_refused_before_they_are_read(demo_store: Services) -> None:
    small = dataclasses.replace(demo_store, settings=demo_store.settings.model_copy(update={"max_request_bytes": 1000}))
    with TestClient(create_app(services=small)) as client:
        declared = client.post("/api/v1/outfits", content=b"x" * 5000, headers={"content-type": "application/json"})
        assert declared.status_code == 413 and declared.json()["title"] == "Request too large"

        def chunks():  # no Content-Length: counted as it arrives
            for _ in range(10):
                yield b"y" * 500

        streamed = client.post("/api/v1/outfits", content=chunks(), headers={"content-type": "application/json"})
        assert streamed.status_code == 413
        assert client.post("/api/v1/outfits", json={"vibe": "gallery opening", "count": 1}).status_code == 200
