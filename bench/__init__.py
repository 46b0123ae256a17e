"""`make bench`: the platform measured on a large seeded dataset (benchmarks, not tests)."""
