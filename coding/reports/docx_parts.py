"""Word building blocks python-docx has no call for: fields (contents, page numbers), tables, paragraphs. Pure."""

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


class StyledDocument:
    """A python-docx Document that looks each paragraph style up once.

    python-docx finds a style by name, and compares it with the default style by walking every style of the
    document, for each paragraph it adds: most of the time of a report with thousands of quotes. Here a
    style's id is found once (by python-docx's own rules) and then written straight into the paragraph,
    which gives the same XML. Everything else goes to the wrapped document.
    """

    def __init__(self, doc):
        self.doc = doc
        self._style_ids: dict[str, str | None] = {}

    def __getattr__(self, name):
        return getattr(self.doc, name)

    def style_id(self, name: str) -> str | None:
        """The id of a paragraph style (None for the default style), looked up on first use."""
        if name not in self._style_ids:
            self._style_ids[name] = self.doc.styles.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH)
        return self._style_ids[name]

    def add_paragraph(self, text: str = "", style=None):
        """A paragraph at the end of the body, as Document.add_paragraph (`style`: a name, or a style object)."""
        paragraph = self.doc.add_paragraph(text)
        if isinstance(style, str):
            paragraph._p.style = self.style_id(style)
        elif style is not None:
            paragraph.style = style
        return paragraph

    def add_heading(self, text: str = "", level: int = 1):
        """A heading, as Document.add_heading: "Title" for level 0, else "Heading <level>"."""
        if not 0 <= level <= 9:
            raise ValueError(f"level must be in range 0-9, got {level}")
        return self.add_paragraph(text, "Title" if level == 0 else f"Heading {level}")


def _run_with(paragraph, element):
    run = paragraph.add_run()
    run._r.append(element)
    return run


def _fld_char(kind: str, dirty: bool = False):
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    if dirty:
        element.set(qn("w:dirty"), "true")
    return element


def add_field(paragraph, instruction: str, placeholder: str = ""):
    """A complex field (begin, instruction, separate, shown text, end) that Word and LibreOffice update."""
    _run_with(paragraph, _fld_char("begin", dirty=True))
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    _run_with(paragraph, text)
    _run_with(paragraph, _fld_char("separate"))
    paragraph.add_run(placeholder)
    _run_with(paragraph, _fld_char("end"))


def ask_to_update_fields(doc):
    """Tell Word and LibreOffice to update fields (the contents, page numbers) on opening."""
    settings = doc.settings.element
    update = settings.find(qn("w:updateFields"))
    if update is None:
        update = OxmlElement("w:updateFields")
        settings.append(update)
    update.set(qn("w:val"), "true")


def add_page_numbers(doc, label: str):
    """"Pagina N" centred in the footer of every page but the cover."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(f"{label} ")
    add_field(paragraph, "PAGE", "1")


def set_language(doc, tag: str):
    """The proofing language of the Normal style (nl-NL, en-GB)."""
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), tag)
    doc.styles["Normal"].element.get_or_add_rPr().append(lang)
    doc.styles["Normal"].font.size = Pt(11)


def add_paragraphs(doc, text: str, empty: str):
    """The researcher's text, one Word paragraph per blank-line-separated block."""
    blocks = [block.strip() for block in (text or "").replace("\r\n", "\n").split("\n\n") if block.strip()]
    for block in blocks or ([empty] if empty else []):
        doc.add_paragraph(block)


def add_table(doc, header, rows):
    """A bordered table with a bold header row, followed by an empty paragraph."""
    table = doc.add_table(rows=1, cols=len(header))
    table.style = doc.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(str(text)).bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = str(text)
    doc.add_paragraph()
    return table


def add_labelled(doc, label: str, text: str, style=None):
    """A paragraph that starts with a bold label: "Omschrijving: …"."""
    paragraph = doc.add_paragraph(style=style)
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(text)
    return paragraph
