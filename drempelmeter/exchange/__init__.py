"""File formats: Excel templates and imports, PDF reports, questionnaire files. No Qt."""
