"""`python -m drempelmeter`: the same entry point as the `drempelmeter` command."""

import sys

from .cli import main

sys.exit(main())
