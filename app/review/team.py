"""Settings a team shares through its store: four-eyes approval, how long a claim lasts, the leads."""

from __future__ import annotations

from dataclasses import dataclass

from app.store import Store

FOUR_EYES = "four_eyes"
CLAIM_IDLE_MINUTES = "claim_idle_minutes"
LEADS = "leads"
DEFAULT_CLAIM_IDLE_MINUTES = 30.0


@dataclass(frozen=True)
class TeamSettings:
    four_eyes: bool = False  # a report edited by one reviewer is approved by another (初审 → 复核)
    claim_idle_minutes: float = DEFAULT_CLAIM_IDLE_MINUTES  # a claim lapses after this long without activity
    leads: tuple[str, ...] = ()  # who may release others' claims (empty: every reviewer may)

    def is_lead(self, reviewer: str) -> bool:
        return not self.leads or reviewer in self.leads


def read_settings(store: Store) -> TeamSettings:
    idle = store.setting(CLAIM_IDLE_MINUTES)
    leads = store.setting(LEADS) or ""
    return TeamSettings(four_eyes=store.setting(FOUR_EYES) == "on",
                        claim_idle_minutes=float(idle) if idle else DEFAULT_CLAIM_IDLE_MINUTES,
                        leads=tuple(n.strip() for n in leads.split(",") if n.strip()))


def write_settings(store: Store, settings: TeamSettings) -> None:
    with store.transaction():
        store.set_setting(FOUR_EYES, "on" if settings.four_eyes else "off")
        store.set_setting(CLAIM_IDLE_MINUTES, f"{settings.claim_idle_minutes:g}")
        store.set_setting(LEADS, ",".join(settings.leads) or None)
