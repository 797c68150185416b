"""The one file-writing module: atomic writes, guarded outputs, bounded reads, stray temporaries."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from graphx.errors import OutputRefusedError
from graphx.storage import files
from graphx.storage.files import (
    check_output,
    protect,
    read_regular,
    sweep_temporaries,
    write_files,
    write_output,
    write_text_atomic,
)


def test_atomic_write_replaces_whole_files_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    write_text_atomic(target, "first")
    write_text_atomic(target, "second")
    assert target.read_text() == "second"
    assert os.listdir(tmp_path) == ["file.txt"]


def test_a_failed_rename_keeps_the_old_file_and_raises_oserror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "file.txt"
    target.write_text("old")

    def full_disk(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        write_output(target, "new")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["file.txt"]


def test_a_set_of_outputs_is_written_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = files.temporary_beside

    def fail_on_png(path: Path, data: bytes) -> Path:
        if path.suffix == ".png":
            raise OSError(errno.ENOSPC, "No space left on device")
        return made(path, data)

    monkeypatch.setattr(files, "temporary_beside", fail_on_png)
    with pytest.raises(OSError):
        write_files({tmp_path / "a.md": "text", tmp_path / "a.png": b"png"})
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("name", ["", " "])
def test_an_empty_output_name_is_refused(name: str) -> None:
    with pytest.raises(OutputRefusedError, match="empty output file name"):
        check_output(name)


def test_outputs_never_replace_a_device(tmp_path: Path) -> None:
    for device in ("/dev/null", "/dev/full"):
        with pytest.raises(OutputRefusedError, match=f"{device} is not a regular file"):
            write_output(device, "x")
        assert Path(device).is_char_device()


def test_outputs_never_replace_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OutputRefusedError, match="not a regular file"):
        write_output(fifo, "x")
    assert fifo.is_fifo()


def test_an_output_into_a_missing_folder_says_so_and_makes_no_folders(tmp_path: Path) -> None:
    with pytest.raises(OutputRefusedError, match=r"the folder .*deep/er does not exist"):
        write_output(tmp_path / "deep" / "er" / "out.html", "x")
    assert os.listdir(tmp_path) == []


def test_an_output_may_make_one_new_folder(tmp_path: Path) -> None:
    write_output(tmp_path / "out" / "map.html", "x")
    assert (tmp_path / "out" / "map.html").read_text() == "x"


def test_a_file_in_place_of_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("x")
    with pytest.raises(OutputRefusedError, match="is not a folder"):
        write_output(tmp_path / "blocker" / "out.txt", "data")


def test_a_folder_is_never_replaced(tmp_path: Path) -> None:
    with pytest.raises(OutputRefusedError, match="is a folder"):
        write_output(tmp_path, "data")


def test_outputs_never_replace_a_protected_input_even_through_a_symlink(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text("the article")
    protect(source, "a source file the graph cites")
    (tmp_path / "link.txt").symlink_to(source)
    for target in (source, tmp_path / "link.txt"):
        with pytest.raises(OutputRefusedError, match="it is a source file the graph cites"):
            write_output(target, "x")
    assert source.read_text() == "the article"


@pytest.mark.parametrize("name", ["g.candidates.yaml", "g.review.yaml"])
def test_outputs_never_replace_candidates_or_review_files(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text("decisions")
    with pytest.raises(OutputRefusedError, match="refusing to write"):
        write_output(tmp_path / name, "x")
    assert (tmp_path / name).read_text() == "decisions"


def test_outputs_never_replace_any_graph_file(tmp_path: Path) -> None:
    graph = tmp_path / "other.yaml"
    graph.write_text("# a graph never loaded in this process\ngraphx: 1\ntitle: T\n")
    with pytest.raises(OutputRefusedError, match="a graphx graph file"):
        write_output(graph, "x")


def test_stray_temporaries_of_dead_processes_are_swept(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stray = tmp_path / f".map.html.{dead.stdout.strip()}.abcd1234.tmp"
    stray.write_text("half")
    live = tmp_path / f".map.html.{os.getpid()}.abcd1234.tmp"
    live.write_text("being written")
    assert sweep_temporaries(tmp_path) == [stray]
    write_output(tmp_path / "map.html", "x")
    assert sorted(os.listdir(tmp_path)) == sorted([live.name, "map.html"])


def test_reads_refuse_devices_fifos_and_big_files_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for special in (fifo, Path("/dev/zero"), Path("/dev/urandom")):
        with pytest.raises(OSError, match="not a regular file"):
            read_regular(special, 100)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 101)
    with pytest.raises(OSError, match="too large"):
        read_regular(big, 100)
    assert read_regular(big, 101) == b"x" * 101


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "graph.yaml"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new" and stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_read_only_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "graph.yaml"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(OutputRefusedError, match="read-only"):
        write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old" and [p.name for p in tmp_path.iterdir()] == ["graph.yaml"]
