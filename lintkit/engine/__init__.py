"""Rule files in, matches out: loading, validation, compilation and running."""
