"""The demo's texts in several languages, and how they become field values.

Texts are written in the content modules as plain multi-line strings per language; these helpers turn them
into what the fields expect (plain text, rich text HTML, list streams, body streams) for one language.
A language that is missing falls back to English, so that wagtail-localize sees that segment as untranslated.

Because English and every translation are rendered from the same specification (with the same stream block
ids), the translated strings can be paired with the English ones segment by segment.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

SOURCE_LANGUAGE = "en"
BLOCK_ID_NAMESPACE = uuid.UUID("6f1d4c2e-5b0a-4d8e-9a57-2d8e3b5a1c90")


def clean(text):
    """Collapse the whitespace of a text written over several lines."""
    return " ".join(text.split())


def block_id(key, index):
    """A stable StreamField block id, the same in every language and on every run."""
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{key}:{index}"))


def T(en, nl=None, fr=None, de=None):  # noqa: N802 -- reads like a constructor in the content modules
    """A plain text in up to four languages."""
    return Text({"en": en, "nl": nl, "fr": fr, "de": de})


@dataclass
class Text:
    values: dict

    def get(self, lang):
        value = self.values.get(lang) or self.values[SOURCE_LANGUAGE]
        return clean(value)


def _markup(text):
    """A tiny markup: paragraphs separated by blank lines, "### " headings and "- " bullet lists."""
    html = []
    for chunk in text.strip().split("\n\n"):
        lines = [line.strip() for line in chunk.strip().splitlines()]
        if lines[0].startswith("### "):
            html.append(f"<h3>{clean(' '.join(lines))[4:]}</h3>")
        elif lines[0].startswith("- "):
            html.append("<ul>" + "".join(f"<li>{item}</li>" for item in _items(chunk)) + "</ul>")
        else:
            html.append(f"<p>{clean(' '.join(lines))}</p>")
    return "".join(html)


def _items(text):
    """Bullet items ("- " starts an item; following lines continue it)."""
    items = []
    for line in text.strip().splitlines():
        line = line.strip()
        if line.startswith("- "):
            items.append(line[2:])
        elif line and items:
            items[-1] += " " + line
    return [clean(item) for item in items]


@dataclass
class Rich:
    """Rich text (paragraphs, headings, lists) in several languages."""

    en: str
    nl: str = ""
    fr: str = ""
    de: str = ""

    def get(self, lang):
        return _markup(getattr(self, lang) or self.en)


@dataclass
class Items:
    """A bulleted list in several languages, stored in a ListItemsBlock stream (one block per item)."""

    en: str
    nl: str = ""
    fr: str = ""
    de: str = ""

    def get(self, lang, key):
        items = _items(getattr(self, lang) or self.en)
        english = _items(self.en)
        if len(items) != len(english):
            raise ValueError(f"{key}: {len(items)} items in {lang!r} but {len(english)} in English")
        return [{"type": "item", "value": item, "id": block_id(key, index)} for index, item in enumerate(items)]


@dataclass
class Body:
    """A body stream: a list of (block type, value) where values hold Text/Rich or references.

    References are resolved through ``refs`` when rendered: ``("page", key)`` to a page id and
    ``("image", key)`` to an image id.
    """

    blocks: list = field(default_factory=list)

    def get(self, lang, key, refs):
        stream = []
        for index, (block_type, value) in enumerate(self.blocks):
            stream.append({"type": block_type, "value": _block_value(value, lang, refs), "id": block_id(key, index)})
        return stream


@dataclass
class Stream:
    """Raw StreamField data made for one language by ``render(lang)``, e.g. ``scan.defaults.questionnaire_stream``.

    ``render`` must give the same block ids in every language, so that the segments pair up.
    """

    render: Callable[[str], list]

    def get(self, lang):
        return self.render(lang)


def _block_value(value, lang, refs):
    if isinstance(value, Text | Rich):
        return value.get(lang)
    if isinstance(value, tuple) and len(value) == 2 and value[0] in {"page", "image"}:
        found = refs.get(value)
        return found.pk if found is not None else None
    if isinstance(value, dict):
        return {name: _block_value(item, lang, refs) for name, item in value.items()}
    return value


def localize(value, lang, key="", refs=None):
    """The value of one field in ``lang``: plain text, rich text HTML, or raw stream data."""
    if isinstance(value, Text | Rich | Stream):
        return value.get(lang)
    if isinstance(value, Items):
        return value.get(lang, key)
    if isinstance(value, Body):
        return value.get(lang, key, refs or {})
    return value


def localize_fields(texts, lang, key, refs=None):
    """All the language-dependent fields of one object in ``lang``, as keyword arguments."""
    return {name: localize(value, lang, f"{key}:{name}", refs) for name, value in texts.items()}
