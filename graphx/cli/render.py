"""Commands for render (see the issue that adds them)."""
