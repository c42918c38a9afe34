"""The `--db` option every command shares: a SQLite file path or a PostgreSQL URL."""

from __future__ import annotations

import argparse

from app.store import default_db_path


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    # A plain string: pathlib would turn postgresql://host into postgresql:/host.
    parser.add_argument("--db", default=None, metavar="DB",
                        help=f"审核库：SQLite 文件（默认 {default_db_path()}），或共享服务器地址 "
                             "postgresql://用户@主机:端口/库名（密码放在 ~/.pgpass 或 PGPASSWORD 中）")
