"""Rewrite the data dictionary in README.md from the schema (kzanalysis/schema.py)."""
from __future__ import annotations

import re
from pathlib import Path

from kzanalysis.schema import dictionary_markdown

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- data-dictionary:start -->", "<!-- data-dictionary:end -->"


def render(text: str) -> str:
    block = f"{START}\n{dictionary_markdown()}{END}"
    return re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _: block, text, flags=re.S)


if __name__ == "__main__":
    README.write_text(render(README.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"updated {README}")
