#!/usr/bin/env bash
# The headline: the 30-minute winner's recipe (configs/unet-small-30min.json) continued to 48 epochs.
# Phases 1-2 are results/unet-small-long/run.sh (12 epochs, then --resume --epochs 26); this directory started as a
# copy of that run (config, checkpoint.pt, losses.csv, grids). Phase 3 resumes it to 48 epochs: the cosine learning-rate
# schedule is re-stretched to the new length (a second warm restart, from about 4.5e-4 at step 9750 of 18000, decaying
# to 0), with the optimiser state and EMA carried on; two torch threads, nothing else running.
# Then 10 000 stochastic DDIM-50 samples (eta 1; samplers comparison in results/unet-small-long/samplers/), the metrics
# at N=10000 (classifier) and N=1000 (with Inception FID).
# Run from the repository root: bash results/unet-small-48ep/run.sh   (about 3.5 hours on a 2-core CPU)
set -e
d=results/unet-small-48ep
diffusion_train --config configs/unet-small-30min.json --out $d --max-minutes 30 --quiet
OMP_NUM_THREADS=1 diffusion_train --out $d --resume --epochs 26 --max-minutes 65 --quiet
diffusion_train --out $d --resume --epochs 48 --max-minutes 70 --quiet
diffusion_sample --run $d --n 10000 --batch-size 500 --out $d/samples.npz --sampler ddim --steps 50 --eta 1 --seed 0 --grid $d/samples.png --quiet
diffusion_evaluate --samples $d/samples.npz --out $d/metrics-10k.json --n 10000 --quiet
diffusion_evaluate --samples $d/samples.npz --out $d/metrics.json --n 1000 --inception --quiet
# A second sampler at N=10000 for comparison (not the headline): stochastic DDIM-20.
diffusion_sample --run $d --n 10000 --batch-size 500 --out $d/samples-ddim20-eta1.npz --sampler ddim --steps 20 --eta 1 --seed 0 --quiet
diffusion_evaluate --samples $d/samples-ddim20-eta1.npz --out $d/metrics-10k-ddim20-eta1.json --n 10000 --quiet
