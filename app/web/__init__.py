"""The web layer: Jinja pages and the JSON API over the same search function."""
