"""The consent error on a personal link names the sentences that still need a tick, not "every sentence"."""

import re

import pytest


@pytest.mark.parametrize("age_band, posted, named, not_named", [
    ("26-40", {"quotes_allowed": "y"}, ["Ik heb dit gelezen en ik wil meedoen."], []),
    ("12-15", {"agree_participant": "y"},
     ["Ik ben ouder of voogd van de jongere. Ik heb dit gelezen en ik geef ook toestemming."],
     ["Ik ben de jongere. Ik heb dit gelezen en ik wil meedoen."]),
    ("12-15", {},
     ["Ik ben de jongere. Ik heb dit gelezen en ik wil meedoen.",
      "Ik ben ouder of voogd van de jongere. Ik heb dit gelezen en ik geef ook toestemming."], []),
])
def test_the_consent_error_names_the_sentences_that_still_need_a_tick(client, parent_link, age_band, posted, named,
                                                                      not_named):
    path = parent_link(age_band=age_band, group="jongere" if age_band == "12-15" else "ouder")
    page = client.post(f"{path}/toestemming", data=posted).get_data(as_text=True)
    error = re.search(r'<p class="error" id="agree-error" role="alert">(.*?)</p>', page, re.S).group(1)
    assert "elke zin" not in error
    for sentence in named:
        assert f"“{sentence}”" in error
    for sentence in not_named:
        assert sentence not in error
    assert "Mijn woorden mogen" not in error  # the quotes box is a free choice
