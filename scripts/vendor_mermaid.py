"""Refresh the vendored front-end libraries from the npm registry.

The site loads nothing from a CDN, so the two libraries it needs in the
browser are committed under ``overrides/assets/vendor``:

* Mermaid (UMD build, major 11: major 12 bundles ELK and is ~60 % heavier),
  which renders the diagrams;
* iframe-worker's shim, which lets Material's search run from ``file://``.

Usage: ``python scripts/vendor_mermaid.py [--mermaid 11.x.y]``. Each tarball
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

REGISTRY = "https://registry.npmjs.org"
VENDOR = Path(__file__).resolve().parent.parent / "overrides" / "assets" / "vendor"
MERMAID_VERSION = "11.17.2"
IFRAME_WORKER_VERSION = "1.0.4"


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
    (VENDOR / "VERSIONS").write_text(
        f"mermaid {mermaid_version}\niframe-worker {IFRAME_WORKER_VERSION}\n", encoding="utf-8"
    )
    print(f"vendored mermaid {mermaid_version} and iframe-worker {IFRAME_WORKER_VERSION} into {VENDOR}")


def main() -> None:
    """Parse arguments and vendor."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mermaid", default=MERMAID_VERSION, help="Mermaid 11 release to vendor")
    vendor(parser.parse_args().mermaid)


if __name__ == "__main__":
    main()
