"""POLECAT, PLOVER and ACLED readers on small hand-written files, with their quirks."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphx.errors import InputError
from graphx.events.acled import scan_acled
from graphx.events.mapping import shipped_mapping
from graphx.events.plover import scan_plover
from graphx.events.polecat import scan_polecat
from tests.paths import EVENTS

POLECAT = EVENTS / "polecat-small.tsv"
PLOVER = EVENTS / "plover-small.jsonl"
ACLED = EVENTS / "acled-small.csv"


def test_polecat_maps_accuse_consult_and_assault_with_its_quirks() -> None:
    found = scan_polecat(str(POLECAT), POLECAT.name, shipped_mapping(), "month", 0)
    assert {k[1:]: t.events for k, t in found.tallies.items()} == {
        ("criticism", "FRA", "RUS", "2024-03"): 1,
        ("mediation", "EU", "ARM", "2024-03"): 1,
        ("conflict", "ARM", "AZE", "2024-03"): 1,
    }
    assert dict(found.skipped) == {
        "PLOVER CONSULT meet: no relation type": 1,
        "PLOVER ACCUSE investigate: no relation type": 1,
    }
    mediation = found.tallies[("polecat", "mediation", "EU", "ARM", "2024-03")]
    assert mediation.kept_evidence()[0][2] == "EU hosts talks with a stray tab in the headline"


def test_polecat_reads_intensity_under_either_name(tmp_path: Path) -> None:
    renamed = tmp_path / "renamed.tsv"
    renamed.write_text(POLECAT.read_text(encoding="utf-8").replace("Event Intensity", "Intensity"), encoding="utf-8")
    for path in (POLECAT, renamed):
        found = scan_polecat(str(path), path.name, shipped_mapping(), "month", 0)
        tally = found.tallies[("polecat", "conflict", "ARM", "AZE", "2024-03")]
        assert (tally.score_sum, tally.score_n) == (-8000, 1)


def test_polecat_without_its_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.tsv"
    path.write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a POLECAT file"):
        scan_polecat(str(path), path.name, shipped_mapping(), "month", 0)


def test_plover_counts_accuse_modes_and_consult_only_with_a_mediation_cue() -> None:
    found = scan_plover(str(PLOVER), PLOVER.name, shipped_mapping(), "month", 0)
    assert {k[1:]: t.events for k, t in found.tallies.items()} == {
        ("criticism", "FRA", "RUS", "2024-04"): 1,
        ("mediation", "USA", "AZE", "2024-04"): 1,
        ("conflict", "ARM", "AZE", "2024-04"): 1,
    }
    assert sum(found.skipped.values()) == 2


def test_plover_reads_a_json_array_too(tmp_path: Path) -> None:
    lines = [line for line in PLOVER.read_text(encoding="utf-8").splitlines() if line.strip()]
    array = tmp_path / "plover.json"
    array.write_text("[\n" + ",\n".join(lines) + "\n]\n", encoding="utf-8")
    found = scan_plover(str(array), array.name, shipped_mapping(), "month", 0)
    assert found.counted == 3


def test_plover_bad_json_is_a_located_bad_row(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(PLOVER.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    found = scan_plover(str(path), path.name, shipped_mapping(), "month", 1)
    assert [str(p) for p in found.problems] == [
        "bad.jsonl:7:1: not valid JSON: Expecting property name enclosed in double quotes"
    ]


def test_acled_counts_violence_types_as_conflict_and_state_forces_as_states() -> None:
    found = scan_acled(str(ACLED), ACLED.name, shipped_mapping(), "month", 0)
    assert {k[1:]: (t.events, t.fatalities) for k, t in found.tallies.items()} == {
        ("conflict", "ARM", "AZE", "2024-05"): (1, 2),
        ("conflict", "CIVILIANS-SUDAN", "RAPID-SUPPORT-FORCES", "2024-05"): (1, 5),
    }
    assert dict(found.skipped) == {"ACLED Protests: no relation type": 1}
    assert found.actors["RAPID-SUPPORT-FORCES"] == ("Rapid Support Forces", "group")


def test_acled_bad_date_names_the_line_after_a_multiline_note(tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    path.write_text(ACLED.read_text(encoding="utf-8").replace("2024-05-20", "2024-05-32"), encoding="utf-8")
    with_errors = scan_acled(str(path), path.name, shipped_mapping(), "month", 5)
    assert [str(p) for p in with_errors.problems] == ["acled.csv:5:1: bad date '2024-05-32'; expected YYYY-MM-DD"]


def test_plover_actors_may_be_objects_with_a_country(tmp_path: Path) -> None:
    path = tmp_path / "objects.jsonl"
    path.write_text(
        '{"id": "o-1", "actor": {"name": "Sergei Lavrov", "country": "RUS"}, "recipient": {"code": "UKR"},'
        ' "event": "ACCUSE", "date": "2024-04-02T10:00:00", "text": "Lavrov accused Kyiv."}\n',
        encoding="utf-8",
    )
    found = scan_plover(str(path), path.name, shipped_mapping(), "month", 0)
    assert list(found.tallies) == [("plover", "criticism", "RUS", "UKR", "2024-04")]
