"""From prose to parsed, sense-tagged sentences: prefilter, pipeline, senses, context."""
