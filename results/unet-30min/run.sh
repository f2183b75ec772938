#!/usr/bin/env bash
# A 30-minute CPU budget for the `unet` preset (configs/unet-30min.json: 5 epochs planned, cut by --max-minutes),
# then 1000 DDIM-50 samples from the raw weights (this run predates the EMA warm-up: its EMA still held ~22 % of the
# random initialisation) and the full metrics suite with Inception FID at N=1000.
# Run from the repository root: bash results/unet-30min/run.sh   (about 40 minutes on a 2-core CPU)
set -e
d=results/unet-30min
diffusion_train --config configs/unet-30min.json --out $d --max-minutes 30 --quiet
diffusion_sample --run $d --raw --n 1000 --out $d/samples.npz --sampler ddim --steps 50 --seed 0 --grid $d/samples.png --quiet
diffusion_evaluate --samples $d/samples.npz --out $d/metrics.json --n 1000 --inception --quiet
