"""Scale-out: the same extraction and analysis as ``fonte ingest``, over many WARC files with Spark.

``manifest`` reads the list of WARC paths, ``partition`` turns one WARC into per-article table
rows (no Spark needed, so it is tested on its own), ``output`` writes and loads the Parquet
folders, ``job`` is the Spark driver (``fonte spark-job`` or ``spark-submit -m fonte.scale.job``).
"""
