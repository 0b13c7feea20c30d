"""Screen free text for personal data: it warns and explains, and never rewrites on its own."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .privacy_numbers import (
    _AT_SIGN,
    _DECIMAL,
    _SPELLED_AT,
    IBAN_START_FROM_DIGIT,
    PHONE_DIGITS,
    could_hold_email,
    could_hold_iban,
    could_hold_national_number,
    could_hold_phone,
    digit_count,
    emails,
    holds_a_digit,
    iban_valid,
    ibans,
    national_number_valid,
    national_numbers,
    phones,
)
from .privacy_words import (
    _BIRTH_WORD,
    _STREET_WORD,
    SHORT_DIGIT_RUN,
    TITLE_WORD,
    addresses,
    birth_dates,
    could_hold_address,
    could_hold_birth_date,
    could_hold_name,
    folded,
    names,
)

NATIONAL_NUMBER = "national_number"
IBAN = "iban"
EMAIL = "email"
PHONE = "phone"
BIRTH_DATE = "birth_date"
ADDRESS = "address"
NAME = "name"

#: The neutral words that replace a finding when the user asks for it, and that name its kind
#: where the user's file and bundles speak Dutch.
PLACEHOLDERS = {
    NATIONAL_NUMBER: "[rijksregisternummer]",
    IBAN: "[IBAN]",
    EMAIL: "[e-mailadres]",
    PHONE: "[telefoonnummer]",
    BIRTH_DATE: "[geboortedatum]",
    ADDRESS: "[adres]",
    NAME: "[naam]",
}

#: Each kind in plain English words, for the command line (the window translates its own).
KIND_NAMES = {
    NATIONAL_NUMBER: "national register number",
    IBAN: "bank account number",
    EMAIL: "e-mail address",
    PHONE: "phone number",
    BIRTH_DATE: "date of birth",
    ADDRESS: "address",
    NAME: "name",
}

__all__ = [
    "ADDRESS", "BIRTH_DATE", "EMAIL", "IBAN", "KIND_NAMES", "NAME", "NATIONAL_NUMBER", "PHONE",
    "PLACEHOLDERS",
    "Finding", "iban_valid", "national_number_valid", "redact", "screen", "screen_many",
]


@dataclass(frozen=True)
class Finding:
    """One piece of text that looks like personal data: its kind, where it is, what it says."""

    kind: str
    start: int
    end: int
    text: str

    @property
    def placeholder(self) -> str:
        return PLACEHOLDERS[self.kind]


#: Looks cheaply, in the text and the text folded to lower case, for what every finding of a
#: kind holds: the kind's detector is not run on a text its gate turns down.
Gate = Callable[[str, str], bool]
Detector = Callable[[str], Iterator[tuple[int, int]]]


@lru_cache(maxsize=4)
def detectors(today: date | None) -> tuple[tuple[str, Gate, Detector], ...]:
    """Each kind with its gate and its detector; where two findings overlap, the earlier kind
    wins. Made once per `today` (None: the day a text is screened), not per text."""
    return (
        (EMAIL, could_hold_email, emails),
        (IBAN, could_hold_iban, ibans),
        (NATIONAL_NUMBER, could_hold_national_number, national_numbers),
        (BIRTH_DATE, could_hold_birth_date,
         lambda text: birth_dates(text, today or date.today())),
        (PHONE, could_hold_phone, phones),
        (ADDRESS, could_hold_address, addresses),
        (NAME, could_hold_name, names),
    )


#: What a web page or a word processor puts inside a number for a space or a hyphen (the
#: no-break, narrow no-break, figure and thin spaces; the hyphen, no-break hyphen, dashes and
#: minus), each read as the plain one: a bank's "BE68\u00a05390\u00a00754\u00a07034" was
#: missed. One character for one, so a finding keeps its place in the text as written.
_PASTED_SIGNS = "\u00a0\u202f\u2007\u2009\u2010\u2011\u2012\u2013\u2212"
_PASTED = str.maketrans(_PASTED_SIGNS, "    -----")
_ANY_PASTED = re.compile(f"[{_PASTED_SIGNS}]")


def _as_typed(text: str) -> str:
    """`text` with `_PASTED`'s signs as the plain ones. They are looked for first: str.translate
    looks up every character of a text with an accent (a third of screening 10,000 of them)."""
    if text.isascii() or _ANY_PASTED.search(text) is None:
        return text
    return text.translate(_PASTED)


def could_hold_any(text: str, folded: str) -> bool:
    """The screen's first look: a text without a digit can only hold an e-mail address or a
    name, and then only where their gates see their signs (tests/domain/test_privacy_gates.py
    holds every detector to that)."""
    return (holds_a_digit(text) or could_hold_email(text, folded)
            or could_hold_name(text, folded))


def screen(text: str, today: date | None = None) -> list[Finding]:
    """Every stretch of `text` that looks like personal data, in order, never overlapping."""
    if not text:
        return []
    read = _as_typed(text)
    lower = folded(read)
    if not could_hold_any(read, lower):
        return []
    findings: list[Finding] = []
    for kind, could_hold, detect in detectors(today):
        if not could_hold(read, lower):
            continue
        for start, end in detect(read):
            if all(end <= f.start or start >= f.end for f in findings):
                findings.append(Finding(kind, start, end, text[start:end]))
    return sorted(findings, key=lambda f: f.start)


#: Between the texts `screen_many` looks at in one go: no gate's search matches it, so none
#: reaches from one text into the next, and each sees it as the start or end of a text.
_BETWEEN = "\x00"


def screen_many(texts: Sequence[str], today: date | None = None) -> list[list[Finding]]:
    """`screen` of each of `texts`, with the same findings; the gates' searches run once over
    all the texts joined, and only a text that some gate lets through is screened on its own
    (a bundle's 10,000 descriptions: a search per gate rather than seven per text)."""
    reads = [_as_typed(text) for text in texts]
    lowers = [folded(read) for read in reads]
    joined, lower = _BETWEEN.join(reads), _BETWEEN.join(lowers)
    starts, lower_starts = _starts(reads), _starts(lowers)
    # digit_count's own count, where a text holds a decimal digit (what every detector of a
    # number looks for); a text of other scripts is not counted character by character
    digits = [digit_count(read) if read.isascii() or _DECIMAL.search(read) else 0
              for read in reads]
    candidates = (
        _found_in(_AT_SIGN, joined, starts) | _found_in(_SPELLED_AT, lower, lower_starts)
        | _found_in(IBAN_START_FROM_DIGIT, joined, starts)
        | {at for at, count in enumerate(digits) if count >= PHONE_DIGITS}
        | {at for at in _found_in(_BIRTH_WORD, lower, lower_starts) if digits[at]}
        | {at for at in _found_in(SHORT_DIGIT_RUN, joined, starts)
           if _STREET_WORD.search(lowers[at])}
        | _found_in(TITLE_WORD, lower, lower_starts))
    return [screen(text, today) if at in candidates else [] for at, text in enumerate(texts)]


def _starts(parts: Iterable[str]) -> list[int]:
    """Where each part begins in the parts joined with `_BETWEEN`."""
    starts, at = [], 0
    for part in parts:
        starts.append(at)
        at += len(part) + len(_BETWEEN)
    return starts


def _found_in(search: re.Pattern[str], joined: str, starts: list[int]) -> set[int]:
    """The texts in which `search` finds something, by their place in `starts`."""
    return {bisect_right(starts, match.start()) - 1 for match in search.finditer(joined)}


def redact(text: str, findings: list[Finding]) -> str:
    """`text` with each finding replaced by its neutral words (only when the user asks)."""
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        text = text[: finding.start] + finding.placeholder + text[finding.end :]
    return text
