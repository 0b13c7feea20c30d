"""The personal-data guard, case by case: no valid national number, IBAN or e-mail address is
missed, the usual spellings of each kind are found, and look-alikes (invoice numbers, postcodes,
amounts, meeting dates, laws, free lines, enterprise numbers) pass."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drempelmeter.domain.privacy import (
    ADDRESS,
    BIRTH_DATE,
    EMAIL,
    IBAN,
    NAME,
    NATIONAL_NUMBER,
    PHONE,
    iban_valid,
    national_number_valid,
    redact,
    screen,
)

TODAY = date(2026, 11, 22)


def national_number(born: date, sequence: int) -> str:
    """A valid national register number (11 digits) for a birth date and a day sequence."""
    body = int(f"{born:%y%m%d}{sequence:03d}")
    base = 2_000_000_000 + body if born.year >= 2000 else body
    return f"{body:09d}{97 - base % 97:02d}"


def belgian_iban(account: int) -> str:
    """A valid Belgian IBAN for a 10-digit bank and account number."""
    check = account % 97 or 97
    bban = f"{account:010d}{check:02d}"
    numeric = int("".join(str(int(c, 36)) for c in bban + "BE00"))
    return f"BE{98 - numeric % 97:02d}{bban}"


def kinds(text: str) -> list[str]:
    return [f.kind for f in screen(text, TODAY)]


NOTATIONS = (
    lambda d: f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}",
    lambda d: d,
    lambda d: f"{d[0:6]}-{d[6:9]}-{d[9:11]}",
    lambda d: f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:11]}",
    lambda d: f"{d[0:6]} {d[6:9]} {d[9:11]}",
)


@given(
    born=st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 11, 1)),
    sequence=st.integers(min_value=1, max_value=997),
    notation=st.sampled_from(NOTATIONS),
)
def test_every_valid_national_number_is_found(born, sequence, notation):
    digits = national_number(born, sequence)
    assert national_number_valid(digits)
    written = notation(digits)
    text = f"Cliënt met rijksregisternummer {written} werd doorverwezen."
    found = screen(text, TODAY)
    assert [f.kind for f in found] == [NATIONAL_NUMBER], written
    assert found[0].text == written


@given(account=st.integers(min_value=0, max_value=9_999_999_999), grouped=st.booleans())
def test_every_valid_belgian_iban_is_found(account, grouped):
    iban = belgian_iban(account)
    assert iban_valid(iban)
    written = " ".join(iban[i:i + 4] for i in range(0, 16, 4)) if grouped else iban
    assert kinds(f"Storten op {written}, graag.") == [IBAN]


@given(
    local=st.from_regex(r"[a-z0-9][a-z0-9._+-]{0,20}[a-z0-9]", fullmatch=True),
    domain=st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True),
    tld=st.sampled_from(["be", "com", "org", "net", "vlaanderen", "brussels"]),
)
def test_every_email_address_is_found(local, domain, tld):
    address = f"{local}@{domain}.{tld}"
    found = screen(f"Mail naar {address} voor info.", TODAY)
    assert [f.kind for f in found] == [EMAIL]
    assert found[0].text == address


@pytest.mark.parametrize(("text", "expected"), [
    ("Storten op NL91 ABNA 0417 1643 00.", [IBAN]),
    ("Het rekeningnummer is BE68539007547034.", [IBAN]),
    ("Vraag het aan an.peeters@sociaalhuis.be of bel.", [EMAIL]),
    ("Bel haar op 0471 23 45 67.", [PHONE]),
    ("Bel haar op +32 471 23 45 67.", [PHONE]),
    ("Telefoon 011/23.45.67 na 14 uur.", [PHONE]),
    ("Telefoon 0032 11 23 45 67.", [PHONE]),
    ("Telefoon +32 (0)11 23 45 67.", [PHONE]),
    ("Het onthaal: 02 123 45 67.", [PHONE]),
    ("Mevrouw woont in de Kerkstraat 12 en heeft geen auto.", [ADDRESS]),
    ("Adres: Stationsstraat 45 bus 3.", [ADDRESS]),
    ("Hij woont Rue de la Station 5 te Luik.", [ADDRESS]),
    ("Hij is geboren op 3 maart 1985.", [BIRTH_DATE]),
    ("Zoontje ° 12/05/2019 heeft geen kindergeld.", [BIRTH_DATE]),
    ("Geboortedatum: 01.02.1962.", [BIRTH_DATE]),
    ("Rijksregisternummer 85-07-30-033-28 staat op de brief.", [NATIONAL_NUMBER]),
    ("Rijksregisternummer 85/07/30-033.28 staat op de brief.", [NATIONAL_NUMBER]),
    ("Rijksregisternummer 85.07.30 - 033.28 staat op de brief.", [NATIONAL_NUMBER]),
    ("BIS-nummer 85.27.30-033.71 bij de aanvraag.", [NATIONAL_NUMBER]),
    ("Rekening BE68 5390 0754 7034 is fout.", [IBAN]),
    ("Le virement vers FR14 2004 1010 0505 0001 3M02 606 est bloqué.", [IBAN]),
    ("Bel +32-475-12-34-56 na 17 uur.", [PHONE]),
    ("Bel 0475 / 12 34 56 na 17 uur.", [PHONE]),
    ("Bel (011) 23 45 67 na 17 uur.", [PHONE]),
    ("Bel 0032 475 12 34 56 of +31 6 12345678.", [PHONE, PHONE]),
    ("Mail jan (at) telenet.be voor de afspraak.", [EMAIL]),
    ("Mail jan[at]telenet[dot]be voor de afspraak.", [EMAIL]),
    ("Mail jan apenstaartje telenet punt be voor de afspraak.", [EMAIL]),
    ("Zoon geb. 3/3/85 zonder kinderbijslag.", [BIRTH_DATE]),
    ("Geboren op 2019-05-12, nog geen groeipakket.", [BIRTH_DATE]),
    ("La dame, née le 12 mai 1990, attend son allocation.", [BIRTH_DATE]),
    ("Het loket op de Grote Markt 1 is dicht.", [ADDRESS]),
    ("Hij woont Meir 12 en ook Oude Baan 12.", [ADDRESS, ADDRESS]),
    ("Adres Kerkstr. 12 en Kerkstraat nr. 12.", [ADDRESS, ADDRESS]),
    ("Il habite chaussée de Wavre 120 bte 3.", [ADDRESS]),
    ("Il habite 12, rue des Tanneurs, et elle rue A. Dansaert 5.", [ADDRESS, ADDRESS]),
    ("Dhr. Vermeulen belde drie keer.", [NAME]),
    ("Het gezin Claes uit de Kerkstraat kreeg geen antwoord.", [NAME]),
    ("Mevrouw De Smet en Madame Dubois wachten nog.", [NAME, NAME]),
    ("Mevr. Van der Linden kreeg een afsluitingsbrief.", [NAME]),
])
def test_positive_corpus(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Factuur 2026-000123 werd twee keer verstuurd.",
    "Dossiernummer 12345678901 staat op de brief.",
    "Postcodes 3500 Hasselt en 3600 Genk vallen erbuiten.",
    "Een bedrag van € 1.250,00 per maand is te weinig.",
    "Artikel 12 van het decreet wordt verschillend gelezen.",
    "De vergadering van 12/03/2026 werd verplaatst.",
    "Sinds 1 juli 2024 is het loket op dinsdag dicht.",
    "Bel de gratis lijn 1712.",
    "Rekeningnummer BE68 5390 0754 7035 klopt niet.",
    "Wachttijd van 6 tot 8 weken voor een eerste gesprek.",
    "In 2025 kwamen 350 mensen langs; 12 % haakte af.",
    "Het loket in de Stationsstraat is slecht bereikbaar met de bus.",
    "Versie 2.14.3 van het formulier is onduidelijk.",
    "Het kantoor is open van 9.00 tot 12.30 uur.",
    "Kamer 1.12 is niet rolstoeltoegankelijk.",
    "De wet van 26 mei 2002 wordt streng gelezen.",
    "Kinderen geboren na 1 januari 2019 krijgen het groeipakket.",
    "Een man van 14-07-1958 kreeg geen antwoord.",
    "De uitkering 3 maanden te laat.",
    "Op de woningmarkt 3 jaar wachten.",
    "Bel 0800 12 345, 070 22 33 44 of 078 15 25 35.",
    "Bel 1700, 1712, 106, 112 of 101.",
    "KBO 0403.170.701 en ondernemingsnummer 0403170701.",
    "Volgens art. 12 en artikel 5 van het decreet.",
    "Mevrouw kreeg geen antwoord, het gezin wacht nog.",
    "Madame la Ministre a annoncé une réforme.",
    "Une place en crèche depuis 2 mois, pas de place au CPAS 3.",
    "Il a 3 cours du soir par semaine.",
])
def test_negative_corpus(text):
    assert kinds(text) == []


def test_several_findings_in_order_and_redacted_on_request():
    text = "Mevrouw (° 04.11.1950) woont Dorpsstraat 8; mail lien@voorbeeld.be."
    found = screen(text, TODAY)
    assert [f.kind for f in found] == [BIRTH_DATE, ADDRESS, EMAIL]
    assert redact(text, found) == "Mevrouw (° [geboortedatum]) woont [adres]; mail [e-mailadres]."
    assert screen(redact(text, found), TODAY) == []


def test_each_finding_has_its_position_and_neutral_words():
    text = "Dhr. Peeters, rijksregisternummer 85.07.30-033.28, rekening BE68 5390 0754 7034."
    found = screen(text, TODAY)
    assert [(f.kind, text[f.start:f.end]) for f in found] == [
        (NAME, "Peeters"), (NATIONAL_NUMBER, "85.07.30-033.28"), (IBAN, "BE68 5390 0754 7034")]
    assert redact(text, found) == ("Dhr. [naam], rijksregisternummer [rijksregisternummer], "
                                   "rekening [IBAN].")


def test_empty_and_plain_text():
    assert screen("", TODAY) == []
    assert screen("Mensen kennen het aanbod niet.", TODAY) == []


@pytest.mark.parametrize(("text", "number", "redacted"), [
    ("Bel (0470) 12 34 56 na 17 uur.", "(0470) 12 34 56", "Bel [telefoonnummer] na 17 uur."),
    ("Bel (011) 23 45 67 na 17 uur.", "(011) 23 45 67", "Bel [telefoonnummer] na 17 uur."),
    ("Tel.(011)/23.45.67 morgen.", "(011)/23.45.67", "Tel.[telefoonnummer] morgen."),
    ("Bel (0470 12 34 56 na 17 uur.", "0470 12 34 56", "Bel ([telefoonnummer] na 17 uur."),
    ("Haar gsm (0470 12 34 56) werkt niet.", "0470 12 34 56",
     "Haar gsm ([telefoonnummer]) werkt niet."),
    ("Bel haar (0470/12.34.56) na 17 uur.", "0470/12.34.56",
     "Bel haar ([telefoonnummer]) na 17 uur."),
    ("Bel (+32 470 12 34 56) na 17 uur.", "+32 470 12 34 56", "Bel ([telefoonnummer]) na 17 uur."),
    ("Bel ( 0470 12 34 56 ) na 17 uur.", "0470 12 34 56", "Bel ( [telefoonnummer] ) na 17 uur."),
    ("Haar gsm [0470 12 34 56] werkt niet.", "0470 12 34 56",
     "Haar gsm [[telefoonnummer]] werkt niet."),
])
def test_a_phone_keeps_its_own_brackets_and_leaves_the_sentences(text, number, redacted):
    """The "(" of "(0470 12 34 56)" is the sentence's: it was redacted with the number and left
    the ")" dangling; "[0470 12 34 56]" was not found at all."""
    found = screen(text, TODAY)
    assert [(f.kind, f.text) for f in found] == [(PHONE, number)]
    assert redact(text, found) == redacted
    assert screen(redact(text, found), TODAY) == []


@pytest.mark.parametrize(("text", "surnames"), [
    ("Peeters, mevrouw", ["Peeters"]),
    ("Janssens, dhr.", ["Janssens"]),
    ("Vermeulen, meneer", ["Vermeulen"]),
    ("Aanwezig: Peeters, mevrouw; Janssens, dhr.; Vermeulen, meneer.",
     ["Peeters", "Janssens", "Vermeulen"]),
    ("Peeters, mevr.\nJanssens, mijnheer\nDubois, madame", ["Peeters", "Janssens", "Dubois"]),
    ("Van der Linden, mevrouw, De Smet, meneer en d'Hondt, juffrouw",
     ["Van der Linden", "De Smet", "d'Hondt"]),
    ("Dupont, Mme et Aït-Ali, M.", ["Dupont", "Aït-Ali"]),
    ("Janssens (dhr.) en Peeters (mevrouw) belden.", ["Janssens", "Peeters"]),
    ("Claes, fam. – geen antwoord", ["Claes"]),
    ("Peeters, de heer", ["Peeters"]),
    ("Aanwezig: Peeters, de heer; Janssens (de heer)", ["Peeters", "Janssens"]),
    # the sentence goes on about the person: what they did
    ("Peeters, mevrouw, belde gisteren terug.", ["Peeters"]),
    ("Peeters, mevrouw, belde…", ["Peeters"]),
    ("Janssens, de heer, kwam niet opdagen; Maes, mevr., heeft gemaild.", ["Janssens", "Maes"]),
])
def test_a_name_with_its_title_after_it_is_found(text, surnames):
    """How staff write a list; only "mevrouw Peeters" was found."""
    assert [(f.kind, f.text) for f in screen(text, TODAY)] == [(NAME, s) for s in surnames]


@pytest.mark.parametrize(("text", "surnames"), [
    ("De heer Peeters wacht al drie maanden op een antwoord.", ["Peeters"]),
    ("Gesprek met de heer Van Damme en mevrouw Janssens.", ["Van Damme", "Janssens"]),
    ("De Heer Peeters, mevrouw Janssens", ["Peeters", "Janssens"]),
    # a list pasted line by line: "mevrouw" then "De" on the next line read as a title and a
    # name (not one), and "De heer" was passed
    ("Betrokken:\nPeeters, mevrouw\nDe heer Claes", ["Peeters", "Claes"]),
    # nor is the next line's title taken for a name ("[naam]. [naam]")
    ("Peeters, mevrouw\nDhr. Claes\nJanssens, mevr.\nMeneer Maes", ["Peeters", "Claes",
                                                                    "Janssens", "Maes"]),
    ("De heer des huizes en de heer en meester wachten.", []),
])
def test_a_name_after_de_heer_is_found(text, surnames):
    """How a letter names a man ("De heer Peeters"); only "meneer Peeters" was found."""
    assert [f.text for f in screen(text, TODAY) if f.kind == NAME] == surnames


@pytest.mark.parametrize(("text", "surnames"), [
    ("Het onthaal, mevrouw de schepen zegt dat het beter wordt.", []),
    ("Het Onthaal, mevrouw de schepen zegt dat het beter wordt.", []),
    ("Wachten, meneer, duurt lang.", []),
    ("Wachten, meneer.", []),
    ("Wachten, mevrouw, had geen zin. Momentje, meneer! Proficiat, mevrouw.", []),
    ("Gesprek met Peeters, de heer des huizes.", []),
    ("Goedemorgen, mevrouw. Nee, meneer, dat kan niet. Dag, madame!", []),
    ("Bij het OCMW Genk, mevrouw Peeters, was het dicht.", ["Peeters"]),
    ("Thema's: Wonen, Gezin, Werk en Familie, gezin en welzijn.", []),
    ("Doorverwezen door het Onthaal, mw.", []),
])
def test_a_word_before_a_title_is_not_taken_for_a_name_when_the_sentence_goes_on(text, surnames):
    """A greeting or an answer said to someone, a sentence that goes on after the title, a
    title that introduces a name of its own, a family word in a list of themes, "mw" for a
    social worker ("maatschappelijk werker")."""
    assert [f.text for f in screen(text, TODAY) if f.kind == NAME] == surnames
