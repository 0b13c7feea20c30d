"""A labelled corpus for the personal-data guard: signal texts in Dutch and French, made up here."""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

KINDS = ("national_number", "iban", "email", "phone", "birth_date", "address", "name")


@dataclass(frozen=True)
class Sample:
    """One text; `kind` and `value` say what personal data was planted in it (None: nothing)."""

    text: str
    kind: str | None = None
    value: str | None = None

    @property
    def span(self) -> tuple[int, int]:
        assert self.value is not None
        start = self.text.index(self.value)
        return start, start + len(self.value)


# -- numbers with real check digits -------------------------------------------------------------

def national_number(rng: random.Random, bis: bool = False) -> str:
    born = date(1930, 1, 1) + timedelta(days=rng.randrange(95 * 365))
    month = born.month + (rng.choice((20, 40)) if bis else 0)
    body = int(f"{born:%y}{month:02d}{born:%d}{rng.randint(1, 997):03d}")
    base = 2_000_000_000 + body if born.year >= 2000 else body
    return f"{body:09d}{97 - base % 97:02d}"


def _iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban(rng: random.Random) -> str:
    country = rng.choice(("BE", "BE", "BE", "NL", "DE", "LU", "FR"))
    if country == "BE":
        account = rng.randrange(10**10)
        return _iban("BE", f"{account:010d}{account % 97 or 97:02d}")
    if country == "NL":
        bank = rng.choice(("ABNA", "INGB", "RABO", "TRIO"))
        return _iban("NL", bank + "".join(rng.choices(string.digits, k=10)))
    if country == "FR":  # bank, branch and account, then the RIB key
        bank, branch, account = (rng.randrange(10**n) for n in (5, 5, 11))
        key = 97 - (89 * bank + 15 * branch + 3 * account) % 97
        return _iban("FR", f"{bank:05d}{branch:05d}{account:011d}{key:02d}")
    length = {"DE": 18, "LU": 16}[country]
    return _iban(country, "".join(rng.choices(string.digits, k=length)))


def enterprise_number(rng: random.Random) -> str:
    body = rng.randint(2_000_000, 19_999_999)
    digits = f"{body:08d}{97 - body % 97:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


# -- spellings ----------------------------------------------------------------------------------

NATIONAL_SPELLINGS: tuple[Callable[[str], str], ...] = (
    lambda d: f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}",
    lambda d: d,
    lambda d: f"{d[:2]}-{d[2:4]}-{d[4:6]}-{d[6:9]}-{d[9:]}",
    lambda d: f"{d[:2]}/{d[2:4]}/{d[4:6]}-{d[6:9]}.{d[9:]}",
    lambda d: f"{d[:2]}.{d[2:4]}.{d[4:6]} - {d[6:9]}.{d[9:]}",
    lambda d: f"{d[:6]}-{d[6:9]}-{d[9:]}",
    lambda d: f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:]}",
)
FIRST = ("jan", "an", "mohamed", "lien", "kevin", "fatima", "marie", "pieter", "sofie", "yusuf",
         "els", "bart", "nathalie", "luc", "ines", "amina", "dirk", "chloe", "olivier", "emma")
LAST = ("peeters", "janssens", "maes", "jacobs", "mertens", "willems", "claes", "goossens",
        "wouters", "dubois", "lambert", "dupont", "el amrani", "vermeulen", "desmet", "martin")
DOMAINS = ("telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.com", "outlook.be",
           "yahoo.fr", "live.be", "ocmw-heuvelgem.be", "caw.be", "scarlet.be", "voo.be")
SURNAMES = ("Vermeulen", "Claes", "Peeters", "Janssens", "Maes", "Willems", "Goossens", "Wouters",
            "De Smet", "Van der Linden", "Vanden Bossche", "De Backer", "Van Damme", "Dubois",
            "Lambert", "Dupont", "Lejeune", "Le Roy", "Van Acker", "De Clercq", "Mertens",
            "El Idrissi", "Diallo", "Nowak", "Vandenberghe", "D'Hondt", "Verstraeten", "Hermans")
TITLES = ("Dhr.", "Mevr.", "meneer", "mevrouw", "Meneer", "Mevrouw", "mijnheer", "juffrouw",
          "familie", "het gezin", "de familie", "Monsieur", "Madame", "M.", "Mme", "dhr.", "Fam.")
