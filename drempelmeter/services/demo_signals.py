"""The demo trajectory's signals: what the partners of the fictional Demervallei noticed."""

from __future__ import annotations

SH, OH, CAW, ZZ, SA, HVK, KG, BRUG = (
    "Sociaal Huis Demerstad", "OCMW Heuvelgem", "CAW Demervallei", "DMW Ziekenfonds Zorgzaam",
    "DMW Ziekenfonds Samenhuis", "Huis van het Kind Demerstad",
    "Kind en Gezin, regioteam Demervallei", "Armoedevereniging Het Heuvelhuis",
)

#: (partner, B, level, moment, channel, target groups, life domains, severity, frequency,
#:  description); their status follows from the barrier and the action they ended up in.
SIGNALS: tuple[tuple, ...] = (
    (SH, "bekendheid", "organisation", "before_door", "online", ("poverty",), ("income",), 3,
     "weekly", "Mensen weten niet dat ze bij het sociaal huis terechtkunnen voor een "
     "verhoogde tegemoetkoming; ze denken dat dit enkel via het ziekenfonds gaat."),
    (SH, "bereikbaarheid", "organisation", "at_door", "phone", ("elderly",), ("social_services",),
     3, "daily", "De telefoon wordt tussen 12 en 14 uur niet opgenomen, net wanneer "
     "werkende ouders kunnen bellen."),
    (SH, "begrijpbaarheid", "organisation", "after_door", "letters", ("low_literacy",),
     ("income",), 4, "weekly", "Brieven over een terugvordering van leefloon zijn zo "
     "ingewikkeld dat mensen ze ongeopend laten liggen."),
    (SH, "beschikbaarheid", "organisation", "at_door", "desk", ("poverty", "homeless"),
     ("housing",), 3, "weekly", "Wie zonder afspraak komt, wordt vaak gevraagd later "
     "terug te komen; een deel komt niet meer terug."),
    (SH, "betrouwbaarheid", "relationship", "after_door", "desk", ("newcomers",),
     ("social_services",), 2, "monthly", "Nieuwkomers vrezen dat wat ze vertellen "
     "gevolgen heeft voor hun verblijfsrecht en houden informatie achter."),
    (SH, "bruikbaarheid", "organisation", "after_door", "online", ("digitally_excluded",),
     ("income",), 3, "weekly", "Aanvragen voor de energiepremie kunnen enkel online; "
     "wie geen computer heeft, moet iemand anders om hulp vragen."),
    (SH, "betreedbaarheid", "organisation", "at_door", "desk", ("disability", "elderly"),
     ("social_services",), 3, "monthly", "De zware voordeur en de trap aan de "
     "ingang houden mensen met een rolstoel of rollator buiten."),
    (SH, "betaalbaarheid", "client", "before_door", "via_partner", ("poverty",), ("health",), 3,
     "weekly", "Mensen stellen een bezoek aan de huisarts uit omdat ze het remgeld "
     "niet kunnen voorschieten."),
    (SH, "beschikbaarheid", "organisation", "after_door", "desk", ("poverty",), ("income",), 3,
     "weekly", "Voor budgetbegeleiding is er een wachtlijst van enkele maanden; ondertussen "
     "lopen de schulden verder op."),
    (SH, "begrijpbaarheid", "policy", "after_door", "letters", ("low_literacy", "elderly"),
     ("housing",), 3, "monthly", "Het aanvraagformulier voor de tussenkomst in de "
     "verwarmingskosten verwijst naar wetteksten in plaats van uit te leggen wat je moet doen."),
    (SH, "bereikbaarheid", "organisation", "at_door", "phone", ("young_families",),
     ("social_services",), 2, "weekly", "Een afspraak verzetten kan enkel telefonisch tijdens "
     "de spreekuren; mailen of een bericht sturen kan niet."),
    (OH, "bekendheid", "network", "before_door", "via_partner", ("elderly",), ("income",), 3,
     "monthly", "Ouderen op het platteland kennen de gratis ondersteuning bij hun "
     "belastingaangifte niet."),
    (OH, "bereikbaarheid", "society", "before_door", "desk", ("elderly", "poverty"),
     ("social_services",), 4, "daily", "De bus naar het OCMW rijdt maar twee keer per "
     "dag; wie geen auto heeft, raakt er moeilijk."),
    (OH, "beschikbaarheid", "organisation", "after_door", "desk", ("mental_health",),
     ("health",), 3, "weekly", "De wachttijd voor een eerste gesprek bij de "
     "schuldbemiddeling loopt op tot acht weken."),
    (OH, "begrijpbaarheid", "policy", "after_door", "letters", ("low_literacy", "newcomers"),
     ("income",), 3, "weekly", "Formulieren voor een huurpremie vragen bewijsstukken "
     "die mensen niet kunnen thuisbrengen."),
    (OH, "betrouwbaarheid", "relationship", "at_door", "desk", ("poverty",),
     ("social_services",), 2, "monthly", "In een kleine gemeente kent iedereen "
     "iedereen; mensen schamen zich om gezien te worden aan het loket."),
    (OH, "betaalbaarheid", "policy", "after_door", "letters", ("poverty",), ("housing",), 3,
     "monthly", "De kosten van een attest of uittreksel houden mensen tegen om hun "
     "dossier volledig te maken."),
    (CAW, "bekendheid", "network", "before_door", "via_partner", ("mental_health",),
     ("social_services",), 3, "weekly", "Huisartsen verwijzen zelden door naar het "
     "onthaal van het CAW omdat ze niet weten wat er kan."),
    (CAW, "bereikbaarheid", "organisation", "before_door", "phone", ("homeless",),
     ("housing",), 4, "daily", "Mensen zonder vaste verblijfplaats hebben vaak geen "
     "belkrediet en kunnen de onthaallijn niet bellen."),
    (CAW, "beschikbaarheid", "organisation", "after_door", "desk", ("homeless", "mental_health"),
     ("housing",), 4, "weekly", "De wachtlijst voor begeleid wonen is zo lang dat "
     "medewerkers er niet meer naar doorverwijzen."),
    (CAW, "begrijpbaarheid", "relationship", "after_door", "desk", ("newcomers",),
     ("social_services",), 3, "weekly", "Er is geen tolk beschikbaar bij een eerste "
     "gesprek; de vraag blijft daardoor vaag."),
    (CAW, "bruikbaarheid", "network", "after_door", "via_partner", ("mental_health",),
     ("health",), 3, "monthly", "Na doorverwijzing naar de geestelijke "
     "gezondheidszorg valt de opvolging weg; niemand houdt het overzicht."),
    (CAW, "betrouwbaarheid", "relationship", "at_door", "desk", ("youth",),
     ("social_services",), 2, "monthly", "Jongeren hebben slechte ervaringen met "
     "hulpverlening en komen pas wanneer het echt niet meer gaat."),
    (CAW, "betaalbaarheid", "client", "before_door", "outreach", ("homeless",), ("health",), 3,
     "weekly", "Voor een nieuwe identiteitskaart moet eerst betaald worden; zonder "
     "kaart lukt geen enkele aanvraag."),
    (CAW, "begripvolheid", "relationship", "at_door", "desk", ("poverty",),
     ("social_services",), 2, "monthly", "Mensen voelen zich aan het onthaal "
     "beoordeeld op hun uiterlijk of hun taal."),
    (ZZ, "bekendheid", "organisation", "before_door", "letters", ("chronically_ill",),
     ("health",), 3, "monthly", "Leden weten niet dat het ziekenfonds een "
     "maatschappelijk werker heeft die mee naar hun rechten kijkt."),
    (ZZ, "bereikbaarheid", "organisation", "at_door", "desk", ("elderly", "chronically_ill"),
     ("health",), 3, "weekly", "Het kantoor in het centrum is enkel in de voormiddag "
     "open; zieke leden raken er moeilijk op tijd."),
    (ZZ, "beschikbaarheid", "policy", "after_door", "letters", ("chronically_ill",),
     ("income",), 3, "monthly", "Een aanvraag voor een zorgbudget loopt vast omdat "
     "een medisch verslag maanden op zich laat wachten."),
    (ZZ, "begrijpbaarheid", "organisation", "after_door", "letters", ("low_literacy",),
     ("health",), 3, "weekly", "De afrekening van de maximumfactuur is onleesbaar; "
     "mensen weten niet of ze nog iets moeten doen."),
    (ZZ, "bruikbaarheid", "organisation", "after_door", "online", ("digitally_excluded",
     "elderly"), ("health",), 3, "weekly", "Documenten moeten via de app worden "
     "opgeladen; ouderen zonder smartphone blijven met hun papieren zitten."),
    (ZZ, "betaalbaarheid", "client", "before_door", "phone", ("chronically_ill", "poverty"),
     ("health",), 4, "monthly", "Mensen met een chronische ziekte laten "
     "behandelingen vallen omdat de kosten zich opstapelen."),
    (ZZ, "betrouwbaarheid", "relationship", "after_door", "phone", ("elderly",),
     ("health",), 2, "rarely", "Leden denken dat de sociale dienst van het ziekenfonds "
     "hun gegevens doorgeeft aan de adviserend arts."),
    (ZZ, "betaalbaarheid", "client", "before_door", "desk", ("poverty", "elderly"), ("health",),
     3, "weekly", "De kosten van een tandarts of een bril voorschieten lukt niet; leden stellen "
     "de zorg uit tot het echt niet anders kan."),
    (SA, "bekendheid", "organisation", "before_door", "online", ("newcomers",), ("health",), 3,
     "monthly", "Nieuwkomers weten niet dat ze zich bij een ziekenfonds moeten "
     "aansluiten om terugbetaling te krijgen."),
    (SA, "bereikbaarheid", "organisation", "before_door", "phone", ("young_families",),
     ("family",), 2, "weekly", "Het wachtmuziekje aan de telefoon duurt zo lang dat "
     "mensen inhaken voor ze iemand spreken."),
    (SA, "beschikbaarheid", "organisation", "after_door", "desk", ("disability",),
     ("health",), 3, "monthly", "Huisbezoeken zijn enkel mogelijk op aanvraag van "
     "de huisarts; wie geen huisarts heeft, valt uit de boot."),
    (SA, "begrijpbaarheid", "organisation", "after_door", "letters", ("low_literacy",),
     ("income",), 3, "weekly", "Brieven over arbeidsongeschiktheid gebruiken termen "
     "die leden niet begrijpen, zoals 'controle-arts' en 'reïntegratietraject'."),
    (SA, "betaalbaarheid", "policy", "after_door", "letters", ("poverty",), ("health",), 3,
     "monthly", "De verhoogde tegemoetkoming wordt niet automatisch toegekend; "
     "wie het niet vraagt, betaalt te veel."),
    (SA, "betrouwbaarheid", "relationship", "at_door", "desk", ("mental_health",),
     ("health",), 2, "monthly", "Leden met psychische problemen voelen zich "
     "gecontroleerd in plaats van geholpen."),
    (HVK, "bekendheid", "network", "before_door", "via_partner", ("young_families",
     "newcomers"), ("family",), 3, "weekly", "Jonge ouders kennen het Huis van het "
     "Kind enkel als consultatiebureau, niet voor vragen over geld of wonen."),
    (HVK, "beschikbaarheid", "network", "after_door", "via_partner", ("young_families",),
     ("education",), 3, "monthly", "Voor kinderopvang met een inkomenstarief is "
     "een wachtlijst van meer dan een jaar."),
    (HVK, "begrijpbaarheid", "organisation", "before_door", "letters", ("newcomers",
     "low_literacy"), ("family",), 3, "weekly", "Folders zijn enkel in het "
     "Nederlands en met veel tekst."),
    (HVK, "bruikbaarheid", "organisation", "at_door", "desk", ("young_families",),
     ("family",), 2, "monthly", "Activiteiten vallen tijdens de werkuren, wanneer "
     "werkende ouders niet kunnen komen."),
    (HVK, "betrouwbaarheid", "relationship", "after_door", "outreach", ("young_families",),
     ("family",), 3, "monthly", "Ouders vrezen dat een vraag om hulp leidt tot een "
     "melding en houden hun zorgen voor zich."),
    (HVK, "betaalbaarheid", "client", "before_door", "desk", ("young_families", "poverty"),
     ("leisure",), 2, "monthly", "Voor activiteiten wordt een kleine bijdrage "
     "gevraagd; voor sommige gezinnen is dat al te veel."),
    (KG, "bekendheid", "policy", "before_door", "online", ("young_families",), ("income",), 3,
     "monthly", "Ouders weten niet dat ze recht hebben op een sociale toeslag in het "
     "Groeipakket en vragen die niet aan."),
    (KG, "beschikbaarheid", "organisation", "after_door", "outreach", ("young_families",
     "mental_health"), ("family",), 3, "monthly", "Voor gezinsondersteuning aan "
     "huis is er meer vraag dan medewerkers."),
    (KG, "begrijpbaarheid", "organisation", "after_door", "online", ("newcomers",),
     ("family",), 3, "weekly", "De online afsprakenplanner is enkel in het "
     "Nederlands en moeilijk te gebruiken op een oude telefoon."),
    (KG, "bruikbaarheid", "network", "after_door", "via_partner", ("young_families",),
     ("family",), 2, "monthly", "Na een doorverwijzing naar het CAW hoort de "
     "verpleegkundige niet meer of het gezin geholpen is."),
    (KG, "betrouwbaarheid", "relationship", "after_door", "outreach", ("young_families",),
     ("family",), 3, "monthly", "Sommige ouders zien de verpleegkundige als "
     "controle en laten huisbezoeken afzeggen."),
    (KG, "bekendheid", "network", "before_door", "via_partner", ("young_families",),
     ("family",), 2, "monthly", "Vroedvrouwen verwijzen zelden door naar het Huis "
     "van het Kind voor vragen die niet medisch zijn."),
    (BRUG, "bekendheid", "network", "before_door", "via_partner", ("poverty",),
     ("social_services",), 3, "weekly", "Leden weten niet welke dienst waarvoor "
     "bevoegd is en worden van het ene naar het andere loket gestuurd."),
    (BRUG, "bereikbaarheid", "society", "before_door", "desk", ("poverty",),
     ("social_services",), 3, "weekly", "Verplaatsingen naar drie verschillende "
     "diensten kosten geld en een halve dag."),
    (BRUG, "beschikbaarheid", "organisation", "at_door", "desk", ("poverty",),
     ("social_services",), 3, "weekly", "Wie om een afspraak vraagt, krijgt vaak "
     "pas een datum na enkele weken; het probleem is dan groter geworden."),
    (BRUG, "begrijpbaarheid", "relationship", "after_door", "desk", ("poverty",
     "low_literacy"), ("income",), 3, "weekly", "Hulpverleners spreken in "
     "afkortingen; mensen durven niet te zeggen dat ze het niet begrijpen."),
    (BRUG, "bruikbaarheid", "organisation", "after_door", "desk", ("poverty",),
     ("income",), 3, "monthly", "Mensen moeten hun verhaal bij elke dienst "
     "opnieuw vertellen."),
    (BRUG, "betrouwbaarheid", "relationship", "at_door", "desk", ("poverty",),
     ("social_services",), 4, "weekly", "Na een weigering durven mensen niet "
     "opnieuw te vragen, ook niet wanneer hun situatie veranderd is."),
    (BRUG, "betaalbaarheid", "client", "before_door", "desk", ("poverty",), ("leisure",), 2,
     "monthly", "De vrijetijdspas is bekend, maar wie hem gebruikt, voelt zich "
     "aan de kassa als arm aangewezen."),
    (BRUG, "begripvolheid", "relationship", "at_door", "desk", ("poverty",),
     ("social_services",), 3, "weekly", "Mensen voelen zich niet serieus genomen "
     "wanneer ze met een vriend of ervaringsdeskundige komen."),
    (BRUG, "betrouwbaarheid", "relationship", "before_door", "desk", ("poverty",
     "young_families"), ("family",), 3, "weekly", "Leden vrezen dat een vraag om hulp "
     "gevolgen heeft voor hun leefloon of dat er iemand naar hun kinderen komt kijken."),
    (BRUG, "begrijpbaarheid", "organisation", "after_door", "letters", ("poverty",
     "low_literacy"), ("income",), 3, "weekly", "Brieven met een termijn om te reageren "
     "worden pas begrepen als iemand ze voorleest; dan is de termijn vaak al voorbij."),
)
