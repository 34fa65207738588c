"""A throwaway PostgreSQL server for tests and benchmarks (no pytest import here).

`start_cluster()` runs `initdb` in a temporary folder and starts `postgres` on a free loopback
port, with its Unix socket in the same folder. PostgreSQL refuses to run as root: when root, the
server runs as the `postgres` system user (Debian's package creates it) through `runuser`, with the
folder handed to that user. `Cluster.stop()` stops the server and deletes the folder.

The binaries are looked up in `DIGITUKI_PG_BIN`, then /usr/lib/postgresql/<newest>/bin, then PATH.
When something is missing, `PostgresUnavailable` says what, in one line (tests print it as the
reason they were skipped).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "digituki"


class PostgresUnavailable(RuntimeError):
    """A PostgreSQL server could not be started here (the message says why)."""


def find_bindir() -> Path:
    env = os.environ.get("DIGITUKI_PG_BIN")
    if env:
        if (Path(env) / "pg_ctl").exists():
            return Path(env)
        raise PostgresUnavailable(f"DIGITUKI_PG_BIN={env} has no pg_ctl")
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    if found:
        return found[-1].parent
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    raise PostgresUnavailable(
        "PostgreSQL is not installed (Debian package `postgresql`; ./test installs it when root)"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    """A running throwaway server; `url(name)` for SQLAlchemy, `stop()` when done."""

    folder: Path
    port: int
    bindir: Path
    prefix: list[str]  # ["runuser", "-u", "postgres", "--"] when root, else []
    _names: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def admin(self, *statements: str) -> None:
        """Run statements outside a transaction in the `postgres` database (CREATE DATABASE…)."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as conn:
            for sql in statements:
                conn.execute(sql)  # type: ignore[arg-type]

    def create_database(self, *, template: str | None = None, prefix: str = "t") -> str:
        """A new database (empty, or a copy of `template`); returns its URL."""
        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        suffix = f" TEMPLATE {template}" if template else ""
        self.admin(f"CREATE DATABASE {name}{suffix}")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        with contextlib.suppress(Exception):
            self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        subprocess.run(
            [*self.prefix, str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"),
             "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
        )  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster(*, durable: bool = False, timeout: float = 60.0) -> Cluster:
    """initdb + start on a free loopback port; `durable` keeps fsync on (benchmarks)."""
    bindir = find_bindir()
    prefix: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="digituki-pg-"))
    try:
        if os.geteuid() == 0:
            import pwd

            try:
                account = pwd.getpwnam("postgres")
            except KeyError:
                raise PostgresUnavailable(
                    "running as root and there is no `postgres` user to run the server as"
                ) from None
            runuser = shutil.which("runuser")
            if runuser is None:
                raise PostgresUnavailable("running as root and `runuser` is missing")
            os.chown(folder, account.pw_uid, account.pw_gid)
            prefix = [runuser, "-u", "postgres", "--"]
        data = folder / "data"
        init = subprocess.run(
            [*prefix, str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER,
             "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
            capture_output=True,
            text=True,
            check=False,
        )  # fmt: skip
        if init.returncode != 0:
            raise PostgresUnavailable(f"initdb failed: {init.stderr.strip()[-300:]}")
        options = [
            "-h 127.0.0.1",
            f"-k {folder}",
            "-c max_connections=200",
            "-c shared_buffers=32MB",
        ]
        if not durable:  # throwaway data: no need to wait for the disk
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        last = ""
        for _attempt in range(3):  # another process may take the free port first
            port = _free_port()
            started = subprocess.run(
                [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"),
                 "-w", "-t", str(int(timeout)), "-o", " ".join([f"-p {port}", *options]),
                 "start"],
                capture_output=True,
                text=True,
                check=False,
            )  # fmt: skip
            if started.returncode == 0:
                cluster = Cluster(folder, port, bindir, prefix)
                _wait_ready(cluster, timeout)
                return cluster
            last = started.stderr.strip() or started.stdout.strip()
            with contextlib.suppress(OSError):
                last += " " + (folder / "log").read_text(errors="replace")[-300:]
        raise PostgresUnavailable(f"the server did not start: {last[-400:]}")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _wait_ready(cluster: Cluster, timeout: float) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            cluster.admin("SELECT 1")
            return
        except psycopg.OperationalError as exc:
            if time.monotonic() > deadline:
                cluster.stop()
                raise PostgresUnavailable(f"the server does not answer: {exc}") from None
            time.sleep(0.1)
