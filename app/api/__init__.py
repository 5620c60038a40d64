"""The JSON API v1 (for the mobile app)."""
