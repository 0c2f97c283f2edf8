"""The answer coding page reads the database a fixed, small number of times, however large the project.

Each read costs a round trip and SQLAlchemy's own work; at Taguette's speed (issue 11) the page has no room for
reads that could be one. The page must still show everything it showed: codes, coder, provenance, neighbours.
"""

from contextlib import contextmanager

from sqlalchemy import event

from research.db import engine
from tests import factories
from tests.coding.builders import add_answer, sign_in

BASE = "/p/seghwaert-proef"
MOST_READS = 16  # log-in 2, the answer 1, audit 3, codings and coders 2, neighbours 2, codebook and panel 6


@contextmanager
def counted_statements(app):
    statements = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    with app.app_context():
        target = engine()
    event.listen(target, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(target, "before_cursor_execute", count)


def _reads_of_page(app, client, answer):
    with counted_statements(app) as statements:
        response = client.get(f"{BASE}/coderen/{answer.id}")
    assert response.status_code == 200
    return len(statements), response.get_data(as_text=True)


def test_a_coded_answer_page_takes_few_reads_and_still_shows_its_codings(app, client, db, world):
    second = factories.make_code(db, world.project, name="School als ingang", colour="#1e6b3a")
    factories.make_segment(db, world.answer, second, start=0, end=14, coder=world.researcher)
    add_answer(db, world, "Een tweede antwoord zonder codes.")
    db.commit()
    sign_in(client, db, world.researcher)
    reads, page = _reads_of_page(app, client, world.answer)
    assert reads <= MOST_READS
    assert page.count("Weghalen: ") == 2  # each coding keeps its remove button
    assert "Drempel om hulp te vragen" in page and "School als ingang" in page
    assert page.count(f"Gecodeerd door {world.researcher.name}") == 2
    assert page.count(f"Met de hand gecodeerd door {world.researcher.name}") == 2  # provenance


def test_the_number_of_reads_does_not_grow_with_the_project(app, client, db, world):
    sign_in(client, db, world.researcher)
    middle = add_answer(db, world, "Een antwoord in het midden.")
    add_answer(db, world, "Het antwoord erna, nog zonder codes.")  # the same neighbours before and after growing
    db.commit()
    before, _page = _reads_of_page(app, client, middle)
    for number in range(12):
        answer = add_answer(db, world, f"Nog een antwoord, nummer {number}.")
        if number % 2:
            factories.make_segment(db, answer, world.code, coder=world.researcher)
    db.commit()
    after, _page = _reads_of_page(app, client, middle)
    assert after == before <= MOST_READS
