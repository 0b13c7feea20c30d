"""Personal numbers in running text: national register and BIS numbers, IBANs, phones, e-mail."""

from __future__ import annotations

import re
from collections.abc import Iterator

Span = tuple[int, int]

_SEP = r"(?:\s*[./-]\s*|\s?)"
_NATIONAL = (
    rf"(?<![\w.,/-])(\d{{2}}){_SEP}(\d{{2}}){_SEP}(\d{{2}}){_SEP}(\d{{3}}){_SEP}(\d{{2}})(?![\w-]|[.,/]\d)"
)
_IBAN_START = r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?=[ -]?[A-Za-z0-9])"
_IBAN_CHAR = r"[ -]?([A-Za-z0-9])"
#: The longest IBAN (ISO 13616) has 34 characters.
_IBAN_MAX = 34

_AT = r"(?:\s*@\s*|\s*[(\[{<]\s*(?:at|a|@)\s*[)\]}>]\s*|\s+(?:at|apenstaartje|arobase)\s+)"
_DOT = r"(?:\.|\s*[(\[{<]\s*(?:dot|punt|point)\s*[)\]}>]\s*|\s+(?:dot|punt|point)\s+)"
_EMAIL = (
    rf"(?<![\w.+-])[\w+-](?:[\w.+-]*[\w+-])?{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[A-Za-z]{{2,}}(?![\w@])"
)
_PLAIN_EMAIL = r"[^@\s]+@[^@\s]+"
#: Top-level domains accepted when the address is spelled out ("jan at telenet dot be").
_SPELLED_TLDS = frozenset((
    "be", "nl", "fr", "lu", "de", "uk", "eu", "com", "net", "org", "info", "brussels", "vlaanderen",
    "gent", "email", "online",
))

#: The fewest digits a phone number is written with (a Belgian landline's eight).
PHONE_DIGITS = 8
#: Belgian numbers that reach a service, not a person: free (0800), shared cost and premium
#: (070, 077, 078, 090x) lines.
_SERVICE_PREFIXES = ("800", "70", "77", "78", "90")
#: The brackets a phone match can open with (the matcher's own), each with its closing one.
_CLOSING = {"(": ")", "[": "]"}
_ENTERPRISE_CUE = (
    r"(?i:kbo|btw|tva|vat|ondernemings(?:nummer|nr)|entreprise|BE)\W{0,3}(?:nr\.?|nummer|n°)?\W{0,3}$"
)
_ENTERPRISE_SPELLING = r"[01]\d{3}\.\d{3}\.\d{3}"

# The small patterns used in loops are compiled once; the large ones when first used (through
# re's cache), so that a process that never screens a text does not compile them.
_IBAN_START_RE = re.compile(_IBAN_START)
#: The places `_IBAN_START_RE` finds, found from their first digit (two characters in): a
#: search from a digit runs about three times faster over a bundle's descriptions joined.
IBAN_START_FROM_DIGIT = re.compile(
    r"\d(?<=(?<![A-Za-z0-9])[A-Za-z]{2}\d)\d(?=[ -]?[A-Za-z0-9])")
_IBAN_CHAR_RE = re.compile(_IBAN_CHAR)
#: What every e-mail address holds in one of `_AT`'s spellings: an @, a bracket, or a word
#: between spaces (looked for in the text folded to lower case, as IGNORECASE would match it).
#: A text without it is not searched further.
_AT_SIGN = re.compile(r"[@(\[{<]")
_AT_WORDS = ("at", "apenstaartje", "arobase")
_SPELLED_AT = re.compile(rf"\s(?:{'|'.join(_AT_WORDS)})\s")
_DECIMAL = re.compile(r"\d")
_ASCII_DIGITS = b"0123456789"


def national_number_valid(digits: str) -> bool:
    """A Belgian national register or BIS number (11 digits, birth date and mod-97 check)."""
    from stdnum.be import bis, nn  # python-stdnum is imported when text is screened, not at startup

    return len(digits) == 11 and digits.isdigit() and (nn.is_valid(digits) or bis.is_valid(digits))


def iban_valid(text: str) -> bool:
    """An IBAN of any country: its length and layout for that country, and the mod-97 check."""
    from stdnum import iban

    return iban.is_valid(text, check_country=False)


