"""Functions that return matplotlib Figures from plain data. No Qt, no pyplot."""

#: Bars in a Pareto chart: the first ones carry the story; its table lists every barrier.
PARETO_BARS = 25
