"""Vendored libraries: Mermaid 11, the iframe-worker shim and the diagram font, with their licences, at the pinned versions."""

from __future__ import annotations

import base64

from scripts.guide.diagrams import FONT_CSS, FONT_FILE
from scripts.guide.paths import MERMAID_JS, VENDOR
from scripts.maintenance import vendor


def test_vendored_versions_match_the_vendoring_script() -> None:
    recorded = dict(line.split() for line in (VENDOR / "VERSIONS").read_text(encoding="utf-8").splitlines())
    assert recorded == {"mermaid": vendor.MERMAID_VERSION, "iframe-worker": vendor.IFRAME_WORKER_VERSION,
                        "@fontsource/inter": vendor.INTER_VERSION}
    assert recorded["mermaid"].startswith("11.")


def test_vendored_files_and_licences_are_present() -> None:
    assert MERMAID_JS.stat().st_size > 1_000_000
    for library in ("mermaid", "iframe-worker"):
        assert "Permission is hereby granted" in (VENDOR / library / "LICENSE").read_text(encoding="utf-8")
    assert (VENDOR / "iframe-worker" / "shim.js").stat().st_size > 500
    assert "SIL Open Font License" in (VENDOR / "inter" / "LICENSE").read_text(encoding="utf-8")
    inlined = FONT_CSS.read_text(encoding="utf-8")
    assert base64.b64encode(FONT_FILE.read_bytes()).decode("ascii") in inlined, "run: python -m scripts.maintenance.vendor"
