"""The schema: the tables as one value (`Schema`), the built-in declaration of the app's
tables, the domain's rules, and the kinds of value the preflight checks."""
