from pathlib import Path

import pytest

import graphx.storage.files
from graphx.errors import InputError
from graphx.graph import yamlnodes
from graphx.graph.yamlnodes import Document, read_text


def problem(error: pytest.ExceptionInfo[InputError]) -> str:
    return str(error.value.problems[0])


def test_read_text_rejects_a_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError) as error:
        read_text(tmp_path)
    assert problem(error) == f"{tmp_path}:1:1: is a folder, not a file"


def test_read_text_rejects_a_huge_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlnodes, "MAX_FILE_BYTES", 100)
    big = tmp_path / "big.yaml"
    big.write_text("x" * 101)
    with pytest.raises(InputError, match="too large"):
        read_text(big)


def test_read_text_locates_bad_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"ok\nab\xffcd\n")
    with pytest.raises(InputError) as error:
        read_text(path)
    assert problem(error).endswith(":2:3: not UTF-8 text (byte 0xff)")


def test_read_text_drops_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfgraphx: 1\n")
    assert read_text(path) == "graphx: 1\n"


def test_plain_files_take_the_fast_reader_and_special_ones_the_exact_one() -> None:
    assert Document("a: 1\nb: [x, y]\n", "f.yaml").exact is False
    assert Document("a: &x 1\nb: *x\n", "f.yaml").exact is True
    assert Document("a: !!str 1\n", "f.yaml").value == {"a": "1"}


def test_both_readers_give_the_same_values() -> None:
    text = "graphx: 1\nactors:\n  RUS: {name: Russia, aliases: [Moscow, Kremlin]}\nrelations: []\n"
    assert Document(text, "f.yaml").value == {
        "graphx": 1,
        "actors": {"RUS": {"name": "Russia", "aliases": ["Moscow", "Kremlin"]}},
        "relations": [],
    }
    exact = Document(text, "f.yaml", exact=True).value
    assert exact["actors"] == {"RUS": {"name": "Russia", "aliases": ["Moscow", "Kremlin"]}}


def test_problem_positions_follow_the_path() -> None:
    document = Document("a:\n  b:\n    - x\n    - y\n", "f.yaml")
    assert str(document.problem(("a", "b", 1), "here")) == "f.yaml:4:7: here"
    assert str(document.problem(("a", "b"), "key", at_key=True)) == "f.yaml:2:3: key"


def test_recursive_alias_is_an_error() -> None:
    with pytest.raises(InputError, match="recursive YAML alias"):
        Document("a: &x [1, *x]\n", "f.yaml")


def test_a_deeply_nested_document_is_an_error_not_a_crash() -> None:
    text = "a: " + "[" * 5000 + "]" * 5000 + "\n"
    with pytest.raises(InputError):
        Document(text, "f.yaml")


def test_an_unreadable_file_is_an_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.yaml"
    path.write_text("graphx: 1\n")

    def denied(_: Path, limit: int) -> bytes:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(graphx.storage.files, "read_regular", denied)
    with pytest.raises(InputError) as error:
        read_text(path, "graph file")
    assert problem(error) == f"{path}:1:1: cannot read graph file: Permission denied"


def test_a_tab_in_the_indentation_is_named() -> None:
    with pytest.raises(InputError) as error:
        Document("graphx: 1\nactors:\n\tRUS: {name: Russia}\n", "f.yaml", exact=True)
    assert problem(error) == "f.yaml:3:1: invalid YAML: a tab character: YAML indents with spaces, not tabs"
