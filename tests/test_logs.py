"""The log file: one handler however often logging is set up, records written to the file."""

import logging

from drempelmeter.logs import LOG_NAME, setup_logging


def test_setting_up_twice_keeps_one_handler_and_writes_the_file(tmp_path):
    first = setup_logging(tmp_path / "a")
    second = setup_logging(tmp_path / "b")
    ours = [h for h in logging.getLogger().handlers if h.get_name() == LOG_NAME]
    assert len(ours) == 1
    logging.getLogger("drempelmeter.test").warning("een testbericht")
    ours[0].flush()
    assert "een testbericht" in second.read_text(encoding="utf-8")
    assert "een testbericht" not in first.read_text(encoding="utf-8")
