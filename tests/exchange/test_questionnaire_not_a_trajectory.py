"""`drempelmeter questionnaire check/pdf` given a trajectory file (.drempel) instead of a
questionnaire file says so and where a round's questionnaire is printed (it said "cannot be
read: 'utf-8' codec can't decode byte 0xb3 in position 31")."""

from __future__ import annotations

import pytest

from drempelmeter.exchange.questionnaire_file import QuestionnaireError, read_questionnaire


def test_a_trajectory_file_is_named_as_one(new_db):
    path = new_db.path
    new_db.close()
    with pytest.raises(QuestionnaireError) as refused:
        read_questionnaire(path)
    said = str(refused.value)
    assert said.startswith(f"{path}:1: is a trajectory file, not a questionnaire file (.yaml)")
    assert "Printable questionnaire (PDF)" in said and "utf-8" not in said
