"""Times as people read them: the store keeps UTC; windows and exports show local time with its offset."""

from __future__ import annotations

from datetime import datetime


def local_time(stamp: str | None) -> str:
    """`2026-12-02T00:25:38+00:00` -> `2026-12-02 08:25:38 (UTC+08:00)` on a Beijing-time machine;
    empty or non-ISO text is returned as it is."""
    if not stamp:
        return stamp or ""
    try:
        moment = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return stamp
    if moment.tzinfo is None:
        return stamp
    local = moment.astimezone()
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M:%S} (UTC{offset[:3]}:{offset[3:]})"
