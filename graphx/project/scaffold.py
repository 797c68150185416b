"""Start a project: graphs/NAME.yaml with a commented starting graph, an empty seeds/, and a README.

Nothing that exists is ever overwritten, and the project appears whole or not at all: every file is
written to a temporary file and linked into place (a link fails rather than replace a file), and on
any failure everything created so far is removed again.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from string import Template

from graphx.errors import UsageError
from graphx.project.locate import GRAPHS_FOLDER, graph_files

TEMPLATES = Path(__file__).parent.parent / "data" / "init"
SEEDS_FOLDER = "seeds"


class ProjectExistsError(UsageError):
    """Creating the project would overwrite something that is already there."""

    def __init__(self, folder: Path, existing: list[Path]) -> None:
        self.folder = folder
        self.existing = existing
        names = ", ".join(str(p) for p in existing)
        super().__init__(f"{folder} already holds {names}; nothing was created")


@dataclass(frozen=True)
class Project:
    """What `init_project` created."""

    folder: Path
    graph: Path
    seeds: Path
    readme: Path


def project_name(folder: Path) -> str:
    """A file name for the graph from the folder's name: lower case letters, digits and dashes."""
    slug = re.sub(r"[^a-z0-9]+", "-", folder.absolute().name.casefold()).strip("-")
    return slug or "graph"


def starting_graph(title: str) -> str:
    """The commented starting graph, with its title; it validates as it is."""
    from graphx.graph.model import BUILTIN_TYPES, KINDS

    return Template((TEMPLATES / "graph.yaml").read_text(encoding="utf-8")).substitute(
        title=json.dumps(title, ensure_ascii=False),
        kinds=", ".join(KINDS),
        types=" or ".join([", ".join(list(BUILTIN_TYPES)[:-1]), list(BUILTIN_TYPES)[-1]]),
    )


def init_project(folder: Path, name: str | None = None, title: str | None = None) -> Project:
    """Create a project in `folder` (made if missing): graphs/NAME.yaml, seeds/ and README.md.

    Raises ProjectExistsError, changing nothing, if the graph, the README or another graph in
    graphs/ is already there; an existing seeds/ folder is kept as it is.
    """
    if not folder.absolute().parent.is_dir():
        raise UsageError(f"{folder.parent} does not exist; create it first, or start the project elsewhere")
    name = name or project_name(folder)
    if not re.fullmatch(r"[\w][\w.-]*", name) or name.endswith(".yaml"):
        raise UsageError(f"{name!r} cannot name a graph file: use letters, digits, dashes and dots")
    title = title or folder.absolute().name or name
    project = Project(folder, folder / GRAPHS_FOLDER / f"{name}.yaml", folder / SEEDS_FOLDER, folder / "README.md")
    existing = [p for p in (project.graph, project.readme) if p.exists() or p.is_symlink()]
    graphs = folder / GRAPHS_FOLDER
    if graphs.is_dir():
        existing += [p for p in graph_files(graphs) if p not in existing]
    if existing:
        raise ProjectExistsError(folder, existing)
    readme = Template((TEMPLATES / "README.md").read_text(encoding="utf-8")).substitute(name=name, title=title)
    _create_all(
        folder,
        [
            (graphs, None),
            (project.graph, starting_graph(title)),
            (project.seeds, None),
            (project.readme, readme),
        ],
    )
    return project


def _create_all(folder: Path, plan: list[tuple[Path, str | None]]) -> None:
    """Create each folder (None) or file in order, none overwriting; on failure remove what was made."""
    created: list[Path] = []
    try:
        if not folder.is_dir():
            folder.mkdir()
            created.append(folder)
        for path, text in plan:
            if text is None:
                if not path.is_dir():
                    path.mkdir()
                    created.append(path)
            else:
                _create_file(path, text)
                created.append(path)
    except BaseException:
        for path in reversed(created):
            if path.is_dir() and not path.is_symlink():
                path.rmdir()
            else:
                path.unlink(missing_ok=True)
        raise


def _create_file(path: Path, text: str) -> None:
    """Write a new file whole: a temporary file, then a link that fails if the name is taken."""
    from graphx.storage.files import temporary_beside

    temporary = temporary_beside(path, text.encode("utf-8"))
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise ProjectExistsError(path.parent, [path]) from None
    finally:
        temporary.unlink(missing_ok=True)
