#!/usr/bin/env bash
# Candidate for the 30-minute CPU budget (configs/unet-small-30min.json; its epoch count was chosen from measured ms/step so the
# cosine learning-rate schedule ends near the budget; --max-minutes 30 enforces it), then 1000 DDIM-50 samples from
# the EMA weights and the full metrics suite with Inception FID at N=1000.
# Run from the repository root: bash results/unet-small-30min/run.sh   (about 35 minutes on a 2-core CPU)
set -e
d=results/unet-small-30min
diffusion_train --config configs/unet-small-30min.json --out $d --max-minutes 30 --quiet
diffusion_sample --run $d --n 1000 --out $d/samples.npz --sampler ddim --steps 50 --seed 0 --grid $d/samples.png --quiet
diffusion_evaluate --samples $d/samples.npz --out $d/metrics.json --n 1000 --inception --quiet
