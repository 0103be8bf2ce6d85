"""A throw-away PostgreSQL server for the tests: initdb + pg_ctl in a temporary folder,
listening on a free loopback port, stopped and deleted at the end of the session.

The server refuses to run as root, so under root (CI) it runs as the ``postgres`` system
user. Binaries are looked up in /usr/lib/postgresql/*/bin (Debian's layout), then PATH.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

PREFIX = "enrollment-pg-"
OWNER_FILE = "owner.pid"  # the test process that started the server
SERVER_USER = "postgres"
SUPERUSER = "postgres"
START_TIMEOUT_S = 60


def find_bin_dir() -> Path | None:
    """The newest PostgreSQL bin folder with initdb and pg_ctl, or None."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                        key=lambda p: _version_key(p.parent.name), reverse=True)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    return None


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgresServer:
    bin_dir: Path
    root: Path
    port: int
    as_user: str | None  # run the server binaries as this user (we are root)

    @classmethod
    def start(cls, bin_dir: Path) -> PostgresServer:
        stop_orphans(bin_dir)
        as_user = SERVER_USER if os.geteuid() == 0 else None
        root = Path(tempfile.mkdtemp(prefix=PREFIX))
        (root / OWNER_FILE).write_text(str(os.getpid()))
        if as_user is not None:
            entry = pwd.getpwnam(as_user)
            os.chown(root, entry.pw_uid, entry.pw_gid)
        server = cls(bin_dir, root, _free_port(), as_user)
        try:
            server._run("initdb", "-D", str(server.data), "-U", SUPERUSER, "--auth=trust",
                        "--encoding=UTF8", "--locale=C", "--no-sync")
            options = (f"-h 127.0.0.1 -p {server.port} -k {root} -F "
                       "-c fsync=off -c full_page_writes=off -c synchronous_commit=off")
            server._run("pg_ctl", "-D", str(server.data), "-l", str(server.log), "-o",
                        options, "-w", "-t", str(START_TIMEOUT_S), "start")
        except BaseException:
            server.stop()
            raise
        return server

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             dbname="postgres", autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             dbname="postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop",
                      check=False)
        shutil.rmtree(self.root, ignore_errors=True)

    def _run(self, tool: str, *args: str, check: bool = True) -> None:
        command: Sequence[str] = [str(self.bin_dir / tool), *args]
        if self.as_user is not None:
            runuser = shutil.which("runuser")
            command = ([runuser, "-u", self.as_user, "--", *command] if runuser else
                       ["su", self.as_user, "-s", "/bin/sh", "-c",
                        " ".join(_quote(part) for part in command)])
        result = subprocess.run(command, capture_output=True, text=True, timeout=120,
                                cwd=self.root)
        if check and result.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"{tool} failed ({result.returncode}): {result.stderr}"
                               f"{result.stdout}\n{log}")


def stop_orphans(bin_dir: Path) -> None:
    """Stop servers this module started for test processes that no longer exist (a run
    killed before its teardown); servers without an owner file are left alone."""
    for owner in Path(tempfile.gettempdir()).glob(f"{PREFIX}*/{OWNER_FILE}"):
        try:
            pid = int(owner.read_text())
        except (OSError, ValueError):
            continue
        if _alive(pid):
            continue
        root = owner.parent
        as_user = SERVER_USER if os.geteuid() == 0 else None
        PostgresServer(bin_dir, root, 0, as_user).stop()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _quote(text: str) -> str:
    import shlex

    return shlex.quote(text)
