#!/usr/bin/env bash
# The 30-minute Gaussian model (results/unet-small-30min: UNet 16/32/64, v-objective, cosine schedule, AdamW 1e-3 with
# warm-up and cosine decay, EMA 0.999, 12 epochs = 4 500 steps) trained again with a snapshot of its EMA weights after
# every epoch (train.snapshot_epochs = 1; snapshots/ is not committed), then every snapshot sampled with one fixed
# sampler and seed (DDIM 20 steps, eta 1, 1000 samples, seed 0) and scored with the classifier metrics:
# through-training.json, the metrics-through-training figure of notebook 06 (report 004, Figures 3, 11 and 14, shows Inception FID at three points of training).
# Its minutes are not a timing: notebook runs shared the CPU with its training.
# Regenerate it, from the repository root:
set -e
d=results/unet-small-30min-snapshots
# snapshots/ is not committed: without it, train again (the same config rewrites model.pt, training.json, losses.csv)
[ -d $d/snapshots ] || rm -f $d/model.pt $d/training.json $d/losses.csv
diffusion_run --out results/unet-small-30min-snapshots
python tools/through_training.py $d --n 1000 --sampler ddim --steps 20 --eta 1 --seed 0
