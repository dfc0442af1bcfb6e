"""Vendored libraries: Mermaid 11 and the iframe-worker shim, with their licences, at the pinned versions."""

from __future__ import annotations

from scripts import vendor_mermaid
from scripts.guide.paths import MERMAID_JS, VENDOR


def test_vendored_versions_match_the_vendoring_script() -> None:
    recorded = dict(line.split() for line in (VENDOR / "VERSIONS").read_text(encoding="utf-8").splitlines())
    assert recorded == {"mermaid": vendor_mermaid.MERMAID_VERSION, "iframe-worker": vendor_mermaid.IFRAME_WORKER_VERSION}
    assert recorded["mermaid"].startswith("11.")


def test_vendored_files_and_licences_are_present() -> None:
    assert MERMAID_JS.stat().st_size > 1_000_000
    for library in ("mermaid", "iframe-worker"):
        assert "Permission is hereby granted" in (VENDOR / library / "LICENSE").read_text(encoding="utf-8")
    assert (VENDOR / "iframe-worker" / "shim.js").stat().st_size > 500
