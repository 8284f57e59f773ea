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
DIFF_FORMATS: tuple[str, ...] = ("text", "json", "markdown", "html")


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

    def __post_init__(self) -> None:
        if self.engine not in ENGINE_NAMES:
            msg = f"unknown engine {self.engine!r}; choose one of: {', '.join(ENGINE_NAMES)}"
            raise SettingsError(msg)


@dataclass(frozen=True)
class NormalizeSettings:
    """How text is normalized: ``agencies`` is a CSV that extends and overrides the package's agency list."""

    agencies: Path | None = None

    def __post_init__(self) -> None:
        if self.agencies is not None and not self.agencies.is_file():
            msg = f"agency list {self.agencies}: no such file"
            raise SettingsError(msg)


@dataclass(frozen=True)
class ExportSettings:
    """Where and what to write; ``keep_intermediate`` also writes each stage's JSON."""

    keep_intermediate: bool = False


@dataclass(frozen=True)
class Settings:
    """All settings of one run."""

    extract: ExtractSettings = ExtractSettings()
    normalize: NormalizeSettings = NormalizeSettings()
    export: ExportSettings = ExportSettings()
