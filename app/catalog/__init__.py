"""The catalog in SQL: the source of truth for products, stock, looks and import jobs."""
