#!/usr/bin/env bash
# Cold diffusion with impulse (salt-and-pepper) noise, density 0.05 -> 0.5 on a cosine schedule (T=150; at 0.5 every
# pixel is noise, so sampling starts from pure noise), trained with the 30-minute Gaussian winner's recipe
# (UNet 16/32/64, AdamW lr 1e-3, warm-up + cosine decay, EMA 0.999) for the same 12 epochs, then 1000 samples with each
# cold sampler (naive: the headline of this run, chosen before sampling; improved: for comparison) and the metrics at
# N=1000 (Inception FID for the naive sampler's samples). This run was stopped after epoch 2 (it slowed the
# headline run it shared the CPU with) and continued with `diffusion_train --out $d --resume`, which resumes exactly.
# Compared with results/unet-small-30min in nbs/08_comparison.ipynb.
# Everything above is now in config.json beside this script (migrated once by tools/migrate_results.py, since removed: see git history); the commands
# this directory was first made with were:
# was: diffusion_train --config configs/impulse-unet-small-12ep.json --out results/impulse-unet-small-12ep --quiet
# was: diffusion_sample --run results/impulse-unet-small-12ep --n 1000 --batch-size 500 --out results/impulse-unet-small-12ep/samples.npz --sampler naive --seed 0 --grid results/impulse-unet-small-12ep/samples.png --quiet
# was: diffusion_evaluate --samples results/impulse-unet-small-12ep/samples.npz --out results/impulse-unet-small-12ep/metrics.json --n 1000 --inception --quiet
# was: diffusion_sample --run results/impulse-unet-small-12ep --n 1000 --batch-size 500 --out results/impulse-unet-small-12ep/samples-improved.npz --sampler improved --seed 0 --grid results/impulse-unet-small-12ep/samples-improved.png --quiet
# was: diffusion_evaluate --samples results/impulse-unet-small-12ep/samples-improved.npz --out results/impulse-unet-small-12ep/metrics-improved.json --n 1000 --quiet
# Regenerate it (each stage is skipped when its outputs exist and match the config), from the repository root:
set -e
diffusion_run --out results/impulse-unet-small-12ep
