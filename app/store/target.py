"""Which engine a `--db` value means: a PostgreSQL URL, or else a SQLite file path."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_url(target: object) -> bool:
    """True for `postgresql://…` / `postgres://…` (a shared server); anything else is a file path."""
    return isinstance(target, str) and target.strip().lower().startswith(SERVER_SCHEMES)


def without_password(url: str) -> str:
    """The URL as shown and remembered: a password typed into it is never displayed or saved
    (libpq finds it in ~/.pgpass, PGPASSWORD or a service file instead)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
