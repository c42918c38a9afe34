"""Developer tools: the synthetic report generator and benchmarks (not shipped with the app)."""
