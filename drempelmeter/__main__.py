"""`python -m drempelmeter`: the same entry point as the `drempelmeter` command."""

import sys

# First thing: in a frozen build, a child process (the report writer) starts as this program
# and must run its job instead of the app. Only there: importing multiprocessing costs ~30 ms.
if getattr(sys, "frozen", False):
    import multiprocessing

    multiprocessing.freeze_support()

from .start import main

sys.exit(main())
