"""Screen free text for personal data: it warns and explains, and never rewrites on its own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from .privacy_numbers import emails, iban_valid, ibans, national_number_valid, national_numbers, phones
from .privacy_words import addresses, birth_dates, names

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
    "Finding", "iban_valid", "national_number_valid", "redact", "screen",
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


def _detectors(today: date) -> tuple[tuple[str, Callable[[str], Iterator[tuple[int, int]]]], ...]:
    """Each kind with its detector; where two findings overlap, the earlier kind wins."""
    return (
        (EMAIL, emails),
        (IBAN, ibans),
        (NATIONAL_NUMBER, national_numbers),
        (BIRTH_DATE, lambda text: birth_dates(text, today)),
        (PHONE, phones),
        (ADDRESS, addresses),
        (NAME, names),
    )


def screen(text: str, today: date | None = None) -> list[Finding]:
    """Every stretch of `text` that looks like personal data, in order, never overlapping."""
    if not text:
        return []
    findings: list[Finding] = []
    for kind, detect in _detectors(today or date.today()):
        for start, end in detect(text):
            if all(end <= f.start or start >= f.end for f in findings):
                findings.append(Finding(kind, start, end, text[start:end]))
    return sorted(findings, key=lambda f: f.start)


def redact(text: str, findings: list[Finding]) -> str:
    """`text` with each finding replaced by its neutral words (only when the user asks)."""
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        text = text[: finding.start] + finding.placeholder + text[finding.end :]
    return text
