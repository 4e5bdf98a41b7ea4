"""The extractors: headline, attribution, briefs, dates."""
