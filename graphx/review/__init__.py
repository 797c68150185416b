"""The review loop: candidates, the analyst's decisions, and merging accepted ones into a graph."""
