"""Where: the countries an article is about, found in its text (ISO 3166-1 alpha-2)."""
