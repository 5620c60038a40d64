"""Keep the app process's resident memory small: fewer glibc malloc arenas.

glibc's malloc gives threads that allocate at the same time arenas of their own (up to 8 per core), and an arena
keeps the memory its thread freed. The app's threads (request handlers, the embedder, the index, the database
pool) each left tens of MiB behind: on the 2-core machine the app process held eleven arenas of about 60 MiB,
1.70 GiB resident after a few answers, and 1.12 GiB with two arenas, latency within run-to-run noise
(docs/benchmarks.md).

`limit_malloc_arenas` asks glibc, through `mallopt(M_ARENA_MAX)`, to make no more than that many; it must run
before the threads it should cover start allocating (the lifespan calls it first): glibc reads the limit when it
is about to make a ninth arena, so a call after that returns success and changes nothing (tests/test_process_memory
.py checks the count). Elsewhere (musl, macOS) it does nothing and says so.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

log = logging.getLogger(__name__)

M_ARENA_MAX = -8  # glibc's malloc.h: the most arenas malloc may create


def limit_malloc_arenas(arenas: int) -> bool:
    """At most `arenas` malloc arenas for this process from now on (0: leave glibc's default). True if applied."""
    if arenas <= 0:
        return False
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        libc = None
    mallopt = getattr(libc, "mallopt", None)
    if mallopt is None:
        log.info("no glibc mallopt here: malloc arenas left as they are")
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_ARENA_MAX, arenas))
