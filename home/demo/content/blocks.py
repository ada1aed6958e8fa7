"""Helpers that describe body blocks (headings, calls to action, images) in the content modules."""

from home.demo.text import T


def heading(en, nl, fr=None, de=None):
    return ("heading", {"text": T(en, nl, fr, de), "size": "h2"})


def call_to_action(title, text, button, page=None, url=""):
    """A call to action to a demo page (by its loader key, e.g. "objective:5") or to an external ``url``."""
    return (
        "call_to_action",
        {"title": title, "text": text, "button_text": button, "page": ("page", page) if page else None, "url": url},
    )


def image(key, alt, caption, credit):
    """An image block; ``key`` names a demo image made by the loader."""
    return (
        "image",
        {
            "image": {"image": ("image", key), "alt_text": alt, "decorative": False},
            "caption": caption,
            "attribution": credit,
        },
    )
