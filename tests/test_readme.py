"""The README is the front door: keep its data dictionary and commands true."""
from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_data_dictionary_in_readme_matches_the_schema():
    spec = importlib.util.spec_from_file_location("update_readme", REPO / "scripts" / "update_readme.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert module.render(text) == text, "README.md data dictionary is stale: run `python scripts/update_readme.py`"


def test_readme_shows_the_two_commands_and_its_picture():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make report" in text and "make test" in text
    for line in text.splitlines():
        if line.startswith("!["):
            target = line.split("](", 1)[1].rstrip(")")
            assert (REPO / target).is_file(), target
