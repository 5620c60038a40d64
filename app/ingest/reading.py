"""Bytes to CSV rows: size cap, binary/archive detection, encoding, dialect, line numbers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

# csv's default field limit is 128 KiB; a description longer than this is a broken file, not a product.
MAX_FIELD_CHARS = 100_000
MAX_COLUMNS = 300

_MAGIC = {
    b"PK\x03\x04": "a ZIP archive (or an .xlsx workbook)",
    b"\x1f\x8b": "a gzip archive",
    b"%PDF": "a PDF document",
    b"\xd0\xcf\x11\xe0": "an old Excel/Office document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
}


class FileRejected(Exception):
    """The file as a whole cannot be read; the message says what to fix."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def decode(data: bytes, fallback_encoding: str, max_bytes: int) -> tuple[str, str]:
    """Return (text, encoding name). UTF-8 (with or without BOM) first, then the named legacy encoding."""
    if len(data) > max_bytes:
        raise FileRejected(
            f"the file is {len(data):,} bytes; the limit is {max_bytes:,} bytes. Split it into smaller files."
        )
    if not data.strip():
        raise FileRejected("the file is empty: expected a header row and at least one product row.")
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise FileRejected(f"this is {kind}, not a CSV file. Export or save it as CSV (UTF-8) and upload that.")
    if b"\x00" in data[:65536]:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise FileRejected("the file is UTF-16 encoded; save it as CSV UTF-8 and upload it again.")
        raise FileRejected("the file contains binary data (NUL bytes), so it is not a CSV text file.")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        return data.decode(fallback_encoding), fallback_encoding
    except (UnicodeDecodeError, LookupError):
        line = data[: utf8_error.start].count(b"\n") + 1
        raise FileRejected(
            f"the file is neither UTF-8 nor {fallback_encoding} (first bad byte at line {line}). "
            "Save it as CSV UTF-8 and upload it again.",
            line=line,
        ) from None


@dataclass
class CsvText:
    header: list[str]
    rows: Iterator[tuple[int, list[str]]]  # (line where the record starts, fields)


def _delimiter(text: str) -> str:
    """The delimiter is whichever of comma, semicolon or tab the header row uses most.

    Column names never contain these, while descriptions in later rows often do, so the header alone
    is a more reliable sample than csv.Sniffer on the whole file.
    """
    first_line = text.split("\n", 1)[0]
    return max(",;\t", key=first_line.count)


def read_csv(text: str) -> CsvText:
    """Parse CSV text strictly; `rows` raises FileRejected with the line of a broken record."""
    csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise FileRejected(f"the header row cannot be read as CSV ({exc}).", line=1) from None
    except StopIteration:
        raise FileRejected("the file has no header row.") from None
    if len(header) > MAX_COLUMNS:
        raise FileRejected(f"the header has {len(header):,} columns; at most {MAX_COLUMNS} are allowed.", line=1)
    if len(header) < 2:
        raise FileRejected(
            "the header has a single column, so this does not look like a CSV inventory file "
            "(expected comma-, semicolon- or tab-separated columns).",
            line=1,
        )

    def rows() -> Iterator[tuple[int, list[str]]]:
        last_line = reader.line_num
        while True:
            start = last_line + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise FileRejected(f"broken CSV quoting or field ({exc}); check the quotes on this record.", start)
            last_line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            yield start, row

    return CsvText(header=[h.strip() for h in header], rows=rows())
