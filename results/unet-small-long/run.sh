#!/usr/bin/env bash
# The headline: the recipe that won the 30-minute comparison (configs/unet-small-30min.json: UNet 16/32/64, cosine
# schedule, v-prediction, AdamW 1e-3 with warm-up and cosine decay, EMA 0.999) trained longer.
# Phase 1 is exactly the 30-minute candidate (12 epochs; results/unet-small-30min is a copy of this run at that point).
# Phase 2 resumes it to 26 epochs: the cosine learning-rate schedule is re-stretched to the new length, so the rate
# restarts at its value for step 4500 of 9750 (about 6e-4) and decays to 0 again (a warm restart), while the EMA and
# the optimiser state carry on. Phase 2 ran with one torch thread, beside the coursework-config runs on the other core.
# Then 10 000 DDIM-50 samples from the EMA weights, the metrics at N=10000 (classifier) and N=1000 (with Inception FID).
# Added in session 3: the same model sampled with stochastic DDIM-50 (eta 1), which scores higher IS (samplers/).
# Everything above is now in config.json beside this script (migrated once by tools/migrate_results.py, since removed: see git history); the commands
# this directory was first made with were:
# was: diffusion_train --config configs/unet-small-30min.json --out results/unet-small-long --max-minutes 30 --quiet
# was: OMP_NUM_THREADS=1 diffusion_train --out results/unet-small-long --resume --epochs 26 --max-minutes 65 --quiet
# was: diffusion_sample --run results/unet-small-long --n 10000 --batch-size 100 --out results/unet-small-long/samples.npz --sampler ddim --steps 50 --seed 0 --grid results/unet-small-long/samples.png --quiet
# was: diffusion_evaluate --samples results/unet-small-long/samples.npz --out results/unet-small-long/metrics-10k.json --n 10000 --quiet
# was: diffusion_evaluate --samples results/unet-small-long/samples.npz --out results/unet-small-long/metrics.json --n 1000 --inception --quiet
# was: diffusion_sample --run results/unet-small-long --n 10000 --batch-size 500 --out results/unet-small-long/samples-eta1.npz --sampler ddim --steps 50 --eta 1 --seed 0 --quiet
# was: diffusion_evaluate --samples results/unet-small-long/samples-eta1.npz --out results/unet-small-long/metrics-10k-eta1.json --n 10000 --quiet
# Regenerate it (each stage is skipped when its outputs exist and match the config), from the repository root:
set -e
diffusion_run --out results/unet-small-long
