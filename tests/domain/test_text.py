"""The one cleaning of free text: properties for any text, and the cases it exists for."""

from __future__ import annotations

import unicodedata

from hypothesis import assume, given
from hypothesis import strategies as st

from drempelmeter.domain.text import clean, without_controls

#: Any character a Python string can hold, lone surrogates included, with the awkward ones often.
ANY_TEXT = st.text(st.one_of(
    st.characters(codec=None, categories=None),
    st.sampled_from("\x00\x07\x0b\x0c\r\n\t\x1b\x7f\x85\x9f\u2028\ufeff\ufffe\uffff\ud800 "
                    "\u0301\u0308e"),
), max_size=40)


def _control(ch: str) -> bool:
    return ch not in "\t\n" and (ch <= "\x1f" or "\x7f" <= ch <= "\x9f")


@given(ANY_TEXT)
def test_clean_text_has_no_control_characters_is_nfc_trimmed_and_idempotent(text):
    cleaned = clean(text)
    assert not any(_control(ch) for ch in cleaned)
    assert not any("\ud800" <= ch <= "\udfff" or ch in "\ufffe\uffff" for ch in cleaned)
    assert unicodedata.is_normalized("NFC", cleaned)
    assert cleaned == cleaned.strip()
    assert clean(cleaned) == cleaned


#: What a word processor or a web page pastes as the end of a line, besides LF.
LINE_BREAKS = ("\r\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029")


def _breaks_as_lf(text: str) -> str:
    for mark in LINE_BREAKS:
        text = text.replace(mark, "\n")
    return text


@given(ANY_TEXT)
def test_without_controls_keeps_everything_else_in_place(text):
    kept = without_controls(text)
    assert "\r" not in kept and not any(_control(ch) for ch in kept)
    expected = "".join(ch for ch in _breaks_as_lf(text)
                       if not _control(ch) and not "\ud800" <= ch <= "\udfff"
                       and ch not in "\ufffe\uffff")
    assert kept == expected
    assert without_controls(kept) == kept


#: A line without any line break in it (nor a lone CR, which would join a CR LF).
LINE = st.text(st.characters(codec=None, categories=None,
                             exclude_characters="".join(LINE_BREAKS) + "\n"), max_size=12)


@given(st.lists(st.tuples(LINE, st.sampled_from((*LINE_BREAKS, "\n"))), max_size=6), LINE)
def test_every_line_break_pasted_is_one_line_break_where_text_is_cleaned(lines, last):
    """Shift+Enter in Word (a vertical tab), a page break (form feed), Unicode's line and
    paragraph separators, CR LF, CR and NEL each end one line, as LF, in `clean` and in what
    a workbook or PDF is given (`without_controls`): no words run together, no line lost."""
    ended = [line + mark for line, mark in lines]
    # a lone CR before an empty line's LF is a CR LF: one line break, as it should be
    assume(not any(a.endswith("\r") and b.startswith("\n")
                   for a, b in zip(ended, [*ended[1:], last], strict=False)))
    pasted = "".join(ended) + last
    typed = "\n".join([*(line for line, _mark in lines), last])
    assert without_controls(pasted) == without_controls(typed)
    assert clean(pasted) == clean(typed)
    assert without_controls(pasted).count("\n") == len(lines)


def test_what_a_word_processor_pastes_is_cleaned():
    assert clean("  Wachtlijst\x0bschuldhulp\x07 ") == "Wachtlijst\nschuldhulp"
    assert clean("eerste\r\ntweede\rderde\nvierde") == "eerste\ntweede\nderde\nvierde"
    assert clean("een\u2028twee\u2029drie\x0cvier") == "een\ntwee\ndrie\nvier"
    assert clean("met\ttab") == "met\ttab"
    assert clean("Cafe\u0301 \x85\x9f") == "Café"  # NEL ends a line: trimmed
    assert clean("\ufeffKosten tussen $5 en $10\u200b") == "Kosten tussen $5 en $10"
    assert clean("Kerk\u00adstraat 12, wacht\u2060lijst") == "Kerkstraat 12, wachtlijst"
    assert clean("👨\u200d👩\u200d👧 en می\u200cخواهم") == "👨\u200d👩\u200d👧 en می\u200cخواهم"


def test_invisible_characters_do_not_hide_personal_data_from_the_guard():
    from drempelmeter.domain.privacy import screen

    assert [f.kind for f in screen(clean("Woont in de Kerk\u00adstraat 12"))] == ["address"]
    assert [f.kind for f in screen(clean("Mail jan.peeters@\u200btelenet.be"))] == ["email"]
    assert clean("\x00\x1b[31m") == "[31m"
