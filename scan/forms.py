"""The wizard's forms: consent, the company profile, one form per questionnaire step, and the last check."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from scan import questionnaire as q
from scan.choices import Border, Commodity, Sector, StaffSize, Tenure, province_for_postcode
from scan.rendering import RENDERER

# Numbers above this are not a plausible answer, whatever the question (1,000 km² is a very large site).
ABSURD_NUMBER = Decimal("1000000000")
YES_NO_CHOICES = [(q.YES, _("Yes")), (q.NO, _("No"))]


class NumberInput(forms.TextInput):
    """A number typed as text, so that "12,5" and "2.500" read in the visitor's language (localised fields);
    the templates render it with inputmode="decimal" because its widget type is "number"."""


def normalise_number(text):
    """Read a number as people type it in any of the site's languages: "2.500", "2,500", "2 500" and "2500" are
    the same; "12,5" and "12.5" are too. A lone separator followed by exactly three digits groups thousands."""
    value = str(text).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    if "," in value and "." in value:
        decimal = "," if value.rfind(",") > value.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return value.replace(thousands, "").replace(decimal, ".")
    for separator in (",", "."):
        if separator in value:
            head, *groups = value.split(separator)
            if head.lstrip("-").isdigit() and groups and all(len(group) == 3 and group.isdigit() for group in groups):
                return value.replace(separator, "")
            return value.replace(",", ".")
    return value


class LocalisedIntegerField(forms.IntegerField):
    widget = NumberInput

    def to_python(self, value):
        return super().to_python(normalise_number(value) if value not in self.empty_values else value)


class LocalisedDecimalField(forms.DecimalField):
    widget = NumberInput

    def to_python(self, value):
        return super().to_python(normalise_number(value) if value not in self.empty_values else value)


class ScanForm(forms.Form):
    """A form of the scan: its radio buttons, checkboxes and selects are rendered without a template each."""

    default_renderer = RENDERER


class ConsentForm(ScanForm):
    """The introduction: the privacy notice must be accepted before the first question."""

    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that my answers are processed for this scan."),
        error_messages={"required": _("Please agree to the privacy notice to start the scan.")},
    )


def area_field(label, help_text=""):
    return LocalisedIntegerField(
        label=label,
        help_text=help_text,
        required=False,
        min_value=0,
        max_value=int(ABSURD_NUMBER),
        error_messages={
            "invalid": _("Enter a whole number of square metres, e.g. 2500."),
            "min_value": _("An area cannot be negative."),
            "max_value": _("That is more than any site can measure; check the number."),
        },
    )


class YesNoField(forms.TypedChoiceField):
    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.RadioSelect)
        kwargs.setdefault(
            "error_messages",
            {"required": _("Answer yes or no."), "invalid_choice": _("Answer yes or no.")},
        )
        super().__init__(choices=YES_NO_CHOICES, coerce=lambda value: value == q.YES, empty_value=None, **kwargs)


class ProfileForm(ScanForm):
    """The company profile (intake of the scan, not scored). Its answers become real columns of the response."""

    company_name = forms.CharField(
        label=_("Company name"), max_length=200, error_messages={"required": _("Enter the name of your company.")}
    )
    sector = forms.ChoiceField(
        label=_("Sector"),
        choices=[("", _("Choose a sector")), *Sector.choices],
        error_messages={"required": _("Choose your sector."), "invalid_choice": _("Choose a sector from the list.")},
    )
    staff = forms.ChoiceField(label=_("Staff"), choices=[("", _("Choose")), *StaffSize.choices], required=False)
    tenure = forms.ChoiceField(
        label=_("Do you own the site or rent it?"), choices=Tenure.choices, widget=forms.RadioSelect, required=False
    )
    postcode = forms.RegexField(
        label=_("Postcode"),
        regex=r"^[1-9][0-9]{3}$",
        error_messages={
            "required": _("Enter the postcode of your site."),
            "invalid": _("Enter a Belgian postcode of four digits, e.g. 2000."),
        },
    )
    municipality = forms.CharField(label=_("Municipality"), max_length=120, required=False)
    total_area = area_field(_("Total site area (m²)"))
    built_area = area_field(_("Built area (m²)"), _("The footprint of the buildings."))
    outdoor_area = area_field(_("Outdoor area (m²)"), _("Everything that is not built: green, paved and water."))
    parking_area = area_field(_("Parking area (m²)"))
    borders = forms.MultipleChoiceField(
        label=_("What borders the site?"),
        choices=Border.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    buys_risky_commodities = YesNoField(
        label=_("Do you buy commodities with a risk of deforestation or land-use change?"),
        help_text=_("Timber, soy, palm oil, cocoa, coffee, beef, leather or paper."),
    )
    risky_commodities = forms.MultipleChoiceField(
        label=_("Which ones?"), choices=Commodity.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    sells_food = YesNoField(label=_("Do you produce or serve food?"))
    finances = YesNoField(label=_("Do you finance or invest in other organisations?"))
    primary_production = YesNoField(label=_("Do you manage farmland, forest or extraction land?"))
    contact_name = forms.CharField(label=_("Contact person"), max_length=200, required=False)
    contact_email = forms.EmailField(
        label=_("E-mail address"),
        required=False,
        help_text=_("To send you the link to your results or to continue later."),
    )
    contact_consent = forms.BooleanField(
        label=_("An advisor of the alliance may contact me about this scan."),
        required=False,
        help_text=_("Optional. You can also ask for contact later, from your results."),
    )

    def clean(self):
        cleaned = super().clean()
        total = cleaned.get("total_area")
        for name in ("built_area", "outdoor_area", "parking_area"):
            part = cleaned.get(name)
            if total is not None and part is not None and part > total:
                self.add_error(name, _("This cannot be larger than the total site area."))
        if cleaned.get("contact_consent") and not cleaned.get("contact_email"):
            self.add_error("contact_email", _("Give an e-mail address so that an advisor can contact you."))
        if cleaned.get("buys_risky_commodities") is False:
            cleaned["risky_commodities"] = []
        cleaned["province"] = province_for_postcode(cleaned.get("postcode"))
        return cleaned


class QuestionStepForm(ScanForm):
    """The questions of one step of the questionnaire that apply to this company."""

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            self.fields[question.code] = self.field_for(question)

    @staticmethod
    def field_for(question):
        common = {"label": question.text, "help_text": question.help_text}
        if question.kind == q.NUMBER:
            maximum = Decimal(str(question.maximum)) if question.maximum is not None else ABSURD_NUMBER
            return LocalisedDecimalField(
                **common,
                min_value=0,
                max_value=min(maximum, ABSURD_NUMBER),
                max_digits=14,
                decimal_places=2,
                error_messages={
                    "required": _("Enter a number (0 if none)."),
                    "invalid": _("Enter a number, e.g. 120."),
                    "min_value": _("The number cannot be negative."),
                    "max_value": _("That is more than is plausible here (at most %(limit_value)s)."),
                    "max_digits": _("That number is too long."),
                    "max_decimal_places": _("Use at most two decimals."),
                },
            )
        choices = [(option.code, option.label) for option in question.options]
        if question.kind == q.MULTIPLE:
            return forms.MultipleChoiceField(
                **common,
                choices=choices,
                widget=forms.CheckboxSelectMultiple,
                required=False,
                error_messages={"invalid_choice": _("That answer is not one of the options; please choose again.")},
            )
        return forms.ChoiceField(
            **common,
            choices=choices,
            widget=forms.RadioSelect,
            error_messages={
                "required": _("Choose an answer."),
                "invalid_choice": _("That answer is not one of the options; please choose again."),
            },
        )

    def answers(self):
        """The cleaned answers by question code (numbers as floats, JSON-ready)."""
        result = {}
        for question in self.questions:
            value = self.cleaned_data.get(question.code)
            if isinstance(value, Decimal):
                value = float(value)
            result[question.code] = value
        return result


class CheckForm(ScanForm):
    """The last step: the company checks its answers and submits."""
