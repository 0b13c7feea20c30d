"""The Qt desktop application: windows, pages, item models, dialogs and undo commands."""

from .feature_hook import quiet

quiet()  # before any module of the window is imported
