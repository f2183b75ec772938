#!/usr/bin/env bash
# Issue 14: the 30-minute recipe revisited (configs/unet-small-30min-fast.json). The recipe screen
# (results/recipe-screen, run.sh there) chose batch 64, lr 1e-3, EMA 0.9995 with bf16 autocast among six candidates
# by IS on a selection set; this run trains it on the 2-core CPU, alone on the machine, for the budget in steps that
# 30 minutes buy there (22 epochs = 16 500 steps at the measured 79 s per epoch; --max-minutes 30 in the config is
# a safety stop only), then draws 10 000 samples with the headline's sampler (DDIM-50, eta 1, seed 1) and scores them
# at N=10000 (classifier metrics) and on the first 1000 with Inception FID.
# Regenerate it (each stage is skipped when its outputs exist and match the config), from the repository root:
set -e
diffusion_run --out results/unet-small-30min-fast
