"""PyInstaller hook for phonenumbers, in place of the contributed one that takes every module.

The privacy guard finds phone numbers in text and checks them; it never asks where a number is,
whose network or which time zone it has: those modules (geocoder, carrier, timezone and their
23 MiB of data) stay out.
"""

from PyInstaller.utils.hooks import collect_submodules

UNUSED = ("phonenumbers.geocoder", "phonenumbers.geodata", "phonenumbers.carrier",
          "phonenumbers.carrierdata", "phonenumbers.timezone", "phonenumbers.tzdata")

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(UNUSED))
