"""Screen free text for personal data: it warns and explains, and never rewrites on its own.

Detects Belgian national register numbers (mod-97 checked, births before and after 2000), IBANs
(ISO 13616 checked), e-mail addresses, Belgian phone numbers, dates that look like birth dates,
and street names with a house number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

NATIONAL_NUMBER = "national_number"
IBAN = "iban"
EMAIL = "email"
PHONE = "phone"
BIRTH_DATE = "birth_date"
ADDRESS = "address"

#: The neutral text that replaces a finding when the user asks for it.
PLACEHOLDERS = {
    NATIONAL_NUMBER: "[nummer]",
    IBAN: "[rekeningnummer]",
    EMAIL: "[e-mail]",
    PHONE: "[telefoonnummer]",
    BIRTH_DATE: "[datum]",
    ADDRESS: "[adres]",
}


@dataclass(frozen=True)
class Finding:
    """One piece of text that looks like personal data."""

    kind: str
    start: int
    end: int
    text: str

    @property
    def placeholder(self) -> str:
        return PLACEHOLDERS[self.kind]


_DIGIT = re.compile(r"\d")
_NATIONAL = re.compile(
    r"(?<![\w.-])(\d{2})[.\s]?(\d{2})[.\s]?(\d{2})[-.\s]?(\d{3})[.\s-]?(\d{2})(?![\w-]|\.\d)"
)
_IBAN = re.compile(r"(?<![\w])([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30})(?![\w])", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w])")
_PHONE = re.compile(r"(?<![\w+])(?:\+32|0032|0)[\s.]?(?:\(0\)[\s.]?)?\d(?:[\s./-]?\d){6,9}(?![\w])")
_MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
           "december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec")
_DATE = re.compile(
    rf"(?<!\w)(?P<day>\d{{1,2}})(?:[/.-](?P<month>\d{{1,2}})[/.-]|\s+(?P<name>{_MONTHS})\.?\s+)"
    rf"(?P<year>\d{{4}})(?!\w)",
    re.IGNORECASE,
)
_BIRTH_CUE = re.compile(r"(?:geboren|geb\.|°|geboortedatum|born)\s*(?:op|on|:)?\s*$", re.IGNORECASE)
_STREET_SUFFIX = ("straat|laan|steenweg|weg|plein|dreef|lei|kaai|markt|baan|singel|hof|park|pad|"
                  "dijk|veld|berg|gracht|vest|wal|kade|ring|dries|heide|molen|akker|beemd|hoek")
_ADDRESS = re.compile(
    rf"(?<!\w)(?:[A-ZÀ-Ý][\w'’-]*(?:{_STREET_SUFFIX})|(?:rue|avenue|chaussée|place)\s+[\w'’ -]+?)"
    rf"\s+\d{{1,4}}[a-zA-Z]?(?:\s*(?:bus|/)\s*\d+)?(?!\d)",
    re.IGNORECASE,
)

#: The length of an IBAN per country, for the countries a Belgian coach meets most.
IBAN_LENGTHS = {
    "BE": 16, "NL": 18, "LU": 20, "FR": 27, "DE": 22, "ES": 24, "IT": 27, "PT": 25, "PL": 28,
    "RO": 24, "BG": 22, "GB": 22, "IE": 22, "AT": 20, "CH": 21, "TR": 26, "MA": 28,
}


def national_number_valid(digits: str) -> bool:
    """The mod-97 check of a Belgian national register number (11 digits)."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    body, check = int(digits[:9]), int(digits[9:])
    return check in (97 - body % 97, 97 - (2_000_000_000 + body) % 97)


def iban_valid(text: str) -> bool:
    """The ISO 13616 mod-97 check, and the length where the country is known."""
    iban = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    if IBAN_LENGTHS.get(iban[:2], len(iban)) != len(iban):
        return False
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def _phone_valid(text: str) -> bool:
    digits = re.sub(r"\D", "", text)
    if digits.startswith("0032"):
        digits = digits[4:]
    elif digits.startswith("32") and text.lstrip().startswith("+"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = digits[1:]
    else:
        return False
    if digits.startswith("0"):  # "+32 (0)..." written with the trunk zero
        digits = digits[1:]
    return len(digits) == 8 or (len(digits) == 9 and digits.startswith("4"))


def _date_is_birth_like(match: re.Match[str], text: str, today: date) -> bool:
    day = int(match["day"])
    month = int(match["month"]) if match["month"] else 1
    year = int(match["year"])
    if not (1 <= day <= 31 and 1 <= month <= 12 and 1900 <= year <= today.year):
        return False
    if _BIRTH_CUE.search(text[: match.start()]):
        return True
    return year <= today.year - 15


def screen(text: str, today: date | None = None) -> list[Finding]:
    """Every stretch of `text` that looks like personal data, in order, never overlapping."""
    digits = len(_DIGIT.findall(text)) if text else 0
    if not digits and "@" not in (text or ""):
        return []  # every kind needs a digit, or an @ for an e-mail address
    today = today or date.today()
    candidates: list[Finding] = []
    if "@" in text:
        for match in _EMAIL.finditer(text):
            candidates.append(Finding(EMAIL, match.start(), match.end(), match.group()))
    if digits >= 8:  # an IBAN has 12 or more, a national number 11, a phone number 8 or more
        for match in _IBAN.finditer(text):
            if iban_valid(match.group(1)):
                candidates.append(Finding(IBAN, match.start(1), match.end(1), match.group(1)))
        for match in _NATIONAL.finditer(text):
            if national_number_valid("".join(match.groups())):
                candidates.append(
                    Finding(NATIONAL_NUMBER, match.start(), match.end(), match.group()))
    if digits >= 5:  # a full date: day and year at least
        for match in _DATE.finditer(text):
            if _date_is_birth_like(match, text, today):
                candidates.append(Finding(BIRTH_DATE, match.start(), match.end(), match.group()))
    if digits >= 8:
        for match in _PHONE.finditer(text):
            if _phone_valid(match.group()):
                candidates.append(Finding(PHONE, match.start(), match.end(), match.group()))
    for match in _ADDRESS.finditer(text):
        candidates.append(Finding(ADDRESS, match.start(), match.end(), match.group()))
    findings: list[Finding] = []
    for finding in candidates:  # earlier kinds win where two overlap
        if all(finding.end <= f.start or finding.start >= f.end for f in findings):
            findings.append(finding)
    return sorted(findings, key=lambda f: f.start)


def redact(text: str, findings: list[Finding]) -> str:
    """`text` with each finding replaced by its placeholder (only when the user asks)."""
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        text = text[: finding.start] + finding.placeholder + text[finding.end :]
    return text
