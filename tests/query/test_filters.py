"""The one check of requested relation types, shared by relations, export and render."""

import pytest

from graphx.errors import UsageError
from graphx.graph.load import load_graph
from graphx.query.filters import check_types
from graphx.render import ViewRequest, choose_view
from tests.paths import SHIPPED

TYPES = {"conflict": 1, "criticism": 2}


def test_known_types_pass() -> None:
    check_types(TYPES, ["criticism", "conflict"])
    check_types(TYPES, None)


def test_an_unknown_type_is_a_usage_error_naming_the_known_ones() -> None:
    with pytest.raises(UsageError, match=r"^unknown relation type 'critisism'; this graph has conflict, criticism$"):
        check_types(TYPES, ["criticism", "critisism"])


def test_the_map_uses_the_same_check() -> None:
    with pytest.raises(UsageError, match="unknown relation type 'nope'; this graph has conflict, criticism, mediation"):
        choose_view(load_graph(SHIPPED), ViewRequest(types=("nope",)))
