"""The nl, fr and de catalogues are complete, free of fuzzy entries, and compiled."""

from pathlib import Path

import pytest
from django.utils import translation

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"
LANGUAGES = ["nl", "fr", "de"]


def parse_po(path):
    """Yield (msgid, msgstr-or-plural-forms, is_fuzzy) for each entry of a .po file (the header excluded)."""
    entries, current, fuzzy, field = [], None, False, None

    def finish():
        if current is not None and current["msgid"]:
            entries.append((current["msgid"], current["msgstr"], fuzzy))

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("#,") and "fuzzy" in line:
            finish()
            current, fuzzy, field = None, True, None
            continue
        if line.startswith("#~"):
            continue
        if line.startswith("msgid "):
            if current is not None:
                finish()
                fuzzy = False
            current, field = {"msgid": "", "msgstr": []}, "msgid"
            current["msgid"] = line[6:].strip('"')
        elif line.startswith("msgid_plural"):
            field = "plural"
        elif line.startswith("msgstr"):
            field = "msgstr"
            current["msgstr"].append(line.split(" ", 1)[1].strip('"'))
        elif line.startswith('"') and current is not None:
            if field == "msgid":
                current["msgid"] += line.strip('"')
            elif field == "msgstr":
                current["msgstr"][-1] += line.strip('"')
        elif not line:
            finish()
            current, fuzzy, field = None, False, None
    finish()
    return entries


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_none_is_fuzzy(language):
    path = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    entries = parse_po(path)
    assert len(entries) > 100, f"{path} holds only {len(entries)} messages"
    untranslated = [msgid for msgid, msgstrs, _ in entries if not all(msgstrs)]
    fuzzy = [msgid for msgid, _, is_fuzzy in entries if is_fuzzy]
    assert not untranslated, f"{language}: untranslated: {untranslated[:10]}"
    assert not fuzzy, f"{language}: fuzzy: {fuzzy[:10]}"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl", "Pagina niet gevonden"), ("fr", "Page introuvable"), ("de", "Seite nicht gefunden")],
)
def test_catalogues_are_compiled_and_used(language, expected):
    assert (LOCALE_DIR / language / "LC_MESSAGES" / "django.mo").exists()
    with translation.override(language):
        assert translation.gettext("Page not found") == expected