def digit_count(text: str) -> int:
    """How many characters of `text` are digits (str.isdigit: decimal ones and a few more)."""
    if text.isascii():  # the digits taken out in C: a fifth of a search's time
        return len(text) - len(text.encode("ascii").translate(None, _ASCII_DIGITS))
    return sum(map(str.isdigit, text))


def could_hold_email(text: str, folded: str) -> bool:
    return _AT_SIGN.search(text) is not None or (
        any(word in folded for word in _AT_WORDS) and _SPELLED_AT.search(folded) is not None)


def holds_a_digit(text: str) -> bool:
    """Whether any character of `text` is a digit (str.isdigit, which every `\\d` is too)."""
    if text.isascii():
        return _DECIMAL.search(text) is not None
    return any(map(str.isdigit, text))


def could_hold_iban(text: str, folded: str) -> bool:
    return _IBAN_START_RE.search(text) is not None  # where ibans() starts


def could_hold_national_number(text: str, folded: str) -> bool:
    return digit_count(text) >= 11


def could_hold_phone(text: str, folded: str) -> bool:
    return digit_count(text) >= PHONE_DIGITS


def national_numbers(text: str) -> Iterator[Span]:
    for match in re.finditer(_NATIONAL, text):
        if national_number_valid("".join(match.groups())):
            yield match.span()


def ibans(text: str) -> Iterator[Span]:
    """Each IBAN, as long as its own country wants it: never the words that follow it."""
    position = 0
    while match := _IBAN_START_RE.search(text, position):
        ends: list[int] = []
        end = match.end()
        while len(ends) + 4 < _IBAN_MAX and (char := _IBAN_CHAR_RE.match(text, end)):
            end = char.end()
            ends.append(end)
        found = next((e for e in reversed(ends) if iban_valid(text[match.start():e])), None)
        if found is None:
            position = match.start() + 1
        else:
            yield match.start(), found
            position = found


def emails(text: str) -> Iterator[Span]:
    for match in re.finditer(_EMAIL, text, re.IGNORECASE):
        written = match.group()
        spelled = not re.fullmatch(_PLAIN_EMAIL, written)
        if spelled and re.split(_DOT, written)[-1].lower() not in _SPELLED_TLDS:
            continue
        yield match.span()


def _is_enterprise_number(text: str, start: int, raw: str, digits: str) -> bool:
    from stdnum.be import vat

    if len(digits) != 10 or not vat.is_valid(digits):
        return False
    return bool(re.fullmatch(_ENTERPRISE_SPELLING, raw) or re.search(_ENTERPRISE_CUE, text[:start]))


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """The span is glued to letters or digits on either side."""
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


def _own_start(raw: str, start: int) -> int:
    """Where a number that starts at `start`, written `raw`, begins: after an opening bracket it
    does not close ("(0470 12 34 56)", where the brackets are the sentence's) and the spaces
    after it; at its own bracket where it closes one ("(011) 23 45 67")."""
    closing = _CLOSING.get(raw[:1])
    if closing is None or closing in raw:
        return start
    return start + len(raw) - len(raw[1:].lstrip())


def phones(text: str) -> Iterator[Span]:
    """Phone numbers a person can be reached on, Belgian or foreign, in their usual spellings."""
    if digit_count(text) < PHONE_DIGITS:
        return
    import phonenumbers  # a slow import: only when there is something to look at

    for match in phonenumbers.PhoneNumberMatcher(text, "BE", leniency=phonenumbers.Leniency.POSSIBLE):
        start = _own_start(match.raw_string, match.start)
        raw = text[start:match.end]
        if not raw.lstrip("([").startswith(("+", "0")):
            continue  # a national number without its trunk zero is a count, a year or a code
        if _inside_a_word(text, match.start, match.end):
            continue  # digits inside a code such as a record id or a reference
        number = match.number
        national = str(number.national_number)
        if number.country_code == 32:
            if national.startswith(_SERVICE_PREFIXES) or len(national) not in (8, 9):
                continue
            if len(national) == 9 and not national.startswith("4"):
                continue
        elif not phonenumbers.is_possible_number(number):
            continue
        if _is_enterprise_number(text, start, raw, "".join(c for c in raw if c.isdigit())):
            continue
        yield start, match.end
