"""The names of an article's fields in JSON lines and CSV input: DESIGN's name first, then the
names widespread news data sets give the field (NewsAPI: 'publishedAt', 'content', 'author';
news-please: 'maintext', 'date_publish', 'date_download', 'source_domain'; Media Cloud:
'publish_date', 'media_name'; the HuffPost and other Kaggle sets: 'headline', 'link', 'authors',
'date'). The reader tells a CSV file by them, the extractor reads each field by them."""

from __future__ import annotations

TITLE = ("title", "headline", "webTitle")
BODY = ("body", "text", "content", "maintext", "article", "bodyText")
# Only a summary ('short_description' of the HuffPost set): stored as one, marked so.
SUMMARY = ("description", "short_description", "summary", "abstract", "trailText")
URL = ("url", "link", "webUrl")
BYLINE = ("byline", "author", "authors")
SOURCE = ("source", "source_name", "media_name", "source_domain")
LANGUAGE = ("language", "lang")
PUBLISHED = (
    *("published_at", "publishedAt", "publish_date", "date_publish", "published", "date"),
    "webPublicationDate",
)
CAPTURED = ("captured_at", "date_download", "crawled_at")
# An object of further fields some APIs nest their article's text in (the Guardian's 'fields').
NESTED = "fields"
