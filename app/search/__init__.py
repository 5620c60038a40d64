"""The embedding model and the Chroma index derived from the SQL catalog."""
