"""A streaming replica of the test database's PostgreSQL cluster, for the `replica` tests.

`pg_basebackup -R` copies the primary's cluster (after the test database exists) into a
temporary folder, and `pg_ctl` starts it as a hot standby on a free port of 127.0.0.1, as the
postgres user where the suite runs as root (the server refuses to run as root). The primary
must accept replication connections from 127.0.0.1: `make postgres-replication` allows them.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg

# Settings a hot standby must hold at least as high as its primary, or it refuses to start.
AT_LEAST_THE_PRIMARYS = (
    "max_connections",
    "max_worker_processes",
    "max_wal_senders",
    "max_prepared_transactions",
    "max_locks_per_transaction",
)
REPLICATION_REFUSED = "no pg_hba.conf entry for replication connection"


class BinariesMissing(Exception):
    """The PostgreSQL server programs are not installed on this machine."""


class ReplicationRefused(Exception):
    """The primary does not accept replication connections."""


@dataclass
class Standby:
    bin_dir: Path
    folder: Path
    port: int
    as_user: list[str]

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def pg_ctl(self, *args: str) -> None:
        log = str(self.folder / "server.log")
        command = [str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l", log, "-w", *args]
        run([*self.as_user, *command])

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
        self.pg_ctl("-t", "30", "-o", options, "start")

    def stop(self) -> None:
        self.pg_ctl("-m", "immediate", "stop")

    def connect(self, dbname: str) -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=dbname, autocommit=True
        )


def server_binaries(server_version_num: int) -> Path:
    """The folder of pg_basebackup and pg_ctl of the primary's major version."""
    major = server_version_num // 10000
    candidates = [Path(f"/usr/lib/postgresql/{major}/bin")]
    if found := shutil.which("pg_ctl"):
        candidates.append(Path(found).resolve().parent)
    for folder in candidates:
        if (folder / "pg_basebackup").exists() and (folder / "pg_ctl").exists():
            return folder
    raise BinariesMissing(
        f"the PostgreSQL {major} server programs (pg_basebackup, pg_ctl) are not installed"
    )


def make_standby(primary: dict, settings: dict[str, str], bin_dir: Path) -> Standby:
    """Copy the primary's cluster and start it as a hot standby; the caller stops it."""
    folder = Path(tempfile.mkdtemp(prefix="ipcases-standby-"))
    as_user = _server_user(folder)
    standby = Standby(bin_dir, folder, free_port(), as_user)
    try:
        base_backup(standby, primary)
        _configure(standby, settings)
        standby.start()
    except BaseException:
        remove(standby)
        raise
    return standby


def base_backup(standby: Standby, primary: dict) -> None:
    command = [
        str(standby.bin_dir / "pg_basebackup"),
        f"--host={primary['HOST'] or '127.0.0.1'}",
        f"--port={primary['PORT'] or 5432}",
        f"--username={primary['USER'] or 'postgres'}",
        f"--pgdata={standby.data}",
        "--wal-method=stream",
        "--write-recovery-conf",
        "--checkpoint=fast",
        "--no-sync",
        "--no-manifest",
    ]
    try:
        run([*standby.as_user, *command])
    except subprocess.CalledProcessError as error:
        if REPLICATION_REFUSED in (error.stderr or ""):
            raise ReplicationRefused(
                "The PostgreSQL server refuses replication connections from 127.0.0.1: run "
                "`make postgres-replication` as root (it allows them in pg_hba.conf and "
                "reloads the server)."
            ) from error
        raise


def _configure(standby: Standby, settings: dict[str, str]) -> None:
    """A configuration of its own: the primary's may live outside its data folder (Debian)
    or name its port and paths. `settings` come last: they win."""
    lines = [
        "hot_standby = on",
        "fsync = off",
        "shared_buffers = 32MB",
        "logging_collector = off",
        f"hba_file = '{standby.data / 'pg_hba.conf'}'",
        f"ident_file = '{standby.data / 'pg_ident.conf'}'",
    ]
    lines += [f"{name} = {value}" for name, value in settings.items()]
    files = {
        "postgresql.conf": "\n".join(lines) + "\n",
        "pg_hba.conf": "local all all trust\nhost all all 127.0.0.1/32 trust\n",
        "pg_ident.conf": "",
    }
    for name, text in files.items():
        path = standby.data / name
        path.write_text(text)
        _give(path, standby)


def wait_until_serving(standby: Standby, dbname: str, seconds: float = 20) -> None:
    """Until the standby accepts connections to the database, in recovery."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with standby.connect(dbname) as connection:
                if connection.execute("SELECT pg_is_in_recovery()").fetchone()[0]:
                    return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
        time.sleep(0.1)


def remove(standby: Standby) -> None:
    with contextlib.suppress(subprocess.CalledProcessError):
        standby.stop()
    shutil.rmtree(standby.folder, ignore_errors=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(command: list[str]) -> None:
    subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)


def _server_user(folder: Path) -> list[str]:
    """The command prefix that runs the server programs: as the postgres user when the suite
    runs as root."""
    if os.geteuid() != 0:
        return []
    owner = pwd.getpwnam("postgres")
    os.chown(folder, owner.pw_uid, owner.pw_gid)
    return ["runuser", "-u", "postgres", "--"]


def _give(path: Path, standby: Standby) -> None:
    if standby.as_user:
        owner = pwd.getpwnam("postgres")
        os.chown(path, owner.pw_uid, owner.pw_gid)
