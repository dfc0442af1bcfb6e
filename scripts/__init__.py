"""Build, check, benchmark and export tools for the guide."""
