"""The exceptions phuluc raises: one base class, one subclass per stage."""

from __future__ import annotations


class PhulucError(Exception):
    """Base of every error phuluc raises on purpose; the CLI turns it into one line on stderr."""


class ExtractError(PhulucError):
    """A document could not be read, or holds no appendix table."""


class NoTextLayerError(ExtractError):
    """A PDF none of whose pages gives any text: a scan, or damaged content streams."""


class NormalizeError(PhulucError):
    """A value could not be normalized and the error policy says raise."""


class ExportError(PhulucError):
    """An output file could not be written."""


class SettingsError(PhulucError, ValueError):
    """A setting has a value outside its allowed range or set."""


class AgencyListError(NormalizeError, ValueError):
    """The agency list (normalize/agencies.csv or a user's --agencies file) is unreadable or inconsistent."""


class ClusterError(PhulucError):
    """The cluster that was to read the documents (``--executor dask``) cannot be reached or used."""
