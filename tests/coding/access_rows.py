"""Who may use each coding endpoint. The municipality sees aggregates only: never answers or segments."""

from tests.access_rows import EVERYONE, KEY_FIGURE, MUNICIPALITY, RESEARCHER

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
    "coding.report_download": RESEARCH_ONLY,  # a draft; the municipality downloads released versions only
    "coding.overview": FINDINGS,
    # Follow-up actions (issue 12): the municipality updates the ones it carries
    "coding.action_list": FINDINGS,
    "coding.action_create": RESEARCH_ONLY,
    "coding.action_edit": FINDINGS,
    "coding.round_show": RESEARCH_ONLY,
    "coding.round_start": RESEARCH_ONLY,
    # Member checks (issue 12): key figures answer, the researcher writes and reads
    "coding.check_list": {RESEARCHER, KEY_FIGURE},
    "coding.check_edit": RESEARCH_ONLY,
    "coding.check_step": RESEARCH_ONLY,
    "coding.check_answer": {KEY_FIGURE},
    "coding.check_links_make": RESEARCH_ONLY,
    "check_self.check_self_answer": EVERYONE,
    "coding.participant_export": RESEARCH_ONLY,
    "coding.participant_erase": RESEARCH_ONLY,
    # Suggestions and the model (issue 4)
    "coding.suggestion_accept": RESEARCH_ONLY,
    "coding.suggestion_reject": RESEARCH_ONLY,
    "coding.suggestions_show": RESEARCH_ONLY,
    "coding.training_start": RESEARCH_ONLY,
    "coding.training_status": RESEARCH_ONLY,
    # Inter-coder agreement rounds (issue 4)
    "coding.agreement_list": RESEARCH_ONLY,
    "coding.agreement_create": RESEARCH_ONLY,
    "coding.agreement_show": RESEARCH_ONLY,
    "coding.agreement_code": RESEARCH_ONLY,
    "coding.agreement_close": RESEARCH_ONLY,
    "coding.agreement_disagreements": RESEARCH_ONLY,
    # Codebook reshaping, import/export, workspace search, memos, analysis (issue 4)
    "coding.code_merge": RESEARCH_ONLY,
    "coding.code_split": RESEARCH_ONLY,
    "coding.code_delete_confirm": RESEARCH_ONLY,
    "coding.codebook_export": RESEARCH_ONLY,
    "coding.codebook_import": RESEARCH_ONLY,
    "coding.answer_search": RESEARCH_ONLY,
    "coding.memo_list": RESEARCH_ONLY,
    "coding.memo_create": RESEARCH_ONLY,
    "coding.memo_edit": RESEARCH_ONLY,
    "coding.memo_delete": RESEARCH_ONLY,
    "coding.analysis_show": RESEARCH_ONLY,
    "coding.quote_list": RESEARCH_ONLY,
    "coding.emerging_show": RESEARCH_ONLY,
    # The LEA report, quote check and exchange (issue 5)
    "coding.report_settings": RESEARCH_ONLY,
    "coding.report_preview": RESEARCH_ONLY,
    "coding.release_list": FINDINGS,
    "coding.release_create": RESEARCH_ONLY,
    "coding.release_download": FINDINGS,
    "coding.pii_terms_edit": RESEARCH_ONLY,
    "coding.exchange_show": RESEARCH_ONLY,
    "coding.qdpx_download": RESEARCH_ONLY,
    "coding.segments_download": RESEARCH_ONLY,
    "coding.qdpx_upload": RESEARCH_ONLY,
}
