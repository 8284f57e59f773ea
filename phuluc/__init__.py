"""phuluc: the appendix table of Vietnamese PAPI plan documents, as clean data.

The pipeline is ``extract`` (documents -> physical row pieces), ``extract.merge`` (pieces ->
logical rows), then ``export`` (plan.json, rows.csv, plan.sqlite). :func:`run` runs it all.
"""

from phuluc.model import Document, Failure, Result, Row
from phuluc.pipeline import run, run_documents
from phuluc.settings import ExtractSettings, Settings

__all__ = ["Document", "ExtractSettings", "Failure", "Result", "Row", "Settings", "run", "run_documents"]
