"""The Qt desktop application: windows, pages, item models, dialogs and undo commands."""
