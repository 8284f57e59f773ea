"""Settings objects, one per stage; defaults are named constants, values checked on creation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.errors import SettingsError

#: The PDF engine used unless the user picks another: pdfium gives the pdfplumber engine's rows on
#: every sample and held-out layout (bench/engines.py), about twice as fast.
DEFAULT_ENGINE = "pdfium"
#: Every PDF engine phuluc knows; extract/__init__.py maps each to its reader.
ENGINE_NAMES: tuple[str, ...] = ("pdfium", "pdfplumber", "camelot")
#: The output format of ``phuluc diff`` unless the user picks another.
DEFAULT_DIFF_FORMAT = "text"
#: Every output format of ``phuluc diff``; diff/render.py maps each to its writer.
DIFF_FORMATS: tuple[str, ...] = ("text", "json", "markdown", "html", "csv")


@dataclass(frozen=True)
class ExtractSettings:
    """How documents are read: the PDF engine, the password for encrypted PDFs, and the coverage policy.

    ``docx_pdf`` also lays each DOCX out as pages with LibreOffice, so its rows get boxes and
    review.html page crops (about 1-5 s per document).
    """

    engine: str = DEFAULT_ENGINE
    password: str | None = None
    #: A document whose table region has characters in no row fails instead of being exported with a warning.
    strict: bool = False
    docx_pdf: bool = False
    #: Every PDF page is rendered and read by OCR, its text layer set aside (a layer whose letters are wrong).
    ocr: bool = False

    def __post_init__(self) -> None:
        if self.engine not in ENGINE_NAMES:
            msg = f"unknown engine {self.engine!r}; choose one of: {', '.join(ENGINE_NAMES)}"
            raise SettingsError(msg)


@dataclass(frozen=True)
class NormalizeSettings:
    """How text is normalized.

    ``agencies`` is a CSV that replaces the built-in agency lists for the run; ``agencies_add`` a
    CSV that extends the list each document is read against; ``jurisdiction`` ("tỉnh Quảng
    Trị", "phường Đông Hà, tỉnh Quảng Trị") sets every document's jurisdiction instead of
    reading it from the title.
    """

    agencies: Path | None = None
    agencies_add: Path | None = None
    jurisdiction: str | None = None

    def __post_init__(self) -> None:
        for path in (self.agencies, self.agencies_add):
            if path is not None and not path.is_file():
                msg = f"agency list {path}: no such file"
                raise SettingsError(msg)
        if self.jurisdiction is not None and not self.jurisdiction.strip():
            msg = "--jurisdiction is empty: give a level and a name, e.g. 'tỉnh Quảng Trị'"
            raise SettingsError(msg)


@dataclass(frozen=True)
class ExportSettings:
    """Where and what to write; ``keep_intermediate`` also writes each stage's JSON."""

    keep_intermediate: bool = False


#: Seconds one document may take to read before it is given up: the longest real plan takes a few.
DEFAULT_TIMEOUT = 300.0
#: Bytes of address space one document's reader may map: the camelot engine maps ~0.85 GiB on a
#: 44-page plan, so 2 GiB leaves room while a decompression bomb still stops well before the machine does.
DEFAULT_MAX_MEMORY = 2 << 30
#: Documents read at the same time unless ``--jobs`` says otherwise.
DEFAULT_JOBS = 1
#: Where documents are read unless ``--executor`` says otherwise: child processes of this machine.
DEFAULT_EXECUTOR = "local"
#: Every place documents can be read; phuluc/executors.py maps each to its reader.
EXECUTOR_NAMES: tuple[str, ...] = ("local", "dask")


@dataclass(frozen=True)
class LimitSettings:
    """What one document's reader may use: wall time (s), address space (bytes); how many read at once, and where.

    ``executor`` "local" reads ``jobs`` documents at once on this machine; "dask" sends them to the
    Dask cluster whose scheduler listens at ``scheduler`` (e.g. "tcp://10.0.0.5:8786").
    """

    timeout: float = DEFAULT_TIMEOUT
    max_memory: int = DEFAULT_MAX_MEMORY
    jobs: int = DEFAULT_JOBS
    executor: str = DEFAULT_EXECUTOR
    scheduler: str | None = None

    def __post_init__(self) -> None:
        if not self.timeout > 0:
            msg = f"the time limit must be above 0 seconds, not {self.timeout}"
            raise SettingsError(msg)
        if self.max_memory < 1 << 20:
            msg = f"the memory limit must be at least 1 MiB, not {self.max_memory} bytes"
            raise SettingsError(msg)
        if self.jobs < 1:
            msg = f"the number of jobs must be at least 1, not {self.jobs}"
            raise SettingsError(msg)
        if self.executor not in EXECUTOR_NAMES:
            msg = f"unknown executor {self.executor!r}; choose one of: {', '.join(EXECUTOR_NAMES)}"
            raise SettingsError(msg)
        if self.executor == "dask" and not self.scheduler:
            msg = "--executor dask needs --scheduler ADDRESS, the Dask scheduler's address (e.g. tcp://10.0.0.5:8786)"
            raise SettingsError(msg)
        if self.executor != "dask" and self.scheduler:
            msg = f"--scheduler is for --executor dask, not {self.executor}"
            raise SettingsError(msg)


@dataclass(frozen=True)
class Settings:
    """All settings of one run."""

    extract: ExtractSettings = ExtractSettings()
    normalize: NormalizeSettings = NormalizeSettings()
    export: ExportSettings = ExportSettings()
    limits: LimitSettings = LimitSettings()

    def __post_init__(self) -> None:
        if self.extract.docx_pdf and self.limits.executor != DEFAULT_EXECUTOR:
            executor = self.limits.executor
            msg = f"--docx-pdf needs the local executor, not {executor}: the pages are laid out on this machine"
            raise SettingsError(msg)
