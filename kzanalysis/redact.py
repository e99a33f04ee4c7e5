"""Keyed pseudonyms for names in a redacted partner workbook.

In: a name as written (or a Series of them) and a secret key. Out: a
pseudonym such as `P-3F9A2C1B7D`: the first 10 hex digits of HMAC-SHA256 of
the normalised name (`parse.text.match_key`: case, `ё`/`е`, spaces, look-alike
letters folded), so the same person written the same way gets the same
pseudonym in every export made with the same key.

Why a keyed hash and not a plain one: anyone can hash a list of known names
and match a plain SHA-256; without the key they cannot (RFC 2104, HMAC).

The key: the environment variable `KZANALYSIS_REDACT_KEY` (at least 16
characters), else the file `redact.key` in the user's config directory
(`platformdirs.user_config_dir("kzanalysis")`), created on first use with
`secrets`, mode 0600, under a file lock so two exports started at once agree
on one key, and a message on stderr saying where it is. The key never lives
in the repository; keep it to make later exports agree, delete it to unlink
them.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sys
from pathlib import Path

import pandas as pd
from filelock import FileLock
from platformdirs import user_config_dir

from .parse.text import match_key

ENV_VAR = "KZANALYSIS_REDACT_KEY"
KEY_FILE_NAME = "redact.key"
MIN_KEY_CHARS = 16
PREFIX = "P-"
DIGITS = 10  # 40 bits: collisions stay unlikely (< 1e-6) for lists of thousands of names


class RedactKeyError(RuntimeError):
    """The redaction key cannot be read or is too weak; the message says what to do."""


def key_path(config_dir: Path | str | None = None) -> Path:
    """Where the key file lives (it may not exist yet)."""
    return Path(config_dir or user_config_dir("kzanalysis")) / KEY_FILE_NAME


def load_key(config_dir: Path | str | None = None) -> bytes:
    """The key: from `KZANALYSIS_REDACT_KEY`, else the key file (created on first use)."""
    env = os.environ.get(ENV_VAR)
    if env is not None and env.strip():
        text = env.strip()
        if len(text) < MIN_KEY_CHARS:
            raise RedactKeyError(f"{ENV_VAR} is {len(text)} characters long: use at least {MIN_KEY_CHARS} random characters, "
                                 f"e.g. the output of `python -c \"import secrets; print(secrets.token_hex(32))\"`")
        return text.encode("utf-8")
    path = key_path(config_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(path) + ".lock", timeout=30):
            if not path.exists():
                _create_key_file(path)
            text = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise RedactKeyError(f"cannot read or create the redaction key file {path} ({exc.strerror or exc}): "
                             f"set {ENV_VAR} instead") from None
    if len(text) < MIN_KEY_CHARS:
        raise RedactKeyError(f"the redaction key file {path} holds {len(text)} characters: delete it to make a new key, "
                             f"or write at least {MIN_KEY_CHARS} random characters into it")
    return text.encode("utf-8")


def _create_key_file(path: Path) -> None:
    # O_EXCL + mode 0600: the file is never readable by others, not even for a moment.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(secrets.token_hex(32) + "\n")
    print(f"kzanalysis: created a new redaction key in {path}; keep it to get the same pseudonyms in later exports "
          f"(or set {ENV_VAR})", file=sys.stderr)


def pseudonym(name: str | None, key: bytes) -> str | None:
    """`P-` and 10 hex digits for a name; None for a missing or blank name."""
    if name is None or (isinstance(name, float) and name != name) or name is pd.NA:
        return None
    norm = match_key(str(name))
    if not norm:
        return None
    digest = hmac.new(key, norm.encode("utf-8"), hashlib.sha256).hexdigest()
    return PREFIX + digest[:DIGITS].upper()


def pseudonymise(names: pd.Series, key: bytes) -> pd.Series:
    """A Series of pseudonyms (missing names stay missing); each distinct name is hashed once."""
    distinct = names.dropna().unique()
    table = {n: pseudonym(n, key) for n in distinct}
    return names.map(table).astype("string")
