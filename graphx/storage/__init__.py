"""Files on disk: atomic writes, guarded outputs and the graph cache."""
