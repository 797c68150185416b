"""Extraction: proposing candidate relations from documents."""
