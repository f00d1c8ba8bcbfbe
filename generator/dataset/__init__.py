"""The dataset: the build's inputs, the `5eed` ids, dates as offsets, and the rows of each
table -- pure, deterministic Python."""
