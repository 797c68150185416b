"""Paths shared by the tests, and the bad-input fixtures with the problem each must report."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = TESTS / "fixtures"
GOLDEN = TESTS / "golden"
SHIPPED = ROOT / "graphs" / "caucasus.yaml"
PACKAGED = ROOT / "graphx" / "data" / "caucasus.yaml"

# Every kind of bad input, with the position and the whole message of the first problem it must report
# (`Error: FILE:LINE:COL: MESSAGE`). Each is a file under tests/fixtures/bad/; the hostile-input review's
# findings (F08-F13, F22) have one or more each. tests/graph/test_load.py checks every row.
BAD_FILES = [
    ("actors_as_a_list.yaml", 2, 9, "actors must be a mapping"),
    ("alias_bomb.yaml", 7, 4, "YAML aliases expand too far (an alias bomb?)"),
    ("alias_clash.yaml", 4, 38, "name 'moscow' of MOS is also a name of RUS"),
    ("alias_size_bomb.yaml", 3, 14, "YAML aliases expand too far (an alias bomb?)"),
    ("bad_colour.yaml", 3, 37, "bad colour 'red': expected #rrggbb"),
    ("bad_date.yaml", 11, 11, "date: bad date '2022-13-01': month must be in 1..12"),
    (
        "bad_indentation.yaml",
        4,
        4,
        "invalid YAML: did not find expected key (check the indentation: keys of one mapping line up)",
    ),
    ("bad_source_id.yaml", 3, 3, "bad source id 's 1': use letters, digits, '-', '_', '.', ':'"),
    ("bad_type_name.yaml", 3, 3, "bad type name 'Sanction': use lower-case letters, digits, '-' or '_'"),
    ("bidi_relation_id.yaml", 10, 10, "id 'r\\u202e1' holds an invisible character (U+202E)"),
    ("binary.yaml", 1, 10, "binary graph file (NUL byte); expected UTF-8 text"),
    ("binary_tag.yaml", 2, 8, "unsupported YAML tag 'tag:yaml.org,2002:binary'"),
    ("builtin_form_changed.yaml", 3, 21, "built-in type criticism has form directed; it cannot change"),
    ("comments_only.yaml", 1, 1, "empty file: expected a YAML mapping"),
    ("complex_key_actors.yaml", 3, 5, "actors: keys must be plain text, not a list or mapping"),
    ("complex_key_top.yaml", 2, 3, "the graph file: keys must be plain text, not a list or mapping"),
    ("confidence_out_of_range.yaml", 10, 55, "confidence must be a number from 0 to 1"),
    ("conflict_with_itself.yaml", 10, 5, "conflict: between names the same actor twice"),
    ("content_after_document_end.yaml", 4, 1, "invalid YAML: did not find expected <document start>"),
    ("criticism_of_itself.yaml", 10, 5, "criticism: from and to are the same actor"),
    ("date_and_start.yaml", 10, 43, "give either date or start/end, not both"),
    ("directed_with_between.yaml", 10, 5, "criticism: give from and to (not between)"),
    ("duplicate_actor.yaml", 5, 3, "duplicate key 'RUS' (first on line 3)"),
    ("duplicate_given_id.yaml", 11, 10, "duplicate id 'one' (first on line 10)"),
    ("duplicate_key.yaml", 11, 5, "duplicate key 'to' (first on line 10)"),
    (
        "duplicate_relation.yaml",
        11,
        5,
        "duplicate relation: same type, actors and date as the one on line 10; "
        "merge their evidence, or give each an id",
    ),
    ("empty.yaml", 1, 1, "empty file: expected a YAML mapping"),
    ("empty_evidence.yaml", 10, 53, "evidence must be a non-empty list of {source, quote}"),
    ("empty_quote.yaml", 10, 74, "quote is empty"),
    ("end_before_start_partial.yaml", 10, 64, "end 2022-09 is before start 2022-10"),
    ("evidence_without_quote.yaml", 10, 54, "evidence has no quote"),
    (
        "id_equals_derived_id.yaml",
        11,
        10,
        "id 'r-1a9e7192ad' is the id derived for the relation on line 10; choose another",
    ),
    ("impossible_date.yaml", 10, 49, "date: bad date '2022-02-30': day is out of range for month"),
    ("invisible_relation_id.yaml", 10, 10, "id 'r\\u200b1' holds an invisible character (U+200B)"),
    ("latin1.yaml", 2, 11, "not UTF-8 text (byte 0xe9)"),
    ("leading_zero_actor_id.yaml", 3, 3, "bad actor id '0012': use upper-case letters, digits, '-' or '_' (RUS, EU)"),
    (
        "long_actor_id.yaml",
        3,
        3,
        "bad actor id 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA': use upper-case letters, digits, '-' or '_' (RUS, EU)",
    ),
    ("malformed.yaml", 4, 10, "invalid YAML: did not find expected ',' or '}'"),
    ("mediator_is_a_party.yaml", 10, 5, "mediation: the mediator is also one of the parties"),
    ("nfd_name_clash.yaml", 4, 15, "name 'Café' of CAF is also a name of FRA"),
    ("no_evidence.yaml", 6, 5, "relation has no evidence: cite a source and quote it"),
    ("no_version.yaml", 1, 1, "missing 'graphx: 1' (the format version)"),
    ("not_a_mapping.yaml", 1, 1, "a graph file must be a YAML mapping (graphx: 1, title, actors, relations, ...)"),
    ("numeric_party.yaml", 10, 32, "unknown actor '5'"),
    ("numeric_source_reference.yaml", 10, 63, "unknown source '5'"),
    ("part_of_loop.yaml", 3, 39, "part_of of AAA loops back to itself"),
    ("party_named_twice.yaml", 10, 5, "mediation: a party is named twice in between"),
    ("python_tag.yaml", 3, 8, "unsupported YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'"),
    ("raw_bell_in_plain_scalar.yaml", 3, 12, "raw control character U+0007; write it as an escape in quotes"),
    ("raw_c1_control.yaml", 3, 20, "raw control character U+0090; write it as an escape in quotes"),
    ("raw_control_in_quotes.yaml", 2, 10, "raw control character U+0001; write it as an escape in quotes"),
    ("raw_delete_character.yaml", 2, 14, "raw control character U+007F; write it as an escape in quotes"),
    ("raw_escape_character.yaml", 2, 22, "raw control character U+001B; write it as an escape in quotes"),
    ("relation_without_type.yaml", 10, 5, "relation has no type"),
    ("relations_not_a_list.yaml", 2, 12, "relations must be a list"),
    (
        "second_document.yaml",
        3,
        1,
        "invalid YAML: a second YAML document starts here (---); the file must be one document",
    ),
    ("sequence_key.yaml", 3, 5, "actors: keys must be plain text, not a list or mapping"),
    ("set_tag.yaml", 2, 9, "unsupported YAML tag 'tag:yaml.org,2002:set'"),
    ("slashed_date.yaml", 10, 49, "date: bad date '14/10/2022': expected YYYY, YYYY-MM or YYYY-MM-DD"),
    ("source_without_file_or_url.yaml", 3, 7, "source s1 needs a file or a url"),
    ("source_without_title.yaml", 3, 7, "source s1 has no title"),
    ("surrogate_bytes.yaml", 2, 8, "not UTF-8 text (byte 0xed)"),
    ("tab_indentation.yaml", 3, 1, "invalid YAML: a tab character: YAML indents with spaces, not tabs"),
    (
        "trailing_newline_actor_id.yaml",
        3,
        3,
        "bad actor id 'ARM\\n': use upper-case letters, digits, '-' or '_' (RUS, EU)",
    ),
    ("trailing_newline_source_id.yaml", 3, 3, "bad source id 's1\\n': use letters, digits, '-', '_', '.', ':'"),
    ("type_without_form.yaml", 3, 13, "type sanction needs a form: directed, mutual, mediated"),
    ("unclosed_quote.yaml", 2, 8, "invalid YAML: a quote opened here is never closed"),
    ("unknown_actor.yaml", 10, 9, "unknown actor 'FRANCE': relations name actors by id; did you mean FRA (France)?"),
    ("unknown_key.yaml", 3, 23, "unknown key 'alias' in actor RUS; did you mean 'aliases'?"),
    (
        "unknown_kind.yaml",
        3,
        30,
        "unknown actor kind 'country'; expected one of state, organisation, person, body, group, other",
    ),
    ("unknown_part_of.yaml", 3, 46, "unknown actor 'RUSSIA'"),
    ("unknown_source.yaml", 11, 25, "unknown source 's2'; did you mean s1?"),
    ("unknown_style.yaml", 3, 37, "unknown style 'wavy'; expected one of solid, dashed, dotted"),
    ("unknown_top_key.yaml", 2, 1, "unknown key 'actor' in the graph file; did you mean 'actors'?"),
    ("unknown_type.yaml", 8, 11, "unknown relation type 'critisism'; did you mean criticism?"),
    ("utf16.yaml", 1, 1, "UTF-16 text; save the graph file as UTF-8"),
    ("wrong_form.yaml", 8, 5, "conflict: give between with exactly two actors (not from/to)"),
    ("wrong_types.yaml", 3, 32, "aliases must be a list"),
    ("wrong_version.yaml", 1, 9, "unsupported format version; this graphx reads 'graphx: 1'"),
    ("zero_width_name_clash.yaml", 4, 15, "name 'Arme\\u200bnia' of AR2 is also a name of ARM"),
]

EVENTS = FIXTURES / "events"
