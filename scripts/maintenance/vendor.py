"""Refresh the vendored front-end libraries from the npm registry.

The site loads nothing from a CDN, so the two libraries it needs in the
browser are committed under ``overrides/assets/vendor``:

* Mermaid (UMD build, major 11: major 12 bundles ELK and is ~60 % heavier),
  which renders the diagrams;
* iframe-worker's shim, which lets Material's search run from ``file://``;
* Inter's Latin subset (regular weight, from Fontsource, under the SIL Open
  Font License), the one font diagrams are drawn and shown in. Browsers
  refuse web fonts loaded from ``file://``, so the font is also written into
  ``assets/stylesheets/diagram-font.css`` as a ``data:`` URL.

The accessibility tests also need axe-core in the browser; it is committed
under ``tests/vendor/axe-core`` with its licence and never ships with the
site.

Usage: ``python -m scripts.maintenance.vendor [--mermaid 11.x.y]``. Each tarball
is checked against the registry's sha512 integrity before anything is written.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import tarfile
import urllib.request
from pathlib import Path

from scripts.guide.diagrams import FONT_CSS, FONT_FAMILY, FONT_FILE
from scripts.guide.paths import VENDOR

REGISTRY = "https://registry.npmjs.org"
MERMAID_VERSION = "11.17.2"
IFRAME_WORKER_VERSION = "1.0.4"
INTER_VERSION = "5.3.0"
AXE_VERSION = "4.14.1"
AXE = Path(__file__).resolve().parents[2] / "tests" / "vendor" / "axe-core"


def fetch_package(name: str, version: str) -> tarfile.TarFile:
    """Download ``name@version`` and return it as an opened, verified tarball."""
    with urllib.request.urlopen(f"{REGISTRY}/{name}/{version}", timeout=60) as response:
        dist = json.load(response)["dist"]
    with urllib.request.urlopen(dist["tarball"], timeout=300) as response:
        data = response.read()
    algorithm, expected = dist["integrity"].split("-", 1)
    actual = base64.b64encode(hashlib.new(algorithm, data).digest()).decode()
    if actual != expected:
        raise SystemExit(f"{name}@{version}: integrity mismatch, refusing to vendor")
    return tarfile.open(fileobj=io.BytesIO(data), mode="r:gz")


def extract(archive: tarfile.TarFile, members: dict[str, str], target: Path) -> None:
    """Write each ``package/...`` member of ``archive`` to ``target/<name>``."""
    target.mkdir(parents=True, exist_ok=True)
    for member, name in members.items():
        source = archive.extractfile(member)
        if source is None:
            raise SystemExit(f"{member} missing from the package")
        (target / name).write_bytes(source.read())


def vendor(mermaid_version: str) -> None:
    """Vendor Mermaid and iframe-worker, recording their versions."""
    if not mermaid_version.startswith("11."):
        raise SystemExit("Only Mermaid 11 fits the page-weight budget of a diagram page")
    extract(
        fetch_package("mermaid", mermaid_version),
        {"package/dist/mermaid.min.js": "mermaid.min.js", "package/LICENSE": "LICENSE"},
        VENDOR / "mermaid",
    )
    extract(
        fetch_package("iframe-worker", IFRAME_WORKER_VERSION),
        {"package/shim/index.js": "shim.js", "package/LICENSE": "LICENSE"},
        VENDOR / "iframe-worker",
    )
    extract(
        fetch_package("@fontsource/inter", INTER_VERSION),
        {f"package/files/{FONT_FILE.name}": FONT_FILE.name, "package/LICENSE": "LICENSE"},
        FONT_FILE.parent,
    )
    write_font_css()
    extract(
        fetch_package("axe-core", AXE_VERSION),
        {"package/axe.min.js": "axe.min.js", "package/LICENSE": "LICENSE"},
        AXE,
    )
    (AXE / "VERSION").write_text(f"axe-core {AXE_VERSION}\n", encoding="utf-8")
    (VENDOR / "VERSIONS").write_text(
        f"mermaid {mermaid_version}\niframe-worker {IFRAME_WORKER_VERSION}\n@fontsource/inter {INTER_VERSION}\n",
        encoding="utf-8",
    )
    print(f"vendored mermaid {mermaid_version}, iframe-worker {IFRAME_WORKER_VERSION} "
          f"and Inter {INTER_VERSION} into {VENDOR}, and axe-core {AXE_VERSION} into {AXE}")


def write_font_css() -> None:
    """Write the diagram font's ``@font-face`` rule, with the font inlined as a ``data:`` URL."""
    data = base64.b64encode(FONT_FILE.read_bytes()).decode("ascii")
    FONT_CSS.write_text(
        f"/* Inter {INTER_VERSION} (Latin subset, regular), SIL Open Font License 1.1: "
        "see assets/vendor/inter/LICENSE. Written by scripts/maintenance/vendor.py. */\n"
        f"@font-face{{font-family:\"{FONT_FAMILY}\";font-style:normal;font-weight:400;font-display:block;"
        f"src:url(data:font/woff2;base64,{data}) format(\"woff2\")}}\n",
        encoding="utf-8",
    )


def main() -> None:
    """Parse arguments and vendor."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mermaid", default=MERMAID_VERSION, help="Mermaid 11 release to vendor")
    vendor(parser.parse_args().mermaid)


if __name__ == "__main__":
    main()