STEMS = ("Kerk", "Stations", "Dorps", "Molen", "School", "Beek", "Linden", "Kapel", "Nieuw",
         "Hoog", "Veld", "Bos", "Heide", "Brugse", "Kasteel", "Pastorij", "Sint-Jans", "Lange Nieuw",
         "Kolonel Begault", "Koning Albert", "Brusselse", "Tiense", "Gentse")
ENDINGS = ("straat", "str.", "laan", "lei", "plein", "markt", "steenweg", "stwg.", "dreef", "baan",
           "weg", "kaai", "vest", "wegel", "hof", "pad", "dijk", "singel")
WHOLE_STREETS = ("Grote Markt", "Meir", "Oude Baan", "Kouter", "Korenmarkt", "Groenplaats",
                 "Nieuwe Steenweg", "Lange Lozanastraat", "Graslei", "Vrijdagmarkt")
FRENCH_STREETS = ("rue de la Station", "Rue Haute", "avenue Louise", "av. de la Couronne",
                  "chaussée de Wavre", "chée de Louvain", "boulevard Anspach", "bd du Midi",
                  "place Flagey", "quai aux Briques", "rue des Tanneurs", "Rue du Moulin",
                  "square Ambiorix", "allée des Roses", "chemin du Bois", "drève de Lorraine")
MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december")
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")


def email(rng: random.Random) -> str:
    local = rng.choice(FIRST) + rng.choice((".", "_", "", ".")) + rng.choice(LAST).replace(" ", "")
    local += rng.choice(("", "", str(rng.randint(1, 99))))
    domain = rng.choice(DOMAINS)
    name, tld = domain.rsplit(".", 1)
    return rng.choice((
        f"{local}@{domain}", f"{local}@{domain}", f"{local} (at) {domain}",
        f"{local}[at]{name}[dot]{tld}", f"{local} apenstaartje {name} punt {tld}",
        f"{local} at {name} dot {tld}", f"{local}(at){domain}", f"{local} @ {domain}",
    ))


def phone(rng: random.Random) -> str:
    d = "".join(rng.choices(string.digits, k=8))
    mobile = f"4{rng.choice('6789')}{rng.randint(0, 9)}"
    zone = rng.choice(("11", "13", "14", "15", "16", "50", "51", "53", "56", "57", "58", "59",
                       "89", "87", "81"))
    big = rng.choice(("2", "3", "9"))
    return rng.choice((
        f"0{mobile} {d[:2]} {d[2:4]} {d[4:6]}", f"0{mobile}/{d[:2]}.{d[2:4]}.{d[4:6]}",
        f"+32 {mobile} {d[:2]} {d[2:4]} {d[4:6]}", f"+32-{mobile}-{d[:2]}-{d[2:4]}-{d[4:6]}",
        f"0032 {mobile} {d[:2]} {d[2:4]} {d[4:6]}", f"0{mobile} / {d[:2]} {d[2:4]} {d[4:6]}",
        f"0{mobile}{d[:6]}", f"(0{zone}) {d[:2]} {d[2:4]} {d[4:6]}",
        f"0{zone}/{d[:2]}.{d[2:4]}.{d[4:6]}", f"+32 (0){zone} {d[:2]} {d[2:4]} {d[4:6]}",
        f"0{big} {d[:3]} {d[3:5]} {d[5:7]}", f"0{big}/{d[:3]}.{d[3:5]}.{d[5:7]}",
        f"+31 6 {d}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+352 621 {d[:3]} {d[3:6]}",
    ))


def birth_date(rng: random.Random) -> tuple[str, str]:
    """A birth-date cue and a date, spelled as people write them."""
    born = date(1935, 1, 1) + timedelta(days=rng.randrange(89 * 365))
    french = rng.random() < 0.3
    spelled = rng.choice((
        f"{born.day} {(MONTHS_FR if french else MONTHS_NL)[born.month - 1]} {born.year}",
        f"{born:%d/%m/%Y}", f"{born:%d.%m.%Y}", f"{born:%d-%m-%Y}", f"{born:%d/%m/%y}",
        f"{born.day}/{born.month}/{born:%y}", f"{born:%Y-%m-%d}", f"{born:%d.%m.%y}",
    ))
    cue = rng.choice(("né le", "née le", "né(e) le", "date de naissance :") if french else
                     ("geboren op", "geboren", "geb.", "°", "geboortedatum:", "(°", "geboren in Genk op"))
    return cue, spelled


