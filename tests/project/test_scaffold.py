"""graphx init's library side: a project that validates, never overwriting, all or nothing."""

from pathlib import Path

import pytest

from graphx.errors import UsageError
from graphx.graph.model import BUILTIN_TYPES, KINDS
from graphx.project import scaffold
from graphx.project.check import check_project
from graphx.project.scaffold import ProjectExistsError, init_project, project_name


def test_a_new_project_holds_a_graph_that_validates_seeds_and_a_readme(tmp_path: Path) -> None:
    made = init_project(tmp_path / "Pakistan Afghanistan 2025")
    assert made.graph == tmp_path / "Pakistan Afghanistan 2025" / "graphs" / "pakistan-afghanistan-2025.yaml"
    assert made.seeds.is_dir() and not any(made.seeds.iterdir())
    checked = check_project(made.graph, strict=True)
    assert (len(checked.graph.sources), len(checked.graph.actors), len(checked.graph.relations)) == (1, 2, 1)
    assert checked.graph.title == "Pakistan Afghanistan 2025"
    assert (
        "graphx extract seeds/" in made.readme.read_text()
        and "pakistan-afghanistan-2025.yaml" in made.readme.read_text()
    )


def test_the_starting_graph_explains_every_field_and_lists_the_actor_kinds() -> None:
    text = scaffold.starting_graph('A "quoted" title')
    from graphx.graph.load import ACTOR_KEYS, EVIDENCE_KEYS, RELATION_KEYS, SOURCE_KEYS

    comments = "\n".join(line for line in text.splitlines() if line.lstrip().startswith("#"))
    for key in {*SOURCE_KEYS, *ACTOR_KEYS, *RELATION_KEYS, *EVIDENCE_KEYS} - {"id"}:
        assert key in comments, key
    assert ", ".join(KINDS) in comments and all(t in comments for t in BUILTIN_TYPES)
    assert 'title: "A \\"quoted\\" title"' in text


def test_nothing_is_overwritten_and_nothing_is_created_when_refused(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("mine\n")
    with pytest.raises(ProjectExistsError, match=r"README\.md; nothing was created"):
        init_project(tmp_path, "pak")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md"]
    assert (tmp_path / "README.md").read_text() == "mine\n"


def test_a_folder_that_already_holds_a_graph_is_refused(tmp_path: Path) -> None:
    init_project(tmp_path, "first")
    (tmp_path / "README.md").unlink()
    with pytest.raises(ProjectExistsError, match=r"first\.yaml"):
        init_project(tmp_path, "second")
    assert not (tmp_path / "graphs" / "second.yaml").exists() and not (tmp_path / "README.md").exists()


def test_an_existing_seeds_folder_is_kept(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "article.txt").write_text("text\n")
    init_project(tmp_path, "pak")
    assert (tmp_path / "seeds" / "article.txt").read_text() == "text\n"


def test_a_failure_half_way_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = scaffold._create_file

    def failing(path: Path, text: str) -> None:
        if path.name == "README.md":
            raise OSError(28, "No space left on device", str(path))
        real(path, text)

    monkeypatch.setattr(scaffold, "_create_file", failing)
    with pytest.raises(OSError, match="No space left"):
        init_project(tmp_path / "new", "pak")
    assert not (tmp_path / "new").exists()


def test_a_file_appearing_meanwhile_is_not_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = scaffold._create_file

    def racing(path: Path, text: str) -> None:
        if path.name == "README.md":
            path.write_text("theirs\n")
        real(path, text)

    monkeypatch.setattr(scaffold, "_create_file", racing)
    with pytest.raises(ProjectExistsError):
        init_project(tmp_path, "pak")
    assert (tmp_path / "README.md").read_text() == "theirs\n"
    assert not (tmp_path / "graphs").exists() and not (tmp_path / "seeds").exists()


@pytest.mark.parametrize(("folder", "name"), [("Pak–Afg", "pak-afg"), ("...", "graph"), ("UN_2025", "un-2025")])
def test_the_graph_is_named_after_the_folder(folder: str, name: str) -> None:
    assert project_name(Path(folder)) == name


def test_a_name_that_cannot_be_a_file_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="cannot name a graph file"):
        init_project(tmp_path, "../escape")
    assert not any(tmp_path.iterdir())


def test_a_missing_parent_folder_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        init_project(tmp_path / "missing" / "pak")
    assert not (tmp_path / "missing").exists()
