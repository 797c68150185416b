"""The graph itself: its model, reading and checking YAML, the schema, dates, quotes, and building networkx views."""
