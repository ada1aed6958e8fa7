"""The questionnaire's StreamField blocks.

wagtail-localize translates CharBlock and TextBlock values (texts, labels, advice) and keeps every other block
(RegexBlock codes, tags and conditions, DecimalBlock points and weights, ChoiceBlock types) in sync with the
source page, so codes and scoring rules are the same in every language.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from scan.questionnaire import CODE_PATTERN, CONDITION_PATTERN, QUESTION_TYPES, TAGS_PATTERN


def code_block(label=None, required=True, help_text=None):
    return blocks.RegexBlock(
        regex=CODE_PATTERN,
        label=label or _("Code"),
        required=required,
        help_text=help_text
        or _("Lower-case letters, digits and underscores; never changes once answers exist. Not translated."),
        error_messages={"invalid": _("Use lower-case letters, digits and underscores, starting with a letter.")},
    )


def tags_block():
    return blocks.RegexBlock(
        regex=TAGS_PATTERN,
        label=_("Tags"),
        required=False,
        help_text=_("Codes separated by spaces, used to suggest objectives. Not translated."),
        error_messages={"invalid": _("Use codes of lower-case letters, digits and underscores.")},
    )


def condition_block():
    return blocks.RegexBlock(
        regex=CONDITION_PATTERN,
        label=_("Condition"),
        required=False,
        help_text=_(
            "Ask only when an earlier answer fits, e.g. “outdoor_area > 0” or “sells_food = yes”; "
            "join several with “and”. Not translated."
        ),
        error_messages={"invalid": _("Write a condition like “outdoor_area > 0” or “sells_food = yes”.")},
    )


class OptionBlock(blocks.StructBlock):
    code = code_block()
    label = blocks.CharBlock(label=_("Label"), max_length=255)
    points = blocks.DecimalBlock(label=_("Points"), default=0, decimal_places=2)
    tags = tags_block()
    not_applicable = blocks.BooleanBlock(
        label=_("Not applicable"),
        required=False,
        help_text=_("Choosing this leaves the question out of the theme's score."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Option")


class BandBlock(blocks.StructBlock):
    minimum = blocks.DecimalBlock(label=_("From (inclusive)"), decimal_places=2)
    maximum = blocks.DecimalBlock(label=_("Up to (exclusive)"), required=False, decimal_places=2)
    points = blocks.DecimalBlock(label=_("Points"), default=0, decimal_places=2)
    tags = tags_block()

    class Meta:
        icon = "order"
        label = _("Scoring band")


class QuestionBlock(blocks.StructBlock):
    code = code_block()
    text = blocks.CharBlock(label=_("Question"), max_length=500)
    help_text = blocks.TextBlock(label=_("Help text"), required=False)
    theme = code_block(
        label=_("Theme code"),
        required=False,
        help_text=_("The theme this question scores for; leave empty for a question that is not scored."),
    )
    question_type = blocks.ChoiceBlock(label=_("Type"), choices=QUESTION_TYPES, default="single")
    options = blocks.ListBlock(OptionBlock(), label=_("Options"), default=[])
    cap = blocks.DecimalBlock(
        label=_("Cap"),
        required=False,
        decimal_places=2,
        help_text=_("Multiple choice: the most points the options can add up to."),
    )
    bands = blocks.ListBlock(BandBlock(), label=_("Scoring bands (number questions)"), default=[])
    unit = blocks.CharBlock(label=_("Unit (number questions)"), required=False, max_length=30)
    maximum = blocks.DecimalBlock(
        label=_("Largest plausible value (number questions)"), required=False, decimal_places=2
    )
    condition = condition_block()
    fact = code_block(
        label=_("Fact"),
        required=False,
        help_text=_("Keep the number answered as a fact with this code (e.g. hedge_m), apart from the score."),
    )

    class Meta:
        icon = "help"
        label = _("Question")


class ThemeBlock(blocks.StructBlock):
    code = code_block()
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    description = blocks.TextBlock(label=_("Description"), required=False)
    weight = blocks.DecimalBlock(label=_("Weight"), default=10, min_value=0, decimal_places=2)
    advice = blocks.ListBlock(
        blocks.CharBlock(label=_("Next step"), max_length=500),
        label=_("Next steps when this theme scores low"),
        default=[],
    )

    class Meta:
        icon = "tag"
        label = _("Theme")


class StepBlock(blocks.StructBlock):
    code = code_block()
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    condition = condition_block()
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"))

    class Meta:
        icon = "list-ol"
        label = _("Step")


class QuestionnaireBlock(blocks.StreamBlock):
    theme = ThemeBlock()
    step = StepBlock()


class LevelBlock(blocks.StructBlock):
    code = code_block()
    name = blocks.CharBlock(label=_("Name"), max_length=80)
    minimum = blocks.DecimalBlock(label=_("From score"), min_value=0, max_value=100, decimal_places=2)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "pick"
        label = _("Level")


class LadderStepBlock(blocks.StructBlock):
    code = code_block()
    name = blocks.CharBlock(label=_("Name"), max_length=80)
    minimum = blocks.DecimalBlock(
        label=_("From score of the ladder theme"), min_value=0, max_value=100, decimal_places=2
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "list-ul"
        label = _("Ladder step")


class TagReasonBlock(blocks.StructBlock):
    code = code_block(label=_("Tag"))
    reason = blocks.CharBlock(
        label=_("Reason in plain words"),
        max_length=255,
        help_text=_("Shown with a suggestion, e.g. “more than 70 % of your site is sealed”."),
    )

    class Meta:
        icon = "comment"
        label = _("Tag")
