"""Credentials: staff accounts and login sessions, CSRF tokens for forms, mobile-app API keys."""
