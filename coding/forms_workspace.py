"""Forms of the workspace, memo, codebook-reshaping and import pages."""

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import HiddenField, RadioField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length

from research.forms import Form, choices


class MemoForm(Form):
    """A memo on the project, a code or an answer; the target travels in hidden fields."""

    text = TextAreaField(_l("Memo"), validators=[DataRequired(_l("De memo is leeg. Schrijf eerst iets op.")),
                                                 Length(max=10_000)],
                         description=_l("Alleen onderzoekers van dit project zien memo's."))
    target_type = HiddenField()
    target_id = HiddenField()
    memo = HiddenField()


class MemoDeleteForm(Form):
    memo = HiddenField()


class MergeForm(Form):
    target = SelectField(_l("Samenvoegen met"), validate_choice=False,
                         description=_l("Alle coderingen en memo's gaan naar deze code. Daarna verdwijnt deze code."))


class SplitForm(Form):
    name = StringField(_l("Naam van de nieuwe code"), validators=[DataRequired(), Length(max=120)])
    place = RadioField(_l("Waar komt de nieuwe code?"), default="naast", validate_choice=False,
                       choices=choices((("naast", _l("Ernaast: op hetzelfde niveau")),
                                        ("onder", _l("Eronder: als subthema van deze code")))))
    segments = SelectMultipleField(_l("Fragmenten die naar de nieuwe code gaan"), coerce=int, validate_choice=False)


class DeleteChoiceForm(Form):
    action = RadioField(_l("Wat gebeurt er met de coderingen?"), default="verplaatsen", validate_choice=False,
                        choices=choices((("verplaatsen", _l("Verplaats ze naar een andere code")),
                                         ("weghalen", _l("Haal ze weg")))))
    target = SelectField(_l("Naar code"), validate_choice=False)


class ImportForm(Form):
    file = FileField(_l("Codeboek (.csv of .qdc)"), validators=[FileRequired(_l("Kies een bestand."))],
                     description=_l("Een CSV-bestand uit Excel, of een REFI-QDA-codeboek uit bijvoorbeeld "
                                    "ATLAS.ti, MAXQDA, NVivo of QualCoder. Hoogstens 2 MB."))


def code_choices(tree, leave_out=()) -> list:
    """Select choices from a code tree (CodeNodes): sub-themes indented under their theme, some left out."""
    skip, pairs = set(leave_out), []
    for node in tree:
        pairs += [(str(node.code.id), node.code.name)] if node.code.id not in skip else []
        pairs += [(str(c.code.id), "— " + c.code.name) for c in node.children if c.code.id not in skip]
    return choices(pairs)
