"""Events of the interviews package that higher layers (coding) subscribe to.

consent_withdrawn: sent by `interviews.withdrawal.withdraw_consent` inside the request's transaction,
before the commit. Sender: the Participant. Keyword arguments: `db` (the session; changes a receiver
makes there are committed together with the withdrawal), `project_id`, `participant_id`, `user_id`.

    from interviews.signals import consent_withdrawn

    @consent_withdrawn.connect
    def forget_quotes(participant, db, project_id, participant_id, user_id): ...
"""

from blinker import Namespace

_signals = Namespace()

consent_withdrawn = _signals.signal("consent-withdrawn")
