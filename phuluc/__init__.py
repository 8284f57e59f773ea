"""phuluc: the appendix table of Vietnamese PAPI plan documents, as clean data.

The pipeline is ``extract`` (documents -> physical row pieces), ``extract.merge`` (pieces ->
logical rows), then ``export`` (plan.json, rows.csv, plan.sqlite); ``phuluc.pipeline.run`` runs
it all. This package holds only the glue (model, settings, errors, pipeline, CLI), so the stage
packages can import the model without importing each other.
"""
