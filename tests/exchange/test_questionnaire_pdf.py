"""The printable questionnaire read back: every question of the perspective, in order, intact."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from drempelmeter.exchange.questionnaire_file import read_questionnaire
from drempelmeter.paths import questionnaires_dir
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.questionnaires import write_paper_form

STANDARD = read_questionnaire(questionnaires_dir() / "standaard.yaml")


def text_of(path) -> str:  # type: ignore[no-untyped-def]
    """The PDF's text with line breaks and runs of spaces folded, as a reader would see it."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def position(text: str, wording: str) -> int:
    """Where `wording` starts in `text`, allowing the table to break its lines anywhere."""
    words = [re.escape(w) for w in wording.split()]
    found = re.search(r"\s*".join(words), text)
    assert found, wording
    return found.start()


@pytest.mark.parametrize("perspective", ["staff", "management", "client"])
def test_every_question_is_printed_in_order_for_its_perspective(tmp_path, perspective):
    out = tmp_path / f"{perspective}.pdf"
    write_paper_form(out, STANDARD, perspective, "CAW Demervallei · Nulmeting 2026")
    text = text_of(out)
    places = []
    for item in STANDARD.items():
        wording = item.wording(perspective)
        expected = wording.easy_nl or wording.nl if perspective == "client" else wording.nl
        places.append(position(text, expected))
    assert places == sorted(places)
    assert "CAW Demervallei · Nulmeting 2026" in text
    assert "Pagina 1" in text and "naam" in text  # the anonymity line


def test_clients_get_easy_language_and_dutch_characters_survive(tmp_path):
    out = tmp_path / "client.pdf"
    write_paper_form(out, STANDARD, "client")
    text = text_of(out)
    assert "Vragenlijst voor cliënten en ervaringsdeskundigen" in text
    easy = [i.wording("client") for i in STANDARD.items()
            if i.wording("client").easy_nl not in ("", i.wording("client").nl)]
    assert len(easy) >= 10
    for wording in easy:
        assert position(text, wording.easy_nl) >= 0
        assert re.search(r"\s*".join(map(re.escape, wording.nl.split())), text) is None
    assert PdfReader(out).metadata.title == "Vragenlijst voor cliënten en ervaringsdeskundigen"


def test_an_unknown_perspective_is_refused_and_nothing_is_written(tmp_path):
    with pytest.raises(InvalidInput):
        write_paper_form(tmp_path / "x.pdf", STANDARD, "buren")
    assert list(tmp_path.iterdir()) == []
