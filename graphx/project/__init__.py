"""Where a project's files are: the graph a command uses and the files beside it."""