def address(rng: random.Random) -> str:
    number = str(rng.randint(1, 240)) + rng.choice(("", "", "", "A", "b"))
    box = rng.choice(("", "", "", f" bus {rng.randint(1, 20)}", f"/{rng.randint(1, 9)}",
                      f" b{rng.randint(1, 9)}"))
    kind = rng.random()
    if kind < 0.2:
        return f"{rng.choice(FRENCH_STREETS)} {number}{box.replace('bus', 'bte')}"
    street = rng.choice(WHOLE_STREETS) if kind < 0.35 else rng.choice(STEMS) + rng.choice(ENDINGS)
    if street.endswith((" Tiense", " Gentse")):
        street += "straat"
    return f"{street} {rng.choice(('', '', 'nr. '))}{number}{box}"


# -- sentences ----------------------------------------------------------------------------------

CONTEXTS: dict[str, tuple[str, ...]] = {
    "national_number": (
        "Cliënt met rijksregisternummer {} kreeg geen leefloon.",
        "Het rijksregisternr. {} staat nog op de aanvraag van het CAW.",
        "Numéro national {} : le dossier est bloqué au CPAS.",
        "Bij de aanvraag werd {} ingevuld en het OCMW vond het dossier niet.",
        "NN {} — de mutualiteit weigert de terugbetaling.",
    ),
    "iban": (
        "De huur wordt gestort op {} maar de verhuurder zegt niets te ontvangen.",
        "Rekening {} is geblokkeerd door de schuldbemiddelaar.",
        "Le virement vers {} n'est jamais arrivé.",
        "Het groeipakket komt op {}, de rekening van de ex-partner.",
        "IBAN {} staat op het formulier, dat klopt niet meer.",
    ),
    "email": (
        "De cliënte mailde vanaf {} maar kreeg geen antwoord van het loket.",
        "Haar adres {} staat in het aanvraagformulier van het sociaal verhuurkantoor.",
        "Contact via {} voor de afspraak bij de budgetbegeleiding.",
        "Il écrit à partir de {} et le CPAS ne répond pas.",
        "Stuur de documenten naar {} volgens de buurtwerker.",
    ),
    "phone": (
        "Mevrouw is enkel bereikbaar op {} na de schooluren.",
        "Bel de cliënt op {} voor de opvolging van het huurdossier.",
        "Zijn gsm {} staat uit sinds de afsluiting.",
        "On peut le joindre au {} le matin.",
        "Terugbellen naar {} lukte drie keer niet.",
    ),
    "birth_date": (
        "De zoon, {cue} {date}, heeft nog geen kinderbijslag.",
        "Cliënte {cue} {date} vindt de weg naar het OCMW niet.",
        "Een man {cue} {date} kreeg zijn pensioen niet uitbetaald.",
        "La dame, {cue} {date}, attend toujours son allocation.",
        "Het kind ({cue} {date}) staat op de wachtlijst van de kinderopvang.",
    ),
    "address": (
        "Het gezin woont in de {} en heeft geen vervoer naar het loket.",
        "Adres: {}, de bel werkt niet en post komt niet aan.",
        "Huisbezoek op {} toonde vochtproblemen in de sociale woning.",
        "Il habite {} et n'a pas de chauffage.",
        "Mevrouw verhuist naar {} zonder dat het OCMW het weet.",
    ),
    "name": (
        "{} belde drie keer zonder antwoord van de dienst.",
        "Gisteren kwam {} opnieuw langs aan het onthaal.",
        "Volgens de buurtwerker weet {} niet dat er een toelage bestaat.",
        "{} n'a pas reçu de réponse du CPAS.",
        "We zagen {} uit de wijk opnieuw met een afsluitingsbrief.",
    ),
}

