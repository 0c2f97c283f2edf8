"""The demo project end to end, checked like a user would: the Word report, its PDF, and the .qdpx export.

The demo answers contain planted names, phone numbers and e-mail addresses (coding.demo.content.PLANTED_PII);
none of them may reach the report or the descriptive part of the .qdpx. The demo is loaded once for this
module, and LibreOffice converts one document per test session.
"""

import io
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document
from lxml import etree
from sqlmodel import Session

from coding.demo.content import PLANTED_PII
from coding.demo.load import load_demo
from coding.qdpx_export import export_qdpx
from coding.reports import build_lea_report
from research import create_app
from research.db import engine
from research.projects.services import find_project
from tests.conftest import TEST_CONFIG

PROJECT_XSD = Path(__file__).resolve().parents[3] / "shared" / "data" / "refi-qda" / "Project.xsd"
CHAPTERS = ("Inhoud", "Samenvatting", "Aanpak", "Bevindingen:", "Verbeterpunten en aanbevelingen",
            "Bijlage 1: De gespreksleidraad", "Bijlage 2: Het codeboek", "Bijlage 3: Overeenstemming tussen codeurs")


@dataclass
class Demo:
    docx: bytes
    qdpx: bytes


@pytest.fixture(scope="module")
def demo(migrated_template, tmp_path_factory) -> Demo:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copy(migrated_template, path)
    app = create_app({**TEST_CONFIG, "DATABASE_URL": f"sqlite:///{path}"})
    with app.app_context(), Session(engine(), expire_on_commit=False) as db:
        load_demo(db)
        db.commit()
        project = find_project(db, "seghwaert")
        found = Demo(build_lea_report(db, project, "nl"), export_qdpx(db, project))
    app.extensions["wijkstem.engine"].dispose()
    return found


def docx_texts(content: bytes) -> list[str]:
    """Every text a reader sees: paragraphs, table cells, headers and footers."""
    doc = Document(io.BytesIO(content))
    texts = [p.text for p in doc.paragraphs]
    texts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    for section in doc.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            texts += [p.text for p in part.paragraphs]
    return texts


def test_the_report_holds_none_of_the_planted_personal_data(demo):
    text = "\n".join(docx_texts(demo.docx))
    assert "Bevindingen:" in text and "“" in text  # findings with approved quotes
    for planted in PLANTED_PII:
        assert planted not in text, planted


def project_qde(qdpx: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(qdpx)) as archive:
        return archive.read("project.qde")


def test_the_qdpx_keeps_what_was_said_in_the_sources_only(demo):
    with zipfile.ZipFile(io.BytesIO(demo.qdpx)) as archive:
        qde = archive.read("project.qde").decode()
        sources = "\n".join(archive.read(name).decode() for name in archive.namelist() if name.startswith("sources/"))
    for planted in PLANTED_PII:
        assert planted not in qde, planted
    assert any(planted in sources for planted in PLANTED_PII)  # the export is complete; the check can fail


def test_the_project_file_is_valid_refi_qda(demo):
    if not PROJECT_XSD.exists():
        pytest.skip(f"REFI-QDA schema not found at {PROJECT_XSD} (../shared is absent in a fresh clone)")
    schema = etree.XMLSchema(etree.parse(str(PROJECT_XSD)))
    document = etree.fromstring(project_qde(demo.qdpx))
    assert schema.validate(document), schema.error_log
    ns = {"q": "urn:QDA-XML:project:1.0"}
    selection = document.xpath("//q:TextSource/q:PlainTextSelection", namespaces=ns)[0]
    source = selection.getparent()
    with zipfile.ZipFile(io.BytesIO(demo.qdpx)) as archive:
        text = archive.read(f"sources/{source.get('guid')}.txt").decode()
    start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
    assert 0 <= start < end <= len(text) and text[start:end].strip()


def pdf_text(pdf: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True,
                              text=True, timeout=60).stdout
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)


@pytest.fixture(scope="session")
def soffice():
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    return found


def test_libreoffice_opens_the_report_and_prints_every_chapter(demo, soffice, tmp_path):
    source = tmp_path / "lea-input.docx"
    source.write_bytes(demo.docx)
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
         str(tmp_path), str(source)], capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "lea-input.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    text = pdf_text(pdf)
    for chapter in CHAPTERS:
        assert chapter in text, chapter
    contents = text[text.index("Inhoud"):text.index("Inhoud") + 3000]
    assert "Samenvatting" in contents and "Pagina" in text  # the contents list and page numbers are filled
    for planted in PLANTED_PII:
        assert planted not in text, planted
