"""A broken pack given with --content never stops the app: the shipped advice shows, with the reason."""

from __future__ import annotations

import shutil
from pathlib import Path

from backpain_desktop.paths import resource_path

SHIPPED = resource_path("content", "en-GB")


def test_app_falls_back_to_the_shipped_pack_and_says_why(tmp_path: Path):
    from backpain_desktop.app import load_content

    pack_dir = tmp_path / "pack"
    shutil.copytree(SHIPPED, pack_dir)
    manifest = pack_dir / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    assert 'file = "pages/medicines.md"' in text
    manifest.write_text(text.replace('file = "pages/medicines.md"', 'file = "../x.md"', 1), encoding="utf-8")
    pack, message = load_content(str(pack_dir))
    assert pack.folder == SHIPPED and len(pack.pages) == 10
    assert "could not be used" in message and "pack.toml, line" in message and "'../x.md'" in message
    good, none = load_content(str(SHIPPED))
    assert none == "" and good.leaflet_number == "4876/VER1"
