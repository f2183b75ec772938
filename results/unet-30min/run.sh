#!/usr/bin/env bash
# A 30-minute CPU budget for the `unet` preset (configs/unet-30min.json: 5 epochs planned, cut by --max-minutes),
# then 1000 DDIM-50 samples from the raw weights (this run predates the EMA warm-up: its EMA still held ~22 % of the
# random initialisation) and the full metrics suite with Inception FID at N=1000.
# Everything above is now in config.json beside this script (migrated once by tools/migrate_results.py, since removed: see git history); the commands
# this directory was first made with were:
# was: diffusion_train --config configs/unet-30min.json --out results/unet-30min --max-minutes 30 --quiet
# was: diffusion_sample --run results/unet-30min --raw --n 1000 --out results/unet-30min/samples.npz --sampler ddim --steps 50 --seed 0 --grid results/unet-30min/samples.png --quiet
# was: diffusion_evaluate --samples results/unet-30min/samples.npz --out results/unet-30min/metrics.json --n 1000 --inception --quiet
# Regenerate it (each stage is skipped when its outputs exist and match the config), from the repository root:
set -e
diffusion_run --out results/unet-30min
