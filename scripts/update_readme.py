"""Rewrite the data dictionary in README.md, and the rules the clean checks (kzanalysis/table_rules.json),
from the schema (kzanalysis/schema.py)."""
from __future__ import annotations

import re
from pathlib import Path

from kzanalysis.schema import MODELS, dictionary_markdown
from kzanalysis.table_rules import RULES_FILE, rules_json

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- data-dictionary:start -->", "<!-- data-dictionary:end -->"


def render(text: str) -> str:
    block = f"{START}\n{dictionary_markdown()}{END}"
    return re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _: block, text, flags=re.S)


if __name__ == "__main__":
    README.write_text(render(README.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"updated {README}")
    RULES_FILE.write_text(rules_json(MODELS), encoding="utf-8")
    print(f"updated {RULES_FILE}")
