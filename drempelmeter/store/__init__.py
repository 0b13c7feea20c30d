"""The trajectory file: SQLAlchemy models, engine, locking, schema migrations. All SQL lives here."""
