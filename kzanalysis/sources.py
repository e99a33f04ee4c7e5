"""sources.toml: per list, its label and column overrides.

In: the folders of the lists. Out: {list key or file name: {"source": label, "columns": {header: field}}}
and the sha256 of each sources.toml read. A mistake in the file is a VocabularyError naming it.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from . import config
from .config import VocabularyError
from .read import sha256


def load_sources(folders: list[Path]) -> tuple[dict[str, dict], list[str]]:
    """Per list (file name or path below the folder): {"source": label, "columns": {header: field}};
    and the hashes of the sources.toml files read. A mistake there is a VocabularyError naming it."""
    from .headers import FIELDS

    entries: dict[str, dict] = {}
    hashes = []
    for folder in folders:
        path = folder / config.SOURCES_FILE_NAME
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise VocabularyError(f"{path}: {exc}; fix the TOML syntax") from None
        hashes.append(sha256(path))
        for name, entry in data.items():
            if not isinstance(entry, dict):
                raise VocabularyError(f"{path}: '{name}' should be a table: [\"{name}\"] with source = \"...\"")
            if not isinstance(entry.get("source", ""), str):
                raise VocabularyError(f"{path}: [\"{name}\"] source should be text in quotes")
            columns = entry.get("columns", {})
            if not isinstance(columns, dict):
                raise VocabularyError(f"{path}: [\"{name}\"] columns should be a table, e.g. columns = {{ \"Место\" = \"city\" }}")
            for header, field_name in columns.items():
                if field_name not in FIELDS:
                    raise VocabularyError(f"{path}: [\"{name}\"] column '{header}' = {field_name!r} is not a field; "
                                          f"use one of {', '.join(FIELDS)}")
            entries[name] = entry
    return entries, hashes
