"""Maintenance tools: the benchmark, vendoring, drawing diagrams and the anchor registry."""
