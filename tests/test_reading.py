"""Whole-file problems: size, binary, archives, encodings, quoting, delimiters."""

from __future__ import annotations

import gzip
import io
import zipfile

import pytest

from app.ingest.reading import FileRejected, decode, read_csv

LIMIT = 1_000_000


def test_utf8_with_and_without_bom() -> None:
    text = "handle,title\nä-shirt,Café tee\n"
    assert decode(text.encode(), "cp1252", LIMIT) == (text, "utf-8")
    assert decode(b"\xef\xbb\xbf" + text.encode(), "cp1252", LIMIT) == (text, "utf-8")


def test_legacy_encoding_fallback_is_named() -> None:
    text, encoding = decode("handle,title\ncafe,Café crème\n".encode("cp1252"), "cp1252", LIMIT)
    assert encoding == "cp1252"
    assert "Café crème" in text


def test_undecodable_file_fails_clearly() -> None:
    data = "handle,title\nok,fine\n".encode() + b"bad,\x81\x8d\n"
    with pytest.raises(FileRejected, match=r"neither UTF-8 nor cp1252 \(first bad byte at line 3\)"):
        decode(data, "cp1252", LIMIT)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b" \n\n", "the file is empty"),
        (b"handle,title\n" * 10, None),
        (b"x" * (LIMIT + 1), "the limit is 1,000,000 bytes"),
        (b"\x00\x01\x02binary\x00", "binary data"),
        ("handle,title".encode("utf-16"), "UTF-16"),
        (b"%PDF-1.7 ...", "PDF document"),
        (gzip.compress(b"handle,title\n"), "gzip archive"),
    ],
)
def test_whole_file_checks(data: bytes, message: str | None) -> None:
    if message is None:
        text, _ = decode(data, "cp1252", LIMIT)
        assert text == data.decode("ascii")
        return
    with pytest.raises(FileRejected, match=message):
        decode(data, "cp1252", LIMIT)


def test_zip_bomb_renamed_csv_is_rejected_without_unpacking() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("inventory.csv", b"0" * 50_000_000)
    data = buffer.getvalue()
    assert len(data) < 100_000
    with pytest.raises(FileRejected, match="ZIP archive"):
        decode(data, "cp1252", LIMIT)


def test_delimiter_from_header() -> None:
    for delimiter in (",", ";", "\t"):
        parsed = read_csv(f"handle{delimiter}title\nshirt{delimiter}\"A, b; c\"\n")
        assert parsed.header == ["handle", "title"]
        assert list(parsed.rows) == [(2, ["shirt", "A, b; c"])]


def test_line_numbers_count_multiline_fields_and_skip_blank_rows() -> None:
    parsed = read_csv('handle,description\na,"one\ntwo\nthree"\n\nb,plain\n')
    assert list(parsed.rows) == [(2, ["a", "one\ntwo\nthree"]), (6, ["b", "plain"])]


def test_broken_quoting_reports_the_record_line() -> None:
    parsed = read_csv('handle,title\na,fine\nb,"bad "quote" here\n')
    rows = parsed.rows
    assert next(rows) == (2, ["a", "fine"])
    with pytest.raises(FileRejected, match="broken CSV quoting") as caught:
        next(rows)
    assert caught.value.line == 3


def test_unclosed_quote_at_end_of_file() -> None:
    parsed = read_csv('handle,title\na,"never closed\nb,c\n')
    with pytest.raises(FileRejected) as caught:
        list(parsed.rows)
    assert caught.value.line == 2


def test_single_column_file_is_not_inventory() -> None:
    with pytest.raises(FileRejected, match="single column"):
        read_csv("just some text\nmore text\n")


def test_too_many_columns() -> None:
    with pytest.raises(FileRejected, match="1,000,000 columns"):
        read_csv(",".join(["c"] * 1_000_000) + "\n")


def test_huge_field_is_a_clean_error() -> None:
    parsed = read_csv("handle,description\na," + "x" * 200_000 + "\n")
    with pytest.raises(FileRejected, match="field larger than field limit"):
        list(parsed.rows)
