#!/usr/bin/env bash
# Report 004's Model 2 (preset `seed004-model2`: CNN 32/64/128/64/32 at full 28x28 resolution, linear β 1e-4..0.05,
# T=1200, ε-prediction, Adam 1e-3, batch 128, no EMA) for a stated budget of 1 epoch -- report 004 trained it for 75
# epochs (its hardware is not stated). It ran with one torch thread beside the headline run (the wall time in losses.csv is one core's).
# Sampling this network costs about ten times the starter's per step, so its 1000 samples use DDIM-10 (not DDIM-50
# as the other runs); then the full metrics suite with Inception FID at N=1000.
# Everything above is now in config.json beside this script (migrated once by tools/migrate_results.py, since removed: see git history); the commands
# this directory was first made with were:
# was: OMP_NUM_THREADS=1 diffusion_train --config seed004-model2 --epochs 1 --out results/seed004-model2-1ep --quiet
# was: OMP_NUM_THREADS=1 diffusion_sample --run results/seed004-model2-1ep --n 1000 --batch-size 100 --out results/seed004-model2-1ep/samples.npz --sampler ddim --steps 10 --seed 0 --grid results/seed004-model2-1ep/samples.png --quiet
# was: OMP_NUM_THREADS=1 diffusion_evaluate --samples results/seed004-model2-1ep/samples.npz --out results/seed004-model2-1ep/metrics.json --n 1000 --inception --quiet
# Regenerate it (each stage is skipped when its outputs exist and match the config), from the repository root:
set -e
diffusion_run --out results/seed004-model2-1ep
