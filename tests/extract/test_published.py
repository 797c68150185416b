"""The date a saved page states for its article, among the other dates near its top."""

from __future__ import annotations

import pytest

from graphx.extract.published import find_date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a dateline opening the first paragraph
        (
            "Ecuador says 11 soldiers killed\n\nQUITO, May 10, 2025 (AFP) - Ecuador said on Friday that troops",
            "2025-05-10",
        ),
        # the article's label beats the page's last change
        (
            "Last Updated: Wednesday, 31 May 2023, 15:44 GMT\n\nRebels seize post\nPublication Date 18 March 2015",
            "2015-03-18",
        ),
        # a date under a byline beats the site's date in the page header
        (
            "close\nFriday May 10, 2024\n\nAfghans, Taliban to meet again\n\nText of the lead.\nBy AFP\nJuly 08, 2015",
            "2015-07-08",
        ),
        # the site's day ("Today's Paper") loses to the article's own line
        ("Thu, 25 Apr 2024 Today's Paper\n\nHeadline\n\n18 November 2015 07:56 am - 0", "2015-11-18"),
        # a caption's date is no more than a last resort
        (
            "FILE PHOTO: Fighters hold flags in Baghdad Dec. 4 2023 (Photo by AFP)\nMonitor\n"
            "Group blames trap\nJuly 22, 2025",
            "2025-07-22",
        ),
        (
            "Soldiers at a checkpoint in Kosovo, 24 September 2023. EFE-EPA/STR (Photo)\nPolice officer killed",
            "2023-09-24",
        ),
        # an event recalled in prose yields to a date on a line of its own
        (
            "Veterans remember\nOn February 17, 1979, soldiers crossed the border on a mission.\nMarch 1, 2019",
            "2019-03-01",
        ),
        # a date that bounds a span dates nothing
        ("The Telegraph\nSince 1st March, 1999\nEmail This Page", None),
        # an embedded post's signature is the post's date
        ("Strikes follow attack\n\n— A. Writer (@awriter) October 23, 2024\nOctober 24, 2024", "2024-10-24"),
        # "published" inside a sentence labels another's text
        (
            "Sulaiman Daud | September 06, 2024, 05:01 PM\n\n"
            "The note, which was published in full on Aug. 29, 2024 by a news site, alleged that",
            "2024-09-06",
        ),
        # dates far down the page list other articles
        ("Headline\n" + "Paragraph of the story goes on here.\n" * 20 + "November 6, 2024\n", None),
        # a label inside prose labels another text
        (
            "Headline\nBy Reuters\nMay 10, 2025\nA report published on March 3, 2025, said the army shelled towns.",
            "2025-05-10",
        ),
        ("Headline\nMay 10, 2025\n" + "Text.\n" * 20 + "Election date: December 28, 2025\n", "2025-05-10"),
        # a weekday-led date in the page header is the site's day
        ("Thursday, June 5, 2025\nEcuador declares emergency\nMay 10, 2025\nText of the story.", "2025-05-10"),
        (
            "Thursday, June 5, 2025\nHeadline\nQUITO, May 10, 2025 (AFP) - Ecuador's president declared it.",
            "2025-05-10",
        ),
        ("Tuesday 10 June 2025\nHeadline\nPublished: 10:32 BST, 10 May 2025 | Updated: 11:00 BST", "2025-05-10"),
        # a related story's link, a credited caption, a dated title
        ("Headline\nRelated: Army retakes palace, March 21, 2025\nSat 10 May 2025\nText.", "2025-05-10"),
        ("Headline\nKhartoum, Sudan, April 15, 2023. Credit: AP\nMay 10, 2025\nText.", "2025-05-10"),
        ("April 15, 2023: the day Sudan's war began\nMay 10, 2025\nText.", "2025-05-10"),
        # each part of a line weighed apart; a posting line without its label; other spellings
        ("Headline\nUpdated: May 11, 2025 | Published: May 10, 2025\nText.", "2025-05-10"),
        ("Headline\non February 28, 2010 at 7:10 AM, updated September 26, 2013 at 1:37 PM", "2010-02-28"),
        ("From the archive\nOriginally published on 28 September 1996\nText.\nSun 27 Sep 2009 19.06 EDT", "1996-09-28"),
        ("Headline\nMAY 10, 2025\nText.", "2025-05-10"),
        ("Headline\n2015-07-08T10:15:00Z\nText.", "2015-07-08"),
    ],
)
def test_the_page_date_among_others(text: str, date: str | None) -> None:
    assert find_date(text) == date


def test_a_labelled_date_is_found_below_the_top() -> None:
    text = "Headline\n" + "Paragraph of the story goes on here.\n" * 30 + "Published: 3 March 2022\n"
    assert find_date(text) == "2022-03-03"
