"""The ground every layer stands on: the data model, settings, errors and Vietnamese text folding.

Nothing here imports a stage (``extract``, ``normalize``, ``export``, ``diff``) or the
application (``phuluc``): the stages import this package, and ``phuluc`` (pipeline, CLI)
imports the stages.
"""
