"""Paths shared by the tests, and the bad-input fixtures with the problem each must report."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = TESTS / "fixtures"
GOLDEN = TESTS / "golden"
SHIPPED = ROOT / "graphs" / "caucasus.yaml"
PACKAGED = ROOT / "graphx" / "data" / "caucasus.yaml"

# Every kind of bad input, with the position and the words of the problem it must report.
BAD_FILES = [
    ("malformed.yaml", 4, 10, "invalid YAML"),
    ("python_tag.yaml", 3, 8, "unsupported YAML tag"),
    ("alias_bomb.yaml", None, None, "alias bomb"),
    ("empty.yaml", 1, 1, "empty file"),
    ("comments_only.yaml", 1, 1, "empty file"),
    ("binary.yaml", 1, 10, "binary graph file"),
    ("latin1.yaml", 2, 11, "not UTF-8 text"),
    ("duplicate_actor.yaml", 5, 3, "duplicate key 'RUS' (first on line 3)"),
    ("duplicate_key.yaml", 11, 5, "duplicate key 'to'"),
    ("unknown_actor.yaml", 10, 9, "unknown actor 'FRANCE': relations name actors by id; did you mean FRA (France)?"),
    ("unknown_source.yaml", 11, 25, "unknown source 's2'; did you mean s1?"),
    ("unknown_type.yaml", 8, 11, "unknown relation type 'critisism'; did you mean criticism?"),
    ("bad_date.yaml", 11, 11, "bad date '2022-13-01'"),
    ("wrong_types.yaml", 3, 32, "aliases must be a list"),
    ("wrong_form.yaml", 8, 5, "conflict: give between with exactly two actors"),
    ("no_evidence.yaml", 6, 5, "relation has no evidence"),
    ("not_a_mapping.yaml", 1, 1, "must be a YAML mapping"),
    ("no_version.yaml", 1, 1, "missing 'graphx: 1'"),
    ("unknown_key.yaml", 3, 23, "unknown key 'alias' in actor RUS; did you mean 'aliases'?"),
    ("alias_clash.yaml", 4, 38, "name 'moscow' of MOS is also a name of RUS"),
]

EVENTS = FIXTURES / "events"
