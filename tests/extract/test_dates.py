"""Event dates resolved against the document's date."""

from __future__ import annotations

import pytest

from graphx.extract.dates import event_date


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Troops clashed on Monday.", ("2025-11-10", "day")),
        ("Troops clashed on Wednesday.", ("2025-11-12", "day")),
        ("The talks failed yesterday.", ("2025-11-11", "day")),
        ("Clashes broke out last week.", ("2025-11-03", "week")),
        ("Earlier this month the two sides met.", ("2025-11", "month")),
        ("They signed a truce last month.", ("2025-10", "month")),
        ("The war began in April.", ("2025-04", "month")),
        ("The talks began in December.", ("2024-12", "month")),
        ("They met on Nov. 3.", ("2025-11-03", "day")),
        ("They met on 3 March 2024.", ("2024-03-03", "day")),
        ("A war broke out in 2020.", ("2020", "year")),
        ("Relations soured last year.", ("2024", "year")),
        ("The truce ended last November.", ("2024-11", "month")),
        ("The truce ended last March.", ("2025-03", "month")),
        ("Fighting erupted in November last year.", ("2024-11", "month")),
        ("Relations are tense.", ("2025-11-12", "document")),
    ],
)
def test_relative_dates(sentence: str, expected: tuple[str, str]) -> None:
    assert event_date(sentence, "2025-11-12") == expected


def test_without_a_document_date_only_absolute_dates_resolve() -> None:
    assert event_date("They met on Monday.", None) == (None, None)
    assert event_date("They met on 3 March 2024.", None) == ("2024-03-03", "day")
