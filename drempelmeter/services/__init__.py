"""Use cases with their transaction boundaries. No Qt: the CLI, the UI and the tests call these."""
