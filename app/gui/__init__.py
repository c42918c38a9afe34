"""The reviewer's window (PySide6): shows and edits records through app.review, nothing else."""