NEGATIVES = (
    "De wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie wordt streng gelezen.",
    "Volgens art. 12 van het decreet moet het OCMW binnen 30 dagen beslissen.",
    "Artikel 5 van het reglement is onduidelijk voor nieuwkomers.",
    "De uitkering komt 3 maanden te laat, gezinnen raken in de schulden.",
    "Op de woningmarkt 3 jaar wachten is de regel voor een sociale woning.",
    "Bel de gratis lijn 0800 12 345 voor energievragen.",
    "Het nummer 078 15 25 35 van de mutualiteit is altijd bezet.",
    "De lijn 070 22 33 44 kost geld, mensen haken af.",
    "Wie 1700 belt, krijgt een keuzemenu dat niemand begrijpt.",
    "Tele-Onthaal (106) en de Zelfmoordlijn (1813) zijn niet gekend.",
    "In nood 112 of 101, maar mensen durven niet bellen.",
    "Kinder- en Jongerentelefoon 102 is onbekend bij jongeren.",
    "De vzw heeft KBO-nummer {kbo} en vraagt subsidies aan.",
    "Ondernemingsnummer {kbo} staat op elke factuur van de energieleverancier.",
    "Numéro d'entreprise {kbo} : le fournisseur refuse le plan de paiement.",
    "Sinds 1 juli 2024 is het loket op dinsdag dicht.",
    "De vergadering van 12/03/2026 werd verplaatst naar het gemeentehuis.",
    "Een bedrag van € 1.250,00 per maand is te weinig om rond te komen.",
    "In 2025 kwamen 350 mensen langs; 12 % haakte af na het eerste gesprek.",
    "Wachttijd van 6 tot 8 weken voor een eerste gesprek bij het CAW.",
    "Het kantoor is open van 9.00 tot 12.30 uur, niet na de werkuren.",
    "Kamer 1.12 in het sociaal huis is niet rolstoeltoegankelijk.",
    "Versie 2.14.3 van het aanvraagformulier is onduidelijk.",
    "Factuur 2026-000123 werd twee keer verstuurd door de watermaatschappij.",
    "Dossiernummer 12345678901 staat op de brief, maar niemand vindt het dossier.",
    "Postcodes 3500 Hasselt en 3600 Genk vallen buiten het werkingsgebied.",
    "Het loket in de Stationsstraat is slecht bereikbaar met de bus.",
    "Mevrouw kreeg geen antwoord op haar vraag over de huurpremie.",
    "Het gezin kon niet langskomen omdat er geen opvang was.",
    "De familie wist niet dat er een sociaal tarief bestaat.",
    "Meneer de burgemeester beloofde een extra loket.",
    "Madame la Ministre a annoncé une réforme des allocations.",
    "Le CPAS répond après 3 mois, la loi du 8 juillet 1976 prévoit 30 jours.",
    "Rue barrée : le bus 3 ne passe plus, les gens ratent leur rendez-vous.",
    "Op de Kerstmarkt 12 december stond een infostand van het OCMW.",
    "Zeker 40 procent van de cliënten heeft geen digitale sleutel.",
    "Lijn 3 en lijn 12 rijden niet meer na 20 uur naar het sociaal huis.",
    "Het budget steeg van 2019-2023 met 14 %, de wachtlijsten niet.",
    "Formulier A12 en bijlage 3 zijn enkel in het Nederlands beschikbaar.",
    "Op het Marktplein 2 keer per maand een zitdag, dat is te weinig.",
    "Na de herziening van 1 januari 2025 verloren 45 gezinnen hun toelage.",
    "Het decreet van 9 februari 2024 over lokaal sociaal beleid wordt niet toegepast.",
    "De Kerkstraat is afgesloten, de ingang ligt nu achteraan.",
    "Een rekeningnummer als {badiban} klopt niet en wordt geweigerd.",
    "Het nummer {badnn} is geen geldig rijksregisternummer.",
    "Leeftijd 65+: 3 op 10 kent de dienst niet.",
    "Het OCMW betaalde 3 maanden huur voor 12 gezinnen.",
    "De afspraak op 14/02 om 10u30 werd door de dienst geannuleerd.",
    "Gezinnen met 3 kinderen wachten gemiddeld 2 jaar.",
    "Le délai de 45 jours prévu à l'article 58 n'est pas respecté.",
    "Un loyer de 750 euros pour 2 pièces, c'est la moitié du revenu.",
    "Woonzorgcentrum: 120 bedden, 300 mensen op de wachtlijst.",
    "Het formulier van 2018 vraagt nog een fax naar 02/...; niemand heeft een fax.",
    "Code 4512 3365 op de brief van de belastingdienst is onleesbaar.",
    "Wijziging per 01.01.2026 van het sociaal tarief is niet gecommuniceerd.",
    "De hoorzitting van 2025-10-14 werd zonder tolk gehouden.",
    "De cliënt had 2 jaar huurachterstal en 1 maand opzeg.",
    "In de Wetstraat wordt beslist, maar het loket in de Brugstraat moet het uitleggen.",
    "Zitdag in het Gemeenteplein om 9 uur, veel mensen staan buiten in de regen.",
    "Monsieur le bourgmestre n'a pas répondu au courrier du réseau.",
)


