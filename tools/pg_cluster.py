"""A throwaway PostgreSQL cluster for the store's tests and benchmarks (never for real data).

The tests use $GRR_TEST_PG_URL when it is set (.ci/run sets it); otherwise they start a cluster
here with the distribution's initdb (in a temporary folder, as the `postgres` user when running as
root, listening on 127.0.0.1 only), removed at the end. Without initdb the PostgreSQL tests are
skipped with the reason, except in CI (CI=true), where a missing server is a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

URL_VARIABLE = "GRR_TEST_PG_URL"


def find_bin_dir() -> Path | None:
    """The newest /usr/lib/postgresql/N/bin holding initdb (Debian's layout), or initdb on PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(args: list[str]) -> list[str]:
    # initdb and postgres refuse to run as root.
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@contextmanager
def throwaway_cluster(bin_dir: Path, *, durable: bool = False) -> Iterator[str]:
    """Starts a cluster in a temporary folder; yields the URL of its `postgres` database.

    Tests run with fsync off (nothing to keep); a benchmark asks for `durable` commits, as an
    office server would make them."""
    folder = Path(tempfile.mkdtemp(prefix="grr-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    port = free_port()
    run = {"check": True, "capture_output": True, "timeout": 120}
    try:
        subprocess.run(_as_postgres([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres",
                                     "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]), **run)
        subprocess.run(_as_postgres([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w",
                                     "-o", f"-c listen_addresses=127.0.0.1 -p {port} -k {folder}"
                                           f" -c max_connections=200 -c fsync={'on' if durable else 'off'}",
                                     "start"]), **run)
        try:
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(_as_postgres([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w",
                                         "stop"]), capture_output=True, timeout=60)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@contextmanager
def server_url(*, durable: bool = True) -> Iterator[str | None]:
    """$GRR_TEST_PG_URL, else a throwaway cluster's URL, else None (no initdb on this machine).
    Benchmarks ask for durable commits; the tests' cluster runs without fsync."""
    url = os.environ.get(URL_VARIABLE, "").strip()
    if url:
        yield url
        return
    bin_dir = find_bin_dir()
    if bin_dir is None:
        yield None
        return
    with throwaway_cluster(bin_dir, durable=durable) as started:
        yield started


@contextmanager
def fresh_schema(url: str) -> Iterator[str]:
    """The URL of a new, empty schema on the server (dropped afterwards): one store per use."""
    import uuid

    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as con:
        con.execute(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in url else "?"
    try:
        yield f"{url}{joiner}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(url, autocommit=True) as con:
            con.execute(f"DROP SCHEMA {schema} CASCADE")
