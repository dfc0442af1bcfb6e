"""The exports: the whole guide as one PDF (its print stylesheet and script beside it)."""
