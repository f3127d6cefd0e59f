"""GeoNews: a searchable web archive of geopolitical news."""
