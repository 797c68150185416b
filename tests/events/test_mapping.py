"""The code mapping file: every code the issue names, checked code by code, through the mapping and a GDELT row."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphx.errors import InputError
from graphx.events.gdelt import scan_gdelt
from graphx.events.mapping import MAPPING_FILE, load_mapping, shipped_mapping
from tests.events.rows import WriteRows, gdelt_line

CRITICISM = ["110", "111", "112", "1121", "1122", "1123", "1124", "1125", "113", "114"]
MEDIATION = ["045", "039"]
CONFLICT = ["180", "181", "1823", "186", "190", "193", "195", "1951", "200", "204", "2041"]
UNMAPPED = ["040", "046", "028", "038", "108", "115", "116", "120", "140", "145", "173", "010", "45", "1126"]


def test_the_mapping_file_gives_each_named_code_its_type() -> None:
    mapping = shipped_mapping()
    assert {c: mapping.cameo_type(c) for c in CRITICISM} == dict.fromkeys(CRITICISM, "criticism")
    assert {c: mapping.cameo_type(c) for c in MEDIATION} == dict.fromkeys(MEDIATION, "mediation")
    assert {c: mapping.cameo_type(c) for c in CONFLICT} == dict.fromkeys(CONFLICT, "conflict")
    assert {c: mapping.cameo_type(c) for c in UNMAPPED} == dict.fromkeys(UNMAPPED)


def test_every_code_in_the_file_is_one_the_tests_name() -> None:
    mapping = shipped_mapping()
    assert sorted(mapping.cameo_codes) == sorted(CRITICISM + MEDIATION)
    assert dict(mapping.cameo_roots) == {"18": "conflict", "19": "conflict", "20": "conflict"}
    assert sorted(mapping.cameo_skips) == ["028", "038", "108"]


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        *((c, "criticism") for c in CRITICISM),
        *((c, "mediation") for c in MEDIATION),
        *((c, "conflict") for c in CONFLICT),
    ],
)
def test_a_gdelt_row_of_each_mapped_code_is_counted_as_its_type(gdelt_file: WriteRows, code: str, kind: str) -> None:
    path = gdelt_file([gdelt_line(1, "20240301", "FRA", "RUS", code)])
    scan = scan_gdelt(str(path), "rows.tsv", shipped_mapping(), "month", 0)
    assert [key[1] for key in scan.tallies] == [kind]
    assert scan.counted == 1


@pytest.mark.parametrize("code", ["040", "046", "115", "116", "145", "1126"])
def test_a_gdelt_row_of_an_unmapped_code_is_skipped_with_its_reason(gdelt_file: WriteRows, code: str) -> None:
    path = gdelt_file([gdelt_line(1, "20240301", "FRA", "RUS", code)])
    scan = scan_gdelt(str(path), "rows.tsv", shipped_mapping(), "month", 0)
    assert not scan.tallies
    assert dict(scan.skipped) == {f"CAMEO root {code[:2]}: no relation type": 1}


@pytest.mark.parametrize("code", ["028", "038", "108"])
def test_mediation_codes_made_by_a_disputant_give_no_mediator_edge(gdelt_file: WriteRows, code: str) -> None:
    path = gdelt_file([gdelt_line(1, "20240301", "ARM", "AZE", code)])
    scan = scan_gdelt(str(path), "rows.tsv", shipped_mapping(), "month", 0)
    assert not scan.tallies
    (reason,) = scan.skipped
    assert reason.startswith(f"CAMEO {code}: ") and "party to the dispute" in reason


def test_plover_rules_need_the_right_mode_or_a_mediation_cue() -> None:
    rules = shipped_mapping().plover
    assert rules["ACCUSE"].applies("allege", "") and rules["ACCUSE"].applies("disapprove", "")
    assert not rules["ACCUSE"].applies("investigate", "")
    assert rules["CONSULT"].applies("third-party", "") and rules["CONSULT"].applies("", "They mediated talks.")
    assert not rules["CONSULT"].applies("meet", "The ministers met.")
    assert rules["ASSAULT"].type == "conflict"


def test_actor_codes_map_to_graph_ids() -> None:
    mapping = shipped_mapping()
    assert mapping.state("ROM") == "ROU" and mapping.state("RUS") == "RUS" and mapping.state("AFR") is None
    assert mapping.organisations["UNO"] == "UN" and mapping.organisations["EEC"] == "EU"


def test_an_unquoted_code_keeps_its_leading_zeros(tmp_path: Path) -> None:
    text = MAPPING_FILE.read_text(encoding="utf-8").replace('"045": mediation', "045: mediation")
    unquoted = tmp_path / "mapping.yaml"
    unquoted.write_text(text, encoding="utf-8")
    assert load_mapping(unquoted).cameo_codes == load_mapping(MAPPING_FILE).cameo_codes


def test_a_code_that_is_not_digits_is_refused_with_its_line(tmp_path: Path) -> None:
    text = MAPPING_FILE.read_text(encoding="utf-8").replace('"045": mediation', '"04x": mediation')
    broken = tmp_path / "mapping.yaml"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_mapping(broken)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.lstrip().startswith('"04x":'))
    assert caught.value.problems[0].line == line
    assert "must be a string of digits" in str(caught.value)


def test_an_organisation_the_lexicon_lacks_is_refused(tmp_path: Path) -> None:
    text = MAPPING_FILE.read_text(encoding="utf-8").replace("UNO: UN", "UNO: UNITED-NATIONS")
    broken = tmp_path / "mapping.yaml"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match="'UNITED-NATIONS' is not an organisation in the lexicon"):
        load_mapping(broken)
