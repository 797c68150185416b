"""Opening event files: plain, zipped or gzipped, streamed as text lines; clear errors for broken containers."""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from graphx.errors import InputError, Problem

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
GZIP_MAGIC = b"\x1f\x8b"


def fail(file: str, message: str, line: int = 1) -> InputError:
    """An InputError for one located problem."""
    return InputError([Problem(file, line, 1, message)])


def digest(path: str) -> str:
    """The SHA-256 of a file's bytes, which identifies an import."""
    with open(path, "rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def _zip_member(path: str) -> tuple[zipfile.ZipFile, zipfile.ZipInfo]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise fail(path, "not a zip archive (damaged or not a zip file)") from None
    members = [m for m in archive.infolist() if not m.is_dir()]
    if len(members) != 1:
        archive.close()
        raise fail(path, f"the zip archive holds {len(members)} files; expected exactly one")
    return archive, members[0]


@contextmanager
def open_text(path: str) -> Iterator[IO[str]]:
    """A text stream over the file (or the one file in its zip or gzip), UTF-8 with bad bytes replaced.

    InputError for a missing, empty or unreadable file, or a broken archive.
    """
    if os.path.isdir(path):
        raise fail(path, "is a folder, not an event file")
    try:
        with open(path, "rb") as probe:
            head = probe.read(4)
    except FileNotFoundError:
        raise fail(path, "no such file") from None
    except OSError as exc:
        raise fail(path, f"cannot read: {exc.strerror or exc}") from None
    if not head:
        raise fail(path, "empty file: no events")
    if head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)) or Path(path).suffix.lower() == ".zip":
        archive, member = _zip_member(path)
        if member.file_size == 0:
            archive.close()
            raise fail(path, f"empty file in the zip archive ({member.filename}): no events")
        try:
            with archive, archive.open(member) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
        except (zipfile.BadZipFile, EOFError) as exc:
            raise fail(path, f"damaged zip archive: {exc}") from None
        return
    opener = gzip.open if head.startswith(GZIP_MAGIC) else open
    try:
        with opener(path, "rb") as raw:
            yield io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
    except (gzip.BadGzipFile, EOFError) as exc:
        raise fail(path, f"damaged gzip file: {exc}") from None


def clean(text: str) -> str:
    """Text safe to keep: control characters and line separators become spaces, ends trimmed."""
    if text.isprintable():
        return text.strip()
    return "".join(c if c.isprintable() else " " for c in text).strip()
