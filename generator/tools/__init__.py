"""Tools around the files: `lint`, the embedded PostgreSQL, and the `demo` on it."""
