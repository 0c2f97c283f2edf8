"""The contents list of the report: headings 1 and 2 with links and page numbers that Word and LibreOffice fill.

Why not Word's TOC field: LibreOffice (7.x) shows a TOC field's stored text and does not rebuild it when it
opens or converts a .docx, so the municipality's PDF would have an empty contents list. Instead every
heading gets a bookmark, and each line of the list is a link to it with a PAGEREF field for its page
number: Word (asked to update fields on opening) and LibreOffice both compute those. Pure.
"""

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

from coding.reports.docx_parts import add_field

LEVELS = {"Heading 1": 1, "Heading 2": 2}
TAB_POSITION = Inches(6.2)


def add_contents(doc, title: str):
    """Place the contents title here; `fill_contents` adds the lines once every heading exists."""
    return doc.add_paragraph(title, style="TOC Heading")


def listed_headings(paragraphs, levels: dict, only_chapters=frozenset()) -> list:
    """(paragraph, level) of the headings of level 1 and 2; below a chapter titled in `only_chapters`, only
    the chapter itself. `levels`: heading level by paragraph style id (read from the XML: asking python-docx
    for each paragraph's style name walks all styles every time)."""
    listed, chapter = [], ""
    for paragraph in paragraphs:
        level = levels.get(paragraph._p.style)
        if level == 1:
            chapter = paragraph.text
        if level == 1 or (level == 2 and chapter not in only_chapters):
            listed.append((paragraph, level))
    return listed


def fill_contents(doc, title_paragraph, only_chapters=frozenset()):
    """Bookmark the listed headings and list them, with page numbers, after the contents title.

    `doc`: a coding.reports.docx_parts.StyledDocument.
    """
    levels = {doc.style_id(name): level for name, level in LEVELS.items()}
    anchor, made = title_paragraph._p, set()
    for number, (heading, level) in enumerate(listed_headings(doc.paragraphs, levels, only_chapters), start=1):
        name = f"_Toc{number:05d}"
        _bookmark(heading, name, number)
        if level not in made:
            _add_style(doc, level)
            made.add(level)
        line = _contents_line(doc, heading.text, name, level)
        anchor.addnext(line._p)
        anchor = line._p


def _add_style(doc, level: int):
    """The paragraph style "TOC <level>" of a contents line, unless the document has it."""
    name = f"TOC {level}"
    if name not in [style.name for style in doc.styles]:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.paragraph_format.left_indent = Inches(0.3 * (level - 1))
        style.paragraph_format.space_after = Pt(2)
        style.paragraph_format.tab_stops.add_tab_stop(TAB_POSITION, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)


def _contents_line(doc, text: str, bookmark: str, level: int):
    paragraph = doc.add_paragraph(style=f"TOC {level}")
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), bookmark)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    for part in (text, "\t"):
        run = OxmlElement("w:r")
        text_element = OxmlElement("w:t")
        text_element.set(qn("xml:space"), "preserve")
        text_element.text = part
        run.append(text_element)
        link.append(run)
    add_field(paragraph, f"PAGEREF {bookmark} \\h", "")
    return paragraph


def _bookmark(paragraph, name: str, number: int):
    start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end.set(qn("w:id"), str(number))
    properties = paragraph._p.pPr
    if properties is not None:
        properties.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(end)
