#!/usr/bin/env bash
# Report 004's Model 2 (preset `seed004-model2`: CNN 32/64/128/64/32 at full 28x28 resolution, linear β 1e-4..0.05,
# T=1200, ε-prediction, Adam 1e-3, batch 128, no EMA) for a stated budget of 1 epoch -- report 004 trained it for 75
# epochs on a GPU. It ran with one torch thread beside the headline run (the wall time in losses.csv is one core's).
# Sampling this network costs about ten times the starter's per step, so its 1000 samples use DDIM-10 (not DDIM-50
# as the other runs); then the full metrics suite with Inception FID at N=1000.
# Run from the repository root: bash results/seed004-model2-1ep/run.sh
set -e
d=results/seed004-model2-1ep
OMP_NUM_THREADS=1 diffusion_train --config seed004-model2 --epochs 1 --out $d --quiet
OMP_NUM_THREADS=1 diffusion_sample --run $d --n 1000 --batch-size 100 --out $d/samples.npz --sampler ddim --steps 10 --seed 0 --grid $d/samples.png --quiet
OMP_NUM_THREADS=1 diffusion_evaluate --samples $d/samples.npz --out $d/metrics.json --n 1000 --inception --quiet
