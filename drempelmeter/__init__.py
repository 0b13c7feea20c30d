"""Drempelmeter: lead a GBO region through the six-phase drempelmeter trajectory."""

__version__ = "0.1.0"
