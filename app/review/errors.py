"""The refusal a reviewer sees when an operation is not allowed (message in Chinese)."""


class ReviewError(Exception):
    """An operation the current state of a report does not allow, e.g. approving with open errors."""
