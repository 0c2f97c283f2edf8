"""Addresses for long lists: build the address once and put each row's id into it.

A theme page links every fragment to its answer and its quote; url_for for each of 50 rows costs more than the
rest of the row. `id_url` builds the address once with a stand-in id and returns a function of the id.
"""

from flask import url_for

_STAND_IN = 987654321987


def id_url(endpoint: str, name: str, **values):
    """A function id -> url_for(endpoint, name=id, **values), for whole-number ids."""
    before, after = url_for(endpoint, **{name: _STAND_IN}, **values).split(str(_STAND_IN), 1)
    return lambda number: f"{before}{int(number)}{after}"


def init_app(app):
    app.jinja_env.globals["id_url"] = id_url
