"""The participant's page of each activity, rendered on the server as plain HTML forms (no
script needed), Dutch first, English and French too; every text from the file is escaped."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape

from ..domain.prioritisation import MOSCOW
from ..services.records import Poll
from ..services.room import Activity, Device
from ..services.validation import TEXT_MAX

LANGUAGES = ("nl", "en", "fr")

#: The page's own words; the data (questions, barriers, the action) stays as the file has it.
WORDS: dict[str, dict[str, str]] = {
    "title_poll": {"nl": "Buikgevoel per B", "en": "Gut feeling per B",
                   "fr": "Ressenti par B"},
    "title_dots": {"nl": "Stippen verdelen", "en": "Spread your dots",
                   "fr": "Répartir vos points"},
    "title_moscow": {"nl": "MoSCoW: wat moet, wat kan?", "en": "MoSCoW: must, could?",
                     "fr": "MoSCoW : indispensable, possible ?"},
    "title_premortem": {"nl": "Pre-mortem", "en": "Pre-mortem", "fr": "Pré-mortem"},
    "anonymous": {"nl": "Anoniem: niemand ziet wie wat antwoordde.",
                  "en": "Anonymous: nobody sees who answered what.",
                  "fr": "Anonyme : personne ne voit qui a répondu quoi."},
    "poll_intro": {"nl": "Kies per vraag het antwoord dat het best past. Je kan het wijzigen "
                         "tot de stemming sluit.",
                   "en": "Choose the answer that fits best for each question. You can change "
                         "it until the vote closes.",
                   "fr": "Choisissez la réponse qui convient le mieux à chaque question. Vous "
                         "pouvez la modifier jusqu'à la clôture."},
    "dots_intro": {"nl": "Je hebt {budget} stippen. Geef ze aan de drempels die voor jou het "
                         "zwaarst wegen (meer dan één op dezelfde mag).",
                   "en": "You have {budget} dots. Give them to the barriers that weigh most "
                         "for you (more than one on the same is fine).",
                   "fr": "Vous avez {budget} points. Donnez-les aux obstacles qui pèsent le "
                         "plus pour vous (plusieurs sur le même, c'est permis)."},
    "dots_left": {"nl": "Nog te geven: {left} van {budget}.",
                  "en": "Still to give: {left} of {budget}.",
                  "fr": "Encore à donner : {left} sur {budget}."},
    "moscow_intro": {"nl": "Kies per drempel: moet, zou moeten, kan, of nu niet.",
                     "en": "Choose for each barrier: must, should, could, or not now.",
                     "fr": "Choisissez pour chaque obstacle : indispensable, important, "
                           "possible, ou pas maintenant."},
    "no_choice": {"nl": "Geen keuze", "en": "No choice", "fr": "Pas de choix"},
    "premortem_risk": {"nl": "Stel: het is een jaar later en “{action}” is mislukt. Hoe kon "
                             "dat gebeuren?",
                       "en": "Imagine: a year from now, “{action}” has failed. How could that "
                             "happen?",
                       "fr": "Imaginez : dans un an, « {action} » a échoué. Comment est-ce "
                             "arrivé ?"},
    "premortem_need": {"nl": "Wat is er nodig opdat “{action}” slaagt?",
                       "en": "What does “{action}” need to succeed?",
                       "fr": "De quoi « {action} » a-t-il besoin pour réussir ?"},
    "your_text": {"nl": "Jouw tekst (één idee per keer)", "en": "Your text (one idea at a time)",
                  "fr": "Votre texte (une idée à la fois)"},
    "no_names": {"nl": "Schrijf geen namen of andere gegevens over personen. De coach leest "
                       "alles na voor het getoond wordt.",
                 "en": "Do not write names or other details about people. The coach reads "
                       "everything before it is shown.",
                 "fr": "N'écrivez ni noms ni autres données sur des personnes. Le coach relit "
                       "tout avant de l'afficher."},
    "written": {"nl": "Wat je stuurde (wacht op de coach):",
                "en": "What you sent (waiting for the coach):",
                "fr": "Ce que vous avez envoyé (en attente du coach) :"},
    "send": {"nl": "Versturen", "en": "Send", "fr": "Envoyer"},
    "saved": {"nl": "Bewaard. Dank je!", "en": "Saved. Thank you!", "fr": "Enregistré. Merci !"},
    "over_budget": {"nl": "Te veel stippen: je hebt er {budget}. Er is niets gewijzigd.",
                    "en": "Too many dots: you have {budget}. Nothing was changed.",
                    "fr": "Trop de points : vous en avez {budget}. Rien n'a changé."},
    "too_long": {"nl": "Die tekst is te lang (hoogstens {limit} tekens).",
                 "en": "That text is too long (at most {limit} characters).",
                 "fr": "Ce texte est trop long ({limit} caractères au plus)."},
    "empty": {"nl": "Er was niets ingevuld.", "en": "Nothing was filled in.",
              "fr": "Rien n'a été rempli."},
    "invalid": {"nl": "Dat konden we niet lezen. Probeer het opnieuw.",
                "en": "We could not read that. Please try again.",
                "fr": "Nous n'avons pas pu lire cela. Veuillez réessayer."},
    "again": {"nl": "Je toestel was nog niet aangemeld. Probeer het opnieuw.",
              "en": "Your device had not joined yet. Please try again.",
              "fr": "Votre appareil n'était pas encore inscrit. Veuillez réessayer."},
    "closed": {"nl": "Deze stemming is gesloten. Dank je wel!",
               "en": "This vote has closed. Thank you!",
               "fr": "Ce vote est clos. Merci !"},
    "full": {"nl": "De zaal is vol: er kunnen geen toestellen meer bij.",
             "en": "The room is full: no more devices can join.",
             "fr": "La salle est pleine : plus aucun appareil ne peut s'ajouter."},
    "already": {"nl": "Dit toestel doet al mee: van hier kunnen er geen toestellen meer bij.",
                "en": "This device already takes part: no more devices can join from here.",
                "fr": "Cet appareil participe déjà : aucun autre appareil ne peut s'ajouter "
                      "d'ici."},
    "too_large": {"nl": "Dat was te veel in één keer. Probeer het opnieuw.",
                  "en": "That was too much at once. Please try again.",
                  "fr": "C'était trop en une fois. Veuillez réessayer."},
    "slow_down": {"nl": "Even geduld: probeer het over enkele seconden opnieuw.",
                  "en": "One moment: try again in a few seconds.",
                  "fr": "Un instant : réessayez dans quelques secondes."},
    "joined": {"nl": "{n} toestellen doen mee.", "en": "{n} devices take part.",
               "fr": "{n} appareils participent."},
    "joined_one": {"nl": "1 toestel doet mee.", "en": "1 device takes part.",
                   "fr": "1 appareil participe."},
    "language": {"nl": "Taal", "en": "Language", "fr": "Langue"},
}

#: Answers of the poll and MoSCoW choices in English and French (Dutch comes from the file).
ANSWER_WORDS = {
    "en": {"1": "Very weak", "2": "Weak", "3": "Fair", "4": "Good", "5": "Very good",
           "dont_know": "Don't know", "not_applicable": "Not applicable",
           "must": "Must", "should": "Should", "could": "Could", "wont": "Not now"},
    "fr": {"1": "Très faible", "2": "Faible", "3": "Moyen", "4": "Bon", "5": "Très bon",
           "dont_know": "Je ne sais pas", "not_applicable": "Sans objet",
           "must": "Indispensable", "should": "Important", "could": "Possible",
           "wont": "Pas maintenant"},
    "nl": {"must": "Moet", "should": "Zou moeten", "could": "Kan", "wont": "Nu niet"},
}
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English", "fr": "Français"}
#: What a message code in the address (after a form was sent) says; nothing else is shown.
MESSAGES = ("saved", "over_budget", "too_long", "empty", "invalid", "again", "slow_down")


def say(key: str, language: str, **values: object) -> str:
    """The page's words in `language`, filled in (not escaped)."""
    return WORDS[key][language].format(**values)


