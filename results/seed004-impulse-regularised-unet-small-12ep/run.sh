#!/usr/bin/env bash
# Report 004's impulse-noise cold diffusion (rho 0.05 -> 0.25, cosine, T=150, with its regularisation: Dropout2d 0.15 + ReduceLROnPlateau 0.5/3 (its Model 4)),
# at the equal budget: the network, recipe and 4 500 steps of results/unet-small-30min (UNet 16/32/64, EMA).
# Sampled from degraded validation images (500 samples, seed 100; naive and improved samplers), as the
# restore-or-generate question needs; tools/cold_tables.py measures it. First made with:
#   diffusion_run --config configs/seed004-impulse-regularised-unet-small-12ep.json --out results/seed004-impulse-regularised-unet-small-12ep
# Regenerate everything (each stage is skipped when its outputs exist and match config.json), from the repository root:
set -e
diffusion_run --out results/seed004-impulse-regularised-unet-small-12ep
