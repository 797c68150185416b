import errno
import hashlib
import os
import pickle
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphx.cli import app
from graphx.errors import InputError
from graphx.storage import cache
from graphx.storage.cache import load_graph_cached


@pytest.fixture
def cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("GRAPHX_CACHE_DIR", str(folder))
    monkeypatch.delenv("GRAPHX_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "MIN_BYTES", 0)
    return folder


@pytest.fixture
def graph_file(tmp_path: Path, small_path: Path) -> Path:
    path = tmp_path / "graph.yaml"
    path.write_bytes(small_path.read_bytes())
    return path


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.graph"))


def test_a_second_load_reads_the_cache(cache_in: Path, graph_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_graph_cached(graph_file)
    assert len(entries(cache_in)) == 1

    def no_parsing(*_: object) -> None:
        raise AssertionError("the cache was not used")

    monkeypatch.setattr(cache, "parse_graph", no_parsing)
    second = load_graph_cached(graph_file)
    assert second == first and second.path == str(graph_file)


@pytest.mark.parametrize("damage", [b"", cache.MAGIC + b"\0" * 40, b"not a cache entry at all"])
def test_a_damaged_entry_is_rebuilt_not_trusted(cache_in: Path, graph_file: Path, damage: bytes) -> None:
    expected = load_graph_cached(graph_file)
    [entry] = entries(cache_in)
    entry.write_bytes(damage)
    assert load_graph_cached(graph_file) == expected
    assert entry.read_bytes().startswith(cache.MAGIC) and len(entry.read_bytes()) > 100


def test_a_flipped_byte_in_the_payload_is_caught(cache_in: Path, graph_file: Path) -> None:
    expected = load_graph_cached(graph_file)
    [entry] = entries(cache_in)
    data = bytearray(entry.read_bytes())
    data[-5] ^= 0xFF
    entry.write_bytes(bytes(data))
    assert load_graph_cached(graph_file) == expected


def test_an_edited_file_gets_a_new_entry_and_its_errors(cache_in: Path, graph_file: Path) -> None:
    load_graph_cached(graph_file)
    graph_file.write_text(graph_file.read_text().replace("title: A small test graph", "title: Edited"))
    assert load_graph_cached(graph_file).title == "Edited"
    assert len(entries(cache_in)) == 2
    graph_file.write_text(graph_file.read_text().replace("to: BBB", "to: NOPE"))
    with pytest.raises(InputError, match="unknown actor 'NOPE'"):
        load_graph_cached(graph_file)


def test_the_cache_can_be_turned_off(cache_in: Path, graph_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRAPHX_NO_CACHE", "1")
    load_graph_cached(graph_file)
    assert not cache_in.exists()


def test_an_unwritable_cache_is_not_an_error(tmp_path: Path, graph_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("GRAPHX_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(cache, "MIN_BYTES", 0)
    assert load_graph_cached(graph_file).title == "A small test graph"


def test_the_same_content_at_another_path_keeps_its_own_title(cache_in: Path, tmp_path: Path, small_path: Path) -> None:
    text = small_path.read_text().replace("title: A small test graph\n", "")
    alpha, beta = tmp_path / "alpha.yaml", tmp_path / "beta.yaml"
    alpha.write_text(text)
    beta.write_text(text)
    assert load_graph_cached(alpha).title == "alpha"
    assert load_graph_cached(beta).title == "beta"
    assert load_graph_cached(beta).title == "beta"


class _Planted:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("touch PLANTED",))


def test_a_planted_entry_never_runs_code(
    cache_in: Path, graph_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    expected = load_graph_cached(graph_file)
    [entry] = entries(cache_in)
    payload = pickle.dumps(_Planted())
    for mac in (hashlib.sha256(payload).digest(), b"\0" * 32):  # the old digest scheme, and a guess
        entry.write_bytes(cache.MAGIC + mac + payload)
        assert load_graph_cached(graph_file) == expected
        assert not (tmp_path / "PLANTED").exists()


@pytest.mark.parametrize("mode", [0o777, 0o770, 0o722])
def test_a_folder_others_can_write_is_never_used(
    cache_in: Path, graph_file: Path, mode: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_in.mkdir(mode=0o700)
    cache_in.chmod(mode)
    load_graph_cached(graph_file)
    assert entries(cache_in) == [] and not (cache_in / cache.KEY_FILE).exists()


def test_a_key_others_can_read_is_never_trusted(cache_in: Path, graph_file: Path) -> None:
    load_graph_cached(graph_file)
    (cache_in / cache.KEY_FILE).chmod(0o644)
    [entry] = entries(cache_in)
    entry.unlink()
    load_graph_cached(graph_file)
    assert entries(cache_in) == []


def test_a_symlinked_cache_folder_is_never_used(
    tmp_path: Path, graph_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = tmp_path / "elsewhere"
    real.mkdir(mode=0o700)
    (tmp_path / "link").symlink_to(real)
    monkeypatch.setenv("GRAPHX_CACHE_DIR", str(tmp_path / "link"))
    monkeypatch.setattr(cache, "MIN_BYTES", 0)
    assert load_graph_cached(graph_file).title == "A small test graph"
    assert list(real.iterdir()) == []


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_cache_write_that_fails_never_fails_a_command(
    cache_in: Path, graph_file: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    real_replace = os.replace

    def failing_replace(source: str, target: str) -> None:
        if str(target).endswith(".graph"):
            raise OSError(code, os.strerror(code))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    result = CliRunner().invoke(app, ["stats", "-g", str(graph_file)])
    assert result.exit_code == 0 and result.stderr == ""
    assert entries(cache_in) == [] and [p.name for p in cache_in.iterdir()] == [cache.KEY_FILE]
    debug = CliRunner().invoke(app, ["--debug", "stats", "-g", str(graph_file)])
    assert debug.exit_code == 0 and "not written" in debug.stderr


def test_a_full_disk_while_writing_the_entry_never_fails_a_load(
    cache_in: Path, graph_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert load_graph_cached(graph_file).title == "A small test graph"
    assert entries(cache_in) == [] and not list(cache_in.glob(".*.tmp"))


def test_no_home_means_no_cache_not_an_error(graph_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("GRAPHX_CACHE_DIR", "XDG_CACHE_HOME", "HOME", "GRAPHX_NO_CACHE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(cache, "MIN_BYTES", 0)

    def homeless() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", homeless)
    assert load_graph_cached(graph_file).title == "A small test graph"
