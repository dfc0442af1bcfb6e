"""The checks: one module per check, each returning a ``scripts.guide.report.Report``."""
