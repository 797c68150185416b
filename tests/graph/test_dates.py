import datetime as dt

import pytest

from graphx.graph.dates import first_day, last_day, parse_partial_date


@pytest.mark.parametrize("text", ["2022", "2022-09", "2022-10-14", " 2024-02-29 "])
def test_valid_partial_dates_are_kept(text: str) -> None:
    assert parse_partial_date(text) == text.strip()


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("2022-13", "month"),
        ("2023-02-29", "day"),
        ("22-10-14", "expected"),
        ("2022/10/14", "expected"),
        ("", "expected"),
    ],
)
def test_bad_dates_say_why(text: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        parse_partial_date(text)


def test_a_partial_date_covers_a_range() -> None:
    assert first_day("2022-09") == dt.date(2022, 9, 1)
    assert last_day("2022-09") == dt.date(2022, 9, 30)
    assert last_day("2024-02") == dt.date(2024, 2, 29)
    assert (first_day("2020"), last_day("2020")) == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert first_day("2022-10-14") == last_day("2022-10-14") == dt.date(2022, 10, 14)
