"""Vibe Stylist: outfits from a store's in-stock inventory for a shopper's free-text vibe."""

__version__ = "0.1.0"
