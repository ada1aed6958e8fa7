"""A form renderer for the scan's forms that writes out its most frequent widget templates in Python.

Rendering Django's widget templates costs a template render for every radio button, checkbox and select option, and
a step of the scan has dozens of them. This renderer produces exactly the markup of Django's own templates for a
radio button or checkbox (``input_option.html``) and a select (``select.html`` with ``select_option.html``), and
leaves every other template to the project's form renderer (which strips what a template renders, as these
functions do). tests/scan/test_rendering.py compares the two.
Overriding these Django templates in the project would therefore not change the scan's forms.
"""

from django.forms.renderers import BaseRenderer, get_default_renderer
from django.utils.functional import Promise
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe

INPUT_OPTION_TEMPLATES = {
    "django/forms/widgets/input_option.html",
    "django/forms/widgets/radio_option.html",
    "django/forms/widgets/checkbox_option.html",
}
SELECT_TEMPLATE = "django/forms/widgets/select.html"
SELECT_OPTION_TEMPLATE = "django/forms/widgets/select_option.html"


def _text(value):
    """``{{ value|stringformat:"s" }}`` with autoescaping."""
    return escape(str(value))


def _attrs(attrs):
    """django/forms/widgets/attrs.html."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        parts.append(
            f" {conditional_escape(name)}" if value is True else f' {conditional_escape(name)}="{_text(value)}"'
        )
    return "".join(parts)


def _input(widget):
    """django/forms/widgets/input.html."""
    value = "" if widget["value"] is None else f' value="{_text(widget["value"])}"'
    kind, name = conditional_escape(widget["type"]), conditional_escape(widget["name"])
    return f'<input type="{kind}" name="{name}"{value}{_attrs(widget["attrs"])}>'


def _is_text(value):
    # The templates would localise a number; labels of the scan's choices are text.
    return isinstance(value, str | Promise)


def _input_option(widget):
    """django/forms/widgets/input_option.html: one radio button or checkbox, with its label when wrapped."""
    if not widget.get("wrap_label"):
        return _input(widget)
    if not _is_text(widget["label"]):
        return None
    label_id = widget["attrs"].get("id")
    label_for = f' for="{conditional_escape(label_id)}"' if label_id else ""
    return f"<label{label_for}>{_input(widget)}\n {conditional_escape(widget['label'])}</label>"


def _select(widget):
    """django/forms/widgets/select.html, or None when an option has a template of its own."""
    parts = [f'<select name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name and not _is_text(group_name):
            return None
        if group_name:
            parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
        for option in options:
            if option.get("template_name") != SELECT_OPTION_TEMPLATE or not _is_text(option["label"]):
                return None
            parts.append(
                f'\n  <option value="{_text(option["value"])}"{_attrs(option["attrs"])}>'
                f"{conditional_escape(option['label'])}</option>\n"
            )
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


class WidgetRenderer(BaseRenderer):
    """The project's form renderer (``FORM_RENDERER``), with options and selects rendered in Python."""

    @property
    def fallback(self):
        return get_default_renderer()

    @property
    def form_template_name(self):
        return self.fallback.form_template_name

    @property
    def formset_template_name(self):
        return self.fallback.formset_template_name

    @property
    def field_template_name(self):
        return self.fallback.field_template_name

    def get_template(self, template_name):
        return self.fallback.get_template(template_name)

    def render(self, template_name, context, request=None):
        widget = context.get("widget") if isinstance(context, dict) else None
        html = None
        if widget is not None and template_name in INPUT_OPTION_TEMPLATES:
            html = _input_option(widget)
        elif widget is not None and template_name == SELECT_TEMPLATE:
            html = _select(widget)
        if html is None:
            return self.fallback.render(template_name, context, request=request)
        return mark_safe(html)  # noqa: S308 -- every value above is escaped


RENDERER = WidgetRenderer()
