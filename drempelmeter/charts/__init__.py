"""Functions that return matplotlib Figures from plain data. No Qt, no pyplot."""

#: Bars in a Pareto chart: the first ones carry the story; its table lists every barrier.
PARETO_BARS = 25


def shorten(text: str, limit: int = 40) -> str:
    """A label cut to `limit` characters with an ellipsis; the table holds the whole text."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
