"""Questions asked of a graph (paths, neighbours, relations, stats) and listing their answers."""
