"""Small helpers shared by all forms."""

from wtforms.fields.choices import SelectChoice


def choices(pairs) -> list[SelectChoice]:
    """Select choices from (value, label) pairs, in the form WTForms 3.3+ expects."""
    return [SelectChoice(str(value), label) for value, label in pairs]
