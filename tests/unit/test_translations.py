"""Every UI string is translated in every language, and no string in the code is missing from the catalogues."""

from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.core.management.commands import makemessages

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TRANSLATED = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def catalogue(code: str) -> polib.POFile:
    return polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_entry_is_translated_and_none_is_fuzzy(code):
    po = catalogue(code)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"{code}: {len(untranslated)} untranslated, e.g. {untranslated[:3]}"
    assert not fuzzy, f"{code}: {len(fuzzy)} fuzzy, e.g. {fuzzy[:3]}"
    assert po.metadata.get("Language") == code


@pytest.mark.parametrize("code", TRANSLATED)
def test_placeholders_survive_translation(code):
    import re

    placeholder = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\{ ?\w+ ?\}\}")
    for entry in catalogue(code).translated_entries():
        expected = sorted(placeholder.findall(entry.msgid))
        translations = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        for text in translations:
            assert sorted(placeholder.findall(text)) == expected, (code, entry.msgid, text)


class _CollectPotOnly(makemessages.Command):
    """makemessages that builds the template of all strings but writes no catalogue."""

    def write_po_file(self, potfile, locale):
        self.collected = polib.pofile(potfile)


def test_makemessages_would_add_nothing():
    command = _CollectPotOnly()
    command.run_from_argv(
        ["manage.py", "makemessages", "-l", "ar", "--no-location", "--ignore=.venv", "--ignore=staticfiles", "-v0"]
    )
    in_code = {(entry.msgctxt, entry.msgid) for entry in command.collected}
    for code in TRANSLATED:
        in_catalogue = {(entry.msgctxt, entry.msgid) for entry in catalogue(code) if not entry.obsolete}
        missing = in_code - in_catalogue
        assert not missing, f"{code}: run `make messages` and translate {sorted(missing)[:5]}"
