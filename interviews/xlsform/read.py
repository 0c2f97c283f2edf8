"""XLSForm rows -> GuideSpec plus warnings. Pure: plain rows in, plain data out.

groups -> sections (a group inside a group becomes a section of its own); text -> open; select_one ->
single choice (a ja/nee list -> yes/no); select_multiple -> multiple choice; integer with constraint
". >= 1 and . <= 5" -> scale, other integers and decimals -> number questions; acknowledge -> yes/no;
note -> section introduction; hint -> probes (one per line); guidance_hint -> interviewer note;
label::<language> -> translations; simple relevant -> show-if, and a group's relevant holds for each question
in it (joined with "and"). Everything else is skipped with a warning naming its sheet and row.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass

from flask_babel import gettext as _

from interviews.question_fields import MAX_TEXT
from interviews.questions import (
    NO,
    OPEN,
    OPTION_KINDS,
    SCALE,
    SINGLE,
    YES,
    YESNO,
    Choice,
    combine_conditions,
    make_condition,
)
from interviews.xlsform import choices as choice_lists
from interviews.xlsform.checks import column_warnings, identifying, pick_languages
from interviews.xlsform.kinds import META_TYPES, QUESTION_TYPES, probe_lines, split_type, unique_key, values_of
from interviews.xlsform.relevant import parse_conditions
from interviews.xlsform.spec import GuideSpec, ImportWarning, QuestionSpec, SectionSpec, XLSFormError
from interviews.xlsform.table import Table
from interviews.xlsform.workbook import MAX_ROWS  # the reader gives one row more, so a longer sheet is noticed

MAX_SECTIONS = 100
MAX_QUESTIONS = 500
_SCALE_CONSTRAINT = re.compile(r"^\.\s*>=\s*1\s+and\s+\.\s*<=\s*5$")
_PIPING = re.compile(r"\$\{[^}]*\}")


@dataclass
class _Group:
    title: str
    translations: dict
    condition: dict | None
    row: int
    name: str


def read_guide(sheets: Mapping[str, list]) -> tuple[GuideSpec, list[ImportWarning]]:
    """Read sheets (name -> rows of cell values) as a guide; raises XLSFormError when it is no XLSForm."""
    reader = _Reader(sheets)
    reader.read()
    return reader.spec, reader.warnings


class _Reader:
    def __init__(self, sheets: Mapping[str, list]):
        named = {str(name).strip().lower(): (str(name), rows) for name, rows in sheets.items()}
        if "survey" not in named:
            raise XLSFormError(_("Dit bestand heeft geen tabblad 'survey'. Een XLSForm heeft dat altijd."))
        self.survey = Table(named["survey"][0], named["survey"][1][:MAX_ROWS], marker="type")
        if self.survey.header_row is None:
            raise XLSFormError(_("Het tabblad 'survey' heeft geen kolom 'type'. Zo kan Wijkstem het niet lezen."))
        self.choices = Table(*named.get("choices", ("choices", [])), marker="list_name")
        settings = Table(*named.get("settings", ("settings", [])))
        first = settings.rows[0][1] if settings.rows else ()
        self.warnings: list[ImportWarning] = []
        self.spec = GuideSpec(title=settings.get(first, "form_title")[:200] or _("Gespreksleidraad (XLSForm)"))
        self.base, self.targets = pick_languages(self.survey, settings.get(first, "default_language"), self.warn)
        self.extra_sheets = [original for key, (original, _r) in named.items()
                             if key not in ("survey", "choices", "settings")]
        self.stack: list[_Group] = []
        self.section: SectionSpec | None = None
        self.by_name: dict[str, QuestionSpec] = {}
        self.repeat: list | None = None  # [row, name, depth, skipped rows]
        if len(named["survey"][1]) > MAX_ROWS:
            self.warn(MAX_ROWS + 1, _("Wijkstem leest hoogstens %(n)d rijen. De rest is overgeslagen.", n=MAX_ROWS))

    def warn(self, row: int | None, message: str, sheet: str = "survey") -> None:
        """Note something skipped or changed, with its sheet and row."""
        self.warnings.append(ImportWarning(sheet, row, message))

    def read(self) -> None:
        """Walk the survey rows once, building sections and questions."""
        for name in self.extra_sheets:
            self.warn(None, _("Tabblad '%(name)s' wordt niet gebruikt.", name=name), sheet=name)
        column_warnings(self.survey, self.choices, self.base, self.targets, self.warn)
        self.lists = choice_lists.read_lists(self.choices, self.base, self.targets, self.warn)
        for number, row in self.survey.rows:
            if self._full(number):
                break
            self._row(number, row)
        self._finish()

    def _full(self, number: int) -> bool:
        if len(self.spec.sections) <= MAX_SECTIONS and self.spec.question_count() < MAX_QUESTIONS:
            return False
        self.warn(number, _("Wijkstem neemt hoogstens %(q)d vragen en %(s)d thema's over. Vanaf hier is alles "
                            "overgeslagen.", q=MAX_QUESTIONS, s=MAX_SECTIONS))
        return True

    def _row(self, number: int, row: tuple) -> None:
        kind, argument, extra = split_type(self.survey.get(row, "type"))
        if self.repeat is not None:
            self._in_repeat(number, kind)
        elif kind == "begin group":
            self._begin_group(number, row)
        elif kind == "end group":
            self._end_group(number)
        elif kind == "begin repeat":
            self.repeat = [number, self.survey.get(row, "name"), 1, 0]
        elif kind == "note":
            self._note(number, row)
        elif kind in QUESTION_TYPES:
            self._question(number, row, kind, argument, extra)
        else:
            self._unsupported(number, row, kind)

    def _unsupported(self, number: int, row: tuple, kind: str) -> None:
        name = self.survey.get(row, "name")
        kind = self.survey.get(row, "type") if kind not in META_TYPES else kind
        if not kind:
            self.warn(number, _("Rij zonder type: overgeslagen."))
        elif kind in META_TYPES:
            self.warn(number, _("Metagegeven '%(type)s' is overgeslagen: Wijkstem legt dat zelf vast of niet.",
                                type=kind))
        elif kind == "end repeat":
            self.warn(number, _("'end repeat' zonder 'begin repeat': overgeslagen."))
        else:
            self.warn(number, _("Type '%(type)s' kent Wijkstem niet: '%(name)s' is overgeslagen.", type=kind,
                                name=name))

    def _in_repeat(self, number: int, kind: str) -> None:
        self.repeat[2] += {"begin repeat": 1, "end repeat": -1}.get(kind, 0)
        if self.repeat[2] > 0:
            self.repeat[3] += 1
            return
        start, name, _depth, skipped = self.repeat
        self.warn(start, _("Herhaling (repeat) '%(name)s' met %(n)d rijen is overgeslagen: Wijkstem kent geen "
                           "herhalingen.", name=name, n=skipped))
        self.repeat = None

    # Groups become sections.

    def _begin_group(self, number: int, row: tuple) -> None:
        name = self.survey.get(row, "name")
        title, translations = self._texts(number, row, "label")
        expression = self.survey.get(row, "relevant")
        condition = self._condition(number, expression) if expression else None
        self.stack.append(_Group(self._fit(number, title or name or _("Thema"), "title"),
                                 translations, condition, number, name))
        self.section = None

    def _end_group(self, number: int) -> None:
        if not self.stack:
            self.warn(number, _("'end group' zonder 'begin group': overgeslagen."))
            return
        self.stack.pop()
        self.section = None  # what follows in the outer group starts a section of its own

    def _current_section(self, number: int) -> SectionSpec:
        if self.section is None:
            group = self.stack[-1] if self.stack else None
            title = group.title if group else _("Algemeen")
            self.section = SectionSpec(title=title, title_translations=dict(group.translations) if group else {},
                                       row=group.row if group else number)
            self.spec.sections.append(self.section)
        return self.section

    def _note(self, number: int, row: tuple) -> None:
        text, translations = self._texts(number, row, "label")
        if not text:
            return
        if self.survey.get(row, "relevant"):
            self.warn(number, _("De voorwaarde (relevant) bij deze tekst is niet overgenomen."))
        section = self._current_section(number)
        section.intro = self._fit(number, f"{section.intro}\n\n{text}".strip(), "intro")
        for lang, value in translations.items():
            joined = f"{section.intro_translations.get(lang, '')}\n\n{value}".strip()
            section.intro_translations[lang] = joined[:MAX_TEXT["intro"]]

    # Questions.

    def _question(self, number: int, row: tuple, kind: str, argument: str, extra: list[str]) -> None:
        name = self.survey.get(row, "name")
        text, translations = self._texts(number, row, "label")
        if not text:
            self.warn(number, _("Vraag '%(name)s' heeft geen tekst en is overgeslagen.", name=name))
            return
        question = QuestionSpec(key=self._key(number, name), kind=QUESTION_TYPES[kind], row=number,
                                text=self._fit(number, text, "text"),
                                translations={k: v[:MAX_TEXT["text"]] for k, v in translations.items()},
                                note=self._fit(number, self._base_text(number, row, "guidance_hint"), "note"),
                                probes=self._probes(number, self._base_text(number, row, "hint")))
        self._kind(number, row, question, (kind, argument, extra))
        question.show_if = self._question_condition(number, row)
        self._current_section(number).questions.append(question)
        self.by_name.setdefault(name, question)
        if identifying(name, text):
            self.warn(number, _("Vraag '%(key)s' lijkt te vragen naar een naam, adres, e-mailadres, telefoonnummer of "
                                "BSN. Wijkstem bewaart zulke gegevens niet: pas de vraag aan of verwijder hem.",
                                key=question.key))

    def _kind(self, number: int, row: tuple, question: QuestionSpec, xls_type: tuple) -> None:
        kind, list_name, extra = xls_type
        if extra:
            self.warn(number, _("'%(extra)s' na de keuzelijst is niet overgenomen.", extra=" ".join(extra)))
        constraint = " ".join(self.survey.get(row, "constraint").split())
        if kind == "integer" and _SCALE_CONSTRAINT.match(constraint):
            question.kind = SCALE
        elif constraint:
            self.warn(number, _("Controle (constraint) '%(rule)s' is niet overgenomen.", rule=constraint[:160]))
        if question.kind in OPTION_KINDS:
            self._options(number, question, list_name)

    def _options(self, number: int, question: QuestionSpec, list_name: str) -> None:
        entries = self.lists.get(list_name) or []
        if not entries:
            self.warn(number, _("Keuzelijst '%(name)s' ontbreekt of is leeg: '%(key)s' is een open vraag geworden.",
                                name=list_name, key=question.key))
            question.kind = OPEN
            return
        question.options = [Choice(entry.value, entry.label) for entry in entries]
        for entry in entries:
            for lang, label in entry.translations.items():
                question.option_translations.setdefault(lang, {})[entry.value] = label
        if question.kind == SINGLE and {c.value for c in question.options} == {YES, NO}:
            question.kind, question.options, question.option_translations = YESNO, [], {}

    def _question_condition(self, number: int, row: tuple) -> dict | None:
        """The question's own relevant and that of every group around it: all must hold."""
        expression = self.survey.get(row, "relevant")
        own = self._condition(number, expression) if expression else None
        return combine_conditions(own, *(group.condition for group in reversed(self.stack)))  # nearest first

    def _condition(self, number: int, expression: str) -> dict | None:
        parsed = parse_conditions(expression)
        if parsed is None:
            self.warn(number, _("Voorwaarde '%(expr)s' is te ingewikkeld en niet overgenomen.",
                                expr=expression[:160]))
            return None
        parts = [self._term(number, expression, name, values) for name, values in parsed]
        if any(part is None for part in parts):
            return None  # a part that cannot be kept: the whole condition goes, with the warning given
        return combine_conditions(*parts)

    def _term(self, number: int, expression: str, name: str, values: list[str]) -> dict | None:
        source = self.by_name.get(name)
        if source is None:
            self.warn(number, _("Voorwaarde op '%(name)s' is niet overgenomen: die vraag staat er niet vóór of is "
                                "overgeslagen.", name=name))
            return None
        allowed = values_of(source)
        if allowed is not None and not set(values) <= allowed:
            self.warn(number, _("Voorwaarde '%(expr)s' is niet overgenomen: dat antwoord bestaat niet.",
                                expr=expression[:160]))
            return None
        return make_condition(source.key, values)

    # Texts.

    def _texts(self, number: int, row: tuple, base: str) -> tuple[str, dict[str, str]]:
        text = self._base_text(number, row, base)
        translations = {lang: value for lang in self.targets if (value := self.survey.get(row, base, lang))}
        if not text and translations:
            text = next(iter(translations.values()))
        return text, translations

    def _base_text(self, number: int, row: tuple, base: str) -> str:
        text = self.survey.get(row, base, self.base) or (self.survey.get(row, base) if self.base else "")
        if reference := _PIPING.search(text):
            self.warn(number, _("De tekst verwijst naar een antwoord (%(ref)s). Wijkstem toont dat als gewone "
                                "tekst.", ref=reference.group(0)))
        return text

    def _probes(self, number: int, hint: str) -> list[str]:
        lines, cut = probe_lines(hint)
        if cut:
            self.warn(number, _("Te veel of te lange doorvraagvragen (hint): ingekort."))
        return lines

    def _fit(self, number: int, text: str, field: str) -> str:
        limit = MAX_TEXT[field]
        if len(text) > limit:
            self.warn(number, _("Tekst van %(length)d tekens ingekort tot %(limit)d tekens.", length=len(text),
                                limit=limit))
        return text[:limit]

    def _key(self, number: int, name: str) -> str:
        wanted, key = unique_key(name, {q.key for section in self.spec.sections for q in section.questions})
        if key != wanted:
            self.warn(number, _("De naam '%(name)s' komt twee keer voor; deze vraag heet nu '%(new)s'.", name=wanted,
                                new=key))
        return key

    def _finish(self) -> None:
        if self.repeat is not None:
            self.warn(self.repeat[0], _("Herhaling (repeat) '%(name)s' wordt nergens afgesloten: de rest van het "
                                        "bestand is overgeslagen.", name=self.repeat[1]))
        for group in self.stack:
            self.warn(group.row, _("Groep '%(name)s' wordt nergens afgesloten ('end group').", name=group.name))
        empty = [s for s in self.spec.sections if not s.questions]
        for section in empty:
            self.warn(section.row, _("Thema '%(title)s' heeft geen vragen en is overgeslagen.", title=section.title))
        self.spec.sections = [s for s in self.spec.sections if s.questions]
        sheets = {"survey": 0, "choices": 1, "settings": 2}
        self.warnings.sort(key=lambda w: (sheets.get(w.sheet, 3), w.sheet, w.row or 0))
        if not self.spec.sections:
            raise XLSFormError(_("In dit bestand staan geen vragen die Wijkstem kan overnemen."), self.warnings)
