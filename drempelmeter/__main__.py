"""`python -m drempelmeter`: the same entry point as the `drempelmeter` command."""

import multiprocessing
import sys

# First thing: in a frozen build, a child process (the report writer) starts as this program
# and must run its job instead of the app.
multiprocessing.freeze_support()

from .cli import main  # noqa: E402

sys.exit(main())
