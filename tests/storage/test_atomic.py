import os
from pathlib import Path

import pytest

from graphx.errors import UsageError
from graphx.storage.atomic import write_bytes_atomic, write_text_atomic


def test_writes_create_folders_and_replace_whole_files(tmp_path: Path) -> None:
    target = tmp_path / "out" / "file.txt"
    write_text_atomic(target, "first")
    write_text_atomic(target, "second")
    assert target.read_text() == "second"
    assert os.listdir(target.parent) == ["file.txt"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "file.txt"
    target.write_text("old")

    def broken_replace(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(UsageError, match=r"cannot write .*file\.txt: disk full"):
        write_bytes_atomic(target, b"new")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["file.txt"]


def test_a_file_in_place_of_a_folder_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("x")
    with pytest.raises(UsageError, match="cannot write"):
        write_text_atomic(tmp_path / "blocker" / "out.txt", "data")


def test_a_folder_is_not_overwritten(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="is a folder; name a file to write"):
        write_text_atomic(tmp_path, "data")
