"""Dates, times and numbers written the way the user's locale writes them."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

#: How a date reads everywhere, shown or edited ("31 Dec 2024", "31 dec 2024").
DATE_FORMAT = "d MMM yyyy"


def format_date(value: date | None) -> str:
    if value is None:
        return "—"
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def format_moment(value: datetime) -> str:
    return QLocale().toString(value.astimezone(), QLocale.FormatType.ShortFormat)


def locale_decimal() -> str:
    """The decimal separator of the user's language, for charts drawn without Qt."""
    return QLocale().decimalPoint()
