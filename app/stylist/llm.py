"""The stylist model's client: vLLM's OpenAI-compatible API with timeouts, bounded retries and a breaker."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any

import httpx
from circuitbreaker import CircuitBreaker, CircuitBreakerError
from openai import AsyncOpenAI

log = logging.getLogger(__name__)


class ModelUnavailable(Exception):
    """The model cannot answer now (down, starting, breaker open); the engine falls back."""


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0


class LlmClient:
    def __init__(
        self,
        base_url: str,
        *,
        timeout_s: float = 30.0,
        max_retries: int = 1,
        failure_threshold: int = 3,
        recovery_s: float = 20.0,
        api_key: str = "not-needed",
    ) -> None:
        self.base_url = base_url.rstrip("/")
        # The openai client retries connection errors, 408/429/5xx with exponential back-off.
        self._client = AsyncOpenAI(base_url=self.base_url, api_key=api_key, timeout=timeout_s,
                                   max_retries=max_retries)
        self._breaker = CircuitBreaker(failure_threshold=failure_threshold, recovery_timeout=recovery_s,
                                       name=f"llm:{self.base_url}")
        self._served: list[str] = []

    @property
    def breaker_open(self) -> bool:
        return bool(self._breaker.opened)

    @property
    def served(self) -> list[str]:
        return list(self._served)

    async def refresh_models(self) -> list[str]:
        """The model and adapter names the server serves (also a readiness check)."""
        try:
            page = await self._client.models.list()
        except Exception as exc:  # noqa: BLE001 - any failure means not ready
            raise ModelUnavailable(f"model server not reachable: {exc.__class__.__name__}") from exc
        self._served = [m.id for m in page.data]
        return self.served

    async def ready(self) -> bool:
        try:
            async with httpx.AsyncClient(timeout=2.0) as client:
                response = await client.get(self.base_url.removesuffix("/v1") + "/health")
            return response.status_code == 200
        except httpx.HTTPError:
            return False

    async def stream_json(
        self,
        model: str,
        messages: list[dict[str, str]],
        schema: dict[str, Any],
        max_tokens: int,
        usage: Usage,
        cont: bool = False,
    ) -> AsyncIterator[str]:
        """Text deltas of a schema-constrained answer; `cont`: continue the last (assistant) message, whose text
        the schema does not cover. Token counts are added to `usage`. Raises ModelUnavailable when the call
        fails."""
        if self._breaker.opened:
            raise ModelUnavailable(f"circuit open after repeated failures; retrying in "
                                   f"{self._breaker.open_remaining:.0f} s")
        try:
            async with aclosing(self._breaker.call_async_generator(
                self._stream, model, messages, schema, max_tokens, usage, cont
            )) as deltas:
                async for delta in deltas:
                    yield delta
        except CircuitBreakerError as exc:
            raise ModelUnavailable(str(exc)) from exc
        except ModelUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001 - network, HTTP and protocol errors all mean: fall back
            raise ModelUnavailable(f"{exc.__class__.__name__}: {exc}"[:300]) from exc

    async def _stream(
        self, model: str, messages: list[dict[str, str]], schema: dict[str, Any], max_tokens: int, usage: Usage,
        cont: bool,
    ) -> AsyncIterator[str]:
        stream = await self._client.chat.completions.create(
            model=model,
            messages=messages,  # type: ignore[arg-type]
            response_format={"type": "json_schema", "json_schema": {"name": "outfits", "schema": schema}},
            max_tokens=max_tokens,
            temperature=0.0,
            stream=True,
            stream_options={"include_usage": True},
            # vLLM's chat template options: continue the assistant's answer instead of starting a new turn
            extra_body={"continue_final_message": True, "add_generation_prompt": False} if cont else None,
        )
        # closed on every exit, a deadline's cancellation included: the server sees the connection go and stops
        # generating (an abandoned stream would keep a CPU server busy for every later shopper)
        async with stream:
            async for chunk in stream:
                if chunk.usage is not None:
                    usage.prompt_tokens += chunk.usage.prompt_tokens
                    usage.completion_tokens += chunk.usage.completion_tokens
                for choice in chunk.choices:
                    if choice.delta and choice.delta.content:
                        yield choice.delta.content

    async def close(self) -> None:
        await self._client.close()
