"""Compile and check the Thai catalogue without GNU gettext.

Per language: ``django.po``, the portal's own strings (``make messages`` updates it
from the code); ``third_party.po``, Thai for what Django's catalogue leaves
untranslated and for django-reversion, django-import-export and django-axes, which
ship no Thai; and ``djangojs.po``, the admin's JavaScript strings Django leaves
untranslated. The first two compile into the one ``django.mo`` Django reads, the
portal's own translation winning; the third into ``djangojs.mo``. The .mo files are
committed, so a clone needs no gettext.

    python -m delgosea.catalogue compile   # .po -> .mo
    python -m delgosea.catalogue check     # exit 1 if an entry is untranslated or fuzzy
"""

import sys
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
THIRD_PARTY = "third_party.po"


def catalogues():
    """The catalogues that compile to a .mo of their own (django.po, djangojs.po)."""
    return sorted(p for p in LOCALE_DIR.glob("*/LC_MESSAGES/*.po") if p.name != THIRD_PARTY)


def all_catalogues():
    return sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))


def problems(po):
    return [entry.msgid for entry in po if not entry.translated() or "fuzzy" in entry.flags]


def merged(path):
    """django.po with the third-party entries it does not have itself."""
    po = polib.pofile(str(path))
    third_party = path.with_name(THIRD_PARTY)
    if path.name == "django.po" and third_party.exists():
        own = {(entry.msgctxt, entry.msgid) for entry in po}
        for entry in polib.pofile(str(third_party)):
            if (entry.msgctxt, entry.msgid) not in own:
                po.append(entry)
    return po


def main(argv):
    command = argv[1] if len(argv) > 1 else ""
    if command not in {"compile", "check"}:
        print(__doc__)
        return 2
    failed = False
    for path in all_catalogues():
        missing = problems(polib.pofile(str(path)))
        if missing:
            failed = True
            print(f"{path}: {len(missing)} untranslated or fuzzy, e.g. {missing[0]!r}")
    if command == "compile":
        for path in catalogues():
            po = merged(path)
            po.save_as_mofile(str(path.with_suffix(".mo")))
            print(f"compiled {path.with_suffix('.mo')} ({len(po.translated_entries())} entries)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
