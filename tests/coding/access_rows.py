"""Who may use each coding endpoint. The municipality sees aggregates only: never answers or segments."""

from tests.access_rows import MUNICIPALITY, RESEARCHER

RESEARCH_ONLY = {RESEARCHER}
FINDINGS = {RESEARCHER, MUNICIPALITY}

ROWS = {
    "coding.codebook_show": RESEARCH_ONLY,
    "coding.code_create": RESEARCH_ONLY,
    "coding.code_edit": RESEARCH_ONLY,
    "coding.code_delete": RESEARCH_ONLY,
    "coding.code_show": RESEARCH_ONLY,
    "coding.answer_list": RESEARCH_ONLY,
    "coding.answer_code": RESEARCH_ONLY,
    "coding.segment_delete": RESEARCH_ONLY,
    "coding.quote_edit": RESEARCH_ONLY,
    "coding.report_edit": RESEARCH_ONLY,
    "coding.report_download": FINDINGS,
    "coding.overview": FINDINGS,
    "coding.participant_export": RESEARCH_ONLY,
    "coding.participant_erase": RESEARCH_ONLY,
}
