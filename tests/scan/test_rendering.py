"""The scan's form renderer writes exactly what Django's widget templates write, only faster."""

import pytest
from django import forms
from django.forms.renderers import get_default_renderer

from scan.forms import ProfileForm, QuestionStepForm
from scan.questionnaire import build
from scan.rendering import RENDERER

from .conftest import small_questionnaire

CHOICES = [("a", "Plain"), ("b&c", 'Quotes " and <tags> & ampersands'), ("", "Empty value"), (3, "A number")]


class Everything(forms.Form):
    radio = forms.ChoiceField(choices=CHOICES, widget=forms.RadioSelect)
    optional_radio = forms.ChoiceField(choices=CHOICES, widget=forms.RadioSelect, required=False)
    boxes = forms.MultipleChoiceField(choices=CHOICES, widget=forms.CheckboxSelectMultiple)
    disabled_boxes = forms.MultipleChoiceField(choices=CHOICES, widget=forms.CheckboxSelectMultiple, disabled=True)
    select = forms.ChoiceField(choices=CHOICES, help_text="Help")
    grouped = forms.ChoiceField(
        choices=[("", "Choose"), ("Group <one>", [("x", "X"), ("y", "Y")]), ("Group two", [("z", "Z & more")])],
        widget=forms.Select(attrs={"class": "input", "data-x": 'say "hi"'}),
    )
    multi_select = forms.MultipleChoiceField(choices=CHOICES, widget=forms.SelectMultiple)


def markup(form):
    """Every widget of the form as its fields and options render it in templates."""
    rendered = []
    for field in form:
        rendered.append(str(field))
        for option in field.subwidgets:
            rendered.extend([option.tag(), str(option)])
    return rendered


def twice(form_class, *args, **kwargs):
    fast = form_class(*args, renderer=RENDERER, **kwargs)
    plain = form_class(*args, renderer=get_default_renderer(), **kwargs)
    for form in (fast, plain):
        if form.is_bound:
            form.is_valid()
    return markup(fast), markup(plain)


@pytest.mark.parametrize(
    "data",
    [
        None,
        {},  # every error
        {"radio": "b&c", "boxes": ["a", "3"], "select": "3", "grouped": "z", "multi_select": ["b&c", ""]},
        {"radio": "nope", "boxes": ["nope"], "select": "", "grouped": "x"},
    ],
)
def test_options_and_selects_are_rendered_as_django_renders_them(data):
    fast, plain = twice(Everything, data)
    assert fast == plain


@pytest.mark.parametrize("data", [None, {"profile-total_area": "lots", "profile-borders": ["water"]}])
def test_the_company_profile_renders_as_before(data):
    fast, plain = twice(ProfileForm, data, prefix="profile")
    assert fast == plain


def test_the_questions_render_as_before():
    definition = build(small_questionnaire())
    for step in definition.steps:
        for data in (None, {f"{step.code}-shelters": ["dead_wood"], f"{step.code}-meadow": "x"}):
            fast, plain = twice(QuestionStepForm, data, questions=step.questions, prefix=step.code)
            assert fast == plain


def test_the_scan_forms_use_the_fast_renderer_and_other_templates_still_render():
    form = ProfileForm(prefix="profile")
    assert form.renderer is RENDERER
    assert 'name="profile-company_name"' in form.as_div()  # a form template, left to Django's renderer


def test_options_and_selects_render_no_template(monkeypatch):
    rendered = []
    default = get_default_renderer()

    class Recording:
        def render(self, template_name, context, request=None):
            rendered.append(template_name)
            return default.render(template_name, context, request=request)

    monkeypatch.setattr("scan.rendering.get_default_renderer", Recording)
    form = Everything({"radio": "a", "boxes": ["a"], "select": "a"}, renderer=RENDERER)
    for name in ("radio", "boxes", "disabled_boxes"):
        for option in form[name]:
            option.tag()
            str(option)
    for name in ("select", "grouped", "multi_select"):
        str(form[name])
    assert rendered == []
