"""Refuse request bodies over a size limit before they are read into memory (413, problem+json).

A declared Content-Length over the limit is refused at once; a body sent without one (chunked) is counted
as it arrives and cut off when it passes the limit.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodySizeLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        seen = 0
        started = refused = False

        async def counted() -> Message:
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes and not started:
                    # answer 413 now; the app then sees a disconnected client and its own reply is dropped
                    await self._refuse(send)
                    refused = True
                    return {"type": "http.disconnect"}
            return message

        async def watch(message: Message) -> None:
            nonlocal started
            if refused:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        await self.app(scope, counted, watch)

    async def _refuse(self, send: Send) -> None:
        megabytes = self.max_bytes / (1024 * 1024)
        body = json.dumps({"type": "about:blank", "title": "Request too large", "status": 413,
                           "detail": f"the request body is over {megabytes:.0f} MB; send a smaller file"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/problem+json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
