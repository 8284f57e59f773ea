"""phuluc: the appendix table of Vietnamese PAPI plan documents, as clean data.

The pipeline is ``extract`` (documents -> physical row pieces), ``extract.merge`` (pieces ->
logical rows), ``normalize`` (agency names), then ``export`` (plan.json, rows.csv, plan.sqlite);
``phuluc.pipeline.run`` runs it all. This package is the application layer on top (pipeline,
CLI); the model, settings and errors every stage shares are in the ground package ``core``.
"""
