"""One list of suggestions per answer from the model's and the keywords' hits. Pure: no Flask, no database.

Origins (stored on the coding when a suggestion is accepted, see coding.models):
"suggestie" for the trained model, "trefwoord" for a codebook keyword.
"""

from dataclasses import dataclass

MODEL, KEYWORD = "suggestie", "trefwoord"


@dataclass(frozen=True)
class ShownSuggestion:
    """A code suggested for an answer, with the sentence that triggered it (offsets in the answer)."""

    code_id: int
    code_name: str
    colour: str
    origin: str
    score: float
    sentence: str
    start: int
    end: int
    keyword: str = ""  # the codebook keyword found (also when the model suggested the same code)
    mark_start: int = 0  # the part of the sentence to highlight, relative to the sentence
    mark_end: int = 0

    @property
    def pieces(self) -> tuple[str, str, str]:
        """The sentence as (before, highlighted, after)."""
        text = self.sentence
        return text[:self.mark_start], text[self.mark_start:self.mark_end], text[self.mark_end:]

    @property
    def percent(self) -> int:
        """The score as a whole percentage."""
        return round(self.score * 100)


def combine(model_hits, keyword_hits, codes_by_name: dict, skip: set[int]) -> list[ShownSuggestion]:
    """Model suggestions first (most confident first), then keyword-only ones in text order.

    A code appears once; codes in `skip` (already on the answer, or rejected) and names the codebook
    no longer has are left out.
    """
    keywords = {hit.code: hit for hit in keyword_hits}
    shown: dict[str, ShownSuggestion] = {}
    for hit in sorted(model_hits, key=lambda h: -h.score):
        code = codes_by_name.get(hit.code)
        if code is not None and code.id not in skip and hit.code not in shown:
            word = keywords[hit.code].keyword if hit.code in keywords else ""
            shown[hit.code] = ShownSuggestion(code.id, code.name, code.colour, MODEL, hit.score, hit.sentence,
                                              hit.start, hit.end, word, 0, len(hit.sentence))
    for hit in keyword_hits:
        code = codes_by_name.get(hit.code)
        if code is not None and code.id not in skip and hit.code not in shown:
            shown[hit.code] = ShownSuggestion(
                code.id, code.name, code.colour, KEYWORD, hit.score, hit.sentence, hit.sentence_start,
                hit.sentence_end, hit.keyword, hit.start - hit.sentence_start, hit.end - hit.sentence_start)
    return list(shown.values())
