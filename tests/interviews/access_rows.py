"""Who may use each interviews endpoint (checked by tests/test_access_table.py)."""

from tests.access_rows import KEY_FIGURE, RESEARCHER

ROWS = {
    "interviews.guide_show": {RESEARCHER},
    "interviews.guide_version_create": {RESEARCHER},
    "interviews.guide_section_create": {RESEARCHER},
    "interviews.guide_section_edit": {RESEARCHER},
    "interviews.guide_section_delete": {RESEARCHER},
    "interviews.guide_section_move": {RESEARCHER},
    "interviews.guide_question_create": {RESEARCHER},
    "interviews.guide_question_edit": {RESEARCHER},
    "interviews.guide_question_delete": {RESEARCHER},
    "interviews.guide_question_move": {RESEARCHER},
    "interviews.participant_list": {KEY_FIGURE, RESEARCHER},
    "interviews.participant_create": {KEY_FIGURE},
    "interviews.participant_show": {KEY_FIGURE, RESEARCHER},
    "interviews.consent_record": {KEY_FIGURE},
    "interviews.interview_start": {KEY_FIGURE},
    "interviews.interview_list": {KEY_FIGURE, RESEARCHER},
    "interviews.interview_question": {KEY_FIGURE},
    "interviews.interview_autosave": {KEY_FIGURE},
    "interviews.interview_finish": {KEY_FIGURE},
    "interviews.interview_show": {KEY_FIGURE, RESEARCHER},
}
