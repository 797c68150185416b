"""Running graphx on a Dask cluster: extraction over documents and event imports over files.

`connect` gives a client for a scheduler address or a `local:N` cluster started for one run; the adapters
map the same per-document and per-file functions a local run uses, and put the results back in input order,
so a cluster run writes the same bytes as a local one. Dask is imported only here, when a cluster is asked for.
"""
