"""Commands for extract (see the issue that adds them)."""
