"""The app's malloc arena limit (app/process_memory.py) really stops threads from each making an arena."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

from app.config import REPO_ROOT

# Threads that allocate, in a fresh interpreter; prints how many new glibc arenas appeared. A non-main arena is
# a heap glibc maps at a 64 MiB boundary (HEAP_MAX_SIZE on 64-bit), so they are counted in /proc/self/maps.
SCRIPT = """
import sys, threading
from app.process_memory import limit_malloc_arenas

def arenas():
    count = 0
    with open("/proc/self/maps") as maps:
        for line in maps:
            fields = line.split()
            start = int(fields[0].split("-")[0], 16)
            if len(fields) == 5 and fields[1] == "rw-p" and start % (64 << 20) == 0:
                count += 1
    return count

applied = limit_malloc_arenas(int(sys.argv[1]))
before = arenas()
ready = threading.Barrier(7)
def work():
    kept = [bytearray(2048) for _ in range(5000)]  # over pymalloc's 512 bytes: each is a malloc
    ready.wait()
    ready.wait()
threads = [threading.Thread(target=work) for _ in range(6)]
for t in threads:
    t.start()
ready.wait()  # every thread holds its memory now
print(applied, arenas() - before)
ready.wait()
for t in threads:
    t.join()
"""


def new_arenas(limit: int) -> tuple[bool, int]:
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(limit)], cwd=REPO_ROOT, capture_output=True,
                         text=True, check=True).stdout.split()
    return out[0] == "True", int(out[1])


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_the_arena_limit_keeps_allocating_threads_to_few_arenas() -> None:
    applied, unlimited = new_arenas(0)  # 0: glibc's default, one arena per thread up to 8 per core
    assert not applied and unlimited >= 2
    applied, limited = new_arenas(1)  # the main arena only
    assert applied and limited == 0
