#!/usr/bin/env bash
# Cold diffusion with local pixel shuffling (report 002's second model: T=20, L2; k 1.5 -> 28 px, cosine), sampled from a
# GMM fitted to fully shuffled training images and, as report 002 did, from maximally shuffled validation digits;
# the network, recipe and 4 500 steps of results/unet-small-30min (UNet 16/32/64, AdamW 1e-3, warm-up + cosine, EMA).
# The select-* stages (500 samples, seed 100) compare samplers and randomness options; the final-* stage was added
# by `python tools/choose_final.py results/shuffle-unet-small-12ep N` (lowest classifier FID among the select-* sets from a prior)
# and draws new samples (seed 1). Notebooks 07 and 08 read this directory. Regenerate everything (each stage is
# skipped when its outputs exist and match config.json), from the repository root:
set -e
diffusion_run --out results/shuffle-unet-small-12ep
