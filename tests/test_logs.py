"""The log file: one handler however often logging is set up, records written to the file."""

import logging
import os

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


def test_a_file_name_the_system_could_not_decode_is_logged_escaped(tmp_path, capsys):
    name = os.fsdecode(b"Regio \xff Demer.drempel")  # the byte kept as a lone surrogate
    log_file = setup_logging(tmp_path)
    logging.getLogger("drempelmeter.test").info("opened %s", tmp_path / name)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "Logging error" not in capsys.readouterr().err
    assert "Regio \\udcff Demer.drempel" in log_file.read_text(encoding="utf-8")
