"""The frozen build's entry: runs `python -m drempelmeter` (its __main__ handles the spawned
report writer's child first, then calls drempelmeter.start:main, the gui-script's entry)."""

import runpy

runpy.run_module("drempelmeter", run_name="__main__", alter_sys=True)
