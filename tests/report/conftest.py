"""Fixtures of the report tests."""

from tests.browser import browser as browser
