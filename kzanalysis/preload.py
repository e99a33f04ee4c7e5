"""What the fork server of the worker processes loads before it forks one (parallel.py): the cleaning of
one list and the chain below it (one_list.py, sheet.py), and the vocabularies that chain reads.

Importing this module loads each vocabulary of the chain once: the functions of its modules that take no
argument and keep their result (`functools.cache`), which read kzanalysis/vocab/*.csv and compile their
patterns. Every worker is a fork of the server, so it starts with them read, instead of reading them
again while it cleans its first list. Only files are read and patterns compiled here, no table work, so
the server starts no thread before it forks. A vocabulary that cannot be read is left unread: the list
that needs it raises the error in its turn, as it would in the run's own process.
"""
from __future__ import annotations

import inspect
import sys

from . import one_list, sheet  # noqa: F401 (the chain a worker runs)

# Loaders of the chain that a worker never needs: the fingerprint of the code (the run's own process
# keys its caches with it) and the versions of the libraries (the manifest).
_NOT_NEEDED = {("kzanalysis.reuse", "code_fingerprint"), ("kzanalysis.versions", "versions")}


def vocabulary_loaders() -> list:
    """The loaders of the modules loaded so far: module-level functions of kzanalysis that take no
    argument and keep their result, in a stable order."""
    found = []
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("kzanalysis.") or module is None:
            continue
        for attr, value in sorted(vars(module).items()):
            if (callable(value) and hasattr(value, "cache_info") and getattr(value, "__module__", None) == name
                    and (name, attr) not in _NOT_NEEDED and not inspect.signature(value).parameters):
                found.append(value)
    return found


def load_vocabularies() -> int:
    """Call each loader once; how many loaded."""
    loaded = 0
    for loader in vocabulary_loaders():
        try:
            loader()
        except Exception:  # raised again where a list needs it (never cached: functools.cache keeps no error)
            continue
        loaded += 1
    return loaded


LOADED = load_vocabularies()
