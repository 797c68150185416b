"""GDELT import on the hand-written fixture: leading zeros, empty Actor2, non-root, skipped 040, duplicate."""

from __future__ import annotations

import gzip
import zipfile
from pathlib import Path

import pytest

from graphx.errors import InputError
from graphx.events.gdelt import scan_gdelt
from graphx.events.importer import import_events
from graphx.events.mapping import shipped_mapping
from graphx.events.store import load_events
from tests.events.rows import WriteRows, gdelt_line
from tests.paths import EVENTS

SMALL = EVENTS / "gdelt-small.export.CSV"
BAD = EVENTS / "gdelt-bad.tsv"


def test_the_fixture_gives_each_relation_once_per_pair_and_month() -> None:
    found = scan_gdelt(str(SMALL), SMALL.name, shipped_mapping(), "month", 0)
    counts = {key[1:]: tally.events for key, tally in found.tallies.items()}
    assert counts == {
        ("criticism", "FRA", "RUS", "2024-01"): 2,
        ("mediation", "USA", "ARM", "2024-01"): 1,
        ("mediation", "UN", "AZE", "2024-01"): 1,
        ("conflict", "ARM", "AZE", "2024-01"): 2,
        ("criticism", "DEU", "RUS", "2024-01"): 1,
        ("criticism", "ROU", "RUS", "2024-02"): 1,
        ("conflict", "SYR", "SYRREB", "2024-02"): 1,
    }
    assert found.rows == 14 and found.counted == 9


def test_the_fixture_reports_every_skipped_row_by_reason() -> None:
    found = scan_gdelt(str(SMALL), SMALL.name, shipped_mapping(), "month", 0)
    assert dict(found.skipped) == {
        "CAMEO root 04: no relation type": 1,
        "CAMEO root 08: no relation type": 1,
        "CAMEO 028: appeal for mediation, made by a party to the dispute": 1,
        "no Actor2": 1,
        "duplicate event id": 1,
    }
    assert found.rows == found.counted + sum(found.skipped.values())


def test_a_tally_sums_mentions_averages_goldstein_and_keeps_the_date_range() -> None:
    found = scan_gdelt(str(SMALL), SMALL.name, shipped_mapping(), "month", 0)
    tally = found.tallies[("gdelt", "criticism", "FRA", "RUS", "2024-01")]
    assert (tally.mentions, tally.score_sum, tally.score_n) == (8, -6000, 2)
    assert (tally.first, tally.last) == ("2024-01-05", "2024-01-20")
    assert [e[1] for e in tally.kept_evidence()] == ["501", "502"]


@pytest.mark.parametrize(
    ("period", "label"), [("day", "2024-01-05"), ("week", "2024-W01"), ("month", "2024-01"), ("year", "2024")]
)
def test_the_period_decides_how_events_are_grouped(period: str, label: str) -> None:
    found = scan_gdelt(str(SMALL), SMALL.name, shipped_mapping(), period, 0)
    labels = {key[4] for key in found.tallies if key[1:4] == ("criticism", "FRA", "RUS")}
    assert label in labels
    assert len(labels) == (2 if period in ("day", "week") else 1)


def test_bad_rows_are_reported_as_file_and_line() -> None:
    with pytest.raises(InputError) as caught:
        import_events_into(BAD, max_errors=0)
    assert [str(p) for p in caught.value.problems] == ["gdelt-bad.tsv:2:1: expected 61 tab-separated columns, found 40"]


def test_bad_rows_within_max_errors_are_skipped_and_listed() -> None:
    found = scan_gdelt(str(BAD), "gdelt-bad.tsv", shipped_mapping(), "month", 3)
    assert [str(p) for p in found.problems] == [
        "gdelt-bad.tsv:2:1: expected 61 tab-separated columns, found 40",
        "gdelt-bad.tsv:3:1: bad date '20241305'; expected YYYYMMDD",
        "gdelt-bad.tsv:4:1: bad CAMEO event code '11X'; expected 2 to 4 digits",
    ]
    assert found.counted == 2


def import_events_into(path: Path, max_errors: int) -> None:
    found = scan_gdelt(str(path), path.name, shipped_mapping(), "month", max_errors)
    if len(found.problems) > max_errors:
        raise InputError(found.problems)


def test_zipped_and_gzipped_files_read_like_plain_ones(tmp_path: Path) -> None:
    zipped, packed = tmp_path / "x.export.CSV.zip", tmp_path / "x.export.CSV.gz"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(SMALL, SMALL.name)
    packed.write_bytes(gzip.compress(SMALL.read_bytes(), mtime=0))
    plain = scan_gdelt(str(SMALL), "x", shipped_mapping(), "month", 0).tallies
    assert scan_gdelt(str(zipped), "x", shipped_mapping(), "month", 0).tallies.keys() == plain.keys()
    assert scan_gdelt(str(packed), "x", shipped_mapping(), "month", 0).tallies.keys() == plain.keys()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("fake.zip", b"this is not a zip archive\n", "not a zip archive"),
        ("empty.CSV", b"", "empty file: no events"),
        ("blank.CSV", b"\n\n", "empty file: no events"),
    ],
)
def test_a_broken_or_empty_file_gets_a_clear_error(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    graph = tmp_path / "g.yaml"
    graph.write_text("graphx: 1\ntitle: t\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        import_events("gdelt", [str(path)], graph)
    assert not (tmp_path / "g.events.yaml").exists()


def test_a_zip_holding_no_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "none.zip"
    with zipfile.ZipFile(path, "w"):
        pass
    with pytest.raises(InputError, match="holds 0 files; expected exactly one"):
        scan_gdelt(str(path), "none.zip", shipped_mapping(), "month", 0)


def test_conflict_pairs_are_unordered_and_self_pairs_skipped(gdelt_file: WriteRows) -> None:
    path = gdelt_file(
        [
            gdelt_line(1, "20240301", "RUS", "UKR", "190"),
            gdelt_line(2, "20240302", "UKR", "RUS", "190"),
            gdelt_line(3, "20240303", "UKR", "UKR", "190"),
        ]
    )
    found = scan_gdelt(str(path), "rows.tsv", shipped_mapping(), "month", 0)
    assert {k: t.events for k, t in found.tallies.items()} == {("gdelt", "conflict", "RUS", "UKR", "2024-03"): 2}
    assert dict(found.skipped) == {"same actor on both sides": 1}


def test_the_events_file_records_skipped_rows_by_reason(tmp_path: Path) -> None:
    graph = tmp_path / "g.yaml"
    graph.write_text("graphx: 1\ntitle: t\n", encoding="utf-8")
    import_events("gdelt", [str(SMALL)], graph)
    stored = load_events(tmp_path / "g.events.yaml")
    assert stored.imports[0]["skipped"]["CAMEO 028: appeal for mediation, made by a party to the dispute"] == 1
