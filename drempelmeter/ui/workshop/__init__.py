"""Workshop mode: the presenter window on the beamer and its controls on the laptop."""
