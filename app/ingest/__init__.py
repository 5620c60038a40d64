"""Inventory CSV import: readers for our schema and Shopify exports, validation, idempotent upsert."""
