"""Report files (text, HTML, .docx, .doc, PDF, scans) → Document: decoded text, table grids, PDF word boxes."""

from .model import Box, Document, Grid, GridCell, ReadError
from .read import read_document, read_file_bytes

__all__ = ["Box", "Document", "Grid", "GridCell", "ReadError", "read_document", "read_file_bytes"]
