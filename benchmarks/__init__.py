"""wirewatch benchmarks: each bench_<area>.py exposes run(shared, out) -> dict of figures."""
