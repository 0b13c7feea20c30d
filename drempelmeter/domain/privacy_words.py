"""Personal data told in words: birth dates by their context, street addresses, names after a title."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

Span = tuple[int, int]

_MONTHS = {
    "januari": 1, "jan": 1, "janvier": 1, "februari": 2, "feb": 2, "febr": 2, "février": 2,
    "fév": 2, "maart": 3, "mrt": 3, "mars": 3, "april": 4, "apr": 4, "avril": 4, "avr": 4,
    "mei": 5, "mai": 5, "juni": 6, "jun": 6, "juin": 6, "juli": 7, "jul": 7, "juillet": 7,
    "juil": 7, "augustus": 8, "aug": 8, "août": 8, "september": 9, "sep": 9, "sept": 9,
    "septembre": 9, "oktober": 10, "okt": 10, "octobre": 10, "oct": 10, "november": 11,
    "nov": 11, "novembre": 11, "december": 12, "dec": 12, "décembre": 12, "déc": 12,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = (
    r"(?:(?P<iy>(?:19|20)\d{2})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<d>\d{1,2})(?:er)?(?:\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*|\s+(?P<mn>" + _MONTH + r")\.?\s+)"
    r"(?P<y>(?:19|20)?\d{2}|'\d{2}))(?![\w/.-]\d|\d)"
)
#: Words that say the date that follows is someone's birth date.
_BIRTH_CUE = (
    r"(?:°|(?<!\w)(?:geboren|geb\.|geboortedatum|geboortedag|née?|né\(e\)|"
    r"date\s+de\s+naissance|naissance|birth|born))"
)
_BIRTH = rf"(?i:{_BIRTH_CUE}(?P<gap>[^\d\n°]{{0,30}}?){_DATE})"
#: "Geboren na 1 januari 2019" is a rule for a group, not someone's birth date.
_RULE_WORDS = r"(?i:\b(?:na|vóór|voor|tussen|sinds|vanaf|tot|après|avant|entre|depuis|à partir du)\b)"

#: Street words, as a whole word or the end of a street name (Kerkstraat, Oude Baan, Meir).
_STREET_ENDINGS = (
    "straat|str\\.|str|steenweg|stwg\\.|stwg|stw\\.|laan|ln\\.|lei|plein|markt|dreef|baan|weg|"
    "kaai|vest|wegel|hof|pad|dijk|singel|gracht|kade|plaats|park|dries|berg|veld|"
    "heide|hoek|ring|wal|zavel|kouter|meersen|akker|beemd|dam"
)
#: Streets known by a single word without a street ending.
_STREET_NAMES = "Meir|Kouter|Zavel|Coupure|Wapper|Groenplaats|Vismarkt|Dam|Zand|Sablon"
_STREET_PREFIX = (
    r"(?:(?:Oude|Nieuwe|Grote|Kleine|Lange|Korte|Hoge|Lage|Brede|Sint|Onze-Lieve-Vrouw|Koning|"
    r"Koningin|Kon\.|Prins|Graaf|Burgemeester|Burg\.|Dokter|Dr\.|Pastoor|Pater|Heilig|Vlaamse|"
    r"[A-Z][a-zé]+se)\s+)?"
)
_NUMBER = (
    r"(?:\s*,?\s*(?:nr\.?|n°|no\.?|nummer)?\s*)(?P<number>\d{1,3}(?:\s?[a-zA-Z](?![\w]))?"
    r"(?:\s*(?:bus|bte\.?|boîte|b\.?|/)\s*\d{1,4}[a-zA-Z]?)?)"
)
#: A number followed by one of these counts something: it is not a house number.
_UNIT = (
    r"(?!\s*(?:jaar|jaren|jr|maand|maanden|week|weken|wk|dag|dagen|uur|uren|u\b|minuten|min\b|"
    r"keer|maal|km|kilometer|meter|m\b|%|procent|euro|eur\b|€|personen|mensen|cliënten|klanten|"
    r"gezinnen|kinderen|dossiers|aanvragen|signalen|partners|op\s+\d|tot|à|ans|an\b|mois|"
    r"semaines|jours|heures|fois|personnes|familles|enfants|euros|sur\s+\d|"
    rf"{_MONTH})\b)"
)
_END = r"(?![\w,.]\d|\d|[.:]\d)"
_CAPITALISED_ENDINGS = "|".join(e[0].upper() + e[1:] for e in _STREET_ENDINGS.split("|"))
_DUTCH_STREET = (
    rf"(?<![\w-]){_STREET_PREFIX}(?:[A-ZÀ-Ý][\w'’-]*?(?:{_STREET_ENDINGS})|{_CAPITALISED_ENDINGS}"
    rf"|{_STREET_NAMES}){_NUMBER}{_END}{_UNIT}"
)
_LOWER_STREET = (
    rf"(?<![\w-])[a-zà-ý][\w'’-]*(?:straat|str\.|steenweg|stwg\.|laan)\s*(?:nr\.?\s*)?"
    rf"(?P<number>\d{{1,3}}(?:\s?[a-z](?!\w))?(?:\s*(?:bus|b\.?|/)\s*\d{{1,4}})?){_END}{_UNIT}"
)
_FRENCH_WORDS = (
    r"(?:rue|avenue|av\.|ave\.|chaussée|chée|chée\.|ch\.|boulevard|bd|bd\.|bld|place|pl\.|quai|"
    r"square|allée|impasse|chemin|clos|drève|rempart|parvis|galerie|route|sentier|cours|rond-point)"
)
_FRENCH_PARTICLE = r"(?:de|du|des|la|le|les|aux|au|à|sur)"
_FRENCH_CAPITAL = r"(?:l'|d'|l’|d’)?(?-i:[A-ZÀ-Ý](?:[a-zà-ÿ'’-][\w'’.-]*|\.))"
#: The name of a French street: capitalised words with their particles, ending on a word.
_FRENCH_NAME = (rf"(?:\s+{_FRENCH_PARTICLE})*\s+{_FRENCH_CAPITAL}"
                rf"(?:(?:\s+{_FRENCH_PARTICLE})*\s+{_FRENCH_CAPITAL}){{0,4}}")
_FRENCH_STREET = rf"(?i:(?<!\w){_FRENCH_WORDS}{_FRENCH_NAME}{_NUMBER}{_END}{_UNIT})"
_FRENCH_NUMBER_FIRST = rf"(?i:(?<![\w,.])\d{{1,3}}\s*,?\s+{_FRENCH_WORDS}{_FRENCH_NAME})"

_TITLE = (
    r"(?:(?<![\w.])(?:[Dd]hr\.?|[Mm]evr\.?|[Mm]w\.?|Mr\.?|M\.|Mme\.?|Mlle\.?|Mej\.?|Fam\.?)"
    r"|(?<!\w)(?:[Mm]eneer|[Mm]ijnheer|[Mm]evrouw|[Jj]uffrouw|[Ff]amilie|[Gg]ezin|[Mm]onsieur|"
    r"[Mm]adame|[Mm]ademoiselle|[Ff]amille|[Vv]euve|[Ww]eduwe|[Dd]e[ \t]+[Hh]eer))"
)
_PARTICLE = r"(?:(?:[Vv]an\s+[Dd]e[rn]?|[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Vv]ander|[Vv]anden|"
_PARTICLE += r"[Vv]ande|[Vv]er|[Ll]e|[Ll]a|[Dd]u|[Dd]es|[Dd]’|[Dd]'|[Mm]c|El|Al|Ben|Ait|Aït|Abou)\s*)"
_SURNAME = rf"{_PARTICLE}?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
#: A title and the surname after it; a match holds the title only, so the next title is looked
#: for right after it ("mevrouw" at a line's end took "De" of the next line's "De heer Claes").
_NAME = re.compile(rf"{_TITLE}(?=\s+(?P<name>{_SURNAME})(?![\w]))")
#: A title where a name was looked for: the next line's ("Peeters, mevrouw" above "Dhr. Claes").
_A_TITLE = re.compile(_TITLE)
#: The titles that follow a surname in a list: a person's, not a family word ("Wonen, Gezin,
#: Werk" lists themes) nor "mw" (in Flanders also the "maatschappelijk werker").
_TITLE_AFTER = (
    r"(?:(?<![\w.])(?:[Dd]hr\.?|[Mm]evr\.?|Mr\.?|M\.|Mme\.?|Mlle\.?|[Mm]ej\.?|[Ff]am\.)"
    r"|(?<!\w)(?:[Mm]eneer|[Mm]ijnheer|[Mm]evrouw|[Jj]uffrouw|[Mm]onsieur|[Mm]adame|"
    r"[Mm]ademoiselle|[Dd]e[ \t]+[Hh]eer))(?!\w)"
)
#: What a person did, said right after "Peeters, mevrouw,": the sentence goes on about the
#: person ("Peeters, mevrouw, belde terug"), where "Wachten, meneer, duurt lang" goes on about
#: the word before the title.
_DID = (
    r"(?:belde|belt|meldde|meldt|mailde|mailt|vertelde|vroeg|vraagt|zei|zegt|kwam|komt|schreef|"
    r"stuurde|liet|wachtte|klaagde|antwoordde|reageerde|zocht|had|heeft|kreeg|ging|wilde|wou|"
    r"moest|kon|bleef|woont|woonde)(?!\w)"
)
#: What ends a list's item after its title: not a sentence that goes on in lower case
#: ("Wachten, meneer, duurt lang"), unless "en" joins the next name or a verb says what the
#: person did, nor a name the title introduces itself ("OCMW Genk, mevrouw Peeters").
_ITEM_END = (
    rf"(?![ \t]*(?:,[ \t]*)?(?!(?:en|et|of|ou)[ \t]+{_PARTICLE}?[A-ZÀ-Ý]|{_DID})[a-zà-ÿ])"
    r"(?![ \t]+[A-ZÀ-Ý])"
)
#: A title after a surname, as staff write a list ("Peeters, mevrouw", "Janssens (dhr.)"): its
#: comma or bracket is quick to look for, and the surname is then looked for just before it.
_TITLE_AFTER_NAME = re.compile(
    rf",[ \t]*{_TITLE_AFTER}{_ITEM_END}|\([ \t]*{_TITLE_AFTER}[ \t]*\)")
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_SURNAME})$")
#: The most characters before a title that its surname, particles and all, is looked for in.
_LONGEST_SURNAME = 60
#: Capitalised words next to a title that are an office or a place, or what is said to someone
#: before their title ("Dag, mevrouw", "Nee, meneer", "Wachten, meneer."), not a person's name.
_NOT_NAMES = frozenset((
    "Minister", "Ministre", "Burgemeester", "Schepen", "Voorzitter", "Directeur", "Directrice",
    "Président", "Présidente", "Maire", "Echevine", "Echevin", "Dokter", "Docteur", "Advocaat",
    "Rechter", "Juge", "Notaris", "Notaire", "Pastoor", "Le", "La", "De", "Het", "Een", "Uit",
    "Van", "Die", "Deze", "Dit", "Dat", "En", "Et", "Ou", "Of", "Zegt", "Belde", "Kwam",
    "Ja", "Jawel", "Nee", "Neen", "Dag", "Goedendag", "Goeiedag", "Goedemorgen", "Goeiemorgen",
    "Goedemiddag", "Goeiemiddag", "Goedenavond", "Goeienavond", "Hallo", "Dank", "Bedankt",
    "Dankuwel", "Merci", "Sorry", "Pardon", "Excuseer", "Welkom", "Bonjour", "Bonsoir", "Oui",
    "Non", "Oké", "Oke", "Allee", "Allez", "Zeker", "Natuurlijk", "Inderdaad", "Kijk", "Zeg",
    "Voilà", "Wachten", "Wacht", "Moment", "Momentje", "Ogenblik", "Ogenblikje", "Geduld",
    "Proficiat", "Gefeliciteerd", "Succes", "Alstublieft", "Alsjeblieft", "Asjeblieft", "Graag",
    "Prima", "Juist", "Klopt", "Akkoord", "Helaas", "Uiteraard", "Volgende", "Luister",
    "Gezondheid", "Smakelijk",
))


_DECIMAL = re.compile(r"\d")
#: A run of one to three digits (a house number's), found from its first digit.
SHORT_DIGIT_RUN = re.compile(r"\d(?<!\d\d)\d{0,2}(?!\d)")

# What a match of each kind must hold, looked for in the text folded to lower case first: a
# text without any of it is not searched further. The words are the patterns' own (a part of
# each spelling), so the screen finds exactly what it would find without them.
#: The birth cues: "geb" stands for geboren, geb., geboortedatum and geboortedag.
_BIRTH_WORDS = ("°", "geb", "né", "naissance", "birth", "born")
_STREET_SPELLINGS = {
    *(e.replace("\\", "") for e in _STREET_ENDINGS.split("|")),
    *(n.lower() for n in _STREET_NAMES.split("|")),
    "rue", "avenue", "av.", "ave.", "chaussée", "chée", "ch.", "boulevard", "bd", "bld", "place",
    "pl.", "quai", "square", "allée", "impasse", "chemin", "clos", "drève", "rempart", "parvis",
    "galerie", "route", "sentier", "cours", "rond-point",
}
#: Each spelling that holds no shorter one ("straat" holds "str").
_STREET_WORDS = tuple(sorted(w for w in _STREET_SPELLINGS
                             if not any(v != w and v in w for v in _STREET_SPELLINGS)))
_TITLE_WORDS = ("dhr", "mevr", "mw", "mr", "m.", "mme", "mlle", "mej", "fam", "meneer",
                "heer", "juffrouw", "gezin", "monsieur", "madame", "mademoiselle", "veuve",
                "weduwe")


def _any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A search for any of `words`, written as a tree of their shared beginnings: it finds one
    exactly where one of the words is in the text, and looks at each place of the text once
    per letter rather than once per word (a gate's sixty street words, in C)."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def written(node: dict[str, dict]) -> str:
        branches = [re.escape(letter) + written(rest) for letter, rest in sorted(node.items())
                    if letter]
        if not branches:
            return ""
        either = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{either})?" if "" in node else either

    return re.compile(written(tree))


_BIRTH_WORD = _any_of(_BIRTH_WORDS)
_STREET_WORD = _any_of(_STREET_WORDS)
#: What `could_hold_name` looks for in the folded text: a title's letters wherever they stand.
TITLE_WORD = _any_of(_TITLE_WORDS)
#: Characters that re's IGNORECASE matches with an ASCII letter and str.lower does not make
#: one (U+0130 would become two characters).
_FOLD_SIGNS = "\u0130\u0131\u017f\u212a"
_FOLD = str.maketrans(_FOLD_SIGNS, "iisk")
_ANY_FOLD = re.compile(f"[{_FOLD_SIGNS}]")


def folded(text: str) -> str:
    """`text` in lower case, so that every spelling a pattern matches (with or without
    IGNORECASE) holds its words in lower case. `_FOLD`'s letters are looked for before
    str.translate looks up every character."""
    if text.isascii() or _ANY_FOLD.search(text) is None:
        return text.lower()
    return text.translate(_FOLD).lower()


def could_hold_birth_date(text: str, folded: str) -> bool:
    return _DECIMAL.search(text) is not None and _BIRTH_WORD.search(folded) is not None


def could_hold_address(text: str, folded: str) -> bool:
    """A house number is one to three digits between non-digits (`_NUMBER`, `_END`), next to
    a street word."""
    return (SHORT_DIGIT_RUN.search(text) is not None
            and _STREET_WORD.search(folded) is not None)


def could_hold_name(text: str, folded: str) -> bool:
    return TITLE_WORD.search(folded) is not None


def _year(written: str, today: date) -> int:
    digits = int(written.lstrip("'"))
    if len(written.lstrip("'")) == 4:
        return digits
    return 2000 + digits if 2000 + digits <= today.year else 1900 + digits


def _real_date(match: re.Match[str], today: date) -> bool:
    if match["iy"]:
        day, month, year = int(match["id"]), int(match["im"]), int(match["iy"])
    else:
        day = int(match["d"])
        month = int(match["m"]) if match["m"] else _MONTHS[folded(match["mn"])]
        year = _year(match["y"], today)
    try:
        born = date(year, month, day)
    except ValueError:
        return False
    return date(1900, 1, 1) <= born <= today


def birth_dates(text: str, today: date) -> Iterator[Span]:
    """A date said to be someone's birth date; any other date (a law, a meeting) is not one."""
    for match in re.finditer(_BIRTH, text):
        if _real_date(match, today) and not re.search(_RULE_WORDS, match["gap"]):
            start = match.start("iy") if match["iy"] else match.start("d")
            yield start, match.end()


def addresses(text: str) -> Iterator[Span]:
    for pattern in (_DUTCH_STREET, _LOWER_STREET, _FRENCH_STREET, _FRENCH_NUMBER_FIRST):
        for match in re.finditer(pattern, text):
            yield match.span()


def names(text: str) -> Iterator[Span]:
    """A surname after a title or family word ("Dhr. Vermeulen", "het gezin Claes"), or before
    a title in a list ("Peeters, mevrouw")."""
    found = {match.span("name") for match in (*_NAME.finditer(text), *_before_titles(text))
             if match["name"].split()[-1] not in _NOT_NAMES
             and not _A_TITLE.fullmatch(match["name"])}
    yield from sorted(found)


def _before_titles(text: str) -> Iterator[re.Match[str]]:
    """Each surname written just before its title."""
    for title in _TITLE_AFTER_NAME.finditer(text):
        end = len(text[:title.start()].rstrip(" \t"))
        if name := _NAME_BEFORE.search(text, max(0, end - _LONGEST_SURNAME), end):
            yield name
