"""The team's bare regex pass, the floor extraction speed is compared with (copied from the team's
shared tools so that a clone measures it with nothing beside it)."""
