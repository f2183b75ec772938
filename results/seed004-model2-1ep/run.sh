#!/usr/bin/env bash
# Report 004's Model 2 (preset `seed004-model2`: CNN 32/64/128/64/32 at full 28x28 resolution, linear β 1e-4..0.05,
# T=1200, ε-prediction, Adam 1e-3, batch 128, no EMA) for a stated budget of 1 epoch -- report 004 trained it for 75
# epochs on a GPU; one epoch of this network costs about as much CPU time as 30 minutes of our candidates. Then 1000
# DDIM-50 samples and the full metrics suite with Inception FID at N=1000.
# Run from the repository root: bash results/seed004-model2-1ep/run.sh
set -e
d=results/seed004-model2-1ep
diffusion_train --config seed004-model2 --epochs 1 --out $d --quiet
diffusion_sample --run $d --n 1000 --out $d/samples.npz --sampler ddim --steps 50 --seed 0 --grid $d/samples.png --quiet
diffusion_evaluate --samples $d/samples.npz --out $d/metrics.json --n 1000 --inception --quiet
