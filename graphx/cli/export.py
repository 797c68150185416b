"""Commands for export (see the issue that adds them)."""
