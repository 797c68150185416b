"""What goes into a briefing: Markdown and HTML briefs, figures, Mermaid diagrams and diffs."""
