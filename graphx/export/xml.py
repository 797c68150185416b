"""Shared by the XML formats: text XML 1.0 can hold, and deterministic serialisation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from graphx.export.records import Flat

_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    """`text` with the characters XML 1.0 forbids (most control characters) replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def value_text(value: Flat) -> str:
    """A flat value as XML text: booleans as true/false, numbers in Python's shortest form."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return clean(str(value))


def serialize(root: ET.Element) -> str:
    """The document, indented, with an XML declaration and a final newline.

    ElementTree escapes &, <, > and quotes, and writes newlines in attributes as &#10;. A carriage
    return in element text is written as &#13;, or a reader would turn it into a newline.
    """
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode").replace("\r", "&#13;")
    return "<?xml version='1.0' encoding='utf-8'?>\n" + body + "\n"
