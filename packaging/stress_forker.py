"""Crash-harness fork server: imports the worker's modules once, then forks a worker per kill."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def serve(fd: int) -> int:
    """The server's loop: `fork` requests (with three descriptors) and `reap` requests.

    Starting Python and importing SQLAlchemy, openpyxl, Qt and the app take about a second; a
    forked worker starts in milliseconds and is otherwise the same process: it opens the file
    itself, after the fork. The driver passes the worker's stdin, stdout and stderr over a Unix
    socket and kills the worker by its pid; this server reaps it and says how it ended.
    """
    import stress_worker

    stress_worker.preload()
    channel = socket.socket(fileno=fd)
    while True:
        message, fds, _flags, _addr = socket.recv_fds(channel, 65536, 3)
        if not message:
            return 0
        request = json.loads(message)
        if request["op"] == "fork":
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                channel.close()
                os._exit(run_child(request["args"], fds))
            for descriptor in fds:
                os.close(descriptor)
            channel.sendall(f"{pid}\n".encode())
        else:
            _pid, status = os.waitpid(request["pid"], 0)
            channel.sendall(f"{os.waitstatus_to_exitcode(status)}\n".encode())


def run_child(args: list[str], fds: list[int]) -> int:
    """In the forked child: take the given stdin, stdout and stderr, and be a worker."""
    import stress_worker

    for target, descriptor in enumerate(fds):
        os.dup2(descriptor, target)
        os.close(descriptor)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    try:
        return stress_worker.main(args)
    except BaseException:
        traceback.print_exc()
        return 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()


class Forker:
    """The driver's end: start the server, have it fork workers, reap them."""

    def __init__(self, env: dict[str, str]) -> None:
        self.channel, theirs = socket.socketpair()
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), str(theirs.fileno())],
            pass_fds=[theirs.fileno()], env=env)
        theirs.close()
        self.replies = self.channel.makefile("rb")

    def fork(self, args: list[str], stdin: int, stdout: int, stderr: int) -> int:
        """A new worker with these descriptors as its stdin, stdout and stderr; its pid."""
        request = json.dumps({"op": "fork", "args": args}).encode()
        socket.send_fds(self.channel, [request], [stdin, stdout, stderr])
        return int(self.replies.readline())

    def reap(self, pid: int) -> int:
        """Wait for a worker that was killed or ended; its exit code (-9 after SIGKILL)."""
        self.channel.sendall(json.dumps({"op": "reap", "pid": pid}).encode())
        return int(self.replies.readline())

    def close(self) -> None:
        self.replies.close()
        self.channel.close()
        self.proc.wait()


if __name__ == "__main__":
    sys.exit(serve(int(sys.argv[1])))
