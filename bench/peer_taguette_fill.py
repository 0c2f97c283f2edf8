"""Fill a Taguette database with the peer workload (run by bench/peer.py with Taguette's own Python).

    <taguette-venv>/bin/python bench/peer_taguette_fill.py DATABASE_URL WORKLOAD.json

WORKLOAD.json: {"themes": [names], "documents": [{"name", "answers": [text], "highlights": [[answer, start,
end, theme]]}]}. Writes one project owned by "admin": a document per interview (its answers as paragraphs),
the themes as tags and the highlights on them, through Taguette's own SQLAlchemy models. Prints the ids.
"""

import html
import json
import sys

from taguette import database
from taguette.database import Document, Highlight, Privileges, Project, ProjectMember, Tag, TextDirection, User


def _document(project, spec):
    """The document's HTML and where each answer's text starts in it (Taguette counts text characters)."""
    parts, starts, offset = [], [], 0
    for text in spec["answers"]:
        starts.append(offset)
        parts.append(f"<p>{html.escape(text)}</p>")
        offset += len(text)
    document = Document(name=spec["name"], description="", filename=spec["name"] + ".html", project=project,
                        text_direction=TextDirection.LEFT_TO_RIGHT, contents="".join(parts))
    return document, starts


def fill(db, workload):
    admin = db.query(User).get("admin") or User(login="admin")
    project = Project(name="Peer", description="")
    db.add_all([admin, project])
    db.flush()
    db.add(ProjectMember(project=project, user_login="admin", privileges=Privileges.ADMIN))
    tags = [Tag(project=project, path=name, description="") for name in workload["themes"]]
    db.add_all(tags)
    documents = []
    for spec in workload["documents"]:
        document, starts = _document(project, spec)
        db.add(document)
        for answer, start, end, theme in spec["highlights"]:
            text = spec["answers"][answer]
            db.add(Highlight(document=document, start_offset=starts[answer] + start, end_offset=starts[answer] + end,
                             snippet=html.escape(text[start:end]), tags=[tags[theme]]))
        documents.append(document)
    db.commit()
    return {"project": project.id, "documents": [d.id for d in documents], "tags": [t.path for t in tags]}


def main():
    url, path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as handle:
        workload = json.load(handle)
    db = database.connect(url)()
    print(json.dumps(fill(db, workload)))


if __name__ == "__main__":
    main()