def choose_language(asked: str | None, accept: str) -> str:
    """The language named in the address, else the first of ours the browser accepts, else
    Dutch."""
    if asked in LANGUAGES:
        return asked
    ranked = []
    for n, part in enumerate(accept.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        ranked.append((-quality, n, tag.strip().lower()[:2]))
    return next((tag for _, _, tag in sorted(ranked) if tag in LANGUAGES), "nl")


def page(title: str, language: str, body: str, base: str, *, live: bool = True) -> str:
    """A whole page: its title, the language links, `body` (already escaped HTML), the
    stylesheet and (when `live`) the small script of this server."""
    current = ' aria-current="true"'
    links = " · ".join(
        f'<a href="{base}?lang={code}" lang="{code}" hreflang="{code}"'
        f'{current if code == language else ""}>{LANGUAGE_NAMES[code]}</a>'
        for code in LANGUAGES)
    script = f'<script src="{base}room.js" defer></script>' if live else ""
    return (f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="referrer" content="same-origin"><title>{escape(title)}</title>'
            f'<link rel="stylesheet" href="{base}room.css">{script}</head><body><main>'
            f'<h1>{escape(title)}</h1>{body}</main>'
            f'<nav aria-label="{escape(say("language", language))}">{links}</nav>'
            '</body></html>\n')


def notice(message: str | None, language: str, activity: Activity) -> str:
    if message not in MESSAGES:
        return ""
    text = say(message, language, budget=activity.budget, limit=TEXT_MAX)
    role = "status" if message == "saved" else "alert"
    kind = "ok" if message == "saved" else "problem"
    return f'<p class="{kind}" role="{role}">{escape(text)}</p>'


def joined_text(joined: int, language: str) -> str:
    """How many devices take part, in words."""
    return say("joined_one" if joined == 1 else "joined", language, n=joined)


def status_line(activity: Activity, language: str) -> str:
    return (f'<p id="status" class="status" aria-live="polite">'
            f'{escape(joined_text(activity.joined, language))}</p>')


def _choices(name: str, options: Iterable[tuple[str, str]], chosen: str | None) -> str:
    return "".join(
        f'<label class="choice"><input type="radio" name="{escape(name)}" '
        f'value="{escape(value)}"{" checked" if value == chosen else ""}> '
        f'<span>{escape(label)}</span></label>' for value, label in options)


def activity_page(activity: Activity, device: Device, language: str, base: str,
                  message: str | None, poll: Poll | None = None,
                  placed: Mapping[str, int] | None = None) -> str:
    """The participant's page of `activity` for `device`; the dots menus as `placed` (dots
    refused over the budget, to correct) rather than as saved."""
    kind = activity.kind
    parts = [notice(message, language, activity),
             f'<p class="note">{escape(say("anonymous", language))}</p>']
    form = [f'<form method="post" action="{base}?lang={language}">']
    if kind == "poll":
        parts.append(f'<p>{escape(say("poll_intro", language))}</p>')
        assert poll is not None
        answers = [(key, _answer(key, label, language)) for key, label in poll.answers]
        for n, item in enumerate(poll.items):
            form.append(f'<fieldset><legend>{n + 1}. {escape(item.question)}</legend>'
                        f'{_choices("b:" + item.b, answers, device.poll.get(item.b))}'
                        '</fieldset>')
    elif kind == "dots":
        left = activity.budget - sum(device.dots.values())
        budget = activity.budget
        shown = device.dots if placed is None else placed
        parts.append(f'<p>{escape(say("dots_intro", language, budget=budget))}</p>'
                     '<p class="left">'
                     f'{escape(say("dots_left", language, left=left, budget=budget))}</p>')
        for n, (key, title) in enumerate(activity.barriers):
            field = f"d{n}"
            menu = "".join(
                f'<option value="{d}"{" selected" if shown.get(key, 0) == d else ""}>'
                f'{d}</option>' for d in range(activity.budget + 1))
            form.append(f'<div class="row"><label for="{field}">{escape(title)}</label>'
                        f'<select id="{field}" name="dots:{escape(key)}">{menu}</select>'
                        '</div>')
    elif kind == "moscow":
        parts.append(f'<p>{escape(say("moscow_intro", language))}</p>')
        options = [(key, _answer(key, MOSCOW[key].nl, language)) for key in MOSCOW.ordered_keys()]
        options.append(("", say("no_choice", language)))
        for key, title in activity.barriers:
            form.append(f'<fieldset><legend>{escape(title)}</legend>'
                        f'{_choices("m:" + key, options, device.moscow.get(key, ""))}'
                        '</fieldset>')
    else:
        prompt = "premortem_risk" if activity.stage == "risk" else "premortem_need"
        asked = say(prompt, language, action=activity.action_title)
        parts.append(f'<p class="prompt">{escape(asked)}</p>'
                     f'<p class="note">{escape(say("no_names", language))}</p>')
        form.append(f'<label for="text">{escape(say("your_text", language))}</label>'
                    f'<textarea id="text" name="text" rows="5" maxlength="{TEXT_MAX}" '
                    'required></textarea>')
        if device.texts:
            items = "".join(f"<li>{escape(text)}</li>" for text in device.texts)
            parts.append(f'<p>{escape(say("written", language))}</p>'
                         f'<ul class="sent">{items}</ul>')
    form.append(f'<button type="submit">{escape(say("send", language))}</button></form>')
    parts.append("".join(form))
    parts.append(status_line(activity, language))
    return page(say("title_" + kind, language), language, "".join(parts), base)


def _answer(key: str, dutch: str, language: str) -> str:
    return ANSWER_WORDS.get(language, {}).get(key, dutch)


def closed_page(language: str) -> str:
    """What a device sees once the activity closed: nothing of it any more."""
    return page(say("closed", language), language,
                f'<p role="status">{escape(say("closed", language))}</p>', "", live=False)


def plain_page(key: str, language: str, base: str) -> str:
    text = escape(say(key, language))
    return page(say(key, language), language, f'<p role="alert">{text}</p>', base, live=False)


def form_fields(fields: Mapping[str, str], prefix: str) -> dict[str, str]:
    """The fields whose name starts with `prefix`, by the rest of their name."""
    return {name[len(prefix):]: value for name, value in fields.items()
            if name.startswith(prefix)}
