"""`python -m graphx` runs the command line."""

from graphx.cli import main

main()
