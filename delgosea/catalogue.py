"""Compile and check the Thai catalogue without GNU gettext.

The compiled .mo files are committed, so a fresh clone needs no gettext at all;
``make messages`` recompiles them after the .po files change.

    python -m delgosea.catalogue compile   # .po -> .mo
    python -m delgosea.catalogue check     # exit 1 if an entry is untranslated or fuzzy
"""

import sys
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def catalogues():
    return sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))


def problems(po):
    return [entry.msgid for entry in po if not entry.translated() or "fuzzy" in entry.flags]


def main(argv):
    command = argv[1] if len(argv) > 1 else ""
    if command not in {"compile", "check"}:
        print(__doc__)
        return 2
    failed = False
    for path in catalogues():
        po = polib.pofile(str(path))
        missing = problems(po)
        if missing:
            failed = True
            print(f"{path}: {len(missing)} untranslated or fuzzy, e.g. {missing[0]!r}")
        if command == "compile":
            po.save_as_mofile(str(path.with_suffix(".mo")))
            print(f"compiled {path.with_suffix('.mo')} ({len(po.translated_entries())} entries)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
