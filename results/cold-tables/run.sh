#!/usr/bin/env bash
# Report 002's per-digit reconstruction table (validation digits degraded to T and T/2, restored directly and by each
# sampler; MSE per digit with bootstrap 95 % intervals) for the Gaussian and the trained cold runs, and the
# restore-or-generate distances of every sample set that started from validation digits. Settings in settings.json
# beside this script (written on the first call). Read by notebook 08. From the repository root:
set -e
python tools/cold_tables.py --out results/cold-tables