def generated_negative(rng: random.Random) -> str:
    """A clean signal text with numbers that are not personal data: laws, articles, free lines,
    counts after a street-like word, meeting dates, amounts."""
    day, year = rng.randint(1, 28), rng.randint(1970, 2026)
    month = rng.choice(MONTHS_NL)
    return rng.choice((
        f"De wet van {day} {month} {year} wordt door elk OCMW anders toegepast.",
        f"Het decreet van {day} {month} {year}, art. {rng.randint(1, 120)}, is te streng.",
        f"Volgens artikel {rng.randint(1, 300)} moet de beslissing binnen {rng.randint(8, 60)} dagen vallen.",
        f"La loi du {day} {rng.choice(MONTHS_FR)} {year} n'est pas appliquée par le CPAS.",
        f"Bel het gratis nummer 0800 {rng.randint(10, 99)} {rng.randint(100, 999)} voor hulp.",
        f"De infolijn 078 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} is duur.",
        f"De uitkering kwam {rng.randint(2, 11)} maanden te laat bij de gezinnen.",
        f"Op de woningmarkt {rng.randint(2, 9)} jaar wachten op een sociale woning.",
        f"De wachtlijst telt {rng.randint(20, 900)} gezinnen en {rng.randint(2, 40)} % haakt af.",
        f"De zitdag van {day}/{rng.randint(1, 12)}/{year} werd zonder verwittiging geschrapt.",
        f"Een factuur van € {rng.randint(100, 4000)},{rng.randint(10, 99)} is niet te betalen.",
        f"KBO {enterprise_number(rng)}: de energieleverancier weigert een afbetalingsplan.",
        f"Sinds {day} {month} {year} is het sociaal huis op woensdag gesloten.",
        f"Het loket aan de Markt is {rng.randint(2, 5)} dagen per week open, te weinig.",
        f"Il faut {rng.randint(2, 8)} semaines pour un rendez-vous au CPAS.",
    ))


def corpus(seed: int = 2026) -> list[Sample]:
    """The corpus, the same for the same seed: planted samples of every kind, then negatives."""
    rng = random.Random(seed)
    samples: list[Sample] = []
    for kind, contexts in CONTEXTS.items():
        for i in range(150):
            template = contexts[i % len(contexts)]
            if kind == "birth_date":
                cue, value = birth_date(rng)
                text = template.format(cue=cue, date=value)
                if cue == "(°" and "(" in template:
                    text = text.replace("((°", "(°")
            else:
                value = _value(rng, kind, template)
                text = template.format(value)
                if kind == "name":
                    value = value.split(" ", 2 if value.lower().startswith(("het ", "de ")) else 1)[-1]
            samples.append(Sample(text, kind, value))
    samples += [Sample(generated_negative(rng)) for _ in range(300)]
    for i in range(3 * len(NEGATIVES)):
        template = NEGATIVES[i % len(NEGATIVES)]
        good_iban, good_nn = iban(rng), national_number(rng)
        samples.append(Sample(template.format(
            kbo=enterprise_number(rng), badiban=_broken(good_iban), badnn=_broken(good_nn))))
    return samples


def _value(rng: random.Random, kind: str, template: str) -> str:
    if kind == "national_number":
        return rng.choice(NATIONAL_SPELLINGS)(national_number(rng, bis=rng.random() < 0.25))
    if kind == "iban":
        return _spaced(rng, iban(rng))
    if kind == "name":
        return _title_name(rng, template)
    return {"email": email, "phone": phone, "address": address}[kind](rng)


def _broken(number: str) -> str:
    """`number` with one check digit wrong (mod 97 never survives one changed digit)."""
    return f"{number[:-1]}{(int(number[-1]) + 1) % 10}"


def _spaced(rng: random.Random, number: str) -> str:
    if rng.random() < 0.4:
        return number
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4))


def _title_name(rng: random.Random, template: str) -> str:
    title = rng.choice(TITLES)
    if template.startswith("{}"):
        title = title[0].upper() + title[1:]
    return f"{title} {rng.choice(SURNAMES)}"
