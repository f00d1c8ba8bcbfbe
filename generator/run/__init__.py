"""Running the files: reading them back as psql would, the runner (psycopg), what a run
reads back and how it is reported, `doctor`."""
