#!/usr/bin/env bash
# The headline: the 30-minute winner's recipe (configs/unet-small-30min.json) continued to 76 epochs.
# Phases 1-3 are results/unet-small-48ep/run.sh (30 min, then --resume --epochs 26, then --resume --epochs 48); this
# directory started as a copy of that run (config, checkpoint.pt, losses.csv, grids). Phase 4 resumes it to 76 epochs:
# the cosine learning-rate schedule is re-stretched to the new length (a third warm restart, from about 3e-4 at step
# 18000 of 28500, decaying to 0), with the optimiser state and EMA carried on; two torch threads (epochs 51-53 shared
# the CPU with another training run and took up to 3x longer).
# Then 10 000 stochastic DDIM-50 samples (eta 1, the sampler fixed for the 48-epoch headline before this run), the
# metrics at N=10000 (classifier) and N=1000 (with Inception FID).
# Run from the repository root: bash results/unet-small-76ep/run.sh   (about 4.8 hours on a 2-core CPU)
set -e
d=results/unet-small-76ep
diffusion_train --config configs/unet-small-30min.json --out $d --max-minutes 30 --quiet
OMP_NUM_THREADS=1 diffusion_train --out $d --resume --epochs 26 --max-minutes 65 --quiet
diffusion_train --out $d --resume --epochs 48 --max-minutes 70 --quiet
diffusion_train --out $d --resume --epochs 76 --max-minutes 95 --quiet
diffusion_sample --run $d --n 10000 --batch-size 500 --out $d/samples.npz --sampler ddim --steps 50 --eta 1 --seed 0 --grid $d/samples.png --quiet
diffusion_evaluate --samples $d/samples.npz --out $d/metrics-10k.json --n 10000 --quiet
diffusion_evaluate --samples $d/samples.npz --out $d/metrics.json --n 1000 --inception --quiet
