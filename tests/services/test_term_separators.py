"""A region's term label never holds what a workbook puts between the terms of one cell (";",
a line break): the service and the shared YAML file refuse it with a clear message and change
nothing, and a label with another mark ("/") comes back from a bundle as the one term it is."""

from __future__ import annotations

import pytest

from drempelmeter.cli_output import input_words
from drempelmeter.domain.ids import new_id
from drempelmeter.exchange.vocabulary_file import VocabularyFileError
from drempelmeter.services import bundles, partners, signals, vocabularies
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.records import PartnerRecord, SignalRecord

HEAD = "format: drempelmeter-vocabularies\nformat_version: 1\nvocabularies:\n"


@pytest.mark.parametrize(("nl", "en", "field", "mark"), [
    ("Ouders; grootouders", "", "nl", ";"),
    ("Ouders en grootouders", "Parents;grandparents", "en", ";"),
    ("Ouders\x0bgrootouders", "", "nl", "\n"),  # Word's Shift+Enter, pasted
    ("Ouders\u2028grootouders", "", "nl", "\n"),
])
def test_a_label_holding_a_separator_is_refused_and_nothing_changes(new_db, nl, en, field,
                                                                    mark):
    with pytest.raises(InvalidInput) as refused:
        vocabularies.add_term(new_db, "target_groups", nl, en)
    assert (refused.value.field, refused.value.problem, refused.value.value) == (
        field, InvalidInput.SEPARATOR, mark)
    with pytest.raises(InvalidInput):
        vocabularies.rename_term(new_db, "target_groups", "elderly", nl, en)
    assert vocabularies.effective(new_db).changes == ()
    words = input_words(refused.value)
    assert ("a line break" if mark == "\n" else "';'") in words and "'/'" in words


@pytest.mark.parametrize(("label", "words"), [
    ("'Ouders; grootouders'", "holds ';'"),
    ('"Ouders\\ngrootouders"', "holds a line break"),
])
def test_a_shared_file_with_a_separator_in_a_label_is_refused_naming_its_line(
        new_db, tmp_path, label, words):
    path = tmp_path / "regio.yaml"
    path.write_text(HEAD + f"  target_groups:\n  - key: ouders\n    nl: {label}\n",
                    encoding="utf-8")
    with pytest.raises(VocabularyFileError) as refused:
        vocabularies.import_file(new_db, path)
    assert refused.value.line == 5 and words in refused.value.message
    assert "target_groups 'ouders'" in refused.value.message
    assert vocabularies.effective(new_db).changes == ()


def test_a_label_with_a_slash_comes_back_from_a_bundle_as_one_term(new_db, tmp_path):
    key = vocabularies.add_term(new_db, "target_groups", "Ouders/grootouders")
    partner = PartnerRecord(id=new_id(), name="CAW Noord", kind="core", type="caw")
    partners.add_partner(new_db, partner)
    signals.add_signal(new_db, SignalRecord(
        id=new_id(), partner_id=partner.id, description="De opvang is onbekend.",
        primary_b="bekendheid", target_groups=(key, "elderly")))
    template = tmp_path / "bundel.xlsx"
    bundles.export_template(new_db, partner.name, template)
    again = bundles.import_bundle(new_db, template, dry_run=True)
    assert (again.problems, again.added, again.updated) == ((), 0, 0)
    assert signals.list_signals(new_db)[0].target_groups == ("elderly", key)
