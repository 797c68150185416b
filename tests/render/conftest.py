"""Fixtures of the render tests."""

from tests.browser import browser as browser
