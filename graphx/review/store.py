"""The review loop's public functions under their historical names (the modules beside this one hold them).

candidates.py (what extraction proposed), decisions.py (the review file), merge.py (statuses and merging),
listing.py (candidate listings), promote.py (into the curated file), server.py and page.py (the review page).
"""

from graphx.project.sidefiles import side_files
from graphx.review.candidates import (
    Candidate,
    CandidateSet,
    DocumentInfo,
    Occurrence,
    candidate_id,
    collect,
    curated_relations,
    dump_candidates,
    load_candidates,
    merge_sets,
    parse_candidates,
    ranked,
    relative_to_graph,
    save_candidates,
)
from graphx.review.decisions import (
    Decided,
    Decision,
    Edit,
    Review,
    Verdict,
    decide,
    decision_problems,
    dump_decisions,
    dump_review,
    load_decisions,
    load_review,
    parse_decisions,
    parse_review,
    resolve_id,
    update_review,
)
from graphx.review.listing import candidate_rows
from graphx.review.merge import Status, merge_reviewed, statuses

__all__ = [
    "Candidate",
    "CandidateSet",
    "Decided",
    "Decision",
    "DocumentInfo",
    "Edit",
    "Occurrence",
    "Review",
    "Status",
    "Verdict",
    "candidate_id",
    "candidate_rows",
    "collect",
    "curated_relations",
    "decide",
    "decision_problems",
    "dump_candidates",
    "dump_decisions",
    "dump_review",
    "load_candidates",
    "load_decisions",
    "load_review",
    "merge_reviewed",
    "merge_sets",
    "parse_candidates",
    "parse_decisions",
    "parse_review",
    "ranked",
    "relative_to_graph",
    "resolve_id",
    "save_candidates",
    "side_files",
    "statuses",
    "update_review",
]
