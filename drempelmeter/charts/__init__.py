"""Functions that return matplotlib Figures from plain data. No Qt, no pyplot."""
