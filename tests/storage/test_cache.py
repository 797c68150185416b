from pathlib import Path

import pytest

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


@pytest.mark.parametrize("damage", [b"", b"GRAPHXC1" + b"\0" * 40, b"not a cache entry at all"])
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
