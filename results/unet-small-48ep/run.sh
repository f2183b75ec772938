#!/usr/bin/env bash
# The headline: the 30-minute winner's recipe (configs/unet-small-30min.json) continued to 48 epochs.
# Phases 1-2 are results/unet-small-long/run.sh (12 epochs, then --resume --epochs 26); this directory started as a
# copy of that run (config, checkpoint.pt, losses.csv, grids). Phase 3 resumes it to 48 epochs: the cosine learning-rate
# schedule is re-stretched to the new length (a second warm restart, from about 4.5e-4 at step 9750 of 18000, decaying
# to 0), with the optimiser state and EMA carried on; two torch threads, nothing else running.
# Then 10 000 stochastic DDIM-50 samples (eta 1; samplers comparison in results/unet-small-long/samplers/), the metrics
# at N=10000 (classifier) and N=1000 (with Inception FID).
# A second sampler at N=10000 for comparison (not the headline): stochastic DDIM-20.
# Everything above is now in config.json beside this script (migrated once by tools/migrate_results.py, since removed: see git history); the commands
# this directory was first made with were:
# was: diffusion_train --config configs/unet-small-30min.json --out results/unet-small-48ep --max-minutes 30 --quiet
# was: OMP_NUM_THREADS=1 diffusion_train --out results/unet-small-48ep --resume --epochs 26 --max-minutes 65 --quiet
# was: diffusion_train --out results/unet-small-48ep --resume --epochs 48 --max-minutes 70 --quiet
# was: diffusion_sample --run results/unet-small-48ep --n 10000 --batch-size 500 --out results/unet-small-48ep/samples.npz --sampler ddim --steps 50 --eta 1 --seed 0 --grid results/unet-small-48ep/samples.png --quiet
# was: diffusion_evaluate --samples results/unet-small-48ep/samples.npz --out results/unet-small-48ep/metrics-10k.json --n 10000 --quiet
# was: diffusion_evaluate --samples results/unet-small-48ep/samples.npz --out results/unet-small-48ep/metrics.json --n 1000 --inception --quiet
# was: diffusion_sample --run results/unet-small-48ep --n 10000 --batch-size 500 --out results/unet-small-48ep/samples-ddim20-eta1.npz --sampler ddim --steps 20 --eta 1 --seed 0 --quiet
# was: diffusion_evaluate --samples results/unet-small-48ep/samples-ddim20-eta1.npz --out results/unet-small-48ep/metrics-10k-ddim20-eta1.json --n 10000 --quiet
# Regenerate it (each stage is skipped when its outputs exist and match the config), from the repository root:
set -e
diffusion_run --out results/unet-small-48ep
